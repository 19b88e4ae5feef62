/**
 * A goal with no milestones at all: no table on its sheet and no rows in a milestone list.
 *
 * @example 3.27 in the sample (turned "blau", no table) → warning at its heading
 */
import type { Rule } from '../rule';

export const goalWithoutMilestones: Rule = {
  id: 'goal-without-milestones',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.milestones.length === 0)
      .map((g) => {
        const at = g.labels.milestones ?? g.source;
        return {
          sheet: at.sheet,
          cell: at.cell,
          goal: g.id,
          value: null,
          variant: g.color === 'blau' ? 'blau' : undefined,
          params: { id: g.id },
        };
      }),
};
