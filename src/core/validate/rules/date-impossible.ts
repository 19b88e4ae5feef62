/**
 * A date that does not exist ("31.02.2019", "13/19", "KW 53/2019"). Never corrected by
 * guessing: the cell is named and left as it is.
 *
 * @example "31.02.2019" → error "Den 31.02.2019 gibt es nicht"
 */
import { dateCellOf, goalOf, type Rule } from '../rule';

const IMPOSSIBLE = new Set(['impossible-date', 'invalid-month', 'invalid-week']);

export const dateImpossible: Rule = {
  id: 'date-impossible',
  severity: 'error',
  check: ({ milestones, model }) => {
    const out = milestones
      .filter((m) => m.date?.error && IMPOSSIBLE.has(m.date.error))
      .map((m) => ({
        sheet: m.source.sheet,
        cell: dateCellOf(m),
        goal: goalOf(m),
        value: m.date!.raw,
        variant: m.date!.error,
        params: { raw: m.date!.raw },
      }));
    for (const g of model.goals) {
      for (const c of g.statusChecks) {
        if (c.date?.error && IMPOSSIBLE.has(c.date.error)) {
          out.push({
            sheet: c.source.sheet,
            cell: c.source.cell,
            goal: g.id,
            value: c.date.raw,
            variant: c.date.error,
            params: { raw: c.date.raw },
          });
        }
      }
    }
    return out;
  },
};
