/**
 * Overdue: the milestone's period ended before the reference day and there is no report.
 * "ab …" (from) milestones are ongoing and never overdue.
 *
 * @example "03/19", no report, today 2019-11-15 → warning "seit 31.03.2019 fällig"
 */
import { isOverdue } from '../../status';
import { dateCellOf, goalOf, type Rule } from '../rule';

export const milestoneOverdue: Rule = {
  id: 'milestone-overdue',
  severity: 'warning',
  check: ({ milestones, options }) =>
    milestones
      .filter((m) => isOverdue(m, options.today))
      .map((m) => ({
        sheet: m.source.sheet,
        cell: dateCellOf(m),
        goal: goalOf(m),
        value: m.date!.raw,
        params: { raw: m.date!.raw, end: m.date!.end!, text: m.text.slice(0, 60) },
      })),
};
