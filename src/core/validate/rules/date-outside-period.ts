/**
 * A date far outside the goal period (default 2018–2024, configurable), of a milestone, an
 * interim goal or a status check: "01/91" for "01/19" is a typical slip.
 *
 * @example "05/29" → warning "liegt außerhalb des Zeitraums 2018–2024"
 * @example Nachfragen, Datum "14.05.2091" → warning at that cell
 */
import { dateCellOf, goalOf, type Rule, sheetOf } from '../rule';

export const dateOutsidePeriod: Rule = {
  id: 'date-outside-period',
  severity: 'warning',
  check: ({ milestones, model, options, statusChecks }) => {
    const { from, to } = options.period;
    const outside = (start: string | null, end: string | null) => (end !== null && end < from) || (start !== null && start > to);
    const params = (raw: string) => ({ raw, from: from.slice(0, 4), to: to.slice(0, 4) });
    const out = milestones
      .filter((m) => m.date && !m.date.error && outside(m.date.start, m.date.end))
      .map((m) => ({ sheet: sheetOf(m), cell: dateCellOf(m), goal: goalOf(m), value: m.date!.raw, params: params(m.date!.raw) }));
    for (const g of model.goals) {
      const due = g.interimGoal?.due;
      if (due && !due.error && outside(due.start, due.end)) {
        out.push({
          sheet: g.interimGoal!.source.sheet,
          cell: g.interimGoal!.source.cell,
          goal: g.id,
          value: due.raw,
          params: params(due.raw),
        });
      }
    }
    for (const { check, goal } of statusChecks) {
      const d = check.date;
      if (d && !d.error && outside(d.start, d.end)) {
        out.push({ sheet: check.source.sheet, cell: check.source.cell, goal, value: d.raw, params: params(d.raw) });
      }
    }
    return out;
  },
};
