/**
 * Text helpers for matching what people type against known words: case, umlauts
 * (ä/ae), typographic dashes and quotes, stray punctuation.
 */

const FOLD_MAP: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', œ: 'oe' };

/**
 * Folds text for comparison: lower case, umlauts spelled out, accents dropped, dashes
 * unified, whitespace collapsed.
 *
 * @example fold('  Maßnahme/Meilenstein ') === 'massnahme/meilenstein'
 */
export function fold(s: string): string {
  if (s.length <= 64) {
    const hit = FOLD_CACHE.get(s);
    if (hit !== undefined) return hit;
  }
  let out = s.toLowerCase();
  // only non-ASCII text needs the umlaut, accent and dash treatment
  if (NON_ASCII.test(out)) {
    out = out.replace(/[äöüßæœ]/g, (ch) => FOLD_MAP[ch]);
    // accents to strip: no character below U+00C0 has a canonical decomposition, so text
    // without such characters (most German text, once the umlauts are spelt out) skips NFD
    if (DECOMPOSABLE.test(out)) out = out.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out = out.replace(/[\u2010-\u2015\u2212]/g, '-').replace(/[\u00a0\s]+/g, ' ');
  } else if (SPACE_RUN.test(out)) out = out.replace(/\s+/g, ' ');
  out = out.trim();
  if (s.length <= 64) {
    if (FOLD_CACHE.size >= 20_000) FOLD_CACHE.clear();
    FOLD_CACHE.set(s, out);
  }
  return out;
}

const NON_ASCII = /[^\u0020-\u007e\t\n\r]/;
const DECOMPOSABLE = /[\u00c0-\uffff]/;
const SPACE_RUN = /\s\s|[\t\n\r]/;
const FOLD_CACHE = new Map<string, string>();

/**
 * Folds a label: like `fold`, and drops trailing ":", "?", "!", "*" and a leading bullet.
 *
 * @example foldLabel('Wer ist beteiligt?') === 'wer ist beteiligt'
 */
const LABEL_END = /^[\s:?!*.]$/;
const isLabelEnd = (ch: string): boolean => LABEL_END.test(ch);

export function foldLabel(s: string): string {
  // labels and header words are short and repeat (so do the dates next to them): remember them
  if (s.length <= 64) {
    const hit = FOLD_LABEL_CACHE.get(s);
    if (hit !== undefined) return hit;
  }
  const out = trimEndWhere(ungender(fold(s).replace(/^[-•*·–]\s*/, '')), isLabelEnd).trim();
  if (s.length <= 64) {
    if (FOLD_LABEL_CACHE.size >= 20_000) FOLD_LABEL_CACHE.clear();
    FOLD_LABEL_CACHE.set(s, out);
  }
  return out;
}

const FOLD_LABEL_CACHE = new Map<string, string>();

/** Gender forms after a word: "Partner:in", "Partner*innen", "Partner/in", "Partner/-in", "Partner_in", "Partner(in)". */
const GENDER = /(\p{L})(?:[:*_]|\/-?)(?:in|innen)\b|\((?:in|innen)\)/giu;

/**
 * Text with gender forms reduced to the word they follow, so one label word covers them all
 * ("Ansprechpartner:in: Frau X" reads as "Ansprechpartner: Frau X").
 *
 * @example ungender('Ansprechpartner*in') === 'Ansprechpartner'
 */
export function ungender(s: string): string {
  return MAY_GENDER.test(s) ? s.replace(GENDER, '$1') : s;
}

/** A gender form's sign followed by "in": a text without one has no gender form (and needs no Unicode search). */
const MAY_GENDER = /[:*_/(]-?in/i;

/** Collapses runs of whitespace to one space and trims. */
export function squash(s: string): string {
  return s.replace(/[\u00a0\s]+/g, ' ').trim();
}

/**
 * Similarity of two names in [0, 1]: 1 − normalised Levenshtein distance of their folded forms.
 *
 * @example similarity('Yanis Krone', 'Yannis Krone') > 0.9
 */
export function similarity(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (x === y) return 1;
  const n = Math.max(x.length, y.length);
  if (n === 0) return 1;
  return 1 - levenshtein(x, y) / n;
}

/** Edit distance (insert, delete, substitute), O(len(a)·len(b)) time, O(len(b)) memory. */
export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let prev = new Array<number>(b.length + 1);
  let cur = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The largest number of a list (any length; spreading a long list into Math.max overflows the stack). */
export function maxOf(xs: Iterable<number>, empty = -Infinity): number {
  let m = empty;
  for (const x of xs) if (x > m) m = x;
  return m;
}

/** The smallest number of a list (any length). */
export function minOf(xs: Iterable<number>, empty = Infinity): number {
  let m = empty;
  for (const x of xs) if (x < m) m = x;
  return m;
}

/** Text as a regular expression that matches it literally. @example escapeRegExp('e.V.') === 'e\\.V\\.' */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The position of the first character of a text that is not white space (as `\s` means it), or -1. */
export function firstCharIndex(text: string): number {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && /\s/.test(text[i]))) continue;
    return i;
  }
  return -1;
}

/** The first character of a text that is not white space (as `\s` means it), lower-cased ASCII, as a char code (0 for none). */
export function firstCharCode(text: string): number {
  const i = firstCharIndex(text);
  return i < 0 ? 0 : lowerAscii(text.charCodeAt(i));
}

/** A char code with ASCII capitals lower-cased. */
export function lowerAscii(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}

/**
 * Text with every "(…)" replaced by `by`: what `text.replace(/\([^)]*\)/g, by)` does, in
 * linear time (that expression rescans to the end from every unclosed "(": quadratic on
 * a cell of thousands of brackets).
 *
 * @example replaceParens('AWO (Kreisverband) Paderborn', ' ') === 'AWO   Paderborn'
 */
export function replaceParens(text: string, by: string): string {
  let open = text.indexOf('(');
  if (open < 0) return text;
  let out = '';
  let from = 0;
  while (open >= 0) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) break;
    out += text.slice(from, open) + by;
    from = close + 1;
    open = text.indexOf('(', from);
  }
  return out + text.slice(from);
}

/**
 * A bracketed part at the very end of a text: "C. Schön (CWW)" → { before: 'C. Schön', inner: 'CWW' }.
 * What `/^(.*?)\s*\(([^)]*)\)\s*$/` finds, in linear time; null when the text does not end so.
 */
export function trailingParen(text: string): { before: string; inner: string } | null {
  const t = text.trimEnd();
  const close = t.length - 1;
  if (close < 0 || t.charCodeAt(close) !== 41 /* ) */) return null;
  const open = t.indexOf('(', t.lastIndexOf(')', close - 1) + 1);
  if (open < 0 || open > close) return null;
  return { before: t.slice(0, open).trimEnd(), inner: t.slice(open + 1, close) };
}

/**
 * Text with the first "(…)" that holds `mark` taken out, with the spaces around it, and
 * one space put in, in linear time: the expression `\s*\([^)]*@[^)]*\)\s*` took cubic time
 * on a cell of thousands of "(a@".
 *
 * @example replaceParenWith('Frau Fulland (f.fulland@ksb.de)', '@') === 'Frau Fulland '
 */
export function replaceParenWith(text: string, mark: string): string {
  let open = text.indexOf('(');
  while (open >= 0) {
    const close = text.indexOf(')', open + 1);
    if (close < 0) return text;
    if (text.slice(open + 1, close).includes(mark)) {
      let start = open;
      while (start > 0 && isSpace(text[start - 1])) start--;
      let end = close + 1;
      while (end < text.length && isSpace(text[end])) end++;
      return text.slice(0, start) + ' ' + text.slice(end);
    }
    open = text.indexOf('(', close + 1);
  }
  return text;
}

/**
 * The text without the characters at its end for which `drop` holds: what
 * `replace(/[…]+$/, '')` does, in linear time (that expression retries from every position
 * of a long run that does not reach the end: quadratic on a cell of thousands of spaces).
 *
 * @example trimEndWhere('Federführung: ', (c) => c === ':' || c === ' ') === 'Federführung'
 */
export function trimEndWhere(text: string, drop: (ch: string) => boolean): string {
  let end = text.length;
  while (end > 0 && drop(text[end - 1])) end--;
  return end === text.length ? text : text.slice(0, end);
}

/**
 * The number of words (runs of characters other than white space) in a text: what
 * `text.trim().split(/\s+/).length` counts for a text that has words, without the array.
 *
 * @example wordCount(' Duale Partner (Kammern) ') === 3
 */
export function wordCount(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || (c >= 0xa0 && SPACE.test(text[i]));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** True for a white-space character, as \s means it. */
export function isSpace(ch: string): boolean {
  if (ch.length !== 1) return false;
  const c = ch.charCodeAt(0);
  // ASCII answers at once: only other characters need the expression
  return c === 32 || (c >= 9 && c <= 13) || (c >= 0x80 && SPACE.test(ch));
}
const SPACE = /^\s$/;

/**
 * Text on one line: every run of white space that holds a line break becomes one space.
 * The same as replacing the expression \s*\n\s* (global) by ' ', in linear time: that
 * expression retries from every space of a long run without a line break.
 *
 * @example oneLine('Treffen\n  im Rathaus') === 'Treffen im Rathaus'
 */
export function oneLine(text: string): string {
  if (text.indexOf('\n') < 0) return text;
  let out = '';
  let from = 0;
  let i = 0;
  while (i < text.length) {
    if (!isSpace(text[i])) {
      i++;
      continue;
    }
    let j = i;
    let lineBreak = false;
    while (j < text.length && isSpace(text[j])) {
      if (text[j] === '\n') lineBreak = true;
      j++;
    }
    if (lineBreak) {
      out += text.slice(from, i) + ' ';
      from = j;
    }
    i = j;
  }
  return out + text.slice(from);
}

/**
 * Text on one line, cut to at most `max` characters at the end of a word, with "…" (the
 * ellipsis counts). A cut never falls inside a word unless the text's first word alone is
 * longer than the room; punctuation left dangling before the cut goes.
 *
 * @example cutAtWord('Kontakt zu Frau Schlüter; Anfrage Regionalkonferenzen', 40) === 'Kontakt zu Frau Schlüter; Anfrage…'
 */
export function cutAtWord(text: string, max: number): string {
  const one = oneLine(text);
  if (one.length <= max) return one;
  if (max <= 1) return '…'.slice(0, max);
  const room = one.slice(0, max - 1);
  // a word ends at a space, or after a hyphen or slash inside a compound ("Kita-/Schul…")
  let cut = -1;
  for (let i = room.length; i > 0; i--) {
    const ch = one[i];
    if (isSpace(ch) || ((one[i - 1] === '-' || one[i - 1] === '/') && i < room.length)) {
      cut = i;
      break;
    }
  }
  // no word end in the room: a single long word is cut where the room ends
  const head = cut > 0 ? one.slice(0, cut) : room;
  return head.replace(/[\s,;:.–—\-→(]+$/u, '') + '…';
}
