/**
 * An e-mail address of a lead or partner that cannot work (error): no domain, no top-level
 * domain, two @, spaces, dots in the wrong place.
 *
 * @example partner E-Mail "y.krone@awo-paderborn" (no top-level domain) → email-invalid at its cell
 * @example "fulland at ksb.de" → email-invalid
 */
import { isValidEmail } from '../../people';
import { contactFindings } from '../contacts';
import type { Rule } from '../rule';

export const emailInvalid: Rule = {
  id: 'email-invalid',
  severity: 'error',
  check: (ctx) => contactFindings(ctx, 'email', isValidEmail),
};
