/**
 * Overdue: the milestone's period ended before the reference day and there is no report.
 * "ab …" (from) milestones are ongoing and never overdue. A milestone without measure text
 * (or with an error value there) is left to milestone-without-text and read-error-value:
 * "overdue: „“" would say nothing more.
 *
 * @example "03/19", no report, today 2019-11-15 → warning "seit 31.03.2019 fällig"
 */
import { isOverdue } from '../../status';
import type { Detection } from '../finding';
import { cellOf, dateCellOf, goalOf, type Rule, sheetOf } from '../rule';

export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  severity: 'warning',
  check: ({ milestones, options, problemCells }) => {
    // one pass (thousands of milestones can be overdue before a conference)
    const out: Detection[] = [];
    const anyProblem = problemCells.size > 0;
    for (let i = 0; i < milestones.length; i++) {
      const m = milestones[i];
      if (!isOverdue(m, options.today) || m.text.trim() === '') continue;
      if (anyProblem && problemCells.has(`${sheetOf(m)}!${cellOf(m, 'text')}`)) continue;
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
