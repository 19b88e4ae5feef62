/**
 * Dates inside free text: "Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr …".
 * Only specific forms count — a day with its year, a month NAME with a four-digit year,
 * "KW 12/2020", "Q1 2020", "02/2019" — so house numbers and postcodes ("45", "33098"),
 * times ("14.00 Uhr"), goal ids ("7.47"), counts ("5 Quartieren"), percentages and phone
 * numbers are never taken for dates, and neither are two-digit "MM/YY" numerics.
 *
 * With a context period (context.ts), a day without its year counts too ("am 15.05.",
 * "am 14. November"), read in the one year that puts it inside the period.
 */
import type { DateValue } from '../model';
import { contextPeriod, type DateContext } from './context';
import { parseDate } from './parse';
import { checkWeekday } from './weekday';
import { alternation, ARTICLES, MONTHS, QUARTER_WORDS_IN_TEXT, WEEK_WORDS_IN_TEXT, WEEKDAYS } from './words';

/** Month words with their umlauts back: "maerz" also matches "März". */
const MONTH = `(?:${alternation(Object.keys(MONTHS)).replace(/ae/g, '(?:ae|ä)')})\\.?`;
const WEEK = `(?:${alternation(WEEK_WORDS_IN_TEXT)})`;
const QUARTER = `(?:${alternation(QUARTER_WORDS_IN_TEXT)})`;
const DASH = '\\s?[-\u2010-\u2015\u2212]\\s?';
const YEAR4_END = '\\d{4}(?!\\d)';
const DAY = '(?<![\\d.])\\d{1,2}';
/** A numeric year may not run on into more digits ("17.01.2019.5", "1.2.345"). */
const NUM_YEAR_END = '(?:\\d{4}|\\d{2})(?![\\d]|[.,]\\d)';

/** A weekday just before a day ("Do, ", "Mittwoch, den "): it belongs to the date. */
const WEEKDAY_BEFORE = new RegExp(
  `(?<![a-zäöüß])(?:${alternation(Object.keys(WEEKDAYS))})(?:\\.?,\\s*|\\.\\s*|\\s+)(?:(?:${alternation(ARTICLES)})\\s+)?$`,
  'i',
);

/**
 * A weekday just after a day: in brackets ("17.01.2018 (Do)") or spelled out after a comma
 * or space ("17.01.2018, Donnerstag"). Short forms only in brackets: "17.01.2018 so wie
 * besprochen" is no Sunday.
 */
const WEEKDAY_AFTER = new RegExp(
  `^(?:\\s?\\(\\s?(${alternation(Object.keys(WEEKDAYS))})\\.?\\s?\\)|(?:\\s?,\\s?|\\s)(${alternation(
    Object.keys(WEEKDAYS).filter((w) => w.length >= 6),
  )})(?![a-zäöüß]))`,
  'i',
);

const WEEKDAY_WORD = new RegExp(`(?<![a-zäöüß])(?:${alternation(Object.keys(WEEKDAYS))})(?![a-zäöüß])`, 'i');

/**
 * Cheap test: does the text name a weekday at all? Only then can a date found in it carry
 * a weekday to check (validation skips the search otherwise).
 *
 * @example
 * mentionsWeekday('Treffen am Do, 17. Januar 2018')
 * //=> true
 * @example
 * mentionsWeekday('Dokumentation bis 17.01.2018')
 * //=> false
 */
export function mentionsWeekday(text: string): boolean {
  return WEEKDAY_WORD.test(text);
}

/** Every day form in text has a digit followed by a dot, a space or a dash ("20.11.", "14 Nov", "10–12"). */
const DAY_LIKE = /\d[.\s\-\u2010-\u2015\u2212]/;

/**
 * Cheap test: can the text hold a day with a weekday next to it? Only days carry a weekday to
 * check, so a text without a day form or without a weekday word is skipped (the digit test
 * runs first: it is the cheaper one).
 *
 * @example
 * mayHoldWeekdayDate('Nächstes Treffen: Di, 20.11.2018, 14 Uhr')
 * //=> true
 * @example
 * mayHoldWeekdayDate('Maßnahme 1234: Treffen am Donnerstag')
 * //=> false
 */
export function mayHoldWeekdayDate(text: string): boolean {
  return DAY_LIKE.test(text) && WEEKDAY_WORD.test(text);
}

interface TextPattern {
  re: RegExp;
  /** Day forms: a weekday before them is part of the date. */
  day: boolean;
}

function pattern(source: string, day: boolean): TextPattern {
  return { re: new RegExp(source, 'gi'), day };
}

/** Most precise first; within one pattern, the earliest match that reads as a date wins. */
const PATTERNS: readonly TextPattern[] = [
  // 10.–12.06.2019
  pattern(`${DAY}\\.?${DASH}\\d{1,2}\\.\\s?\\d{1,2}\\.\\s?${NUM_YEAR_END}`, true),
  // 20.11.2018, 17.01.19
  pattern(`${DAY}\\.\\s?\\d{1,2}\\.\\s?${NUM_YEAR_END}`, true),
  // 2019-05-14
  pattern(`(?<![\\d./-])\\d{4}-\\d{2}-\\d{2}(?![\\d])`, true),
  // 10.–12. Juni 2019
  pattern(`${DAY}\\.?${DASH}\\d{1,2}(?:\\.\\s?|\\s)${MONTH}\\s?${YEAR4_END}`, true),
  // 14. November 2018
  pattern(`${DAY}(?:\\.\\s?|\\s)${MONTH}\\s?${YEAR4_END}`, true),
  // Januar 2019
  pattern(`(?<![a-zäöüß])${MONTH}\\s${YEAR4_END}`, false),
  // KW 12/2020, 12. KW 2020
  pattern(`(?<![a-zäöüß])${WEEK}\\.?\\s?\\d{1,2}\\s?[/.]?\\s?${YEAR4_END}`, false),
  pattern(`${DAY}\\.\\s?${WEEK}\\s?${YEAR4_END}`, false),
  // Q1/2020, 1. Quartal 2020
  pattern(`(?<![a-zäöüß])Q[1-4]\\s?/?\\s?${YEAR4_END}`, false),
  pattern(`(?<![\\d.])[1-4]\\.\\s?${QUARTER}\\s${YEAR4_END}`, false),
  // 02/2019 (never 02/19)
  pattern(`(?<![\\w./-])\\d{1,2}/${YEAR4_END}(?!/)`, false),
];

/**
 * Days without a year, looked for only with a context: "15.05." (one of day and month has
 * two digits, so "1.2." list numbers are not days) and "14. November".
 */
const YEARLESS_PATTERNS: readonly TextPattern[] = [
  pattern(`(?:${DAY}\\.\\d{2}|(?<![\\d.])\\d{2}\\.\\d)\\.(?!\\s?\\d)`, true),
  pattern(`${DAY}\\.\\s?${MONTH}(?![a-zäöüß])(?!\\s?\\d)`, true),
];

/** Cheap test: every pattern needs a digit followed by a dot, slash or dash, or a year. */
const DATE_LIKE = /\d[./-]|\d{4}/;

/** Dates read inside texts, by the words they were read from: shared and frozen, like parseDate's. */
const FROM_TEXT = new Map<string, DateValue | null>();
const FROM_TEXT_LIMIT = 10_000;

/** parseDate(raw) marked `fromText`, or null when the words are no date. */
function fromText(raw: string): DateValue | null {
  let value = FROM_TEXT.get(raw);
  if (value !== undefined) return value;
  const parsed = parseDate(raw);
  value = parsed.error ? null : Object.freeze<DateValue>({ ...parsed, fromText: true });
  if (FROM_TEXT.size >= FROM_TEXT_LIMIT) FROM_TEXT.clear();
  FROM_TEXT.set(raw, value);
  return value;
}

/** Dates without a year read in their context inside texts, by words and period. */
const FROM_TEXT_IN_CONTEXT = new Map<string, DateValue | null>();

/** parseDate(raw, context) marked `fromText`, or null when the words are no date (or the year stays unknown). */
function fromTextIn(raw: string, context: DateContext, period: { start: string; end: string }): DateValue | null {
  const key = `${raw}\u0000${period.start}\u0000${period.end}`;
  let value = FROM_TEXT_IN_CONTEXT.get(key);
  if (value !== undefined) return value;
  const parsed = parseDate(raw, context);
  value = parsed.error ? null : Object.freeze<DateValue>({ ...parsed, fromText: true });
  if (FROM_TEXT_IN_CONTEXT.size >= FROM_TEXT_LIMIT) FROM_TEXT_IN_CONTEXT.clear();
  FROM_TEXT_IN_CONTEXT.set(key, value);
  return value;
}

/** A day read from text with the weekday written after it: checked, and part of `raw`. */
function withWeekdayAfter(value: DateValue, raw: string, written: number): DateValue {
  const mismatch = checkWeekday(written, value.start!);
  const out: DateValue = { ...value, raw };
  if (mismatch) out.weekdayMismatch = Object.freeze(mismatch);
  return Object.freeze(out);
}

/** The first match of the patterns that reads as a date, a weekday before or after a day included. */
function firstMatch(text: string, patterns: readonly TextPattern[], read: (raw: string) => DateValue | null): DateValue | null {
  for (const { re, day } of patterns) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      let from = m.index;
      if (day) {
        const before = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, from - 25), from));
        if (before) from -= before[0].length;
      }
      const end = m.index + m[0].length;
      const raw = text.slice(from, end);
      const value = read(raw);
      if (!value) continue;
      if (day && from === m.index && value.precision === 'day' && value.start) {
        const after = WEEKDAY_AFTER.exec(text.slice(end, end + 16));
        if (after) return withWeekdayAfter(value, raw + after[0], WEEKDAYS[(after[1] ?? after[2]).toLowerCase()]);
      }
      return value;
    }
  }
  return null;
}

/**
 * The first specific date written inside a text, with `fromText: true` and `raw` the words
 * it was read from (a weekday just before or after a day included, so it is checked), or null.
 * `context` (optional, the sheet's or goal's period): when the text names no date with a
 * year, a day without one ("am 15.05.") counts if exactly one year puts it inside the period.
 *
 * @example
 * findDateInText('Nächste Sitzung: Di, 20.11.2018, 14 Uhr Familienzentrum Westenholz')
 * //=> { raw: 'Di, 20.11.2018', start: '2018-11-20', end: '2018-11-20', precision: 'day', fromText: true }
 * @example
 * findDateInText('Nächstes Treffen: Januar 2019')
 * //=> { raw: 'Januar 2019', start: '2019-01-01', end: '2019-01-31', precision: 'month', fromText: true }
 * @example
 * findDateInText('Leostraße 45, 33098 Paderborn, 14.00 – 15.00 Uhr')
 * //=> null
 * @example
 * findDateInText('Treffen am 15.05. im Rathaus', { period: { start: '2020-01-01', end: '2020-12-31' } })
 * //=> { raw: '15.05.', start: '2020-05-15', precision: 'day', fromText: true, yearAssumed: true }
 */
export function findDateInText(text: string, context?: DateContext): DateValue | null {
  if (typeof text !== 'string' || !DATE_LIKE.test(text)) return null;
  const found = firstMatch(text, PATTERNS, fromText);
  if (found || context === undefined) return found;
  const period = contextPeriod(context);
  return period ? firstMatch(text, YEARLESS_PATTERNS, (raw) => fromTextIn(raw, context, period)) : null;
}
