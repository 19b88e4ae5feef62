/**
 * Excel number formats: does a format show a date? Tells a date cell (a serial number
 * shown as "17.01.2019") from a plain number.
 */

const QUOTED = /"[^"]*"/g;
const ESCAPED = /\\.|_.|\*./g; // "\x" literal, "_x" space as wide as x, "*x" fill with x
const ELAPSED = /\[(?:h+|m+|s+)\]/gi; // [h]:mm — elapsed time, never a date
const BRACKETS = /\[[^\]]*\]/g; // [$-407], [Red], [<=100], [DBNum1]
const GENERAL = /general|standard/g; // "Standard" is German Excel's "General"
const DATE_LETTER = /[dyjt]/; // d, y; German T(ag), J(ahr)
const TIME_LETTER = /[hs]/;

const CACHE = new Map<string, boolean>();

/**
 * True for number formats that show a date: they contain a day, month or year token (d, m, y;
 * German T, M, J) outside quotes, escapes and brackets. An "m" counts as a month only when
 * the format has no hours or seconds ("mm:ss" is minutes).
 *
 * @example
 * isDateFormat('dd.mm.yyyy')
 * //=> true
 * @example
 * isDateFormat('[$-407]mmmm yyyy')
 * //=> true
 * @example
 * isDateFormat('[h]:mm')
 * //=> false
 * @example
 * isDateFormat('0 "days"')
 * //=> false
 */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return false;
  const cached = CACHE.get(numberFormat);
  if (cached !== undefined) return cached;
  const bare = numberFormat
    .replace(QUOTED, '')
    .replace(ESCAPED, '')
    .replace(ELAPSED, 'h')
    .replace(BRACKETS, '')
    .toLowerCase()
    .replace(GENERAL, '');
  const result = DATE_LETTER.test(bare) || (bare.includes('m') && !TIME_LETTER.test(bare));
  if (CACHE.size < 1000) CACHE.set(numberFormat, result);
  return result;
}

/**
 * True for number formats that show a time of day and no date: hours outside quotes,
 * escapes and brackets, no day, month or year. Excel stores "07:47" typed into a cell so.
 *
 * @example
 * isTimeFormat('hh:mm')
 * //=> true
 * @example
 * isTimeFormat('dd.mm.yyyy hh:mm')
 * //=> false
 */
export function isTimeFormat(numberFormat: string | null | undefined): boolean {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@' || isDateFormat(numberFormat)) return false;
  const bare = numberFormat.replace(QUOTED, '').replace(ESCAPED, '').replace(ELAPSED, 'h').replace(BRACKETS, '').toLowerCase();
  return bare.includes('h');
}
