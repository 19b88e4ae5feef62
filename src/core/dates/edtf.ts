/**
 * EDTF (Extended Date/Time Format, ISO 8601-2 level 1) with the qualifier applied.
 */
import type { Qualifier } from '../model';

/**
 * Applies a qualifier to a period's plain EDTF: `approx` marks each end with "~", `by`
 * keeps only the end as an open interval ("../2020-08"), `from` only the start ("2019-09/..").
 *
 * @example
 * qualifyEdtf('2019-06', 'approx')
 * //=> '2019-06~'
 * @example
 * qualifyEdtf('2019-01/2019-02', 'approx')
 * //=> '2019-01~/2019-02~'
 * @example
 * qualifyEdtf('2020-08', 'by')
 * //=> '../2020-08'
 * @example
 * qualifyEdtf('2020-03-16/2020-03-22', 'from')
 * //=> '2020-03-16/..'
 */
export function qualifyEdtf(edtf: string, qualifier: Qualifier): string {
  if (qualifier === null) return edtf;
  const slash = edtf.indexOf('/');
  const first = slash < 0 ? edtf : edtf.slice(0, slash);
  const last = slash < 0 ? edtf : edtf.slice(slash + 1);
  if (qualifier === 'by') return `../${last}`;
  if (qualifier === 'from') return `${first}/..`;
  return slash < 0 ? `${edtf}~` : `${first}~/${last}~`;
}
