/**
 * The grammar of the date proper, after normalising and peeling prefixes: one ordered list
 * of anchored patterns, each with the period it builds. The first pattern that matches
 * decides; its builder may still answer with an error ("31.02.2019": impossible-date).
 *
 * Patterns are compiled once, at module load, from the word tables; every one is anchored
 * at both ends and has no nested quantifiers, so matching is linear in the input.
 *
 * A text without a year ("Mai", "2. Quartal", "15.05.", "nach den Sommerferien") reads as
 * `missing-year`, unless the reader passes a year to assume (`Assume.year`, from a sheet's
 * or goal's period, see context.ts): then it is read in that year.
 */
import type { DateError } from '../model';
import { lastDayOfMonth } from './calendar';
import { holidayPeriod, type HolidayRelation } from './holidays';
import type { Part } from './part';
import {
  dayPeriod,
  dayRangePeriod,
  halfPeriod,
  monthPeriod,
  monthRangePeriod,
  type Period,
  quarterPeriod,
  schoolHalfPeriod,
  schoolYearPeriod,
  seasonPeriod,
  weekPeriod,
  yearPeriod,
} from './period';
import {
  alternation,
  HALF_WORDS,
  HOLIDAY_RELATIONS,
  HOLIDAYS,
  MONTHS,
  ORDINALS,
  QUARTER_WORDS,
  RANGE_WORDS,
  SCHOOL_YEAR_WORDS,
  SEASONS,
  THROUGH_WORDS,
  WEEK_WORDS,
  YEAR_WORDS,
} from './words';
import { expandYear, MAX_BARE_YEAR, MIN_BARE_YEAR, secondYear } from './year';

type Result = Period | DateError | null;

/** What the reader knows beyond the text: a year to assume when none is written, the part written in front. */
export interface Assume {
  year?: number;
  part?: Part;
}

type Builder = (m: RegExpExecArray, assume?: Assume) => Result;

/** A pattern, the period it builds, and the keys (see `ruleKey`) of the texts it can match. */
export interface Rule {
  re: RegExp;
  build: Builder;
  keys: readonly string[];
}

const D = '(\\d{1,2})';
const Y = '(\\d{4}|\\d{2})';
const Y4 = '(\\d{4})';
const M = `(${alternation(Object.keys(MONTHS))})\\.?`;
const ORD = `([1-4]|${alternation(Object.keys(ORDINALS))})\\.?`;
const TO = `\\s?(?:-|${alternation(THROUGH_WORDS)})\\s?`;
const MONTH_SEP = `\\s?(?:-|/|&|\\+|${alternation(RANGE_WORDS)})\\s?`;
const QUARTER = `(?:${alternation(QUARTER_WORDS)})\\.?`;
const HALF = `(?:${alternation(HALF_WORDS)})\\.?`;
const WEEK = `(?:${alternation(WEEK_WORDS)})\\.?`;
const SCHOOL_YEAR = `(?:${alternation(SCHOOL_YEAR_WORDS)})\\.?`;
const SEASON = `(${alternation(Object.keys(SEASONS))})`;
const YEAR_WORD = `(?:${alternation(YEAR_WORDS)})`;
const HOLIDAY = `(${alternation(Object.keys(HOLIDAYS))})`;
const RELATION = `(?:(${alternation(Object.keys(HOLIDAY_RELATIONS))})\\s(?:(?:den|der|the)\\s)?)?`;

function rule(keys: readonly string[], source: string, build: Builder): Rule {
  return { re: new RegExp(`^${source}$`), build, keys };
}

/** Keys of texts starting with one of these words' first letters. */
function initials(words: Iterable<string>): string[] {
  return [...new Set([...words].map((w) => `w${w[0]}`))];
}

/** A number group as an integer. */
function int(text: string): number {
  return Number(text);
}

function ordinal(text: string): number {
  return ORDINALS[text] ?? Number(text);
}

function month(word: string): number {
  return MONTHS[word];
}

/** Builds from a year group, or answers null (not a date) when the year is not one. */
function withYear(text: string, build: (year: number) => Result): Result {
  const year = expandYear(text);
  return year === null ? null : build(year);
}

/** A text without a year: read in the assumed year, or `missing-year`. */
function inAssumedYear(assume: Assume | undefined, build: (year: number) => Result): Result {
  return assume?.year === undefined ? 'missing-year' : build(assume.year);
}

/** Builds in the written year (a year group), or, none written, in the assumed one. */
function inYear(text: string | undefined, assume: Assume | undefined, build: (year: number) => Result): Result {
  return text === undefined ? inAssumedYear(assume, build) : withYear(text, build);
}

/** A day and month written without a year: the day in the assumed year, or which error it is. */
function dayWithoutYear(day: number, mon: number, assume: Assume | undefined): Result {
  if (mon < 1 || mon > 12) return 'invalid-month';
  if (day < 1 || day > lastDayOfMonth(2000, mon)) return 'impossible-date';
  return inAssumedYear(assume, (y) => dayPeriod(y, mon, day));
}

/**
 * A school year named by one year, read only with a part: "Schuljahresende 2020" ends in
 * 2020 (2019/20), "Anfang Schuljahr 2020" begins in 2020 (2020/21); "Mitte" and no part
 * are ambiguous.
 */
function schoolYearOfPart(year: number, part: Part | undefined): Result {
  if (part === 'end') return schoolYearPeriod(year - 1);
  if (part === 'start') return schoolYearPeriod(year);
  return 'unrecognized';
}

/** "Weihnachtsferien 2019/20": the second year must follow the first, and only Christmas spans two. */
function holidayYear(holiday: string, first: number, second: string | undefined): number | null {
  if (second === undefined) return first;
  return holiday === 'weihnachten' && secondYear(first, second) === first + 1 ? first : null;
}

/** "nach den Sommerferien 2019", "vor den Herbstferien", "in den Osterferien 2021" (see holidays.ts). */
function holiday(m: RegExpExecArray, assume: Assume | undefined): Result {
  const relation: HolidayRelation = m[1] === undefined ? 'in' : HOLIDAY_RELATIONS[m[1]];
  const name = HOLIDAYS[m[2].replace(/\s/g, ' ')];
  return inYear(m[3], assume, (y) => {
    const year = holidayYear(name, y, m[4]);
    return year === null ? 'unrecognized' : holidayPeriod(name, year, relation);
  });
}

/** "2020/21": a school year only when the years follow each other. */
function schoolYear(first: number | null, secondText: string): Result {
  if (first === null) return null;
  return secondYear(first, secondText) === first + 1 ? schoolYearPeriod(first) : 'unrecognized';
}

const MONTH_KEYS = initials(Object.keys(MONTHS));
/** "1. Quartal", "I. Quartal", "erstes Halbjahr". */
const ORDINAL_KEYS = ['d. ', 'd.a', 'd ', 'da', ...initials(Object.keys(ORDINALS))];

/**
 * Every pattern, in order of precedence. Keys (see `ruleKey`) say which texts a pattern can
 * match at all; only the patterns under a text's key are tried.
 */
export const RULES: readonly Rule[] = [
  // 2019-05-14
  rule(['d-'], `${Y4}-${D}-${D}`, (m) => withYear(m[1], (y) => dayPeriod(y, int(m[2]), int(m[3])))),
  // 2019-05 (ISO month); 2020-21 is a school year
  rule(['d-'], `${Y4}-(\\d{2})`, (m) =>
    withYear(m[1], (y) => (int(m[2]) > 12 && secondYear(y, m[2]) === y + 1 ? schoolYearPeriod(y) : monthPeriod(y, int(m[2])))),
  ),
  // 2020/21, 2020/2021
  rule(['d/', 'd '], `${Y4}\\s?/\\s?${Y}`, (m) => schoolYear(expandYear(m[1]), m[2])),
  // 2020 Q1, 2020-Q1
  rule(['d ', 'd-', 'da'], `${Y4}[\\s-]?q([1-4])`, (m) => withYear(m[1], (y) => quarterPeriod(y, int(m[2])))),
  // 2019
  rule(['d$'], Y4, (m) => (int(m[1]) >= MIN_BARE_YEAR && int(m[1]) <= MAX_BARE_YEAR ? yearPeriod(int(m[1])) : null)),
  // 14.11.18, 31.12.2019, 1.3.2019
  rule(['d.9', 'd. '], `${D}\\.\\s?${D}\\.\\s?${Y}`, (m) => withYear(m[3], (y) => dayPeriod(y, int(m[2]), int(m[1])))),
  // 01/19, 4/19, 02/2019
  rule(['d/', 'd '], `${D}\\s?/\\s?${Y}`, (m) => withYear(m[2], (y) => monthPeriod(y, int(m[1])))),
  // 10.06. (no year)
  rule(['d.9', 'd. '], `${D}\\.\\s?${D}\\.`, (m, a) => dayWithoutYear(int(m[1]), int(m[2]), a)),
  // 05.2019, 5.2019, 06-2019
  rule(['d.9', 'd-'], `${D}[.-]${Y4}`, (m) => withYear(m[2], (y) => monthPeriod(y, int(m[1])))),
  // 06.19 is June 2019, but 01.12 is a day without its year (1 December): a two-digit
  // "year" that could be a month is read as the month. "7.47" (one-digit month) is no date.
  rule(['d.9'], `(\\d{1,2})\\.(\\d{2})`, (m, a) =>
    int(m[2]) <= 12 ? dayWithoutYear(int(m[1]), int(m[2]), a) : m[1].length === 2 ? withYear(m[2], (y) => monthPeriod(y, int(m[1]))) : null,
  ),
  // 10. Juni 2020, 10. Juni 20, 10. Juni (no year)
  rule(['d. ', 'd.a', 'd ', 'da'], `${D}\\.?\\s?${M}\\s?${Y}?`, (m, a) =>
    m[3] === undefined ? dayWithoutYear(int(m[1]), month(m[2]), a) : withYear(m[3], (y) => dayPeriod(y, month(m[2]), int(m[1]))),
  ),
  // 10.-12.06.2019
  rule(['d. ', 'd.-', 'd.a', 'd-', 'd ', 'da'], `${D}\\.?${TO}${D}\\.\\s?${D}\\.\\s?${Y}`, (m) =>
    withYear(m[4], (y) => dayRangePeriod(y, int(m[3]), int(m[1]), y, int(m[3]), int(m[2]))),
  ),
  // 10.06.-12.07.2019
  rule(['d.9'], `${D}\\.${D}\\.?${TO}${D}\\.\\s?${D}\\.\\s?${Y}`, (m) =>
    withYear(m[5], (y) => dayRangePeriod(y, int(m[2]), int(m[1]), y, int(m[4]), int(m[3]))),
  ),
  // 10.06.2019 - 12.06.2019
  rule(['d.9'], `${D}\\.${D}\\.${Y}${TO}${D}\\.${D}\\.${Y}`, (m) => {
    const y1 = expandYear(m[3]);
    const y2 = expandYear(m[6]);
    return y1 === null || y2 === null ? null : dayRangePeriod(y1, int(m[2]), int(m[1]), y2, int(m[5]), int(m[4]));
  }),
  // 10.-12. Juni 2019
  rule(['d. ', 'd.-', 'd.a', 'd-', 'd ', 'da'], `${D}\\.?${TO}${D}\\.?\\s?${M}\\s?${Y}`, (m) =>
    withYear(m[4], (y) => dayRangePeriod(y, month(m[3]), int(m[1]), y, month(m[3]), int(m[2]))),
  ),
  // 03/19 - 05/19, 03/2019 bis 05/2019
  rule(['d/', 'd '], `${D}\\s?/\\s?${Y}${TO}${D}\\s?/\\s?${Y}`, (m) => {
    const y1 = expandYear(m[2]);
    const y2 = expandYear(m[4]);
    return y1 === null || y2 === null ? null : monthRangePeriod(y1, int(m[1]), y2, int(m[3]));
  }),
  // 05.2019 - 07.2019
  rule(['d.9'], `${D}\\.${Y4}${TO}${D}\\.${Y4}`, (m) => {
    const y1 = expandYear(m[2]);
    const y2 = expandYear(m[4]);
    return y1 === null || y2 === null ? null : monthRangePeriod(y1, int(m[1]), y2, int(m[3]));
  }),
  // 03-05/19
  rule(['d-', 'd '], `${D}\\s?-\\s?${D}\\s?/\\s?${Y}`, (m) => withYear(m[3], (y) => monthRangePeriod(y, int(m[1]), y, int(m[2])))),
  // 12. KW 2020, 12. KW (no year)
  rule(['d. ', 'd.a'], `${D}\\.\\s?${WEEK}\\s?/?\\s?${Y}?`, (m, a) => inYear(m[2], a, (y) => weekPeriod(y, int(m[1])))),

  // Juni 2019, Sept 2019, Febr. 19, Juni '19
  rule(MONTH_KEYS, `${M}\\s?'?${Y}`, (m) => withYear(m[2], (y) => monthPeriod(y, month(m[1])))),
  // Juni (no year)
  rule(MONTH_KEYS, M, (m, a) => inAssumedYear(a, (y) => monthPeriod(y, month(m[1])))),
  // Jan/Feb 2019, Juni bis August 2019, Nov 2019 – Feb 2020, Nov – Feb 2020
  rule(MONTH_KEYS, `${M}(?:\\s?${Y})?${MONTH_SEP}${M}\\s?${Y}`, (m) => {
    const y2 = expandYear(m[4]);
    if (y2 === null) return null;
    const m1 = month(m[1]);
    const m2 = month(m[3]);
    const y1 = m[2] === undefined ? (m1 <= m2 ? y2 : y2 - 1) : expandYear(m[2]);
    return y1 === null ? null : monthRangePeriod(y1, m1, y2, m2);
  }),
  // Juni bis August, Nov – Feb (no year): the range ends in the assumed year
  rule(MONTH_KEYS, `${M}${MONTH_SEP}${M}`, (m, a) =>
    inAssumedYear(a, (y) => monthRangePeriod(month(m[1]) <= month(m[2]) ? y : y - 1, month(m[1]), y, month(m[2]))),
  ),
  // Q1/2020, Q1 2020, Q1/20, Q1 (no year)
  rule(['wq'], `q\\s?([1-4])(?:\\s?[/.-]?\\s?${Y})?`, (m, a) => inYear(m[2], a, (y) => quarterPeriod(y, int(m[1])))),
  // H2 2019, H2 (no year)
  rule(['wh'], `h\\s?([12])(?:\\s?[/.-]?\\s?${Y})?`, (m, a) => inYear(m[2], a, (y) => halfPeriod(y, int(m[1])))),
  // KW 12/2020, KW12 2020, KW 12 2020, KW 12/20, KW 12 (no year)
  rule(initials(WEEK_WORDS), `${WEEK}\\s?${D}(?:\\s?[/.-]?\\s?${Y})?`, (m, a) => inYear(m[2], a, (y) => weekPeriod(y, int(m[1])))),
  // Schuljahr 2020/21, SJ 2020/21, Schuljahr 2020-2021, SJ 20/21
  rule(initials(SCHOOL_YEAR_WORDS), `${SCHOOL_YEAR}\\s?${Y}\\s?[/-]\\s?${Y}`, (m) => schoolYear(expandYear(m[1]), m[2])),
  // (Ende) Schuljahr 2020, (zum) Schuljahresende 2020, Ende des Schuljahres (no year): only with a part
  rule(initials(SCHOOL_YEAR_WORDS), `${SCHOOL_YEAR}(?:\\s?${Y4})?`, (m, a) =>
    m[1] === undefined && !a?.part ? null : inYear(m[1], a, (y) => schoolYearOfPart(y, a?.part)),
  ),
  // Ende des Jahres 2019; Ende des Jahres, zum Jahresende (no year): only with a part
  rule(initials(YEAR_WORDS), `${YEAR_WORD}(?:\\s?${Y4})?`, (m, a) => (m[1] === undefined && !a?.part ? null : inYear(m[1], a, yearPeriod))),
  // nach den Sommerferien 2019, vor den Herbstferien 2020, Osterferien 2021, Weihnachtsferien 2019/20, nach den Sommerferien
  rule(
    initials([...Object.keys(HOLIDAYS), ...Object.keys(HOLIDAY_RELATIONS)]),
    `${RELATION}${HOLIDAY}(?:\\s?${Y}(?:\\s?/\\s?${Y})?)?`,
    holiday,
  ),
  // Frühjahr 2019, Winter 2019, Winter 2019/20
  rule(initials(Object.keys(SEASONS)), `${SEASON}\\s?${Y}(?:\\s?/\\s?${Y})?`, (m) =>
    withYear(m[2], (y) => {
      const first = SEASONS[m[1]];
      if (m[3] !== undefined && (first !== 12 || secondYear(y, m[3]) !== y + 1)) return 'unrecognized';
      return seasonPeriod(y, first);
    }),
  ),

  // 1. Quartal 2020, 1. Qu. 2020, I. Quartal 2020, 4. Quartal 19, 2. Quartal (no year)
  rule(ORDINAL_KEYS, `${ORD}\\s?${QUARTER}(?:\\s?/?\\s?${Y})?`, (m, a) => inYear(m[2], a, (y) => quarterPeriod(y, ordinal(m[1])))),
  // 2. Halbjahr 2019/20 (school half-year)
  rule(ORDINAL_KEYS, `${ORD}\\s?${HALF}\\s?(?:${SCHOOL_YEAR}\\s?)?${Y4}\\s?/\\s?${Y}`, (m) => {
    const y = expandYear(m[2]);
    if (y === null) return null;
    return secondYear(y, m[3]) === y + 1 ? schoolHalfPeriod(y, ordinal(m[1])) : 'unrecognized';
  }),
  // 2. Halbjahr 2019, 2. HJ 2019, 2. Hj. 2019, erstes Halbjahr 2020, zweite Jahreshälfte 2019, 2. Halbjahr (no year)
  rule(ORDINAL_KEYS, `${ORD}\\s?${HALF}(?:\\s?/?\\s?${Y})?`, (m, a) => inYear(m[2], a, (y) => halfPeriod(y, ordinal(m[1])))),
];

/** The rules under each key, in precedence order. */
const INDEX = new Map<string, Rule[]>();
for (const r of RULES) for (const key of r.keys) INDEX.set(key, [...(INDEX.get(key) ?? []), r]);

/** "a" for a letter, "9" for a digit, "$" for the end, the character itself for . / - and space, else "?". */
function charClass(c: string): string {
  if (c === '') return '$';
  if (c >= 'a' && c <= 'z') return 'a';
  if (c >= '0' && c <= '9') return '9';
  return c === '.' || c === '/' || c === '-' || c === ' ' ? c : '?';
}

/**
 * Which rules can match a text. A text starting with a letter: "w" and that letter. A text
 * starting with digits: "d" and the class of the character after them ("d/" for "01/19",
 * "d " for "10 Juni", "da" for a letter, "d$" for nothing); after a dot, also the class of
 * the character after the dot ("d.9" for "14.11.18", "d. " for "10. Juni").
 *
 * @example
 * ruleKey('14.11.18')
 * //=> 'd.9'
 * @example
 * ruleKey('1. quartal 2020')
 * //=> 'd. '
 * @example
 * ruleKey('2019')
 * //=> 'd$'
 * @example
 * ruleKey('kw 12/2020')
 * //=> 'wk'
 */
export function ruleKey(text: string): string {
  let i = 0;
  while (i < text.length && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i === 0) return `w${text.charAt(0)}`;
  const c = charClass(text.charAt(i));
  return c === '.' ? `d.${charClass(text.charAt(i + 1))}` : `d${c}`;
}

/**
 * The period a normalised date without prefixes names, an error when its numbers name no
 * real period, or null when it is not a date at all.
 *
 * @example
 * parseExpression('ca 06/19')
 * //=> null
 * @example
 * parseExpression('06/19')
 * //=> { start: '2019-06-01', end: '2019-06-30', precision: 'month', edtf: '2019-06' }
 * @example
 * parseExpression('31.02.2019')
 * //=> 'impossible-date'
 * @example
 * parseExpression('2. quartal')
 * //=> 'missing-year'
 * @example
 * parseExpression('2. quartal', { year: 2020 })
 * //=> { start: '2020-04-01', end: '2020-06-30', precision: 'quarter' }
 */
export function parseExpression(text: string, assume?: Assume): Period | DateError | null {
  const rules = INDEX.get(ruleKey(text));
  if (!rules) return null;
  for (const { re, build } of rules) {
    const m = re.exec(text);
    if (m) return build(m, assume);
  }
  return null;
}
