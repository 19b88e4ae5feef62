/**
 * No interim goal ("Zwischenziel bis …") written, though the sheet has the label or the
 * goal has a sheet at all.
 *
 * @example "Zwischenziel bis September 2019" with an empty cell below → warning at the label
 */
import type { Rule } from '../rule';

export const goalWithoutInterimGoal: Rule = {
  id: 'goal-without-interim-goal',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.sheets.length > 0 && !g.interimGoal?.text)
      .map((g) => {
        const at = g.labels.interimGoal ?? g.source;
        return { sheet: at.sheet, cell: at.cell, goal: g.id, value: null, params: { id: g.id } };
      }),
};
