/**
 * A heading or id cell that claims a goal but whose number cannot be read ("Ziel 7",
 * "Ziel 7.47a", "Nr. x").
 *
 * @example "Ziel 7" → error at that cell
 */
import type { Rule } from '../rule';

export const goalIdMalformed: Rule = {
  id: 'goal-id-malformed',
  severity: 'error',
  check: ({ model }) =>
    model.problems
      .filter((p) => p.kind === 'goal-id-malformed')
      .map((p) => ({ sheet: p.sheet, cell: p.cell, goal: null, value: p.value, params: { value: p.value } })),
};
