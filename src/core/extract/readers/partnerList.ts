/**
 * Layout reader: a partner list (Organisation | Ansprechperson | E-Mail | Telefon | Ziele).
 * E-mail and phone may also hide in the contact cell.
 */
import { cellAddress, type GridCell } from '../../grid';
import { findEmail, findEmailLike, findPhone } from '../../people';
import { replaceParenWith } from '../../text';
import { listGoalIds, noteRepair, ref, type SheetRead } from '../fragments';
import { partText } from '../rows';
import type { TableRegion } from '../tables';
import type { SheetScan } from '../sheet';
import { tableRegion } from './form';

export function readPartnerList(scan: SheetScan, t: TableRegion, out: SheetRead): void {
  const sheet = scan.name;
  for (const k of t.headerCells) scan.claimAt(k);
  const used = new Set(t.columns.values());
  const goals = new Set<string>();
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    scan.claimColumns(i, used);
    const cell = (role: string): GridCell | undefined => {
      const col = (t.columns as Map<string, number>).get(role);
      return col === undefined ? undefined : scan.index.at(row, col);
    };
    const text = (role: string) => partText(scan, cell(role));
    const name = text('organization') || text('contact');
    if (!name) continue;
    const goalsCell = cell('goals');
    const ids = listGoalIds(out, goalsCell, text('goals'));
    const goalsAt = goalsCell ? ref(sheet, goalsCell) : null;
    for (const id of ids) {
      if (goalsAt) noteRepair(out, id, goalsAt.cell);
      out.references.push({ id: id.id, raw: id.raw, kind: 'partner', source: goalsAt ?? ref(sheet, { row, col: t.first }) });
      goals.add(id.id);
    }
    const contactText = text('contact');
    const emailText = text('email');
    const phoneText = text('phone');
    const first = cell('organization') ?? cell('contact');
    out.partners.push({
      name,
      contact: contactText ? replaceParenWith(contactText, '@').trim() || null : null,
      email: emailText ? (findEmail(emailText) ?? emailText) : contactText ? findEmailLike(contactText) : null,
      phone: phoneText ? phoneText : contactText ? findPhone(contactText) : null,
      goals: [...new Set(ids.map((x) => x.id))],
      source: ref(sheet, first ?? { row, col: t.first }),
      cells: {
        contact: cell('contact') ? cellAddress(cell('contact')!) : null,
        email: cell('email') ? cellAddress(cell('email')!) : null,
        phone: cell('phone') ? cellAddress(cell('phone')!) : null,
        goals: goalsCell ? cellAddress(goalsCell) : null,
      },
    });
  }
  out.regions.push(tableRegion(t, [...goals]));
}
