/**
 * Overdue: the milestone's period ended before the reference day and there is no report.
 * "ab …" (from) milestones are ongoing and never overdue.
 *
 * @example "03/19", no report, today 2019-11-15 → warning "seit 31.03.2019 fällig"
 */
import { isOverdue } from '../../status';
import type { Detection } from '../finding';
import { dateCellOf, goalOf, type Rule, sheetOf } from '../rule';

export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  severity: 'warning',
  check: ({ milestones, options }) => {
    // one pass (thousands of milestones can be overdue before a conference)
    const out: Detection[] = [];
    for (let i = 0; i < milestones.length; i++) {
      const m = milestones[i];
      if (!isOverdue(m, options.today)) continue;
      const d = m.date!;
      out.push({
        sheet: sheetOf(m),
        cell: dateCellOf(m),
        goal: goalOf(m),
        value: d.raw,
        params: { raw: d.raw, end: d.end!, text: m.text.slice(0, 60) },
      });
    }
    return out;
  },
};
