/**
 * Excel serial numbers (1900 date system) ↔ ISO dates, plus the calendar helpers and the
 * number-format test that callers of serials need, re-exported from one place.
 *
 * Excel counts 1900-01-01 as serial 1 and, copying a Lotus 1-2-3 bug, has a fictitious
 * 29 February 1900 as serial 60; from serial 61 (1900-03-01) on, serials are real days.
 */
import type { IsoDate } from '../model';
import { dayNumberToIso, isoDayNumber } from './calendar';

export {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
  easterSunday,
  iso,
  isLeapYear,
  isoWeekday,
  isoWeekStart,
  isValidDay,
  lastDayOfMonth,
  weeksInYear,
} from './calendar';
export { dateFormatPrecision, formatDateAs, isDateFormat, isTimeFormat } from './numberFormat';

/** Serial of 1970-01-01 (day number 0). */
const EPOCH_SERIAL = 25569;
/** Serial of Excel's fictitious 1900-02-29. */
const FAKE_LEAP_DAY = 60;
/** Serial of 10000-01-01, the first day Excel cannot show. */
const SERIAL_LIMIT = 2_958_466;

/**
 * Excel serial → ISO date; the fraction (time of day) is ignored. Null for NaN, serials
 * below 1, from year 10000 on, and for serial 60, Excel's fictitious 1900-02-29 (a day
 * that does not exist is not guessed into a neighbour).
 *
 * @example
 * serialToIso(43466)
 * //=> '2019-01-01'
 * @example
 * serialToIso(61)
 * //=> '1900-03-01'
 * @example
 * serialToIso(60)
 * //=> null
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!(serial >= 1 && serial < SERIAL_LIMIT)) return null;
  const whole = Math.floor(serial);
  if (whole === FAKE_LEAP_DAY) return null;
  return dayNumberToIso(whole - EPOCH_SERIAL + (whole < FAKE_LEAP_DAY ? 1 : 0));
}

/**
 * Orders two ISO dates (YYYY-MM-DD): as text, digit by digit, which is calendar order —
 * what localeCompare gives for them, without the collator (sorting thousands of milestones).
 *
 * @example
 * compareIso('2019-06-30', '2019-11-15')
 * //=> -1
 */
export function compareIso(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * ISO date → Excel serial (days before 1900-01-01 give 0 or less).
 *
 * @example
 * isoToSerial('2019-01-01')
 * //=> 43466
 * @example
 * isoToSerial('1900-02-28')
 * //=> 59
 */
export function isoToSerial(date: IsoDate): number {
  const serial = isoDayNumber(date) + EPOCH_SERIAL;
  return serial <= FAKE_LEAP_DAY ? serial - 1 : serial;
}
