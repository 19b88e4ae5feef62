/**
 * Dates from cells: real date cells (serial + date format), plain numbers (a year, a serial
 * typed without format), booleans (never a date) and text.
 */
import type { DateValue } from '../model';
import { parseDate } from './parse';
import { isDateFormat, serialToIso } from './serial';

/**
 * The date a cell holds, or null for an empty cell. A real date cell's `raw` is the
 * German rendering of the day ("17.01.2019").
 *
 * @example dateFromCell(43482, 'dd.mm.yyyy') → { raw: '17.01.2019', start: '2019-01-17', end: '2019-01-17', precision: 'day' }
 * @example dateFromCell(2019) → { precision: 'year', start: '2019-01-01', end: '2019-12-31' }
 */
export function dateFromCell(value: string | number | boolean | null | undefined, numberFormat?: string | null): DateValue | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() ? parseDate(value) : null;
  if (typeof value === 'boolean')
    return { raw: value ? 'WAHR' : 'FALSCH', start: null, end: null, precision: 'none', qualifier: null, error: 'unrecognized' };
  if (!Number.isFinite(value))
    return { raw: String(value), start: null, end: null, precision: 'none', qualifier: null, error: 'invalid-number' };
  if (isDateFormat(numberFormat)) return serialDate(value);
  if (Number.isInteger(value) && value >= 1900 && value <= 2100) {
    const y = String(value);
    return { raw: y, start: `${y}-01-01`, end: `${y}-12-31`, precision: 'year', qualifier: null, edtf: y };
  }
  if (value >= 20000 && value < 80000) return serialDate(value);
  return { raw: String(value), start: null, end: null, precision: 'none', qualifier: null, error: 'invalid-number' };
}

function serialDate(serial: number): DateValue {
  const day = serialToIso(serial);
  if (!day) return { raw: String(serial), start: null, end: null, precision: 'none', qualifier: null, error: 'invalid-number' };
  const raw = `${day.slice(8, 10)}.${day.slice(5, 7)}.${day.slice(0, 4)}`;
  return { raw, start: day, end: day, precision: 'day', qualifier: null, edtf: day };
}
