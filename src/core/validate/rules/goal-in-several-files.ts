/**
 * The same goal in the workbooks of two working groups (consolidation): an error where the
 * copies disagree — another lead, other milestones — since the coordinator must decide which
 * is right; a note where the second is an identical copy (it counts once). Reported at the
 * later file's goal, naming the earlier one. Within one workbook there is nothing to find
 * (goal-duplicate reports a goal on two sheets).
 *
 * @example AG-Sprache.xlsx 7.47 led by "Yannis Krone", AG-Schule.xlsx 7.47 led by "Yara Rüther"
 *          → error at AG-Schule.xlsx 7.47!A1 "… mit anderer Federführung"
 */
import { firstDifferentMilestone, goalDifferences, leadNames } from '../../consolidate/compare';
import type { Goal } from '../../model';
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const goalInSeveralFiles: Rule = {
  id: 'goal-in-several-files',
  severity: 'error',
  check: ({ model }) => {
    const out: Detection[] = [];
    const byId = new Map<string, Goal[]>();
    for (const g of model.goals) {
      if (g.source.file === undefined) continue;
      const earlier = byId.get(g.id);
      if (!earlier) {
        byId.set(g.id, [g]);
        continue;
      }
      const others = earlier.filter((x) => x.source.file !== g.source.file);
      earlier.push(g);
      if (others.length === 0) continue;
      // an identical copy of any earlier one is only a note; else the first one it differs from
      const same = others.find((x) => goalDifferences(x, g).length === 0);
      const other = same ?? others[0];
      const diff = same ? [] : goalDifferences(other, g);
      out.push({
        sheet: g.source.sheet,
        cell: g.source.cell,
        file: g.source.file,
        goal: g.id,
        value: g.id,
        variant: same ? 'copy' : diff.join('-'),
        severity: same ? 'info' : 'error',
        params: {
          id: g.id,
          otherFile: other.source.file ?? '',
          otherSheet: other.source.sheet,
          otherCell: other.source.cell,
          lead: leadNames(g) || '–',
          otherLead: leadNames(other) || '–',
          count: g.milestones.length,
          otherCount: other.milestones.length,
          // the first milestone told differently here (or, when this copy has none the other lacks, there)
          differs: firstDifferentMilestone(g, other) ?? firstDifferentMilestone(other, g) ?? '',
        },
        related: [other.source],
      });
    }
    return out;
  },
};
