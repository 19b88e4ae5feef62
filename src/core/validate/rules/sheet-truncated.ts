/**
 * The sheet was larger than Zielwerk reads (warning): the rest was not looked at, so
 * goals or milestones there are missing from every other check.
 *
 * @example a sheet beyond the 5 000 000-cell limit → sheet-truncated at A1, with the limit
 */
import { problemRule } from '../rule';

export const sheetTruncated = problemRule('sheet-truncated', 'warning', 'truncated-sheet');
