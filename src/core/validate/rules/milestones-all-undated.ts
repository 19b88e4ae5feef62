/**
 * A goal whose milestones all lack a date (none in the date column, none in the text):
 * nothing can ever be due or overdue.
 *
 * @example 6.45 in the sample (five measures, no MM/JJ) → warning at the table
 */
import type { Rule } from '../rule';

export const milestonesAllUndated: Rule = {
  id: 'milestones-all-undated',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.milestones.length > 0 && g.milestones.every((m) => !m.date || (!m.date.start && m.date.qualifier !== 'from')))
      .map((g) => {
        const at = g.labels.milestones ?? g.milestones[0].source;
        return { sheet: at.sheet, cell: at.cell, goal: g.id, value: null, params: { id: g.id, count: g.milestones.length } };
      }),
};
