/**
 * A heading or id cell that claims a goal but whose number cannot be read ("Ziel 7",
 * "Ziel 7.47a", "Nr. x"), or a goal sheet with no id at all (no heading, and a sheet name
 * that is no id), or a goal cell of a list (overview, milestone list, status-check log,
 * partner list) that holds something but no readable id. Its milestones are kept and still
 * checked, but belong to no goal.
 *
 * @example "Ziel 7" → error at that cell
 * @example Nachfragen, column Ziel: "abc" → error at that cell (the check belongs to no goal)
 * @example a form on sheet "Tabelle3" without "Ziel …" heading → error at its first label
 */
import type { Rule } from '../rule';

export const goalIdMalformed: Rule = {
  id: 'goal-id-malformed',
  severity: 'error',
  check: ({ model }) =>
    model.problems
      .filter((p) => p.kind === 'goal-id-malformed' || p.kind === 'goal-id-missing')
      .map((p) => ({
        sheet: p.sheet,
        cell: p.cell,
        goal: null,
        value: p.kind === 'goal-id-missing' ? null : p.value,
        variant: p.kind === 'goal-id-missing' ? 'missing' : undefined,
        params: { value: p.value },
      })),
};
