/**
 * Normalising a written date before it is read: case, umlauts, spaces, dashes, clock times
 * and surrounding noise. The grammar then only sees lower-case ASCII words, single spaces
 * and "-" as the one dash.
 */
import { alternation, THROUGH_WORDS, TIME_PREFIXES, TIME_WORDS } from './words';
import { trimEndWhere } from '../text';

const UMLAUTS = /[äöüß]/g;
const HAS_UMLAUT = /[äöüß]/;
const FOLD: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };
const ODD_SPACE = /[\s\u00a0\u2007\u202f\u200b]+/g;
const NEEDS_SPACE_FIX = /[^\S ]|\u200b| {2}/;
const DASHES = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/g;
const HAS_DASH = /[\u2010-\u2015\u2212\u2043\ufe58\ufe63\uff0d]/;

// Clock times, only where they cannot be part of a date: "16 Uhr", "14.00 – 15.00 Uhr",
// "14:00-15:00", "um 9:30". A time with a dot needs "Uhr"/"h" after it ("14.00" alone
// could be a date's day and month).
const LEAD = `(?:,\\s?)?(?:(?:${alternation(TIME_PREFIXES)})\\s)?(?<![\\d./:])`;
const CLOCK = '\\d{1,2}(?:[.:]\\d{2})?';
const TO = `\\s?(?:-|${alternation(THROUGH_WORDS)})\\s?`;
const UHR = `(?:${alternation(TIME_WORDS)})\\b`;
const TIME_RANGE_UHR = new RegExp(`${LEAD}${CLOCK}${TO}${CLOCK}\\s?${UHR}`, 'g');
const TIME_COLON = new RegExp(`${LEAD}\\d{1,2}:\\d{2}(?:${TO}\\d{1,2}:\\d{2})?(?:\\s?${UHR})?`, 'g');
const TIME_UHR = new RegExp(`${LEAD}${CLOCK}\\s?${UHR}`, 'g');
const MAYBE_TIME = new RegExp(`${alternation(TIME_WORDS.filter((w) => w.length > 1))}|\\d:\\d|\\d(?:${alternation(TIME_WORDS)})\\b`);

const TRAILING_NOISE = /^[\s,;:!?)\]"'“”»]$/;
const isTrailingNoise = (ch: string): boolean => TRAILING_NOISE.test(ch);
const LEADING_NOISE = /^[\s,;:([\]"'„“«]+/;
const YEAR_FULL_STOP = /(\d{4})\.$/;
/** Already clean: lower-case ASCII letters, digits, ". / - '" and single inner spaces, no clock time. */
const CLEAN = /^[a-z0-9](?:[a-z0-9./' -]*[a-z0-9.'])?$/;

/**
 * Lower case, umlauts spelled out (ä → ae), every kind of space and dash unified, clock
 * times removed, punctuation and quotes around the date dropped (a trailing "?" or "!"
 * too). A full stop after a four-digit year is dropped; other dots are kept ("10.06.").
 *
 * @example
 * normalize('  Mi, 14. November 2018, 16 Uhr ')
 * //=> 'mi, 14. november 2018'
 * @example
 * normalize('Do., 17.01.2019 14:00–15:00 Uhr')
 * //=> 'do., 17.01.2019'
 * @example
 * normalize('Frühjahr\u00a02019?')
 * //=> 'fruehjahr 2019'
 */
export function normalize(raw: string): string {
  let s = raw.toLowerCase();
  if (CLEAN.test(s) && !s.includes('  ') && !MAYBE_TIME.test(s)) return s.endsWith('.') ? s.replace(YEAR_FULL_STOP, '$1') : s;
  if (HAS_UMLAUT.test(s)) s = s.replace(UMLAUTS, (c) => FOLD[c]);
  if (NEEDS_SPACE_FIX.test(s)) s = s.replace(ODD_SPACE, ' ');
  if (HAS_DASH.test(s)) s = s.replace(DASHES, '-');
  if (MAYBE_TIME.test(s)) s = s.replace(TIME_RANGE_UHR, '').replace(TIME_COLON, '').replace(TIME_UHR, '');
  // trailing noise by hand: the expression [noise]+$ is quadratic on a long run of spaces
  s = trimEndWhere(s, isTrailingNoise).replace(LEADING_NOISE, '');
  if (s.endsWith('.')) s = s.replace(YEAR_FULL_STOP, '$1');
  return s.includes('  ') ? s.replace(ODD_SPACE, ' ') : s;
}
