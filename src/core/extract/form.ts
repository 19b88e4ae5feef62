/**
 * Reads goal sheets in the form of the Umsetzungskonferenz template: an id heading
 * ("Ziel 7.47"), the goal text, labelled blocks (federführend, beteiligt, Zwischenziel,
 * Anmerkungen, Nachfrage) and the milestone table `MM/JJ | Maßnahme/Meilenstein |
 * Umsetzungsbericht`.
 *
 * The reader does not assume positions: a label's value may sit to its right or below it,
 * the block may start anywhere, header words vary, and one sheet may hold several goals
 * (sharing one milestone table, like "Ziel 07:47 und 07.49", or one block after another).
 */
import { cellAddress, type GridCell, SheetIndex } from '../grid';
import type { CellRef, Lead, Milestone, StatusCheck } from '../model';
import { dateFromCell, findDateInText, parseDate } from '../dates';
import { findGoalIds, parseGoalId, type ParsedGoalId } from '../goalId';
import { columnRoles, type ColumnRole, type FormField, type LabelMatch, matchLabel, mayBeHeader } from './labels';
import { RowMilestone, type TableColumns } from './milestone';
import { parseLeads, parseParticipants, stripContactLabel } from '../people';
import { firstCharCode } from '../text';

/** One goal as a form sheet describes it. */
export interface FormGoal {
  id: ParsedGoalId;
  heading: CellRef | null;
  title: { text: string; source: CellRef } | null;
}

/** One block of a form sheet: its goals and everything its labels and table say. */
export interface FormBlock {
  sheet: string;
  goals: FormGoal[];
  leads: Lead[];
  leadLabel: CellRef | null;
  participants: string[];
  participantsLabel: CellRef | null;
  /** Participant lines that were prose rather than names (go to notes). */
  participantsProse: string[];
  interim: { text: string | null; due: string | null; source: CellRef } | null;
  notes: string[];
  statusChecks: StatusCheck[];
  rating: { value: string; source: CellRef } | null;
  color: { value: string; source: CellRef } | null;
  shortTitle: { value: string; source: CellRef } | null;
  milestonesLabel: CellRef | null;
  /** The block's milestones; `goalIds` is filled in once the block's goals are known. */
  milestones: Milestone[];
}

export interface FormRead {
  sheet: string;
  blocks: FormBlock[];
  /** Heading cells that look like a goal id but cannot be read. */
  malformed: { cell: string; value: string }[];
}

type Event =
  | { kind: 'heading'; row: number; col: number; ids: ParsedGoalId[]; title: string; cell: GridCell }
  | { kind: 'label'; row: number; col: number; match: LabelMatch; cell: GridCell }
  | { kind: 'table'; row: number; col: number; columns: Map<ColumnRole, number>; lastCol: number };

const HEADING_RE = /^\s*(?:workshop zur umsetzung des\s+)?(?:mittler)?ziel(?:e|s)?\b\s*(?:nr\.?|nummer|-nr\.?)?\s*[:.]?\s*(.*)$/is;
const HEADING_EN_RE = /^\s*goals?\b\s*(?:no\.?|#)?\s*[:.]?\s*(.*)$/is;

/**
 * Recognises an id heading: "Ziel 7.47", "Ziel Nr. 1.2", "Ziel 07:47 und 07.49",
 * "Ziel 7.47: <goal text>", or a bare "07.47" near the top of the sheet.
 */
export function matchHeading(text: string, nearTop: boolean): { ids: ParsedGoalId[]; title: string } | { malformed: true } | null {
  if (text.length > 2000) return null;
  const m = HEADING_RE.exec(text) ?? HEADING_EN_RE.exec(text);
  if (m) {
    const body = m[1];
    // "7.47: In den kommenden …" — a colon followed by a non-digit starts the title
    const split = /:\s*(?=\D)|\n/.exec(body);
    const idPart = split ? body.slice(0, split.index) : body;
    const title = split ? body.slice(split.index + split[0].length).trim() : '';
    if (idPart.length > 40) return null;
    const { ids, rest } = findGoalIds(idPart);
    if (ids.length && rest.length === 0) return { ids, title };
    // "Ziel 7" or "Ziel 7.47a": it claims to be a heading but the id is unreadable
    if (!title && text.length <= 30 && /^\s*[\d.:,\s]*\d[\w.:,\s]{0,8}$/.test(idPart)) return { malformed: true };
    return null;
  }
  if (nearTop) {
    const id = parseGoalId(text);
    if (id && !/^\d{1,2}\s+\d/.test(text.trim())) return { ids: [id], title: '' };
  }
  return null;
}

const TABLE_ROLES: ColumnRole[] = ['date', 'text', 'report', 'responsible'];

/**
 * Headings start with "Ziel", "Workshop", "Mittlerziel" or "Goal"; a bare id ("07.47") is a
 * heading only near the top of the sheet. Anything else is not one.
 */
const HEADING_START = /^\s*(?:ziel|mittlerziel|workshop|goal|\d)/i;
const HEADING_WORD = /^\s*(?:ziel|mittlerziel|workshop|goal)/i;

/** Cheap test before the expressions above (run on every text cell): the first letter, or a digit near the top. */
function mayStartHeading(text: string, nearTop: boolean): boolean {
  const c = firstCharCode(text);
  return c === 122 /* z */ || c === 109 /* m */ || c === 119 /* w */ || c === 103 /* g */ || (nearTop && c >= 48 && c <= 57);
}

/** A table header row: a text column plus a date or report column. */
function tableHeader(
  all: GridCell[],
  texts: string[],
  from: number,
  to: number,
): { columns: Map<ColumnRole, number>; col: number; lastCol: number } | null {
  // cheap exit: a header needs at least two short text cells (their cleaned texts: no reads
  // of cell values, whose shapes differ between hosts and kept the optimised code bouncing)
  if (to - from < 2) return null;
  let short = 0;
  let candidates = 0;
  for (let k = from; k < to; k++) {
    if (all[k].type !== 'string') continue;
    const text = texts[k];
    if (text.length <= 40) short++;
    if (mayBeHeader(text)) candidates++;
  }
  // and a text column plus a date or report column: two cells that can name a role
  if (short < 2 || candidates < 2) return null;
  const columns = new Map<ColumnRole, number>();
  const taken = new Set<number>();
  for (let k = from; k < to; k++) {
    const cell = all[k];
    if (cell.type !== 'string') continue;
    const roles = columnRoles(texts[k]);
    // indexed: for…of over these arrays (empty literal or stored list) kept deoptimising readForm
    for (let j = 0; j < roles.length; j++) {
      const r = roles[j];
      if (!TABLE_ROLES.includes(r)) continue;
      // "Stand" could be a report or the Nachfrage's text; first claim wins per role
      if (!columns.has(r) && !taken.has(cell.col)) {
        columns.set(r, cell.col);
        taken.add(cell.col);
        break;
      }
    }
  }
  if (!columns.has('text') || (!columns.has('date') && !columns.has('report'))) return null;
  // small integers throughout (minOf/maxOf start from ±Infinity, a double, and a double here
  // changed the events' field representation and sent readForm back to the interpreter)
  let col = -1;
  let lastCol = -1;
  for (const c of taken) {
    if (col < 0 || c < col) col = c;
    if (c > lastCol) lastCol = c;
  }
  return { columns, col, lastCol };
}

/**
 * Reads a sheet as a goal form, or returns null when it is not one (no id heading with
 * form content, and fewer than two distinct form labels).
 */
export function readForm(index: SheetIndex): FormRead | null {
  const sheet = index.name;
  const events: Event[] = [];
  const malformed: FormRead['malformed'] = [];

  // Pass 1: table headers, id headings and whole-cell labels. These end table bodies.
  // rows are addressed by their position in rowNumbers; flags per position, not sets of rows
  const labelAt = new Map<GridCell, LabelMatch>();
  const { rowNumbers, rowStart, cells, texts } = index;
  const stopRows = new Uint8Array(rowNumbers.length);
  for (let ri = 0; ri < rowNumbers.length; ri++) {
    const r = rowNumbers[ri];
    const from = rowStart[ri];
    const to = rowStart[ri + 1];
    const header = tableHeader(cells, texts, from, to);
    if (header) {
      events.push({ kind: 'table', row: r, col: header.col, columns: header.columns, lastCol: header.lastCol });
      stopRows[ri] = 1;
      continue;
    }
    const nearTop = ri < 3 && to - from <= 2;
    for (let k = from; k < to; k++) {
      const cell = cells[k];
      if (cell.type !== 'string') continue;
      const text = texts[k];
      if (!text) continue;
      if (mayStartHeading(text, nearTop) && (nearTop ? HEADING_START : HEADING_WORD).test(text)) {
        const h = matchHeading(text, nearTop);
        if (h && 'malformed' in h) {
          malformed.push({ cell: cellAddress(cell), value: text });
          continue;
        }
        if (h) {
          events.push({ kind: 'heading', row: r, col: cell.col, ids: h.ids, title: h.title, cell });
          stopRows[ri] = 1;
          continue;
        }
      }
      const whole = matchLabel(text, true);
      if (whole) {
        labelAt.set(cell, whole);
        stopRows[ri] = 1;
      }
    }
  }

  // Table bodies: rows below each header until a stop (a heading, a whole-cell label, a
  // label in the table's first column, content only left of the table, two blank rows).
  // Inside a body, "Kontakt: Frau X" in the measure column is content, not a label.
  // Bodies are runs of positions [first, end).
  const bodies = new Map<Event, { first: number; end: number }>();
  const inBodyAt = new Uint8Array(rowNumbers.length);
  for (const e of events) {
    if (e.kind !== 'table') continue;
    const first = index.position(e.row) + 1;
    let i = first;
    let prev = e.row;
    for (; i < rowNumbers.length; i++) {
      const r = rowNumbers[i];
      if (r - prev > 2 || stopRows[i]) break;
      if (cells[rowStart[i + 1] - 1].col < e.col) break;
      if (startsWithLabel(index, i, e.col)) break;
      inBodyAt[i] = 1;
      prev = r;
    }
    bodies.set(e, { first, end: i });
  }
  const inBody = (r: number): boolean => {
    const i = index.position(r);
    return i >= 0 && rowNumbers[i] === r && inBodyAt[i] === 1;
  };

  // Pass 2: labels with their value in the same cell, outside table bodies.
  for (let ri = 0; ri < rowNumbers.length; ri++) {
    if (inBodyAt[ri]) continue;
    for (let k = rowStart[ri]; k < rowStart[ri + 1]; k++) {
      const cell = cells[k];
      if (cell.type !== 'string') continue;
      const match = labelAt.get(cell) ?? matchLabel(texts[k]);
      if (match) events.push({ kind: 'label', row: rowNumbers[ri], col: cell.col, match, cell });
    }
  }
  events.sort((a, b) => a.row - b.row || a.col - b.col);
  const swallowed = new Set<Event>();
  const live = events.filter((e) => !swallowed.has(e));

  const labels = live.filter((e): e is Extract<Event, { kind: 'label' }> => e.kind === 'label');
  const headings = live.filter((e): e is Extract<Event, { kind: 'heading' }> => e.kind === 'heading');
  const tables = live.filter((e): e is Extract<Event, { kind: 'table' }> => e.kind === 'table');
  const distinct = new Set(labels.map((l) => l.match.field));
  const isForm = (headings.length > 0 && (labels.length > 0 || tables.length > 0)) || distinct.size >= 2;
  if (!isForm) return null;

  // Group into blocks: a run of headings (with only their titles between) opens a block;
  // the labels and tables that follow belong to it until the next heading after content.
  const blocks: { events: Event[]; headings: Extract<Event, { kind: 'heading' }>[] }[] = [];
  let current: (typeof blocks)[number] | null = null;
  let hasContent = false;
  for (const e of live) {
    if (e.kind === 'heading') {
      if (!current || hasContent) {
        current = { events: [], headings: [] };
        blocks.push(current);
        hasContent = false;
      }
      current.headings.push(e);
    } else {
      if (!current) {
        current = { events: [], headings: [] };
        blocks.push(current);
      }
      current.events.push(e);
      hasContent = true;
    }
  }

  const eventRows = new Map<number, Event[]>();
  for (const e of live) {
    const list = eventRows.get(e.row) ?? [];
    list.push(e);
    eventRows.set(e.row, list);
  }

  /** The cells that hold an event's value: to its right, else in the rows below. */
  const valueCells = (e: Extract<Event, { kind: 'label' | 'heading' }>): GridCell[] => {
    const sameRow = eventRows.get(e.row) ?? [];
    const nextRight = sameRow.filter((x) => x.col > e.col).reduce((min, x) => Math.min(min, x.col), Infinity);
    const right = index.row(e.row).filter((c) => c.col > e.col && c.col < nextRight);
    const out: GridCell[] = [];
    if (right.length) {
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
  };
  /** The cells' texts: a row's joined by spaces, rows (in the order they first appear) by line breaks. */
  const joinLines = (cells: GridCell[]): string => {
    // built by hand: the spread-map-join chain deoptimised readForm on every sheet in some runs
    const byRow = new Map<number, string>();
    for (const c of cells) {
      const t = index.text(c);
      if (!t) continue;
      const line = byRow.get(c.row);
      byRow.set(c.row, line === undefined ? t : `${line} ${t}`);
    }
    let out = '';
    for (const line of byRow.values()) out = out ? `${out}\n${line}` : line;
    return out.trim();
  };
  const ref = (cell: GridCell): CellRef => ({ sheet, cell: cellAddress(cell) });

  const result: FormBlock[] = [];
  for (const block of blocks) {
    const goals: FormGoal[] = [];
    for (const h of block.headings) {
      const single = h.ids.length === 1;
      let title: FormGoal['title'] = null;
      if (h.title) title = { text: h.title, source: ref(h.cell) };
      else {
        const cells = valueCells(h).filter((c) => c.type === 'string');
        const text = joinLines(cells);
        if (text && cells.length) title = { text, source: ref(cells[0]) };
      }
      for (const id of h.ids) {
        const existing = goals.find((g) => g.id.id === id.id);
        if (existing) {
          if (!existing.title && title) existing.title = title;
          continue;
        }
        goals.push({ id, heading: ref(h.cell), title: single || h.ids.length === 1 ? title : null });
      }
      // a multi-id heading followed by text: the text describes all its goals
      if (!single && title) for (const g of goals) if (!g.title) g.title = title;
    }

    const b: FormBlock = {
      sheet,
      goals,
      leads: [],
      leadLabel: null,
      participants: [],
      participantsLabel: null,
      participantsProse: [],
      interim: null,
      notes: [],
      statusChecks: [],
      rating: null,
      color: null,
      shortTitle: null,
      milestonesLabel: null,
      milestones: [],
    };
    const seen = new Set<FormField>();
    for (const e of block.events) {
      if (e.kind === 'table') {
        readTable(index, e, bodies.get(e) ?? { first: 0, end: 0 }, b.milestones);
        continue;
      }
      if (e.kind !== 'label') continue;
      const field = e.match.field;
      // a repeated lead label inside the lead's own value ("Ansprechperson: …") is part of it
      if (seen.has(field) && (field === 'lead' || field === 'participants')) {
        const prev = block.events.find((x) => x.kind === 'label' && x.match.field === field && x !== e);
        if (prev && prev.kind === 'label' && e.row - prev.row <= 3) continue;
      }
      seen.add(field);
      const cells = valueCells(e);
      const inline = e.match.rest;
      const text = [inline, joinLines(cells)].filter(Boolean).join('\n').trim();
      const firstCell = cells[0] ?? e.cell;
      switch (field) {
        case 'lead': {
          b.leadLabel = b.leadLabel ?? ref(e.cell);
          const src = inline ? ref(e.cell) : ref(firstCell);
          for (const l of parseLeads(text)) b.leads.push({ ...l, source: src });
          break;
        }
        case 'participants': {
          b.participantsLabel = b.participantsLabel ?? ref(e.cell);
          const p = parseParticipants(text);
          b.participants.push(...p.participants);
          b.participantsProse.push(...p.prose);
          break;
        }
        case 'interimGoal':
          b.interim = { text: text || null, due: e.match.due ?? null, source: ref(e.cell) };
          break;
        case 'notes':
          if (text) b.notes.push(text);
          break;
        case 'statusCheck': {
          const dateCell = inline ? undefined : cells[0];
          const date = dateCell
            ? dateFromCell(dateCell.value as string | number | boolean, dateCell.format)
            : inline
              ? parseDate(inline)
              : null;
          if (date) {
            const rest = cells.slice(1);
            b.statusChecks.push({
              date,
              person: null,
              text: joinLines(rest) || null,
              rating: null,
              source: ref(dateCell ?? e.cell),
              personCell: null,
            });
          }
          break;
        }
        case 'rating':
          if (text) b.rating = { value: text, source: inline ? ref(e.cell) : ref(firstCell) };
          break;
        case 'color':
          if (text) b.color = { value: text, source: inline ? ref(e.cell) : ref(firstCell) };
          break;
        case 'shortTitle':
          if (text) b.shortTitle = { value: text, source: inline ? ref(e.cell) : ref(firstCell) };
          break;
        case 'milestones':
          b.milestonesLabel = ref(e.cell);
          break;
      }
    }
    result.push(b);
  }
  return { sheet, blocks: result, malformed };
}

/** True when a row holds a label at or left of column `col` (a table body ends there). */
function startsWithLabel(index: SheetIndex, i: number, col: number): boolean {
  const { cells, texts } = index;
  for (let k = index.rowStart[i]; k < index.rowStart[i + 1] && cells[k].col <= col; k++) {
    if (cells[k].type === 'string' && matchLabel(texts[k])) return true;
  }
  return false;
}

/** Goal ids of a milestone until its block's goals are known (extract's attach sets them). */
const UNASSIGNED = Object.freeze([]) as unknown as string[];

/** Reads the body rows of a milestone table into `out`. */
function readTable(
  index: SheetIndex,
  header: Extract<Event, { kind: 'table' }>,
  body: { first: number; end: number },
  out: Milestone[],
): void {
  const { cells, texts, rowStart } = index;
  const col = (role: ColumnRole) => header.columns.get(role) ?? null;
  const columns: TableColumns = {
    sheet: index.name,
    first: header.col,
    date: col('date'),
    text: col('text'),
    report: col('report'),
    responsible: col('responsible'),
    goal: null,
  };
  const { date: dateCol, text: textCol, report: reportCol, responsible: respCol } = columns;
  for (let i = body.first; i < body.end; i++) {
    const r = index.rowNumbers[i];
    let dateCell: GridCell | undefined;
    let dateText = '';
    let text = '';
    let report = '';
    let responsible = '';
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const c = cells[k].col;
      if (c === textCol) text = texts[k];
      else if (c === dateCol) {
        dateCell = cells[k];
        dateText = texts[k];
      } else if (c === reportCol) report = texts[k];
      else if (c === respCol) responsible = texts[k];
    }
    if (!text && !report && !dateCell) continue;
    let date = dateCell
      ? dateFromCell(dateCell.type === 'string' ? dateText : (dateCell.value as number | boolean), dateCell.format)
      : null;
    if (!date && text) date = findDateInText(text);
    out.push(new RowMilestone(columns, r, UNASSIGNED, date, text, report || null, responsible || null));
  }
}

export { stripContactLabel };
