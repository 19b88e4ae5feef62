/**
 * A date that does not exist ("31.02.2019", "13/19", "KW 53/2019"). Never corrected by
 * guessing: the cell is named and left as it is.
 *
 * @example "31.02.2019" → error "Den 31.02.2019 gibt es nicht"
 */
import { dateErrors, type Rule } from '../rule';

const IMPOSSIBLE = new Set(['impossible-date', 'invalid-month', 'invalid-week']);

export const dateImpossible: Rule = {
  id: 'date-impossible',
  severity: 'error',
  check: (ctx) => dateErrors(ctx, IMPOSSIBLE),
};
