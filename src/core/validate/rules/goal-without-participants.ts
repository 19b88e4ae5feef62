/**
 * Nobody named under "Wer ist beteiligt?". Where the field says something else instead
 * ("Siehe Liste", "Arbeitsgruppenform", a sentence), that is noted, not blamed.
 *
 * @example an empty cell under the label → warning at the label
 * @example "Siehe Liste" under the label → note (variant unnamed)
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const goalWithoutParticipants: Rule = {
  id: 'goal-without-participants',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.participants.length === 0 && g.sheets.length > 0)
      .map((g): Detection => {
        const at = g.labels.participants ?? g.source;
        if (g.participantsNote) {
          return {
            sheet: at.sheet,
            cell: at.cell,
            goal: g.id,
            value: g.participantsNote,
            severity: 'info',
            variant: 'unnamed',
            params: { id: g.id, note: g.participantsNote },
          };
        }
        return { sheet: at.sheet, cell: at.cell, goal: g.id, value: null, params: { id: g.id } };
      }),
};
