/**
 * The May/November status round: every "grüne" goal's lead is called twice a year.
 *
 * @example no status check recorded for 1.2 → status-check-missing (warning)
 * @example last check 14.05.2019, today 2020-01-15 → status-check-stale (warning)
 */
import { addMonths } from '../../dates/serial';
import { lastStatusCheck } from '../../status';
import type { Rule } from '../rule';

/** A goal with no status check recorded anywhere ("blaue" goals are the BIZ's own and exempt). */
export const statusCheckMissing: Rule = {
  id: 'status-check-missing',
  severity: 'warning',
  check: ({ model }) =>
    model.goals
      .filter((g) => g.color !== 'blau' && !g.statusChecks.some((c) => c.date?.start))
      .map((g) => ({ sheet: g.source.sheet, cell: g.source.cell, goal: g.id, value: null, params: { id: g.id } })),
};

/** The last status check lies more than `staleMonths` (6) months before the reference day. */
export const statusCheckStale: Rule = {
  id: 'status-check-stale',
  severity: 'warning',
  check: ({ model, options }) => {
    const limit = addMonths(options.today, -options.staleMonths);
    const out = [];
    for (const g of model.goals) {
      if (g.color === 'blau') continue;
      const last = lastStatusCheck(g.statusChecks);
      if (!last) continue;
      if (last.date!.end! < limit) {
        out.push({
          sheet: last.source.sheet,
          cell: last.source.cell,
          goal: g.id,
          value: last.date!.raw,
          params: { id: g.id, date: last.date!.end!, months: options.staleMonths },
        });
      }
    }
    return out;
  },
};
