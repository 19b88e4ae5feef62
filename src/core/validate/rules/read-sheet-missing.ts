/**
 * A sheet the file lists but whose content is missing (error): a damaged file, usually cut
 * or edited by another program. Nothing on it was read, so its goals and milestones are
 * missing from every other check.
 *
 * @example workbook.xml names sheet "7.47", its part xl/worksheets/sheet1.xml is gone → error at 7.47!A1
 */
import { problemRule } from '../rule';

export const readSheetMissing = problemRule('read-sheet-missing', 'error', 'missing-sheet');
