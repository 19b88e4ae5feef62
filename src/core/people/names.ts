/**
 * People and organisations in free text, as goal sheets write them:
 * "Ansprechperson: C. Schön (CWW), D. Esken (IFD)",
 * "Yannis Krone, Quartiersmanagement AWO Kreisverband Paderborn e.V., Leostraße 45, 33098 Paderborn, y.krone@awo-paderborn.de, 0 52 51 – 29066-19".
 */
import type { Lead } from '../model';
import { escapeRegExp, fold, replaceParens, trailingParen, trimEndWhere, wordCount } from '../text';
import { findEmailLike, findPhone, MAILTO_RE, stripContactLabel } from './contacts';

const TITLE_RE = /^(?:frau|herr|fr\.|hr\.|h\.|dr\.|prof\.|mrs?\.?|ms\.?)\s/i;
const ORG_WORDS = [
  'e.v.',
  'ggmbh',
  'gmbh',
  'ag ',
  'kreis',
  'stadt',
  'gemeinde',
  'zentrum',
  'verband',
  'verein',
  'schule',
  'kolleg',
  'akademie',
  'universit',
  'hochschule',
  'museum',
  'amt',
  'jugendamt',
  'sozialamt',
  'schulamt',
  'agentur',
  'jobcenter',
  'kammer',
  'awo',
  'caritas',
  'diakonie',
  'biz',
  'vhs',
  'quartiersmanagement',
  'netzwerk',
  'bund',
  'institut',
  'stiftung',
  'büro',
  'dienst',
  'behörde',
  'regierung',
  'ministerium',
  'integration',
  'team',
  'gruppe',
  'träger',
];
const ADDRESS_RE = /(?:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|ring)\s*\d|\b\d{5}\s+[A-ZÄÖÜ]/i;

type Piece =
  | { kind: 'email'; text: string }
  | { kind: 'phone'; text: string }
  | { kind: 'address'; text: string }
  | { kind: 'person'; text: string; org: string | null; email: string | null }
  | { kind: 'org'; text: string }
  | { kind: 'note'; text: string };

/** Splits at commas and semicolons outside parentheses (and brackets); the items trimmed, empty ones dropped. */
export function splitOutsideParens(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    // ( and [ open, ) and ] close, , and ; separate
    const c = text.charCodeAt(i);
    if (c === 40 || c === 91) depth++;
    else if ((c === 41 || c === 93) && depth > 0) depth--;
    else if (depth === 0 && (c === 44 || c === 59)) {
      out.push(text.slice(from, i));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * Organisation words, folded, as one expression (one scan of a name instead of one per word):
 * short ones (≤ 4 letters) count only as whole words, between spaces, longer ones anywhere.
 */
const ORG_FOLDED = ORG_WORDS.map((w) => fold(w).trim());
const ORG_RE = new RegExp(
  [
    ...ORG_FOLDED.filter((w) => w.length > 4).map(escapeRegExp),
    ...ORG_FOLDED.filter((w) => w.length <= 4).map((w) => ` ${escapeRegExp(w)} `),
  ].join('|'),
);

function looksLikeOrg(text: string): boolean {
  return ORG_RE.test(` ${fold(text).replace(/[(),]/g, ' ')} `) || /^[A-ZÄÖÜ]{2,6}$/.test(text.trim());
}

/** A person's name: a title ("Frau Hagen"), an initial ("K. John-Stucke") or 2–4 capitalised words. */
function looksLikePerson(text: string): boolean {
  const t = text.trim();
  if (TITLE_RE.test(t)) return true;
  if (/^[A-ZÄÖÜ]\.\s*[A-ZÄÖÜ][\p{L}-]+$/u.test(t)) return true;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 4) return false;
  if (!words.every((w) => /^[A-ZÄÖÜ][\p{Ll}'-]+(?:-[A-ZÄÖÜ][\p{Ll}]+)?$/u.test(w))) return false;
  return !looksLikeOrg(t);
}

/** A lead's name at most 80 characters long, cut at a word with "…". */
function shortName(name: string): string {
  if (name.length <= 80) return name;
  const cut = name.slice(0, 79);
  const space = cut.lastIndexOf(' ');
  return `${(space > 40 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The text without a bracketed part at its end ("AWO (Quartier)" → "AWO"). */
function withoutTrailingParen(text: string): string {
  const p = trailingParen(text);
  return p ? p.before : text;
}

function classify(piece: string): Piece {
  const email = findEmailLike(piece);
  if (
    email &&
    piece
      .replace(MAILTO_RE, '')
      .replace(email, '')
      .replace(/[\s:/()<>]|e-?mail|mail/gi, '') === ''
  ) {
    return { kind: 'email', text: email };
  }
  const phone = findPhone(piece);
  if (phone && piece.replace(phone, '').replace(/[\s:/()]|tel\.?|telefon|phone|fon/gi, '') === '') {
    return { kind: 'phone', text: phone };
  }
  if (ADDRESS_RE.test(piece)) return { kind: 'address', text: piece };
  // "C. Schön (CWW)", "Johanna Leifeld (BIZ)", "Frau Fulland (fabienne.fulland@…)"
  const paren = trailingParen(piece);
  if (paren && looksLikePerson(paren.before)) {
    const inner = paren.inner.trim();
    return { kind: 'person', text: paren.before.trim(), org: findEmailLike(inner) ? null : inner || null, email };
  }
  if (looksLikePerson(piece)) return { kind: 'person', text: piece, org: null, email };
  if (looksLikeOrg(piece)) return { kind: 'org', text: withoutTrailingParen(piece).trim() || piece };
  return { kind: 'note', text: piece };
}

/**
 * Reads the leads ("federführend") from the text under the label. One lead per person;
 * an organisation, e-mail or phone that follows a person belongs to that person.
 * Text after an arrow ("→ bis Ende September 2018") is a remark, not a contact.
 *
 * @example parseLeads('Ansprechperson: C. Schön (CWW), D. Esken (IFD)')
 *   → [{ name: 'C. Schön', organization: 'CWW', … }, { name: 'D. Esken', organization: 'IFD', … }]
 */
export function parseLeads(text: string): Omit<Lead, 'source'>[] {
  const leads: Omit<Lead, 'source'>[] = [];
  // a person's organisation, e-mail and phone may follow on the next lines
  let current: Omit<Lead, 'source'> | null = null;
  for (const rawLine of contactLines(text)) {
    const line = beforeArrow(rawLine);
    // emails and phones anywhere in the line attach to the line's current lead
    // " / " separates items ("E-Mail: … / Telefon: …") but not digits ("05251 / 308-4610")
    const separated = line.includes('/') ? line.replace(SLASH_SEPARATOR, '$1;$2') : line;
    for (const rawPiece of splitOutsideParens(separated)) {
      const piece = stripContactLabel(rawPiece);
      if (!piece) continue;
      const p = classify(piece);
      if (p.kind === 'person') {
        // the piece's address, as classify found it (a label stripped from it could hold none)
        const email = piece === rawPiece ? p.email : findEmailLike(rawPiece);
        current = { name: p.text, organization: p.org, email: email, phone: null };
        leads.push(current);
      } else if (p.kind === 'org') {
        if (current && !current.organization) current.organization = p.text;
        else if (!current) {
          current = { name: p.text, organization: p.text, email: null, phone: null };
          leads.push(current);
        }
      } else if (p.kind === 'email') {
        if (current && !current.email) current.email = p.text;
        else if (!current) {
          current = { name: p.text, organization: null, email: p.text, phone: null };
          leads.push(current);
        }
      } else if (p.kind === 'phone') {
        if (current && !current.phone) current.phone = p.text;
      } else if (p.kind === 'note' && !current && leads.length === 0) {
        // unknown words at the start: still a lead (a name we cannot classify, or a sentence
        // such as "Anna Beispiel und Otto Müller übernehmen gemeinsam …"), cut to a name's length
        const name = withoutTrailingParen(p.text).trim();
        if (/\p{L}{2}/u.test(name)) {
          current = { name: shortName(name), organization: null, email: findEmailLike(p.text), phone: findPhone(p.text) };
          leads.push(current);
        }
      }
    }
  }
  return leads;
}

/** " / " between words; bounded runs of spaces: \s+ on both sides retried from every space of a long run. */
const SLASH_SEPARATOR = /(\D)\s{1,16}\/\s{1,16}(\D)/g;
const BULLET_START = /^[-•·*]\s*/;
/** An arrow after a space starts a remark ("Frau X → bis Ende September 2018"). */
const ARROW = /\s(?:→|->)/;

/** The lines of a contact text without "mailto:", bullets and contact labels; lines that start with an arrow are remarks. */
function contactLines(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.replace(MAILTO_RE, '').split('\n')) {
    const line = stripContactLabel(raw.replace(BULLET_START, ''));
    if (line && !line.startsWith('→') && !line.startsWith('->')) out.push(line);
  }
  return out;
}

/** A line up to a remark after an arrow. */
function beforeArrow(line: string): string {
  const m = ARROW.exec(line);
  return m ? line.slice(0, m.index) : line;
}

/** Values that name nobody: signs and abbreviations for "not yet known". */
const NOBODY = [
  'n.n.',
  'n. n.',
  'nn',
  'tbd',
  'tba',
  'offen',
  'noch offen',
  'unklar',
  'k.a.',
  'k. a.',
  'keine angabe',
  '-',
  '–',
  '—',
  '?',
  '??',
  '…',
  '...',
  'x',
];

/** Values that point elsewhere instead of naming anyone ("Siehe Liste"): kept as a note. */
const ELSEWHERE = [
  'siehe liste',
  'siehe roadmap',
  'siehe massnahmen',
  'siehe oben',
  'siehe unten',
  'siehe anlage',
  'siehe protokoll',
  'arbeitsgruppenform',
  'in arbeitsgruppenform',
  'wird noch ergaenzt',
  'werden noch ergaenzt',
  'wird nachgereicht',
  'alle',
];

/** A folded value without the punctuation it may end with ("k.A." and "k.A" are one placeholder). */
function folded(text: string, f = fold(text)): string {
  return trimEndWhere(f, isValueEnd);
}

function isValueEnd(ch: string): boolean {
  return ch === '.' || ch === '!' || ch === ':' || ch === ' ';
}

/**
 * True for values that name nobody ("N.N.", "tbd", "–", "k.A.") or point elsewhere ("Siehe
 * Liste", "Arbeitsgruppenform").
 *
 * @example isPlaceholder('k.A.') === true
 */
export function isPlaceholder(text: string): boolean {
  const f = folded(text);
  return NOBODY.includes(f) || ELSEWHERE.includes(f);
}

/** Words that make a text a sentence rather than a name: verbs and what only sentences hold. */
const SENTENCE_WORDS =
  /(?:^|\s)(?:ist|sind|war|waren|hat|haben|hatte|wird|werden|wurde|wurden|soll|sollen|kann|koennen|muss|muessen|sich|melden|arbeiten|sucht|gesucht|gewonnen|beteiligt|eingeladen|angefragt|zurueckgemeldet|dass|bitte|gerne|noch|bei interesse)(?=\s|[.,;:!?]|$)/;

/**
 * True when a participant item is no person or organisation: a pointer ("Siehe Liste"), a
 * sentence ("Weitere Partner werden noch gesucht."), an instruction with an address or a date
 * ("Mail an: c.schoen@… bis Ende September 2018"), or a description in lower case ("alle
 * Schulen im Kreis"). Such items are notes.
 */
function isProse(item: string, f = fold(item)): boolean {
  const t = item.trim();
  if (ELSEWHERE.includes(folded(t, f))) return true;
  if (SENTENCE_WORDS.test(f)) return true;
  if (/^\p{Ll}/u.test(t) && !/^(?:von|van|de|zu|der|den)\s/.test(t)) return true;
  if (t.includes('@') && /:\s/.test(t)) return true;
  // what stands in brackets explains a name ("Duale Partner (Kammern, Schulen, …)")
  return wordCount(replaceParens(t, ' ')) >= 9;
}

/**
 * Reads the participants ("Wer ist beteiligt?"). Bullet lines are items; otherwise the text
 * is split at commas and semicolons outside parentheses. Only people and organisations are
 * participants: pointers ("Siehe Liste"), sentences and descriptions are returned as prose,
 * placeholders ("tbd", "?", "k.A.") are dropped.
 *
 * @example parseParticipants('Duale Partner (Kammern, Schulen), Stadt') → ['Duale Partner (Kammern, Schulen)', 'Stadt']
 * @example parseParticipants('Siehe Liste') → { participants: [], prose: ['Siehe Liste'] }
 */
export function parseParticipants(text: string): { participants: string[]; prose: string[] } {
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const participants: string[] = [];
  const prose: string[] = [];
  const add = (raw: string) => {
    const item = trimItem(raw);
    if (!item) return;
    // folded once for the placeholder, pointer and sentence tests
    const f = fold(item);
    if (NOBODY.includes(folded(item, f))) return;
    if (isProse(item, f)) prose.push(raw.trim().replace(/[,;]+$/, ''));
    else participants.push(item);
  };
  const bullets = lines.filter((l) => BULLET.test(l));
  if (bullets.length > 0) {
    for (const l of lines) {
      if (BULLET.test(l)) add(l.replace(BULLET, ''));
      else prose.push(l);
    }
    return { participants, prose };
  }
  for (const line of lines) {
    // a sentence is a note as a whole, commas and all
    if (wholeSentence(line)) {
      prose.push(line);
      continue;
    }
    for (const p of splitOutsideParens(line)) add(p);
  }
  return { participants, prose };
}

const BULLET = /^[-•·*–]\s+/;

/** A line that reads as a sentence: it has a verb or another sentence word and ends like one, or is long. */
function wholeSentence(line: string): boolean {
  const words = wordCount(line);
  if (words < 5) return false;
  const f = fold(line);
  if (SENTENCE_WORDS.test(f) && /[.!?:]$/.test(line.trim())) return true;
  return words >= 12 && SENTENCE_WORDS.test(f);
}

/** Drops a trailing comma, semicolon or sentence full stop, but keeps "e.V." and "Dr.". */
function trimItem(s: string): string {
  let t = s
    .trim()
    .replace(/[,;]+$/, '')
    .trim();
  if (t.endsWith('.') && !/(?:^|[\s.])\p{L}{1,3}\.$/u.test(t)) t = t.slice(0, -1).trim();
  return t;
}
