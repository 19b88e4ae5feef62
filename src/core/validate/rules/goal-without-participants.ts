/**
 * Nobody named under "Wer ist beteiligt?".
 *
 * @example an empty cell under the label → warning at the label
 */
import type { Rule } from '../rule';

export const goalWithoutParticipants: Rule = {
  id: 'goal-without-participants',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.participants.length === 0 && g.sheets.length > 0)
      .map((g) => {
        const at = g.labels.participants ?? g.source;
        return { sheet: at.sheet, cell: at.cell, goal: g.id, value: null, params: { id: g.id } };
      }),
};
