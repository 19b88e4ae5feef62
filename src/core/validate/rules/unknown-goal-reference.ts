/**
 * A milestone, partner or status-check row names a goal that no goal sheet and no
 * overview defines.
 *
 * @example a partner row "Ziele: 9.99" → error at the Ziele cell
 */
import type { Rule } from '../rule';

export const unknownGoalReference: Rule = {
  id: 'unknown-goal-reference',
  severity: 'error',
  check: ({ model, goalsById }) =>
    model.references
      .filter((r) => r.kind !== 'overview' && !goalsById.has(r.id))
      .map((r) => ({ sheet: r.source.sheet, cell: r.source.cell, goal: null, value: r.raw, variant: r.kind, params: { id: r.id } })),
};
