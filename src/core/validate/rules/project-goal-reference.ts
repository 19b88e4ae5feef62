/**
 * References of a project: goals of the goal system it names ("Mittlerziele: 7.47, 7.49")
 * that the workbook does not have (error), and its own goals numbered twice or with a gap
 * ("Ziel 1, Ziel 3": warning) — a goal lost when the report was copied together.
 *
 * @example "Mittlerziele: 7.99" in a workbook without 7.99 → error
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const projectGoalReference: Rule = {
  id: 'project-goal-reference',
  severity: 'error',
  check: ({ model, goalsById }) => {
    const out: Detection[] = [];
    for (const p of model.projects) {
      if (model.goals.length) {
        for (const r of p.goalRefs) {
          if (goalsById.has(r.id)) continue;
          out.push({
            sheet: r.source.sheet,
            cell: r.source.cell,
            goal: r.id,
            value: r.raw,
            variant: 'unknown',
            params: { project: p.name, id: r.id },
          });
        }
      }
      const seen = new Set<number>();
      p.goals.forEach((g, i) => {
        const expected = i + 1;
        if (seen.has(g.number) || g.number !== expected) {
          out.push({
            sheet: g.source.sheet,
            cell: g.source.cell,
            goal: null,
            value: `Ziel ${g.number}`,
            variant: seen.has(g.number) ? 'twice' : 'gap',
            severity: 'warning',
            params: { project: p.name, number: g.number, expected },
          });
        }
        seen.add(g.number);
      });
    }
    return out;
  },
};
