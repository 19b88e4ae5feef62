/**
 * "Anfang", "Mitte", "Ende" of a period. One rule: a part is the first, middle or last third
 * of the period — of its months for periods made of whole months, of its days for a month.
 *
 * | Written           | of a YEAR ("Ende 2019") | of a QUARTER ("Ende Q3/2020") | of a MONTH ("Ende Sept. 2019") |
 * |-------------------|-------------------------|-------------------------------|--------------------------------|
 * | Anfang / Beginn   | January–April           | its first month (July)        | days 1–10                      |
 * | Mitte             | May–August              | its middle month (August)     | days 11–20                     |
 * | Ende              | September–December      | its last month (September)    | days 21–last                   |
 * | precision         | `months`                | `month`                       | `month`                        |
 *
 * Likewise a half-year (two months each: "Ende 2. Halbjahr 2019" = November–December), a
 * school year (four months each: "Ende des Schuljahres 2019/20" = April–July 2020) and a
 * season (one month each). The qualifier is `approx` unless "bis"/"ab" stand in front
 * (`by`/`from`). Parts of anything else ("Ende KW 12", "Ende Jan–März 2020", "Ende der
 * Sommerferien") are not read.
 */
import { lastDayOfMonth } from './calendar';
import { daysOfMonthPeriod, monthRangePeriod, type Period } from './period';

export type Part = 'start' | 'mid' | 'end';

/** First and last day of each part of a month (0 = the month's last day). */
export const MONTH_PARTS: Readonly<Record<Part, readonly [number, number]>> = { start: [1, 10], mid: [11, 20], end: [21, 0] };

const THIRD: Readonly<Record<Part, number>> = { start: 0, mid: 1, end: 2 };

/** Periods made of whole months that parts divide into thirds of their months. */
const IN_MONTHS: ReadonlySet<Period['precision']> = new Set(['year', 'quarter', 'half', 'schoolYear', 'season']);

/** Months since year 0 of an ISO date's month (0-based). */
function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

/**
 * Narrows a period to its start, middle or end (see the table above); null for periods
 * that have no parts.
 *
 * @example
 * narrowToPart(yearPeriod(2019), 'end')
 * //=> { start: '2019-09-01', end: '2019-12-31', precision: 'months', edtf: '2019-09/2019-12' }
 * @example
 * narrowToPart(monthPeriod(2020, 6), 'start')
 * //=> { start: '2020-06-01', end: '2020-06-10', precision: 'month' }
 * @example
 * narrowToPart(quarterPeriod(2020, 3), 'end')
 * //=> { start: '2020-09-01', end: '2020-09-30', precision: 'month', edtf: '2020-09' }
 * @example
 * narrowToPart(schoolYearPeriod(2019), 'end')
 * //=> { start: '2020-04-01', end: '2020-07-31', precision: 'months', edtf: '2020-04/2020-07' }
 * @example
 * narrowToPart(weekPeriod(2020, 12), 'end')
 * //=> null
 */
export function narrowToPart(period: Period, part: Part): Period | null {
  if (IN_MONTHS.has(period.precision)) {
    const first = monthIndex(period.start);
    const count = monthIndex(period.end) - first + 1;
    if (count % 3 !== 0) return null;
    const from = first + THIRD[part] * (count / 3);
    const to = from + count / 3 - 1;
    const narrowed = monthRangePeriod(Math.floor(from / 12), (from % 12) + 1, Math.floor(to / 12), (to % 12) + 1);
    return typeof narrowed === 'object' ? narrowed : null;
  }
  if (period.precision === 'month' && !period.edtf.includes('/')) {
    const year = Number(period.start.slice(0, 4));
    const month = Number(period.start.slice(5, 7));
    const [first, last] = MONTH_PARTS[part];
    return daysOfMonthPeriod(year, month, first, last || lastDayOfMonth(year, month));
  }
  return null;
}
