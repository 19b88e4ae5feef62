/**
 * Periods: the first and last day an expression covers, its precision and its EDTF form
 * (without qualifier). Every constructor checks its numbers and returns a `DateError`
 * instead of a period when they name no real period; nothing is ever corrected.
 *
 * | Period        | Covers                                              | EDTF                 |
 * |---------------|-----------------------------------------------------|----------------------|
 * | day           | the day                                             | 2019-06-14           |
 * | day range     | first to last day                                   | 2019-06-10/2019-06-12 |
 * | month         | 1st to last day of the month                        | 2019-06              |
 * | month range   | 1st day of the first to last day of the last month  | 2019-01/2019-02      |
 * | quarter       | Q1 Jan–Mar, Q2 Apr–Jun, Q3 Jul–Sep, Q4 Oct–Dec      | 2020-01/2020-03      |
 * | half          | H1 Jan–Jun, H2 Jul–Dec                              | 2019-07/2019-12      |
 * | school half   | 1. Halbjahr 1 Aug–31 Jan, 2. Halbjahr 1 Feb–31 Jul  | 2019-08/2020-01      |
 * | ISO week      | Monday to Sunday                                    | 2020-03-16/2020-03-22 |
 * | school year   | 1 August to 31 July of the next year (NRW)          | 2020-08/2021-07      |
 * | season        | meteorological: spring Mar–May, summer Jun–Aug,     | 2019-21 … 2019-24    |
 * |               | autumn Sep–Nov, winter Dec–Feb of the next year     |                      |
 * | holidays      | NRW school holidays, the weeks before or after them | 2019-08-28/2019-09-24 |
 * |               | (see holidays.ts)                                   |                      |
 * | year          | 1 January to 31 December                            | 2019                 |
 */
import type { DateError, IsoDate, Precision, Qualifier } from '../model';
import { addDays, iso, isoWeekStart, isValidDay, lastDayOfMonth } from './calendar';

export interface Period {
  start: IsoDate;
  end: IsoDate;
  precision: Exclude<Precision, 'none'>;
  /** EDTF without qualifier. */
  edtf: string;
  /** A qualifier the words imply ("vor den Herbstferien": `by`); a written "bis"/"ab" wins. */
  implied?: Qualifier;
}

/**
 * True when a parse step produced a period rather than an error.
 *
 * @example
 * isPeriod(monthPeriod(2019, 6))
 * //=> true
 * @example
 * isPeriod(monthPeriod(2019, 13))
 * //=> false
 */
export function isPeriod(value: Period | DateError | null): value is Period {
  return value !== null && typeof value === 'object';
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function yearMonth(year: number, month: number): string {
  return `${year >= 1000 ? year : iso(year, 1, 1).slice(0, 4)}-${pad2(month)}`;
}

/** 'invalid-month' unless 1–12. */
function checkMonth(month: number): DateError | null {
  return Number.isInteger(month) && month >= 1 && month <= 12 ? null : 'invalid-month';
}

/**
 * One day.
 *
 * @example
 * dayPeriod(2019, 6, 14)
 * //=> { start: '2019-06-14', end: '2019-06-14', precision: 'day', edtf: '2019-06-14' }
 * @example
 * dayPeriod(2019, 2, 29)
 * //=> 'impossible-date'
 */
export function dayPeriod(year: number, month: number, day: number): Period | DateError {
  return dayRangePeriod(year, month, day, year, month, day);
}

/**
 * Consecutive days, both ends included. A range that runs backwards is not a range.
 *
 * @example
 * dayRangePeriod(2019, 6, 10, 2019, 6, 12)
 * //=> { start: '2019-06-10', end: '2019-06-12', precision: 'day', edtf: '2019-06-10/2019-06-12' }
 */
export function dayRangePeriod(y1: number, m1: number, d1: number, y2: number, m2: number, d2: number): Period | DateError {
  const bad = checkMonth(m1) ?? checkMonth(m2);
  if (bad) return bad;
  if (!isValidDay(y1, m1, d1) || !isValidDay(y2, m2, d2)) return 'impossible-date';
  const start = iso(y1, m1, d1);
  const end = iso(y2, m2, d2);
  if (start > end) return 'unrecognized';
  return { start, end, precision: 'day', edtf: start === end ? start : `${start}/${end}` };
}

/**
 * A calendar month.
 *
 * @example
 * monthPeriod(2019, 2)
 * //=> { start: '2019-02-01', end: '2019-02-28', precision: 'month', edtf: '2019-02' }
 * @example
 * monthPeriod(2019, 13)
 * //=> 'invalid-month'
 */
export function monthPeriod(year: number, month: number): Period | DateError {
  return (
    checkMonth(month) ?? {
      start: iso(year, month, 1),
      end: iso(year, month, lastDayOfMonth(year, month)),
      precision: 'month',
      edtf: yearMonth(year, month),
    }
  );
}

/**
 * Whole months from the first to the last (precision `months`; one month is a `month`).
 *
 * @example
 * monthRangePeriod(2019, 11, 2020, 2)
 * //=> { start: '2019-11-01', end: '2020-02-29', precision: 'months', edtf: '2019-11/2020-02' }
 */
export function monthRangePeriod(y1: number, m1: number, y2: number, m2: number): Period | DateError {
  const bad = checkMonth(m1) ?? checkMonth(m2);
  if (bad) return bad;
  if (y1 === y2 && m1 === m2) return monthPeriod(y1, m1);
  if (y1 * 12 + m1 > y2 * 12 + m2) return 'unrecognized';
  return {
    start: iso(y1, m1, 1),
    end: iso(y2, m2, lastDayOfMonth(y2, m2)),
    precision: 'months',
    edtf: `${yearMonth(y1, m1)}/${yearMonth(y2, m2)}`,
  };
}

/** Months m1..m2 of one year with a given precision. */
function monthsAs(precision: Period['precision'], y1: number, m1: number, y2: number, m2: number): Period {
  return { ...(monthRangePeriod(y1, m1, y2, m2) as Period), precision };
}

/**
 * A calendar quarter (1–4); another number is not a quarter.
 *
 * @example
 * quarterPeriod(2020, 1)
 * //=> { start: '2020-01-01', end: '2020-03-31', precision: 'quarter', edtf: '2020-01/2020-03' }
 */
export function quarterPeriod(year: number, quarter: number): Period | DateError {
  if (!Number.isInteger(quarter) || quarter < 1 || quarter > 4) return 'unrecognized';
  return monthsAs('quarter', year, quarter * 3 - 2, year, quarter * 3);
}

/**
 * A calendar half-year (1 or 2).
 *
 * @example
 * halfPeriod(2019, 2)
 * //=> { start: '2019-07-01', end: '2019-12-31', precision: 'half', edtf: '2019-07/2019-12' }
 */
export function halfPeriod(year: number, half: number): Period | DateError {
  if (half !== 1 && half !== 2) return 'unrecognized';
  return monthsAs('half', year, half * 6 - 5, year, half * 6);
}

/**
 * A school half-year of the school year starting in `firstYear`: the 1st runs August to
 * January, the 2nd February to July ("2. Halbjahr 2019/20").
 *
 * @example
 * schoolHalfPeriod(2019, 2)
 * //=> { start: '2020-02-01', end: '2020-07-31', precision: 'half', edtf: '2020-02/2020-07' }
 */
export function schoolHalfPeriod(firstYear: number, half: number): Period | DateError {
  if (half === 1) return monthsAs('half', firstYear, 8, firstYear + 1, 1);
  if (half === 2) return monthsAs('half', firstYear + 1, 2, firstYear + 1, 7);
  return 'unrecognized';
}

/**
 * An ISO week, Monday to Sunday; week 53 only in years that have one.
 *
 * @example
 * weekPeriod(2020, 12)
 * //=> { start: '2020-03-16', end: '2020-03-22', precision: 'week', edtf: '2020-03-16/2020-03-22' }
 * @example
 * weekPeriod(2019, 53)
 * //=> 'invalid-week'
 */
export function weekPeriod(year: number, week: number): Period | DateError {
  const start = isoWeekStart(year, week);
  if (!start) return 'invalid-week';
  const end = addDays(start, 6);
  return { start, end, precision: 'week', edtf: `${start}/${end}` };
}

/**
 * The school year starting in `firstYear`: 1 August to 31 July (NRW).
 *
 * @example
 * schoolYearPeriod(2020)
 * //=> { start: '2020-08-01', end: '2021-07-31', precision: 'schoolYear', edtf: '2020-08/2021-07' }
 */
export function schoolYearPeriod(firstYear: number): Period {
  return monthsAs('schoolYear', firstYear, 8, firstYear + 1, 7);
}

/** EDTF season codes (ISO 8601-2 level 1) by first month. */
const SEASON_CODES: Readonly<Record<number, number>> = { 3: 21, 6: 22, 9: 23, 12: 24 };

/**
 * A meteorological season by its first month (3, 6, 9, 12); winter runs into the next year.
 *
 * @example
 * seasonPeriod(2019, 12)
 * //=> { start: '2019-12-01', end: '2020-02-29', precision: 'season', edtf: '2019-24' }
 */
export function seasonPeriod(year: number, firstMonth: 3 | 6 | 9 | 12): Period {
  const end = firstMonth + 2;
  const p = end > 12 ? monthsAs('season', year, firstMonth, year + 1, end - 12) : monthsAs('season', year, firstMonth, year, end);
  return { ...p, edtf: `${iso(year, 1, 1).slice(0, 4)}-${SEASON_CODES[firstMonth]}` };
}

/**
 * A calendar year.
 *
 * @example
 * yearPeriod(2019)
 * //=> { start: '2019-01-01', end: '2019-12-31', precision: 'year', edtf: '2019' }
 */
export function yearPeriod(year: number): Period {
  const start = iso(year, 1, 1);
  return { start, end: iso(year, 12, 31), precision: 'year', edtf: start.slice(0, 4) };
}

/**
 * Days `first`..`last` of a month, as a part of that month (precision `month`).
 *
 * @example
 * daysOfMonthPeriod(2019, 9, 21, 30)
 * //=> { start: '2019-09-21', end: '2019-09-30', precision: 'month', edtf: '2019-09-21/2019-09-30' }
 */
export function daysOfMonthPeriod(year: number, month: number, first: number, last: number): Period {
  const start = iso(year, month, first);
  const end = iso(year, month, last);
  return { start, end, precision: 'month', edtf: `${start}/${end}` };
}
