/**
 * Contact details as the contact rules see them: every e-mail address and phone number on
 * goal sheets and in the partner list, with the cell to point at, and what makes one
 * plausible. The rules are rules/email-invalid.ts and rules/phone-implausible.ts.
 */
import { phoneDigits } from '../extract/people';
import type { Detection } from './finding';
import type { RuleContext } from './rule';

const EMAIL = /^[A-Za-z0-9._%+-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}$/;

/** True for a plausible e-mail address. @example isValidEmail('m.gross@bksn.de') === true */
export function isValidEmail(s: string): boolean {
  const v = s.trim();
  return EMAIL.test(v) && !v.includes('..') && !v.startsWith('.') && !/\.@/.test(v);
}

/**
 * True for a plausible German or international phone number: starts with 0 or +, 6 to 15
 * digits, only digits, spaces and - / ( ) . – in between.
 *
 * @example isPlausiblePhone('0 52 51 – 29066-19') === true
 */
export function isPlausiblePhone(s: string): boolean {
  const v = s.trim();
  if (!/^[+0(]/.test(v) || /[^\d\s()/.\-–+]/.test(v)) return false;
  const digits = phoneDigits(v).replace('+', '');
  return digits.length >= 6 && digits.length <= 15;
}

export interface Contact {
  kind: 'email' | 'phone';
  value: string;
  sheet: string;
  cell: string;
  goal: string | null;
}

/** Every e-mail address and phone number of leads and partners, in reading order. */
export function contactsOf({ model }: RuleContext): Contact[] {
  const out: Contact[] = [];
  for (const g of model.goals) {
    for (const l of g.leads) {
      const at = l.source ?? g.source;
      if (l.email) out.push({ kind: 'email', value: l.email, sheet: at.sheet, cell: at.cell, goal: g.id });
      if (l.phone) out.push({ kind: 'phone', value: l.phone, sheet: at.sheet, cell: at.cell, goal: g.id });
    }
  }
  for (const p of model.partners) {
    const goal = p.goals.length === 1 ? p.goals[0] : null;
    if (p.email)
      out.push({ kind: 'email', value: p.email, sheet: p.source.sheet, cell: p.cells.email ?? p.cells.contact ?? p.source.cell, goal });
    if (p.phone)
      out.push({ kind: 'phone', value: p.phone, sheet: p.source.sheet, cell: p.cells.phone ?? p.cells.contact ?? p.source.cell, goal });
  }
  return out;
}

/** The finding for one contact detail. */
export function contactDetection(c: Contact): Detection {
  return { sheet: c.sheet, cell: c.cell, goal: c.goal, value: c.value, params: { value: c.value } };
}
