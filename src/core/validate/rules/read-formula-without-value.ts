/**
 * A formula whose result was never calculated and saved (warning): files written by other
 * programs; Zielwerk reads results, not formulas.
 *
 * @example a report cell "=SUMME(A1:A2)" without a cached result → read-formula-without-value
 */
import { problemRule } from '../rule';

export const readFormulaWithoutValue = problemRule('read-formula-without-value', 'warning', 'formula-without-value');
