/**
 * A row with a date but no measure: what is due then?
 *
 * @example "03/19" with an empty Maßnahme cell → error at the text cell
 */
import { goalOf, type Rule } from '../rule';

export const milestoneWithoutText: Rule = {
  id: 'milestone-without-text',
  severity: 'error',
  check: ({ milestones }) =>
    milestones
      .filter((m) => m.date && !m.date.fromText && !m.text.trim())
      .map((m) => ({
        sheet: m.source.sheet,
        cell: m.cells.text ?? m.source.cell,
        goal: goalOf(m),
        value: m.date!.raw,
        params: { raw: m.date!.raw },
      })),
};
