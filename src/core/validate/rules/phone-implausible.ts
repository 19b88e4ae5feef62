/**
 * A phone number of a lead or partner that looks wrong (warning): too few or too many
 * digits, letters, or not starting with 0, + or a bracket.
 *
 * @example Telefon "12345" → phone-implausible at its cell
 * @example "0 52 51 – 29066-19" is fine
 */
import { isPlausiblePhone } from '../../people';
import { contactFindings } from '../contacts';
import type { Rule } from '../rule';

export const phoneImplausible: Rule = {
  id: 'phone-implausible',
  severity: 'warning',
  check: (ctx) => contactFindings(ctx, 'phone', isPlausiblePhone),
};
