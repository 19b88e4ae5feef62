/**
 * A date that cannot be read ("nach Absprache", "14.11." without a year). Shows what was written.
 *
 * @example "nach Absprache" → error "Datum „nach Absprache“ nicht lesbar"
 */
import { dateCellOf, goalOf, type Rule } from '../rule';

const UNPARSEABLE = new Set(['unrecognized', 'missing-year', 'invalid-number', 'empty']);

export const dateUnparseable: Rule = {
  id: 'date-unparseable',
  severity: 'error',
  check: ({ milestones, model, problemCells }) => {
    // a #REF! or a formula without value in the date cell is already a reading finding
    const out = milestones
      .filter((m) => m.date?.error && UNPARSEABLE.has(m.date.error) && !problemCells.has(`${m.source.sheet}!${m.cells.date}`))
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
        if (c.date?.error && UNPARSEABLE.has(c.date.error)) {
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
