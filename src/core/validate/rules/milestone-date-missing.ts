/**
 * A milestone without a date: the MM/JJ cell is empty and the text names no date.
 * Nothing can be due or overdue without one.
 *
 * @example "Flyer der Hospitationsschulen" with an empty MM/JJ → warning at the empty date cell
 */
import { cutAtWord } from '../../text';
import { dateCellOf, goalOf, type Rule, sheetOf } from '../rule';

export const milestoneDateMissing: Rule = {
  id: 'milestone-date-missing',
  severity: 'warning',
  check: ({ milestones }) =>
    milestones
      .filter((m) => !m.date && m.text)
      .map((m) => ({ sheet: sheetOf(m), cell: dateCellOf(m), goal: goalOf(m), value: null, params: { text: cutAtWord(m.text, 60) } })),
};
