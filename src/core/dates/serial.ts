/**
 * Calendar arithmetic on ISO dates and Excel serial numbers (1900 date system), with
 * integers only: no time zones, no clock.
 */
import type { IsoDate } from '../model';

const DAY_MS = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 system (which counts a fictitious 29 Feb 1900). */
const EPOCH_SERIAL = 25569;

/** Days in a month (month 1–12). @example lastDayOfMonth(2020, 2) === 29 */
export function lastDayOfMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Formats y, m, d as ISO. @example iso(2019, 6, 1) === '2019-06-01' */
export function iso(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** True when y-m-d is a real calendar day. */
export function isValidDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= lastDayOfMonth(year, month);
}

function toDays(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

function fromDays(days: number): IsoDate {
  const d = new Date(days * DAY_MS);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/**
 * Excel serial → ISO date (the time of day is ignored). Serial 60 is Excel's fictitious
 * 29 Feb 1900 and reads as 1900-02-28.
 *
 * @example serialToIso(43466) === '2019-01-01'
 */
export function serialToIso(serial: number): IsoDate | null {
  if (!Number.isFinite(serial) || serial < 1 || serial >= 2_958_466) return null;
  const whole = Math.floor(serial);
  const days = whole < 61 ? whole - EPOCH_SERIAL + (whole === 60 ? 0 : 1) : whole - EPOCH_SERIAL;
  return fromDays(days);
}

/** ISO date → Excel serial. @example isoToSerial('2019-01-01') === 43466 */
export function isoToSerial(date: IsoDate): number {
  const days = toDays(date) + EPOCH_SERIAL;
  return days < 61 ? days - 1 : days;
}

/** ISO weekday, 1 = Monday … 7 = Sunday. @example isoWeekday('2018-01-17') === 3 */
export function isoWeekday(date: IsoDate): number {
  const dow = (Math.floor(toDays(date)) + 4) % 7; // 1970-01-01 was a Thursday (4)
  return dow <= 0 ? dow + 7 : dow;
}

/** Adds days. @example addDays('2019-12-31', 1) === '2020-01-01' */
export function addDays(date: IsoDate, n: number): IsoDate {
  return fromDays(toDays(date) + n);
}

/** Adds calendar months, clamping the day. @example addMonths('2019-08-31', -6) === '2019-02-28' */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + n;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  return iso(year, month, Math.min(Number(date.slice(8, 10)), lastDayOfMonth(year, month)));
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return Math.round(toDays(b) - toDays(a));
}

/** Monday of ISO week `week` in ISO year `year`, or null when the year has no such week. */
export function isoWeekStart(year: number, week: number): IsoDate | null {
  if (week < 1 || week > 53) return null;
  // 4 January is always in week 1
  const jan4 = toDays(iso(year, 1, 4));
  const jan4Dow = isoWeekday(iso(year, 1, 4));
  const monday = jan4 - (jan4Dow - 1) + (week - 1) * 7;
  const start = fromDays(monday);
  if (week === 53) {
    // the week belongs to `year` only if its Thursday does
    const thursday = fromDays(monday + 3);
    if (Number(thursday.slice(0, 4)) !== year) return null;
  }
  return start;
}

/**
 * True for number formats that show a date: they contain day, month or year tokens
 * (d, m, y; German T, M, J) outside quotes, escapes and locale brackets, and are not a
 * pure time (h:mm, [h]:mm:ss).
 *
 * @example isDateFormat('dd.mm.yyyy') === true
 * @example isDateFormat('0.00') === false
 */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format || format === 'General' || format === '@') return false;
  const cached = FORMAT_CACHE.get(format);
  if (cached !== undefined) return cached;
  const bare = format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[\$[^\]]*\]/g, '')
    .replace(/\[(?:black|blue|cyan|green|magenta|red|white|yellow|color\s?\d+|[<>=][^\]]*)\]/gi, '')
    .replace(/_./g, '')
    .replace(/\*./g, '')
    .toLowerCase();
  let result: boolean;
  if (/[dyjt]/.test(bare.replace(/general/g, ''))) result = true;
  else if (/m/.test(bare)) result = !/[hs]/.test(bare);
  else result = false;
  if (FORMAT_CACHE.size < 1000) FORMAT_CACHE.set(format, result);
  return result;
}

const FORMAT_CACHE = new Map<string, boolean>();
