/**
 * Layout reader: status-check logs. A row per check (Ziel | Datum der telefonischen Nachfrage
 * | Gesprächspartner | Stand der Umsetzung | Einschätzung), or a row per goal with a column
 * per round ("Nachfrage Mai 2020 | Nov 2020"), whose cells hold a note, perhaps after the
 * day of the call ("Di, 26.05.2020: Entwurf liegt vor").
 */
import { cellAddress, type GridCell } from '../../grid';
import type { DateValue, StatusCheck } from '../../model';
import { type DateContext, leadingDate } from '../../dates';
import { isPlaceholder, parseLeads } from '../../people';
import { readRating } from '../labels';
import { goalPart, listGoalIds, noteRepair, ref, type SheetRead } from '../fragments';
import { cellDate, partText } from '../rows';
import type { TableRegion } from '../tables';
import type { SheetScan } from '../sheet';
import { tableRegion } from './form';

/** A row's cell by role; a goal cell merged over several rows names the goal of each. */
function cellOf(scan: SheetScan, t: TableRegion, row: number) {
  return (role: string): GridCell | undefined => {
    const col = (t.columns as Map<string, number>).get(role);
    if (col === undefined) return undefined;
    return role === 'goalId' ? scan.valueAt(row, col) : scan.index.at(row, col);
  };
}

/** A row per check. */
export function readStatusLog(scan: SheetScan, t: TableRegion, out: SheetRead): void {
  const sheet = scan.name;
  for (const k of t.headerCells) scan.claimAt(k);
  const used = new Set(t.columns.values());
  const goals = new Set<string>();
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    scan.claimColumns(i, used);
    const cell = cellOf(scan, t, row);
    const ids = listGoalIds(out, cell('goalId'), partText(scan, cell('goalId')));
    const at = ref(sheet, cell('goalId') ?? { row, col: t.columns.get('goalId')! });
    const dateCell = cell('checkDate');
    const check: StatusCheck = {
      date: dateCell ? cellDate(scan, dateCell) : null,
      person: partText(scan, cell('person')) || null,
      text: partText(scan, cell('checkText')) || null,
      rating: cell('rating') ? readRating(partText(scan, cell('rating'))) : null,
      source: ref(sheet, dateCell ?? { row, col: t.first }),
      personCell: cell('person') ? cellAddress(cell('person')!) : null,
    };
    for (const id of ids) {
      noteRepair(out, id, at.cell);
      out.references.push({ id: id.id, raw: id.raw, kind: 'status-check', source: at });
      goals.add(id.id);
    }
    out.checks.push({ ids, check, at });
  }
  out.regions.push(tableRegion(t, [...goals]));
}

/** A row per goal, a column per round. */
export function readStatusRounds(scan: SheetScan, t: TableRegion, out: SheetRead): void {
  const sheet = scan.name;
  for (const k of t.headerCells) scan.claimAt(k);
  const used = new Set([...t.columns.values(), ...t.rounds.map((r) => r.col)]);
  const goals = new Set<string>();
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    scan.claimColumns(i, used);
    const cell = cellOf(scan, t, row);
    const ids = listGoalIds(out, cell('goalId'), partText(scan, cell('goalId')));
    if (ids.length === 0) continue;
    const at = ref(sheet, cell('goalId')!);
    for (const id of ids) {
      noteRepair(out, id, at.cell);
      out.references.push({ id: id.id, raw: id.raw, kind: 'status-check', source: at });
      goals.add(id.id);
    }
    // what the row says besides the rounds (lead, title) is a mention, not a definition
    const lead = partText(scan, cell('lead'));
    const title = partText(scan, cell('title')) || partText(scan, cell('shortTitle'));
    if (ids.length === 1 && (lead || title)) {
      const g = goalPart(ids[0], at);
      if (lead && !isPlaceholder(lead)) {
        g.leadMentions.push({ value: lead, source: ref(sheet, cell('lead')!) });
        for (const l of parseLeads(lead)) g.leads.push({ ...l, source: ref(sheet, cell('lead')!) });
      }
      if (cell('shortTitle')) g.shortTitle = { value: partText(scan, cell('shortTitle')), source: ref(sheet, cell('shortTitle')!) };
      out.mentions.push(g);
    }
    for (const round of t.rounds) {
      const c = scan.index.at(row, round.col);
      if (!c) continue;
      const check = roundCheck(scan, c, round.date, scan.dates);
      if (check) out.checks.push({ ids, check, at });
    }
  }
  out.regions.push(tableRegion(t, [...goals]));
}

/**
 * The check a round's cell records: a date cell is the day of the call; a text is a note,
 * after the day of the call where it starts with one ("Di, 26.05.2020: Entwurf liegt vor"),
 * else dated by its round.
 */
function roundCheck(scan: SheetScan, cell: GridCell, round: DateValue, context?: DateContext): StatusCheck | null {
  const source = ref(scan.name, cell);
  if (cell.type !== 'string') {
    const date = cellDate(scan, cell);
    return date ? { date, person: null, text: null, rating: null, source, personCell: null } : null;
  }
  const text = scan.index.text(cell);
  if (!text) return null;
  const lead = leadingDate(text, context);
  return {
    date: lead ? lead.date : round,
    person: null,
    text: (lead ? lead.rest : text) || null,
    rating: readRating(text),
    source,
    personCell: null,
  };
}
