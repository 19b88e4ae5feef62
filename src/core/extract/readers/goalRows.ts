/**
 * Layout reader: a row per goal — a goal overview (Nr. | Kurztitel | Farbe | Federführung |
 * Letzte Nachfrage | Einschätzung) or a wide master sheet that also holds each goal's
 * participants, interim goal and milestones in repeating column groups
 * (Meilenstein 1 | Termin 1 | Stand 1 | Meilenstein 2 | …). Lead cells are read like a goal
 * sheet's lead: name, organisation, e-mail and phone; placeholders (N.N., tbd, –) name nobody.
 */
import { cellAddress, type GridCell } from '../../grid';
import type { CellRef, Milestone } from '../../model';
import { parseDate } from '../../dates';
import { isPlaceholder, parseLeads, parseParticipants } from '../../people';
import type { TableColumns } from '../../milestone';
import { goalPart, listGoalIds, noteRepair, ref, type SheetRead } from '../fragments';
import { cellDate, partText, rowCells, rowMilestone } from '../rows';
import type { TableRegion } from '../tables';
import type { SheetScan } from '../sheet';
import { tableColumns, tableRegion } from './form';

export function readGoalRows(scan: SheetScan, t: TableRegion, out: SheetRead): void {
  const sheet = scan.name;
  for (const k of t.headerCells) scan.claimAt(k);
  const used = new Set(t.columns.values());
  const groups: TableColumns[] = t.groups.map((g) => ({ ...tableColumns(sheet, t, g.columns as Map<string, number>), first: t.first }));
  const interimDue = interimDueOf(scan, t);
  const ids: string[] = [];
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    scan.claimColumns(i, used);
    const cell = (role: string): GridCell | undefined => {
      const col = (t.columns as Map<string, number>).get(role);
      return col === undefined ? undefined : scan.index.at(row, col);
    };
    const idCell = cell('goalId');
    const idText = partText(scan, idCell);
    const found = listGoalIds(out, idCell, idText);
    if (found.length !== 1) {
      // a row naming several goals, or none, defines none (the ids are noted where unreadable)
      if (found.length > 1) out.problems.push(unreadableRow(sheet, idCell!, idText));
      continue;
    }
    const id = found[0];
    const at = ref(sheet, idCell!);
    noteRepair(out, id, at.cell);
    out.references.push({ id: id.id, raw: id.raw, kind: 'overview', source: at });
    const g = goalPart(id, at);
    // each column's cell and text, looked up once
    const field = (role: string): { value: string; source: CellRef } | null => {
      const c = cell(role);
      const value = partText(scan, c);
      return value ? { value, source: ref(sheet, c!) } : null;
    };
    g.shortTitle = field('shortTitle');
    const title = field('title');
    if (title) g.title = { text: title.value, source: title.source };
    g.color = field('color');
    g.rating = field('rating');
    const lead = cell('lead');
    if (lead) {
      const source = ref(sheet, lead);
      const value = partText(scan, lead);
      g.labels.lead = source;
      // a number or TRUE/FALSE names nobody; nor does a placeholder (N.N., tbd, –)
      if (lead.type === 'string' && value && !isPlaceholder(value)) {
        g.leadMentions.push({ value, source });
        for (const l of parseLeads(value)) g.leads.push({ ...l, source });
      }
    }
    const participants = field('participants');
    if (participants) {
      const p = parseParticipants(participants.value);
      g.participants.push(...p.participants);
      g.notes.push(...p.prose);
      if (p.participants.length === 0 && p.prose.length) g.participantsNote = p.prose.join(' ');
      g.labels.participants = participants.source;
    }
    const interim = cell('interimGoal');
    if (interim) {
      const source = ref(sheet, interim);
      g.interim = { text: partText(scan, interim) || null, due: interimDue, source };
      g.labels.interimGoal = source;
    }
    const notes = partText(scan, cell('notes'));
    if (notes) g.notes.push(notes);
    const last = cell('lastCheck');
    if (last) {
      const date = cellDate(scan, last);
      if (date) g.statusChecks.push({ date, person: null, text: null, rating: null, source: ref(sheet, last), personCell: null });
    }
    const milestones: Milestone[] = [];
    for (const columns of groups) {
      const parts = rowCells(scan, i, columns);
      const m = rowMilestone(columns, row, parts, [], scan.dates);
      if (m) milestones.push(m);
    }
    if (groups.length) g.labels.milestones = ref(sheet, { row: t.headerRow, col: groups[0].text ?? t.first });
    out.blocks.push({ origin: 'overview', goals: [g], milestones });
    ids.push(id.id);
  }
  out.regions.push(tableRegion(t, ids));
}

/** The deadline an interim-goal header names ("Zwischenziel bis 09/2019"). */
function interimDueOf(scan: SheetScan, t: TableRegion): ReturnType<typeof parseDate> | null {
  const col = t.columns.get('interimGoal');
  if (col === undefined) return null;
  const header = scan.index.at(t.headerRow, col);
  const text = header ? scan.index.text(header) : '';
  const m = /\b(?:bis|by|until)\b[^:)]{1,50}/i.exec(text);
  return m ? parseDate(m[0].trim()) : null;
}

function unreadableRow(sheet: string, cell: GridCell, value: string) {
  return { kind: 'goal-id-malformed' as const, sheet, cell: cellAddress(cell), value, assumed: null, goal: null };
}
