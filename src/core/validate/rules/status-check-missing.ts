/**
 * A goal with no status check recorded anywhere (warning): every "grüne" goal's lead is
 * called in May and November. "Blaue" goals are the BIZ's own and exempt.
 *
 * @example no status check recorded for 1.5 → status-check-missing at the goal heading
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const statusCheckMissing: Rule = {
  id: 'status-check-missing',
  severity: 'warning',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const g of model.goals) {
      if (g.color === 'blau' || g.statusChecks.some((c) => c.date?.start)) continue;
      out.push({ sheet: g.source.sheet, cell: g.source.cell, goal: g.id, value: null, params: { id: g.id } });
    }
    return out;
  },
};
