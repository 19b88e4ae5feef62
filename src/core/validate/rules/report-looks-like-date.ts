/**
 * The report column holds only a date ("Nov. 2019") instead of saying what happened. The
 * milestone counts as reported, but the report says nothing.
 *
 * @example Umsetzungsbericht "Nov. 2019" → warning at the report cell
 */
import { parseDate } from '../../dates';
import { cellOf, goalOf, type Rule, sheetOf } from '../rule';

export const reportLooksLikeDate: Rule = {
  id: 'report-looks-like-date',
  severity: 'warning',
  check: ({ milestones }) =>
    milestones
      .filter((m) => m.report && m.report.length <= 30 && readsAsDate(m.report) && cellOf(m, 'report'))
      .map((m) => ({ sheet: sheetOf(m), cell: cellOf(m, 'report')!, goal: goalOf(m), value: m.report, params: { value: m.report! } })),
};

function readsAsDate(text: string): boolean {
  const d = parseDate(text);
  return !d.error && d.start !== null;
}
