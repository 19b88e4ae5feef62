/**
 * "Anfang", "Mitte", "Ende" of a year or a month. The one table of what they mean:
 *
 * | Written           | of a YEAR ("Ende 2019")   | of a MONTH ("Ende Sept. 2019") |
 * |-------------------|---------------------------|--------------------------------|
 * | Anfang / Beginn   | January–April             | days 1–10                      |
 * | Mitte             | May–August                | days 11–20                     |
 * | Ende              | September–December        | days 21–last                   |
 * | precision         | `months`                  | `month`                        |
 * | qualifier         | `approx` (unless "bis"/"ab" in front: `by`/`from`)         |
 *
 * Parts of anything else ("Ende KW 12", "Anfang Q1 2020") are not read.
 */
import { lastDayOfMonth } from './calendar';
import { daysOfMonthPeriod, monthsOfYearPeriod, type Period } from './period';

export type Part = 'start' | 'mid' | 'end';

/** First and last month of each part of a year. */
export const YEAR_PARTS: Readonly<Record<Part, readonly [number, number]>> = { start: [1, 4], mid: [5, 8], end: [9, 12] };
/** First and last day of each part of a month (0 = the month's last day). */
export const MONTH_PARTS: Readonly<Record<Part, readonly [number, number]>> = { start: [1, 10], mid: [11, 20], end: [21, 0] };

/**
 * Narrows a year or a month to its start, middle or end; null for other periods.
 *
 * @example
 * narrowToPart(yearPeriod(2019), 'end')
 * //=> { start: '2019-09-01', end: '2019-12-31', precision: 'months', edtf: '2019-09/2019-12' }
 * @example
 * narrowToPart(monthPeriod(2020, 6), 'start')
 * //=> { start: '2020-06-01', end: '2020-06-10', precision: 'month' }
 * @example
 * narrowToPart(quarterPeriod(2020, 1), 'end')
 * //=> null
 */
export function narrowToPart(period: Period, part: Part): Period | null {
  const year = Number(period.start.slice(0, 4));
  if (period.precision === 'year') {
    const [first, last] = YEAR_PARTS[part];
    return monthsOfYearPeriod(year, first, last);
  }
  if (period.precision === 'month' && !period.edtf.includes('/')) {
    const month = Number(period.start.slice(5, 7));
    const [first, last] = MONTH_PARTS[part];
    return daysOfMonthPeriod(year, month, first, last || lastDayOfMonth(year, month));
  }
  return null;
}
