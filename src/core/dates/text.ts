/**
 * Dates inside free text: "Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr …".
 * Only specific forms count (a day with its year, a month name with its year, MM/YYYY),
 * so numbers like "33098", "14.00 Uhr", "7.47" or "5 Quartieren" are never taken for dates.
 */
import type { DateValue } from '../model';
import { parseDate } from './parse';
import { MONTHS, WEEKDAYS } from './words';

// month words with their umlauts back ("maerz" also matches "März")
const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .map((k) => k.replace(/ae/g, '(?:ae|ä)'))
  .join('|');
const WD_ALT = Object.keys(WEEKDAYS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const WD_BEFORE = new RegExp(`\\b(?:${WD_ALT})\\.?,?\\s+(?:den\\s+)?$`, 'i');

/** Tried in order: the first pattern that matches anywhere wins. Day forms may have a weekday before them. */
const PATTERNS: { re: RegExp; weekday: boolean }[] = [
  // 20.11.2018 / 17.01.19
  { re: /(?<![\d.])\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})(?![\d.]\d)/, weekday: true },
  // 14. November 2018
  { re: new RegExp(`(?<![\\d.])\\d{1,2}\\.\\s*(?:${MONTH_ALT})\\.?\\s+\\d{4}\\b`, 'i'), weekday: true },
  // Januar 2019
  { re: new RegExp(`\\b(?:${MONTH_ALT})\\.?\\s+\\d{4}\\b`, 'i'), weekday: false },
  // 02/2019
  { re: /(?<![\d/.])\d{1,2}\/\d{4}\b/, weekday: false },
];

/** Every specific form needs a digit followed by "." or "/", or a year. */
const ANY = /\d[./]|\d{4}/;

/**
 * The first specific date written inside a text, marked `fromText`, or null.
 *
 * @example findDateInText('Nächste Sitzung: Di, 20.11.2018, 14 Uhr') → { raw: 'Di, 20.11.2018', start: '2018-11-20', fromText: true }
 */
export function findDateInText(text: string): DateValue | null {
  if (!text || text.length > 5000) return null;
  if (!ANY.test(text)) return null;
  for (const { re, weekday } of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    let from = m.index;
    if (weekday) {
      // a weekday written just before the date ("Do, 17. Januar 2018") belongs to it
      const before = WD_BEFORE.exec(text.slice(Math.max(0, from - 20), from));
      if (before) from -= before[0].length;
    }
    const raw = text
      .slice(from, m.index + m[0].length)
      .trim()
      .replace(/,$/, '');
    const value = parseDate(raw);
    if (value.error) continue;
    return { ...value, raw, fromText: true };
  }
  return null;
}
