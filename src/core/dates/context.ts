/**
 * Where a date was written: the period of the sheet or goal around it (the goal period
 * 2018–2023, an interim goal's year). It lends a year to dates written without one
 * ("2. Quartal", "Mai", "Ende Juni", "15.05.", "nach den Sommerferien") — only when exactly
 * one year puts the date inside that period; otherwise the date keeps its `missing-year`.
 * A date that names its year is never changed by a context.
 */
import type { DateValue, IsoDate } from '../model';
import { MAX_YEAR, MIN_YEAR } from './year';

/** The period of the sheet or goal a date was written in; both days included. */
export type DateContext = { period?: { start: IsoDate; end: IsoDate } };

const ISO_DAY = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

/**
 * The context's period when it is a real one (two ISO days, start not after end), else
 * null: a broken context is no context.
 *
 * @example
 * contextPeriod({ period: { start: '2018-01-01', end: '2023-12-31' } })
 * //=> { start: '2018-01-01', end: '2023-12-31' }
 * @example
 * contextPeriod({ period: { start: '2023-12-31', end: '2018-01-01' } })
 * //=> null
 * @example
 * contextPeriod({})
 * //=> null
 */
export function contextPeriod(context: DateContext | undefined): { start: IsoDate; end: IsoDate } | null {
  const period = context?.period;
  if (!period || typeof period.start !== 'string' || typeof period.end !== 'string') return null;
  if (!ISO_DAY.test(period.start) || !ISO_DAY.test(period.end) || period.start > period.end) return null;
  return period;
}

/**
 * The one year that puts a date written without a year inside the period: `read(year)`
 * reads the date in a candidate year; the years tried are those the period touches and the
 * one before it (Weihnachtsferien and "Nov – Feb" run into the next year). Null when no
 * year or more than one does.
 *
 * @example
 * assumeYear({ start: '2020-01-01', end: '2020-12-31' }, (y) => parseDate(`2. Quartal ${y}`)).start
 * //=> '2020-04-01'
 * @example
 * assumeYear({ start: '2018-01-01', end: '2023-12-31' }, (y) => parseDate(`Mai ${y}`))
 * //=> null
 */
export function assumeYear(period: { start: IsoDate; end: IsoDate }, read: (year: number) => DateValue): DateValue | null {
  const first = Math.max(MIN_YEAR, Number(period.start.slice(0, 4)) - 1);
  const last = Math.min(MAX_YEAR, Number(period.end.slice(0, 4)));
  let found: DateValue | null = null;
  for (let year = first; year <= last; year++) {
    const v = read(year);
    if (v.error || v.start === null || v.end === null || v.start < period.start || v.end > period.end) continue;
    if (found) return null;
    found = v;
  }
  return found;
}
