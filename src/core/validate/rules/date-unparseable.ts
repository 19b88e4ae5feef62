/**
 * A date that cannot be read ("nach Absprache", "14.11." without a year). Shows what was written.
 *
 * @example "nach Absprache" → error "Datum „nach Absprache“ nicht lesbar"
 */
import { cellOf, dateErrors, type Rule, sheetOf } from '../rule';

const UNPARSEABLE = new Set(['unrecognized', 'missing-year', 'invalid-number', 'empty']);

export const dateUnparseable: Rule = {
  id: 'date-unparseable',
  severity: 'error',
  // a #REF! or a formula without value in the date cell is already a reading finding
  check: (ctx) => dateErrors(ctx, UNPARSEABLE, (m) => ctx.problemCells.has(`${sheetOf(m)}!${cellOf(m, 'date')}`)),
};
