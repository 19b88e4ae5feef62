/**
 * An Excel error value where data should be (error): the formula or reference behind it
 * is broken.
 *
 * @example a milestone date cell holding #REF! → read-error-value at that cell
 */
import { problemRule } from '../rule';

export const readErrorValue = problemRule('read-error-value', 'error', 'error-value');
