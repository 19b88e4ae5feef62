/**
 * Words in front of the date proper: a weekday ("Mi,"), qualifiers ("ca.", "bis", "ab",
 * fillers such as "im Jahr") and a part ("Anfang", "Mitte", "Ende", also "Ende des …" and
 * one-word parts such as "Jahresende", "Schuljahresende"), in any order.
 */
import type { Qualifier } from '../model';
import type { Part } from './part';
import { alternation, ARTICLES, COMPOUND_PARTS, PARTS, QUALIFIERS, WEEKDAYS } from './words';

/** A weekday directly before a day: "mi, 14.", "do. 17.", "mittwoch, den 5." */
const WEEKDAY = new RegExp(`^(${alternation(Object.keys(WEEKDAYS))})\\.?,?\\s?(?=\\d|(?:${alternation(ARTICLES)})\\s)`);
const QUALIFIER = new RegExp(`^(${alternation(Object.keys(QUALIFIERS))})(?=[\\s.:,])[.:,]?\\s?(?=\\S)`);
const PART = new RegExp(`^(${alternation(Object.keys(PARTS))})(?:\\s(?:des|der))?[\\s-](?=\\S)`);
/** "jahresende 2019" → part `end`, rest "jahr 2019". */
const COMPOUND_PART = new RegExp(`^(${alternation(Object.keys(COMPOUND_PARTS))})(?![a-z])`);
const SPACE = /\s/g;
/** First letters of each table, so a pattern is only tried where it can match. */
const WEEKDAY_INITIALS = new Set(Object.keys(WEEKDAYS).map((w) => w[0]));
const QUALIFIER_INITIALS = new Set(Object.keys(QUALIFIERS).map((w) => w[0]));
const PART_INITIALS = new Set(Object.keys(PARTS).map((w) => w[0]));
const COMPOUND_INITIALS = new Set(Object.keys(COMPOUND_PARTS).map((w) => w[0]));

export interface Prefixes {
  /** What is left: the date proper. */
  rest: string;
  /** ISO weekday written in front, if any. */
  weekday?: number;
  qualifier: Qualifier;
  part?: Part;
}

/**
 * Peels weekday, qualifier and part words off the front of a normalised date. Of several
 * qualifiers, `by` and `from` win over `approx` ("bis ca. 06/19" is `by`), and the first
 * of `by`/`from` stays.
 *
 * @example
 * peelPrefixes('bis spaetestens ende august 2020')
 * //=> { rest: 'august 2020', qualifier: 'by', part: 'end' }
 * @example
 * peelPrefixes('do., 17.01.2019')
 * //=> { rest: '17.01.2019', qualifier: null, weekday: 4 }
 * @example
 * peelPrefixes('im jahr 2019')
 * //=> { rest: '2019', qualifier: null }
 * @example
 * peelPrefixes('bis ende des schuljahres 2019/20')
 * //=> { rest: 'schuljahres 2019/20', qualifier: 'by', part: 'end' }
 * @example
 * peelPrefixes('zum schuljahresende 2020')
 * //=> { rest: 'schuljahr 2020', qualifier: null, part: 'end' }
 */
export function peelPrefixes(text: string): Prefixes {
  const out: Prefixes = { rest: text, qualifier: null };
  const first = text.charCodeAt(0);
  if (first >= 48 && first <= 57) return out; // no prefix starts with a digit
  let s = text;
  for (let round = 0; round < 8; round++) {
    const before = s;
    let m = WEEKDAY_INITIALS.has(s.charAt(0)) ? WEEKDAY.exec(s) : null;
    if (m) {
      out.weekday = WEEKDAYS[m[1]];
      s = s.slice(m[0].length);
    }
    m = QUALIFIER_INITIALS.has(s.charAt(0)) ? QUALIFIER.exec(s) : null;
    if (m) {
      const q = QUALIFIERS[m[1].replace(SPACE, ' ')];
      if (q && (out.qualifier === null || out.qualifier === 'approx')) out.qualifier = q;
      s = s.slice(m[0].length);
    }
    m = PART_INITIALS.has(s.charAt(0)) ? PART.exec(s) : null;
    if (m) {
      out.part = PARTS[m[1].replace(SPACE, ' ')];
      s = s.slice(m[0].length);
    }
    m = COMPOUND_INITIALS.has(s.charAt(0)) ? COMPOUND_PART.exec(s) : null;
    if (m) {
      const [part, words] = COMPOUND_PARTS[m[1]];
      out.part = part;
      s = words + s.slice(m[0].length);
    }
    if (s === before) break;
  }
  out.rest = s;
  return out;
}
