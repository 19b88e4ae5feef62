/**
 * Layout reader: goal sheets in the form of the Umsetzungskonferenz template, and sheets
 * holding several goals as stacked blocks. An id heading ("Ziel 7.47", a bare "7.48", or the
 * id beside a label: "Mittlerziel-Nr." | "12.71"), the goal text, labelled fields
 * (federführend, beteiligt, Zwischenziel, Anmerkungen, Nachfrage, …) and the goal's own
 * tables (milestones `MM/JJ | Maßnahme/Meilenstein | Umsetzungsbericht`, status checks).
 *
 * Positions are not assumed: a label's value may sit to its right (also in merged cells) or
 * below it, a block may start anywhere, and one sheet may hold several goals — sharing one
 * milestone table ("Ziel 07:47 und 07.49") or one block after another.
 */
import { cellAddress, type GridCell } from '../../grid';
import type { CellRef, Milestone, StatusCheck } from '../../model';
import { parseDate } from '../../dates';
import { findGoalIds, parseGoalId, type ParsedGoalId } from '../../goalId';
import { parseLeads, parseParticipants } from '../../people';
import type { RowMilestone, TableColumns } from '../../milestone';
import { type FormField, type LabelMatch, readColor, readRating } from '../labels';
import type { Heading, SheetStructure } from '../classify';
import { BLOCK_TABLES, type TableRegion } from '../tables';
import { type Block, goalPart, type GoalPart, noteRepair, ref, type SheetRead } from '../fragments';
import { cellDate as checkDate, continuesAbove, emptyRow, joinRow, partText, rowCells, rowMilestone } from '../rows';
import type { SheetScan } from '../sheet';

type Event =
  | { kind: 'heading'; row: number; col: number; ids: ParsedGoalId[]; title: string; cell: GridCell; label: GridCell | null }
  | { kind: 'label'; row: number; col: number; match: LabelMatch; cell: GridCell }
  | { kind: 'table'; row: number; col: number; table: TableRegion };

type HeadingEvent = Extract<Event, { kind: 'heading' }>;
type LabelEvent = Extract<Event, { kind: 'label' }>;

/**
 * Reads the sheet's goal blocks into `out`; false when the sheet holds no goal form. `mapped`:
 * a layout map says the sheet is a goal sheet (read as one whatever the evidence), naming the
 * goal it belongs to where the sheet names none.
 */
export function readForms(
  scan: SheetScan,
  structure: SheetStructure,
  tables: TableRegion[],
  out: SheetRead,
  mapped?: { goal: ParsedGoalId | null },
): boolean {
  const { rowNumbers, rowStart, cells } = scan.index;
  const sheet = scan.name;

  // rows that belong to a table (header or body): no labels or headings there
  const inTable = new Uint8Array(rowNumbers.length);
  for (const t of tables) {
    inTable[t.headerPos] = 1;
    for (let i = t.body.first; i < t.body.end; i++) inTable[i] = 1;
  }
  const rowPos = (row: number) => scan.index.indexOf(row);

  const events: Event[] = [];
  const weak = new Set<Event>();
  for (const h of structure.headings) {
    if (inTable[rowPos(h.cell.row)]) continue;
    const e = headingEvent(h);
    events.push(e);
    if (h.weak) weak.add(e);
  }
  const whole = new Set<number>();
  for (const l of structure.labels) whole.add(l.k);
  // labels: whole-cell ones, and labels with their value in the same cell, outside tables
  for (let i = 0; i < rowNumbers.length; i++) {
    if (inTable[i]) continue;
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (cells[k].type !== 'string' || scan.layout?.fixed.has(k)) continue;
      const match = scan.label(k);
      if (!match) continue;
      if (!whole.has(k) && structure.headings.some((h) => h.k === k)) continue;
      events.push({ kind: 'label', row: rowNumbers[i], col: cells[k].col, match, cell: cells[k] });
    }
  }
  // cells a layout map names as a field's value: a label that is its own value
  if (scan.layout) {
    for (const [k, field] of scan.layout.fixed) {
      const cell = cells[k];
      events.push({ kind: 'label', row: cell.row, col: cell.col, match: { field, rest: '', fixed: true }, cell });
    }
  }
  for (const t of tables) if (BLOCK_TABLES.includes(t.kind)) events.push({ kind: 'table', row: t.headerRow, col: t.first, table: t });
  events.sort((a, b) => a.row - b.row || a.col - b.col);

  const eventRows = new Map<number, Event[]>();
  for (const e of events) {
    const list = eventRows.get(e.row);
    if (list) list.push(e);
    else eventRows.set(e.row, [e]);
  }
  const inBody = (row: number): boolean => {
    const i = rowPos(row);
    return i >= 0 && inTable[i] === 1;
  };
  const values = (e: HeadingEvent | LabelEvent, belowOnly = false): GridCell[] =>
    e.kind === 'label' && e.match.fixed ? [e.cell] : valueCells(scan, e, eventRows, inBody, belowOnly);

  // "Mittlerziel-Nr." | "12.71": a label whose value is the id opens a block like a heading
  for (let n = 0; n < events.length; n++) {
    const e = events[n];
    if (e.kind !== 'label' || e.match.field !== 'goalId') continue;
    const next = events[n + 1];
    if (!e.match.rest && next?.kind === 'heading' && next.row === e.row && !next.label) {
      // the id beside its label was taken for a heading of its own (near the top): one heading
      events[n + 1] = { ...next, label: e.cell };
      events.splice(n--, 1);
      continue;
    }
    const text = e.match.rest || joinLines(scan, values(e));
    const { ids, rest } = findGoalIds(text);
    const idCell = e.match.rest ? e.cell : values(e)[0];
    if (ids.length && rest.length === 0 && idCell) {
      events[n] = { kind: 'heading', row: e.row, col: e.col, ids, title: '', cell: idCell, label: e.match.fixed ? null : e.cell };
    } else if (text) {
      out.problems.push({ kind: 'goal-id-malformed', sheet, cell: cellAddress(idCell ?? e.cell), value: text, assumed: null, goal: null });
    }
  }
  // a weak heading (a bare id low on the sheet) counts where a label or a table follows it
  const live = events.filter((e, n) => !weak.has(e) || (events[n + 1] && events[n + 1].kind !== 'heading'));
  const headings = live.filter((e): e is HeadingEvent => e.kind === 'heading');
  const labels = live.filter((e): e is LabelEvent => e.kind === 'label');
  const blockTables = live.filter((e) => e.kind === 'table');
  const distinct = new Set(labels.map((l) => l.match.field));
  const nameId = mapped?.goal ?? parseGoalId(sheet);
  const isForm =
    (headings.length > 0 && (labels.length > 0 || blockTables.length > 0)) ||
    distinct.size >= 2 ||
    (nameId !== null && blockTables.some((e) => e.kind === 'table' && e.table.kind === 'milestones'));
  if (!isForm && !mapped) return false;

  for (const m of structure.malformed) {
    out.problems.push({ kind: 'goal-id-malformed', sheet, cell: cellAddress(m.cell), value: m.value, assumed: null, goal: null });
    scan.claim(m.cell);
  }

  // blocks: a run of headings (with only their titles between) opens one; the labels and tables
  // that follow belong to it until the next heading after content
  const groups: { events: Event[]; headings: HeadingEvent[] }[] = [];
  let current: (typeof groups)[number] | null = null;
  let hasContent = false;
  for (const e of live) {
    if (e.kind === 'heading') {
      if (!current || hasContent) {
        current = { events: [], headings: [] };
        groups.push(current);
        hasContent = false;
      }
      current.headings.push(e);
    } else {
      if (!current) {
        current = { events: [], headings: [] };
        groups.push(current);
      }
      current.events.push(e);
      hasContent = true;
    }
  }

  const named = headings.some((h) => !weak.has(h)) || nameId !== null;
  for (const group of groups) {
    // a mapped sheet's goal takes the fields of a block without a heading; otherwise the sheet's
    // name is the fallback of a block that found no id
    const block = readBlock(scan, group, values, out, mapped ? nameId : null);
    if (block.goals.length === 0 && nameId) block.goals.push(goalPart(nameId, null));
    if (block.goals.length === 0) {
      // a block without a readable id keeps its milestones (as orphans): nothing is lost
      out.orphans.push(...block.milestones);
      if (structure.malformed.length === 0) {
        const at = firstLabelCell(group.events) ?? block.milestones[0]?.source.cell ?? 'A1';
        out.problems.push({ kind: 'goal-id-missing', sheet, cell: at, value: sheet, assumed: null, goal: null });
      }
    } else out.blocks.push(block);
    out.regions.push({
      kind: 'goal-block',
      range: blockRange(group),
      goals: block.goals.map((g) => g.id.id),
      columns: [],
      listObject: null,
    });
  }
  for (const e of blockTables) out.regions.push(tableRegion(e.table, []));
  out.kind = 'goal-form';
  // a goal form is evident from two kinds of label or a milestone table (a missing id is its
  // own finding); a heading with a single label, or a bare id with little around it, is weak
  out.confidence = distinct.size >= 2 || (named && blockTables.length > 0) ? 'high' : 'low';
  return true;
}

function headingEvent(h: Heading): HeadingEvent {
  return { kind: 'heading', row: h.cell.row, col: h.cell.col, ids: h.ids, title: h.title, cell: h.cell, label: null };
}

function firstLabelCell(events: Event[]): string | null {
  for (const e of events) if (e.kind === 'label') return cellAddress(e.cell);
  return null;
}

/** Reads one block: its goals, fields and tables. Claims what it reads. */
function readBlock(
  scan: SheetScan,
  group: { events: Event[]; headings: HeadingEvent[] },
  values: (e: HeadingEvent | LabelEvent, belowOnly?: boolean) => GridCell[],
  out: SheetRead,
  nameId: ParsedGoalId | null,
): Block {
  const sheet = scan.name;
  const at = (cell: GridCell): CellRef => ref(sheet, cell);
  const goals: GoalPart[] = [];
  // a block without an id of its own belongs to the goal its sheet is named after (or mapped to)
  if (group.headings.length === 0 && nameId) goals.push(goalPart(nameId, null));
  for (const h of group.headings) {
    scan.claim(h.cell);
    if (h.label) scan.claim(h.label);
    let title: GoalPart['title'] = null;
    if (h.title) title = { text: h.title, source: at(h.cell) };
    else {
      // the text right of a heading or below it; below the label of "Mittlerziel-Nr." | "7.49"
      const cells = (h.label ? values({ ...h, row: h.label.row, col: h.label.col }, true) : values(h)).filter((c) => c.type === 'string');
      const text = joinLines(scan, cells);
      if (text && cells.length) {
        title = { text, source: at(cells[0]) };
        for (const c of cells) scan.claim(c);
      }
    }
    for (const id of h.ids) {
      const existing = goals.find((g) => g.id.id === id.id);
      if (existing) {
        if (!existing.title && title) existing.title = title;
        continue;
      }
      const g = goalPart(id, at(h.cell));
      g.title = title;
      goals.push(g);
      noteRepair(out, id, cellAddress(h.cell));
    }
  }
  const milestones: Milestone[] = [];
  const seen = new Set<FormField>();
  const labelEvents = group.events.filter((e): e is LabelEvent => e.kind === 'label');
  const each = (f: (g: GoalPart) => void) => goals.forEach(f);
  const fields = {
    leads: [] as GoalPart['leads'],
    participants: [] as string[],
    notes: [] as string[],
    checks: [] as StatusCheck[],
  };
  const labels: GoalPart['labels'] = { lead: null, participants: null, interimGoal: null, milestones: null };
  let interim: GoalPart['interim'] = null;
  let participantsNote: string | null = null;
  let rating: GoalPart['rating'] = null;
  let color: GoalPart['color'] = null;
  let shortTitle: GoalPart['shortTitle'] = null;
  let blockTitle: GoalPart['title'] = null;
  for (const e of group.events) {
    if (e.kind === 'table') {
      if (e.table.kind === 'milestones') readMilestoneTable(scan, e.table, milestones);
      else fields.checks.push(...readChecksTable(scan, e.table));
      continue;
    }
    if (e.kind !== 'label') continue;
    const field = e.match.field;
    scan.claim(e.cell);
    // a repeated lead label inside the lead's own value ("Ansprechperson: …") is part of it
    if (seen.has(field) && (field === 'lead' || field === 'participants')) {
      const prev = labelEvents.find((x) => x.match.field === field && x !== e);
      if (prev && e.row - prev.row <= 3) continue;
    }
    seen.add(field);
    const cells = values(e);
    for (const c of cells) scan.claim(c);
    const inline = e.match.rest;
    // a lead's or participants' cells side by side are separate items ("C. Schön (CWW)" | "E-Mail:" | "c.schoen@…")
    const separate = field === 'lead' || field === 'participants';
    const text = [inline, joinLines(scan, cells, separate ? '\n' : ' ')].filter(Boolean).join('\n').trim();
    const firstCell = cells[0] ?? e.cell;
    const valueAt = inline ? at(e.cell) : at(firstCell);
    switch (field) {
      case 'lead': {
        labels.lead = labels.lead ?? at(e.cell);
        for (const l of parseLeads(text)) fields.leads.push({ ...l, source: valueAt });
        break;
      }
      case 'participants': {
        labels.participants = labels.participants ?? at(e.cell);
        const p = parseParticipants(text);
        fields.participants.push(...p.participants);
        fields.notes.push(...p.prose);
        if (p.participants.length === 0 && p.prose.length) participantsNote = p.prose.join(' ');
        break;
      }
      case 'interimGoal':
        interim = { text: text || null, due: e.match.due ? parseDate(e.match.due) : null, source: at(e.cell) };
        labels.interimGoal = at(e.cell);
        break;
      case 'notes':
        if (text) fields.notes.push(text);
        break;
      case 'statusCheck': {
        const dateCell = inline ? undefined : cells[0];
        const date = dateCell ? checkDate(scan, dateCell) : inline ? parseDate(inline) : null;
        if (date) {
          fields.checks.push({
            date,
            person: null,
            text: joinLines(scan, cells.slice(1)) || null,
            rating: null,
            source: at(dateCell ?? e.cell),
            personCell: null,
          });
        }
        break;
      }
      case 'rating':
        if (text) rating = { value: text, source: valueAt };
        break;
      case 'color':
        if (text) color = { value: text, source: valueAt };
        break;
      case 'shortTitle':
        if (text) shortTitle = { value: text, source: valueAt };
        break;
      case 'title':
        if (text) blockTitle = blockTitle ?? { text, source: valueAt };
        break;
      case 'milestones':
        labels.milestones = at(e.cell);
        break;
      case 'goalId':
      case 'leitziel':
        // an unreadable id was reported above; the Leitziel is context
        break;
    }
  }
  each((g) => {
    g.title = g.title ?? blockTitle;
    g.leads.push(...fields.leads);
    for (const p of fields.participants) if (!g.participants.includes(p)) g.participants.push(p);
    g.participantsNote = participantsNote;
    g.notes.push(...fields.notes);
    g.statusChecks.push(...fields.checks);
    g.interim = interim;
    g.rating = rating && readRating(rating.value) ? rating : null;
    g.color = color && readColor(color.value) ? color : null;
    g.shortTitle = shortTitle;
    g.labels = { ...labels };
  });
  return { origin: 'form', goals, milestones };
}

/** A block table's columns, as row milestones share them. */
export function tableColumns(sheet: string, t: TableRegion, groupColumns?: Map<string, number>): TableColumns {
  const cols = (groupColumns ?? t.columns) as Map<string, number>;
  const col = (role: string) => cols.get(role) ?? null;
  return {
    sheet,
    first: t.first,
    date: col('date'),
    text: col('text'),
    report: col('report'),
    responsible: col('responsible'),
    goal: groupColumns ? null : col('goalId'),
    state: col('state'),
  };
}

/** Goal ids of a milestone until its block's goals are known (the goal book sets them). */
const UNASSIGNED = Object.freeze([]) as unknown as string[];

/** Reads the body of a goal's milestone table into `out`, joining rows that only continue a measure. */
function readMilestoneTable(scan: SheetScan, t: TableRegion, out: Milestone[]): void {
  for (const k of t.headerCells) scan.claimAt(k);
  const columns = tableColumns(scan.name, t);
  let last: RowMilestone | null = null;
  const rowParts = emptyRow();
  let lastRow = -1;
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    const parts = rowCells(scan, i, columns, rowParts);
    if (last && row === lastRow + 1 && continuesAbove(scan, columns, row, parts, last)) {
      joinRow(last, parts);
      lastRow = row;
      continue;
    }
    const m = rowMilestone(columns, row, parts, UNASSIGNED, scan.dates);
    if (!m) continue;
    out.push(m);
    last = m;
    lastRow = row;
  }
}

/** Reads a goal's own status-check table ("Datum | Gesprächspartner | Stand"). */
function readChecksTable(scan: SheetScan, t: TableRegion): StatusCheck[] {
  for (const k of t.headerCells) scan.claimAt(k);
  const out: StatusCheck[] = [];
  const used = new Set(t.columns.values());
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    scan.claimColumns(i, used);
    const cell = (role: string) => {
      const col = (t.columns as Map<string, number>).get(role);
      return col === undefined ? undefined : scan.index.at(row, col);
    };
    const dateCell = cell('checkDate');
    const person = partText(scan, cell('person'));
    const text = partText(scan, cell('checkText'));
    if (!dateCell && !person && !text) continue;
    out.push({
      date: dateCell ? checkDate(scan, dateCell) : null,
      person: person || null,
      text: text || null,
      rating: cell('rating') ? readRating(partText(scan, cell('rating'))) : null,
      source: ref(scan.name, dateCell ?? { row, col: t.first }),
      personCell: cell('person') ? cellAddress(cell('person')!) : null,
    });
  }
  return out;
}

/** The cells that hold an event's value: to its right, else in the rows below. */
function valueCells(
  scan: SheetScan,
  e: HeadingEvent | LabelEvent,
  eventRows: Map<number, Event[]>,
  inBody: (row: number) => boolean,
  belowOnly = false,
): GridCell[] {
  const index = scan.index;
  const sameRow = eventRows.get(e.row) ?? [];
  let nextRight = Infinity;
  for (const x of sameRow) if (x.col > e.col && x.col < nextRight) nextRight = x.col;
  const right = index.row(e.row).filter((c) => c.col > e.col && c.col < nextRight && !(e.kind === 'heading' && c === e.cell));
  const out: GridCell[] = [];
  if (right.length && !belowOnly) {
    out.push(...right);
    // continuation lines: further rows with content only right of the label
    for (let r = index.nextRow(e.row); r !== -1; r = index.nextRow(r)) {
      if (r - e.row > 1 + out.length) break;
      if (eventRows.has(r) || inBody(r)) break;
      const cells = index.row(r);
      if (cells.some((c) => c.col <= e.col)) break;
      out.push(...cells.filter((c) => c.col < nextRight));
    }
    return out;
  }
  let prev = e.row;
  for (let r = index.nextRow(e.row); r !== -1; r = index.nextRow(r)) {
    if (r - prev > 2) break;
    if (inBody(r)) break;
    const here = eventRows.get(r);
    if (here && here.some((x) => x.kind !== 'label' || x.match.field !== (e.kind === 'label' ? e.match.field : null))) break;
    const cells = index.row(r);
    if (cells.some((c) => c.col < e.col)) break;
    out.push(...cells.filter((c) => c.col < nextRight));
    prev = r;
  }
  return out;
}

/** The cells' texts: a row's joined by `sep` (a space), rows (in the order they first appear) by line breaks. */
function joinLines(scan: SheetScan, cells: GridCell[], sep = ' '): string {
  const byRow = new Map<number, string>();
  for (const c of cells) {
    const t = scan.index.text(c);
    if (!t) continue;
    const line = byRow.get(c.row);
    byRow.set(c.row, line === undefined ? t : `${line}${sep}${t}`);
  }
  let out = '';
  for (const line of byRow.values()) out = out ? `${out}\n${line}` : line;
  return out.trim();
}

/** The range a block covers: its first event to the end of its last table or label value. */
function blockRange(group: { events: Event[]; headings: HeadingEvent[] }): string {
  let r1 = Infinity;
  let c1 = Infinity;
  let r2 = -1;
  let c2 = -1;
  const add = (r: number, c: number) => {
    r1 = Math.min(r1, r);
    c1 = Math.min(c1, c);
    r2 = Math.max(r2, r);
    c2 = Math.max(c2, c);
  };
  for (const h of group.headings) add(h.row, h.col);
  for (const e of group.events) {
    if (e.kind === 'table') {
      add(e.row, e.table.first);
      add(e.table.lastRow, e.table.last);
    } else add(e.row, e.col);
  }
  if (r2 < 0) return 'A1';
  return `${cellAddress({ row: r1, col: c1 })}:${cellAddress({ row: r2, col: c2 })}`;
}

/** A table as a region of the sheet, with its columns' roles. */
export function tableRegion(t: TableRegion, goals: string[]): SheetRead['regions'][number] {
  const columns: { column: string; role: string }[] = [];
  const name = (col: number) => cellAddress({ row: 0, col }).replace(/\d+$/, '');
  for (const [role, col] of t.columns) columns.push({ column: name(col), role });
  for (const g of t.groups) for (const [role, col] of g.columns) columns.push({ column: name(col), role: `${role} ${g.n}` });
  for (const r of t.rounds) columns.push({ column: name(r.col), role: `round ${r.date.start?.slice(0, 7) ?? r.date.raw}` });
  // column letters: by length, then alphabetically (plain comparison: upper-case ASCII letters need no collator)
  columns.sort((a, b) => a.column.length - b.column.length || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
  return {
    kind: t.kind,
    range: `${cellAddress({ row: t.headerRow, col: t.first })}:${cellAddress({ row: t.lastRow, col: t.last })}`,
    goals,
    columns,
    listObject: t.listObject,
  };
}
