/**
 * Reading problems: cells Zielwerk could not read as they stand. One module, four rules,
 * because they share one source (model.problems) and differ only in kind and severity.
 *
 * @example a cell holding #REF! → read-error-value at that cell
 */
import type { ReadProblem } from '../../model';
import type { Rule } from '../rule';

function fromProblems(id: string, severity: Rule['severity'], kinds: ReadProblem['kind'][]): Rule {
  return {
    id,
    severity,
    check: ({ model }) =>
      model.problems
        .filter((p) => kinds.includes(p.kind))
        .map((p) => ({ sheet: p.sheet, cell: p.cell, goal: p.goal, value: p.value, params: { value: p.value, assumed: p.assumed ?? '' } })),
  };
}

/** An Excel error value (#REF!, #NV, #DIV/0!) where data should be. */
export const readErrorValue = fromProblems('read-error-value', 'error', ['error-value']);
/** A formula whose result was never calculated and saved (files written by other programs). */
export const readFormulaWithoutValue = fromProblems('read-formula-without-value', 'warning', ['formula-without-value']);
/** A cell whose content the host could not give (unknown type). */
export const readUnreadableCell = fromProblems('read-unreadable-cell', 'warning', ['unreadable-cell']);
/** The sheet was larger than Zielwerk reads; the rest was not looked at. */
export const sheetTruncated = fromProblems('sheet-truncated', 'warning', ['truncated-sheet']);
