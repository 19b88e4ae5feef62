/**
 * Dates from cells: real date cells (a serial number with a date format), plain numbers (a
 * year, a serial typed without a format), booleans (never a date) and text. A date cell
 * keeps the precision its format shows: "mm/yyyy" or "MMMM JJJJ" is a month, "yyyy" a year.
 */
import type { DateValue } from '../model';
import type { DateContext } from './context';
import { dateFormatPrecision, formatDateAs } from './numberFormat';
import { parseDate } from './parse';
import { monthPeriod, type Period, yearPeriod } from './period';
import { serialToIso } from './serial';
import { MAX_BARE_YEAR, MIN_BARE_YEAR } from './year';

/** Integer serials accepted without a date format: 1954-10-03 … 2119-01-11. */
export const MIN_PLAIN_SERIAL = 20_000;
export const MAX_PLAIN_SERIAL = 80_000;

function invalidNumber(value: number): DateValue {
  return { raw: String(value), start: null, end: null, precision: 'none', qualifier: null, error: 'invalid-number' };
}

/** Days of real date cells, shared and frozen like parseDate's values (a workbook repeats its days). */
const DAYS = new Map<number, DateValue>();
const DAYS_LIMIT = 10_000;

/** A serial as a day; `raw` is the German rendering "dd.mm.yyyy", as Excel shows it. */
function serialDay(serial: number): DateValue {
  const whole = Math.floor(serial);
  let value = DAYS.get(whole);
  if (value) return value;
  const day = serialToIso(serial);
  if (!day) return invalidNumber(serial);
  const raw = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
  value = Object.freeze<DateValue>({ raw, start: day, end: day, precision: 'day', qualifier: null, edtf: day });
  if (DAYS.size >= DAYS_LIMIT) DAYS.clear();
  DAYS.set(whole, value);
  return value;
}

/** Months and years of date cells, by format and period: shared and frozen like the days. */
const SPANS = new Map<string, DateValue>();

/**
 * A serial under a format that shows only its month or only its year: that whole month
 * or year; `raw` as Excel shows it ("06/2019", "Juni 2019", "2019").
 */
function serialSpan(serial: number, numberFormat: string, precision: 'month' | 'year'): DateValue {
  const day = serialToIso(serial);
  if (!day) return invalidNumber(serial);
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const key = `${numberFormat}\u0000${precision === 'month' ? day.slice(0, 7) : day.slice(0, 4)}`;
  let value = SPANS.get(key);
  if (value) return value;
  const period = (precision === 'month' ? monthPeriod(year, month) : yearPeriod(year)) as Period;
  const raw = formatDateAs(numberFormat, year, month, 1) || period.edtf;
  value = Object.freeze<DateValue>({ raw, start: period.start, end: period.end, precision, qualifier: null, edtf: period.edtf });
  if (SPANS.size >= DAYS_LIMIT) SPANS.clear();
  SPANS.set(key, value);
  return value;
}

/**
 * The date a cell holds, or null for an empty cell (null, undefined, blank text).
 * - a number with a date format: an Excel serial, as precise as the format shows it — a day
 *   (`raw` "dd.mm.yyyy"), or, when the format shows no day, the whole month ("mm/yyyy",
 *   "mmm yy", "[$-407]mmmm yyyy;@") or year ("yyyy"), `raw` as Excel shows it;
 * - a number without one: an integer 1900–2100 is that year, an integer 20000–80000 a
 *   serial (a day), anything else `invalid-number`;
 * - a boolean: `unrecognized` (`raw` "WAHR"/"FALSCH", as German Excel shows it);
 * - text: `parseDate`, with the context (a sheet's or goal's period) for dates without a year.
 *
 * @example
 * dateFromCell(43482, 'dd.mm.yyyy')
 * //=> { raw: '17.01.2019', start: '2019-01-17', end: '2019-01-17', precision: 'day' }
 * @example
 * dateFromCell(43617, 'mm/yyyy')
 * //=> { raw: '06/2019', start: '2019-06-01', end: '2019-06-30', precision: 'month', edtf: '2019-06' }
 * @example
 * dateFromCell(43617, '[$-407]mmmm yyyy;@')
 * //=> { raw: 'Juni 2019', precision: 'month' }
 * @example
 * dateFromCell(2019, 'General')
 * //=> { raw: '2019', start: '2019-01-01', end: '2019-12-31', precision: 'year', edtf: '2019' }
 * @example
 * dateFromCell(12.5)
 * //=> { start: null, error: 'invalid-number' }
 * @example
 * dateFromCell('   ')
 * //=> null
 */
export function dateFromCell(
  value: string | number | boolean | null | undefined,
  numberFormat?: string | null,
  context?: DateContext,
): DateValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() ? parseDate(value, context) : null;
  if (typeof value === 'boolean')
    return { raw: value ? 'WAHR' : 'FALSCH', start: null, end: null, precision: 'none', qualifier: null, error: 'unrecognized' };
  if (typeof value !== 'number') return null;
  const shown = dateFormatPrecision(numberFormat);
  if (shown === 'day') return serialDay(value);
  if (shown) return serialSpan(value, numberFormat!, shown);
  if (!Number.isInteger(value)) return invalidNumber(value);
  if (value >= MIN_BARE_YEAR && value <= MAX_BARE_YEAR) {
    const year = String(value);
    return { raw: year, start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year', qualifier: null, edtf: year };
  }
  if (value >= MIN_PLAIN_SERIAL && value <= MAX_PLAIN_SERIAL) return serialDay(value);
  return invalidNumber(value);
}
