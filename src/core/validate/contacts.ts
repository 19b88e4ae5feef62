/**
 * Contact details as the contact rules see them: every e-mail address and phone number on
 * goal sheets and in the partner list, with the cell to point at (what makes one plausible:
 * core/people). The rules are rules/email-invalid.ts and rules/phone-implausible.ts.
 */
import type { Detection } from './finding';
import type { RuleContext } from './rule';

/**
 * Findings for the e-mail addresses (or phone numbers) of leads and partners that `ok`
 * rejects, in reading order: the one walk both contact rules share.
 */
export function contactFindings({ model }: RuleContext, kind: 'email' | 'phone', ok: (value: string) => boolean): Detection[] {
  const out: Detection[] = [];
  const add = (value: string | null, sheet: string, cell: string, goal: string | null) => {
    if (value && !ok(value)) out.push({ sheet, cell, goal, value, params: { value } });
  };
  for (const g of model.goals) {
    for (const l of g.leads) {
      const at = l.source ?? g.source;
      add(kind === 'email' ? l.email : l.phone, at.sheet, at.cell, g.id);
    }
  }
  for (const p of model.partners) {
    const goal = p.goals.length === 1 ? p.goals[0] : null;
    const value = kind === 'email' ? p.email : p.phone;
    add(value, p.source.sheet, (kind === 'email' ? p.cells.email : p.cells.phone) ?? p.cells.contact ?? p.source.cell, goal);
  }
  // a project's contact, at the cell of its e-mail or phone
  for (const p of model.projects ?? []) {
    const at = p.cells[kind] ?? p.source;
    add(kind === 'email' ? (p.contact?.email ?? null) : (p.contact?.phone ?? null), at.sheet, at.cell, null);
  }
  return out;
}
