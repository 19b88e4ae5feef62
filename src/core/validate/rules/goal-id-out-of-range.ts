/**
 * A goal id outside the goal system: Leitziel 1–12, Mittlerziel 1–72 (configurable).
 * Checked for defined goals and for every reference.
 *
 * @example "13.80" → error "Ziel 13.80 liegt außerhalb des Zielsystems"
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const goalIdOutOfRange: Rule = {
  id: 'goal-id-out-of-range',
  severity: 'error',
  check: ({ model, options }) => {
    const {
      leitziel: [l1, l2],
      mittlerziel: [m1, m2],
    } = options.bounds;
    const bad = (id: string) => {
      const [l, m] = id.split('.').map(Number);
      return l < l1 || l > l2 || m < m1 || m > m2;
    };
    const out: Detection[] = model.goals
      .filter((g) => bad(g.id))
      .map((g) => ({ sheet: g.source.sheet, cell: g.source.cell, goal: g.id, value: g.id, params: { id: g.id, l1, l2, m1, m2 } }));
    const known = new Set(model.goals.map((g) => g.id));
    for (const r of model.references) {
      if (!known.has(r.id) && bad(r.id)) {
        out.push({ sheet: r.source.sheet, cell: r.source.cell, goal: null, value: r.raw, params: { id: r.id, l1, l2, m1, m2 } });
      }
    }
    return out;
  },
};
