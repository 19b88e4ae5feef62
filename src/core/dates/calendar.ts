/**
 * Proleptic Gregorian calendar arithmetic on ISO dates, with integers only: no Date
 * objects, no time zones, no clock. Day numbers count days since 1970-01-01 (day 0).
 */
import type { IsoDate } from '../model';

/**
 * True in leap years (divisible by 4, except centuries not divisible by 400).
 *
 * @example
 * isLeapYear(2000)
 * //=> true
 * @example
 * isLeapYear(1900)
 * //=> false
 */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * Days in a month (month 1–12).
 *
 * @example
 * lastDayOfMonth(2020, 2)
 * //=> 29
 */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * True when year-month-day is a real calendar day.
 *
 * @example
 * isValidDay(2019, 2, 29)
 * //=> false
 */
export function isValidDay(year: number, month: number, day: number): boolean {
  return Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

/**
 * Formats year, month, day as an ISO date (no validation).
 *
 * @example
 * iso(2019, 6, 1)
 * //=> '2019-06-01'
 */
export function iso(year: number, month: number, day: number): IsoDate {
  const y = year >= 1000 ? String(year) : String(year).padStart(4, '0');
  return `${y}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/**
 * Day number (days since 1970-01-01) of a calendar day. After H. Hinnant's
 * `days_from_civil`.
 *
 * @example
 * dayNumber(2019, 1, 1)
 * //=> 17897
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * ISO date of a day number (days since 1970-01-01). After H. Hinnant's `civil_from_days`.
 *
 * @example
 * dayNumberToIso(17897)
 * //=> '2019-01-01'
 */
export function dayNumberToIso(days: number): IsoDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return iso(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/**
 * Day number (days since 1970-01-01) of an ISO date.
 *
 * @example
 * isoDayNumber('1970-01-02')
 * //=> 1
 */
export function isoDayNumber(date: IsoDate): number {
  return dayNumber(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * ISO weekday, 1 = Monday … 7 = Sunday.
 *
 * @example
 * isoWeekday('2018-01-17')
 * //=> 3
 */
export function isoWeekday(date: IsoDate): number {
  // day 0, 1970-01-01, was a Thursday (4)
  const dow = (((isoDayNumber(date) + 3) % 7) + 7) % 7;
  return dow + 1;
}

/**
 * Adds (or, negative, subtracts) days.
 *
 * @example
 * addDays('2019-12-31', 1)
 * //=> '2020-01-01'
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  return dayNumberToIso(isoDayNumber(date) + n);
}

/**
 * Adds calendar months, clamping the day to the target month's length.
 *
 * @example
 * addMonths('2019-08-31', -6)
 * //=> '2019-02-28'
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = Number(date.slice(0, 4)) + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return iso(year, month, Math.min(Number(date.slice(8, 10)), lastDayOfMonth(year, month)));
}

/**
 * Whole days from a to b (b − a).
 *
 * @example
 * daysBetween('2019-12-30', '2020-01-02')
 * //=> 3
 */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return isoDayNumber(b) - isoDayNumber(a);
}

/**
 * Number of ISO weeks in an ISO week-numbering year: 53 when the year starts or (leap
 * year) ends on a Thursday, else 52.
 *
 * @example
 * weeksInYear(2020)
 * //=> 53
 * @example
 * weeksInYear(2019)
 * //=> 52
 */
export function weeksInYear(year: number): 52 | 53 {
  const jan1 = isoWeekday(iso(year, 1, 1));
  return jan1 === 4 || (jan1 === 3 && isLeapYear(year)) ? 53 : 52;
}

/**
 * Monday of ISO week `week` of ISO year `year`, or null when that year has no such week.
 *
 * @example
 * isoWeekStart(2020, 12)
 * //=> '2020-03-16'
 * @example
 * isoWeekStart(2019, 53)
 * //=> null
 */
export function isoWeekStart(year: number, week: number): IsoDate | null {
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear(year)) return null;
  // 4 January is always in week 1
  const jan4 = dayNumber(year, 1, 4);
  const jan4Dow = (((jan4 + 3) % 7) + 7) % 7; // 0 = Monday
  return dayNumberToIso(jan4 - jan4Dow + (week - 1) * 7);
}

/**
 * Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher).
 *
 * @example
 * easterSunday(2019)
 * //=> '2019-04-21'
 * @example
 * easterSunday(2024)
 * //=> '2024-03-31'
 */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}
