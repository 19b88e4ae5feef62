/**
 * Two goal sheets claim the same id.
 *
 * @example sheets "7.47" and "7.47 (2)" both headed "Ziel 7.47" → error at the second heading
 */
import type { Rule } from '../rule';

export const goalDuplicate: Rule = {
  id: 'goal-duplicate',
  severity: 'error',
  check: ({ model }) =>
    model.goals.flatMap((g) =>
      g.sheets.slice(1).map((s) => ({
        sheet: s.sheet,
        cell: s.cell,
        goal: g.id,
        value: g.id,
        params: { id: g.id, otherSheet: g.sheets[0].sheet, otherCell: g.sheets[0].cell },
        related: [g.sheets[0]],
      })),
    ),
};
