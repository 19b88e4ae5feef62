/**
 * A goal id that was readable only after a repair: "07:47" → 7.47, "07.47" → 7.47, a
 * German Excel's date 01.02. → 1.2. Says what was assumed.
 *
 * @example "Ziel 07:47" → info "„07:47“ als Ziel 7.47 gelesen"
 */
import type { Rule } from '../rule';

export const goalIdRepaired: Rule = {
  id: 'goal-id-repaired',
  severity: 'info',
  check: ({ model }) =>
    model.problems
      .filter((p) => p.kind === 'goal-id-repaired')
      .map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        goal: p.assumed,
        value: p.value,
        variant: /^\d{4}-\d{2}-\d{2}$/.test(p.value) ? 'date' : undefined,
        params: { value: p.value, assumed: p.assumed ?? '' },
      })),
};
