/**
 * A row with a date but no measure: what is due then?
 *
 * @example "03/19" with an empty Maßnahme cell → error at the text cell
 */
import { cellOf, goalOf, type Rule, sheetOf } from '../rule';

export const milestoneWithoutText: Rule = {
  id: 'milestone-without-text',
  severity: 'error',
  check: ({ milestones }) =>
    milestones
      .filter((m) => !m.text.trim() && m.date && !m.date.fromText)
      .map((m) => ({
        sheet: sheetOf(m),
        cell: cellOf(m, 'text') ?? cellOf(m, 'first')!,
        goal: goalOf(m),
        value: m.date!.raw,
        params: { raw: m.date!.raw },
      })),
};
