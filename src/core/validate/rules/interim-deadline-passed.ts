/**
 * The interim goal's deadline has passed and nothing was reported: no milestone report
 * and no status check since the deadline.
 *
 * @example "Zwischenziel bis September 2019", today 2019-11-15, no reports → warning
 */
import { isDone, type Rule } from '../rule';

export const interimDeadlinePassed: Rule = {
  id: 'interim-deadline-passed',
  severity: 'warning',
  check: ({ model, options }) =>
    model.goals
      .filter((g) => {
        const due = g.interimGoal?.due;
        // without an interim goal text, goal-without-interim-goal already says what is missing
        if (!g.interimGoal?.text) return false;
        if (!due?.end || due.error || due.end >= options.today) return false;
        const reported = g.milestones.some(isDone) || g.statusChecks.some((c) => c.date?.start && c.date.start > due.end!);
        return !reported;
      })
      .map((g) => ({
        sheet: g.interimGoal!.source.sheet,
        cell: g.interimGoal!.source.cell,
        goal: g.id,
        value: g.interimGoal!.due!.raw,
        params: { id: g.id, end: g.interimGoal!.due!.end! },
      })),
};
