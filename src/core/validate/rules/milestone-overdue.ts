/**
 * Overdue: the milestone's period ended before the reference day and it is still open or in
 * progress — no report, or one that says so ("noch offen", "in Arbeit"); a postponed
 * milestone whose new date has passed too. Done and cancelled milestones never are; "ab …"
 * (from) milestones are ongoing. A milestone without measure text (or with an error value
 * there) is left to milestone-without-text and read-error-value: "overdue: „“" would say
 * nothing more.
 *
 * @example "03/19", no report, today 2019-11-15 → warning "seit 31.03.2019 fällig"
 * @example "03/19", report "noch offen" → warning (variant stated), at the date cell
 * @example "03/19", status "verschoben auf 10/19" → warning (variant postponed), at the status cell
 */
import { cutAtWord } from '../../text';
import { dueDate, isOverdue } from '../../status';
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
      const d = dueDate(m)!;
      const params: Record<string, string> = { raw: d.raw, end: d.end!, text: cutAtWord(m.text, 60) };
      if (m.state === 'postponed') {
        out.push({ sheet: sheetOf(m), cell: m.stateCell ?? dateCellOf(m), goal: goalOf(m), value: d.raw, variant: 'postponed', params });
      } else if (m.stateCell) {
        // what the row says instead of a report ("noch offen", "in Arbeit")
        params.state = m.stateCell === cellOf(m, 'report') ? (m.report ?? m.state) : m.state;
        out.push({ sheet: sheetOf(m), cell: dateCellOf(m), goal: goalOf(m), value: d.raw, variant: 'stated', params });
      } else {
        out.push({ sheet: sheetOf(m), cell: dateCellOf(m), goal: goalOf(m), value: d.raw, params });
      }
    }
    return out;
  },
};
