/**
 * A cell whose content the host could not give as a value (warning): an unknown cell type.
 *
 * @example a cell the host reports as unreadable ("Bild") → read-unreadable-cell at that cell
 */
import { problemRule } from '../rule';

export const readUnreadableCell = problemRule('read-unreadable-cell', 'warning', 'unreadable-cell');
