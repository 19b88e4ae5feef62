/**
 * A Mittlerziel number used under two Leitziele (5.47 and 7.47): Mittlerziele are numbered
 * through the whole system, so one of the two ids is wrong.
 *
 * @example goals 5.47 and 7.47 → error at the second one, naming the first
 */
import type { Rule } from '../rule';

export const mittlerzielReused: Rule = {
  id: 'mittlerziel-reused',
  severity: 'error',
  check: ({ model }) => {
    const first = new Map<number, (typeof model.goals)[number]>();
    const out = [];
    for (const g of model.goals) {
      const prev = first.get(g.mittlerziel);
      if (prev && prev.leitziel !== g.leitziel) {
        out.push({
          sheet: g.source.sheet,
          cell: g.source.cell,
          goal: g.id,
          value: g.id,
          params: { id: g.id, other: prev.id, otherSheet: prev.source.sheet, otherCell: prev.source.cell },
          related: [prev.source],
        });
      } else if (!prev) first.set(g.mittlerziel, g);
    }
    return out;
  },
};
