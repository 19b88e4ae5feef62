/**
 * A weekday written next to a date ("Do, 17. Januar 2018") checked against the date. The
 * date is never changed; a mismatch is only recorded.
 */
import type { DateValue, IsoDate } from '../model';
import { isoWeekday } from './calendar';

/**
 * The mismatch between a written ISO weekday and the day's real one, or undefined when
 * they agree (or no weekday was written).
 *
 * @example
 * checkWeekday(4, '2018-01-17')
 * //=> { written: 4, actual: 3 }
 * @example
 * checkWeekday(2, '2018-11-20')
 * //=> undefined
 */
export function checkWeekday(written: number | undefined, day: IsoDate): DateValue['weekdayMismatch'] {
  if (written === undefined) return undefined;
  const actual = isoWeekday(day);
  return actual === written ? undefined : { written, actual };
}
