/**
 * Years as written: four digits, or two digits in a century window.
 */

/** Two-digit years up to this one are 20xx, later ones 19xx. */
export const TWO_DIGIT_PIVOT = 69;
/** Four-digit years read in a date (with a day, month, week …). */
export const MIN_YEAR = 1000;
export const MAX_YEAR = 2999;
/** A bare number counts as a year only in this range ("2500" alone is not a year). */
export const MIN_BARE_YEAR = 1900;
export const MAX_BARE_YEAR = 2100;

/**
 * The year a written year stands for: two digits 00–69 → 2000–2069, 70–99 → 1970–1999;
 * four digits 1000–2999 as written. Null for anything else.
 *
 * @example
 * expandYear('19')
 * //=> 2019
 * @example
 * expandYear('70')
 * //=> 1970
 * @example
 * expandYear('0815')
 * //=> null
 */
export function expandYear(text: string): number | null {
  const n = Number(text);
  if (text.length === 2 && n >= 0) return n <= TWO_DIGIT_PIVOT ? 2000 + n : 1900 + n;
  if (text.length === 4 && n >= MIN_YEAR && n <= MAX_YEAR) return n;
  return null;
}

/**
 * The second year of a pair such as "2020/21": two digits complete the first year's
 * century, four digits stand as written.
 *
 * @example
 * secondYear(2019, '20')
 * //=> 2020
 * @example
 * secondYear(2099, '00')
 * //=> 2100
 */
export function secondYear(first: number, text: string): number | null {
  if (text.length === 4) return expandYear(text);
  if (text.length !== 2) return null;
  const century = Math.floor(first / 100) * 100;
  const candidate = century + Number(text);
  return candidate < first ? candidate + 100 : candidate;
}
