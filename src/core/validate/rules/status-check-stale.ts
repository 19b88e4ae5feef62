/**
 * The last status check lies more than `staleMonths` (default 6) months before the
 * reference day (warning): the May/November round was missed. "Blaue" goals are exempt.
 *
 * @example last check 14.05.2019, today 2019-11-15 → status-check-stale at the check's date cell
 * @example last check 15.05.2019, today 2019-11-15 → nothing
 */
import { addMonths } from '../../dates/serial';
import { lastStatusCheck } from '../../status';
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const statusCheckStale: Rule = {
  id: 'status-check-stale',
  severity: 'warning',
  check: ({ model, options }) => {
    const limit = addMonths(options.today, -options.staleMonths);
    const out: Detection[] = [];
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
