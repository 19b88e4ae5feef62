/**
 * A goal id stored as a number: Excel drops trailing zeros, so 4.30 becomes 4.3 and cannot
 * be told from Mittlerziel 3. Format the column as text.
 *
 * @example a number cell 4.3 in the id column → warning, read as 4.3
 */
import type { Rule } from '../rule';

export const goalIdAsNumber: Rule = {
  id: 'goal-id-as-number',
  severity: 'warning',
  check: ({ model }) =>
    model.problems
      .filter((p) => p.kind === 'goal-id-as-number')
      .map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        goal: p.assumed,
        value: p.value,
        params: { value: p.value, assumed: p.assumed ?? '' },
      })),
};
