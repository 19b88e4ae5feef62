/**
 * Reads flat lists with a header row: a goal overview (Nr. | Kurztitel | Farbe |
 * Federführung | …), a milestone list with a goal-id column, a partner list
 * (Organisation | Ansprechperson | E-Mail | Telefon | Ziele) and a status-check log
 * (Ziel | Datum der telefonischen Nachfrage | Gesprächspartner | Stand | Einschätzung).
 */
import { cellAddress, cellText, type GridCell, SheetIndex } from '../grid';
import type { CellRef, DateValue, Milestone, SheetKind } from '../model';
import { dateFromCell, findDateInText } from '../dates';
import { goalIdsFromCell, type ParsedGoalId } from '../goalId';
import { type ColumnRole, columnRoles } from './labels';
import { findEmail, findEmailLike, findPhone } from '../people';
import { minOf, replaceParenWith } from '../text';
import { RowMilestone, type TableColumns } from './milestone';

export type ListKind = Extract<SheetKind, 'overview' | 'milestone-list' | 'partner-list' | 'status-log'>;

export interface ListRow {
  row: number;
  /** Cells by role. */
  cells: Partial<Record<ColumnRole, GridCell>>;
}

export interface ListRead {
  kind: ListKind;
  sheet: string;
  header: { row: number; col: number; columns: Map<ColumnRole, number> };
  rows: ListRow[];
}

/** Roles each list needs (all of `need`, at least one of `any`), and how strongly a role votes for it. */
const LIST_SPECS: { kind: ListKind; need: ColumnRole[]; any: ColumnRole[]; votes: Partial<Record<ColumnRole, number>> }[] = [
  {
    kind: 'milestone-list',
    need: ['goalId', 'text'],
    any: ['date', 'report', 'responsible'],
    votes: { text: 3, date: 2, report: 1, responsible: 1 },
  },
  {
    kind: 'status-log',
    need: ['goalId', 'checkDate'],
    any: ['person', 'checkText', 'rating'],
    votes: { person: 3, checkDate: 2, checkText: 1, rating: 1 },
  },
  {
    kind: 'partner-list',
    need: [],
    any: ['organization', 'contact'],
    votes: { organization: 3, contact: 2, email: 2, phone: 2, goals: 1 },
  },
  {
    kind: 'overview',
    need: ['goalId'],
    any: ['shortTitle', 'title', 'color', 'lead'],
    votes: { shortTitle: 2, title: 2, color: 3, lead: 3, lastCheck: 1, rating: 1 },
  },
];

/** The roles each header cell of a row could play, for cells that could play any. */
function headerOptions(cells: GridCell[]): { col: number; roles: ColumnRole[] }[] {
  const out: { col: number; roles: ColumnRole[] }[] = [];
  for (const c of cells) {
    if (c.type !== 'string') continue;
    const roles = columnRoles(c.value as string);
    if (roles.length) out.push({ col: c.col, roles });
  }
  return out;
}

/** Assigns roles to header cells for one list kind: each column one role, each role one column. */
function assign(cellOptions: { col: number; roles: ColumnRole[] }[], kind: ListKind): Map<ColumnRole, number> {
  const allowed = ALLOWED[kind];
  const columns = new Map<ColumnRole, number>();
  const used = new Set<number>();
  // two passes: cells with a single possible role first, so ambiguous ones ("Ziel") fill the rest
  const options = cellOptions
    .map((o) => ({ col: o.col, roles: o.roles.filter((r) => allowed.includes(r)) }))
    .filter((o) => o.roles.length > 0);
  for (const pass of [1, 2]) {
    for (const o of options) {
      if (used.has(o.col)) continue;
      if (pass === 1 && o.roles.length > 1) continue;
      const role = o.roles.find((r) => !columns.has(r));
      if (role) {
        columns.set(role, o.col);
        used.add(o.col);
      }
    }
  }
  return columns;
}

const ALLOWED: Record<ListKind, ColumnRole[]> = {
  'milestone-list': ['goalId', 'text', 'date', 'report', 'responsible'],
  'status-log': ['goalId', 'checkDate', 'person', 'checkText', 'rating'],
  'partner-list': ['organization', 'contact', 'email', 'phone', 'goals'],
  overview: ['goalId', 'shortTitle', 'title', 'color', 'lead', 'lastCheck', 'rating'],
};

/**
 * Finds the header row of a list among the first rows and decides what the list is.
 * Returns null when the sheet holds no recognisable list.
 */
export function detectList(index: SheetIndex): { kind: ListKind; row: number; columns: Map<ColumnRole, number> } | null {
  let best: { kind: ListKind; row: number; columns: Map<ColumnRole, number>; score: number } | null = null;
  const rows = Math.min(25, index.rowNumbers.length);
  for (let i = 0; i < rows; i++) {
    const r = index.rowNumbers[i];
    const cells = index.rowAt(i);
    if (cells.length < 2) continue;
    // a header names at least two columns
    const options = headerOptions(cells);
    if (options.length < 2) continue;
    for (const spec of LIST_SPECS) {
      const columns = assign(options, spec.kind);
      if (columns.size < 2) continue;
      if (!spec.need.every((n) => columns.has(n))) continue;
      if (!spec.any.some((a) => columns.has(a))) continue;
      let score = 0;
      for (const role of columns.keys()) score += spec.votes[role] ?? 0.5;
      if (!best || score > best.score) best = { kind: spec.kind, row: r, columns, score };
    }
    if (best) break;
  }
  return best && { kind: best.kind, row: best.row, columns: best.columns };
}

/** Reads the rows under a detected header. Rows without any value in the list's columns are skipped. */
export function readList(index: SheetIndex, found: { kind: ListKind; row: number; columns: Map<ColumnRole, number> }): ListRead {
  const byCol = new Map<number, ColumnRole>();
  for (const [role, col] of found.columns) byCol.set(col, role);
  const rows: ListRow[] = [];
  const { rowNumbers, rowStart, cells: all, texts } = index;
  for (let i = index.position(found.row) + 1; i < rowNumbers.length; i++) {
    const r = rowNumbers[i];
    const cells: ListRow['cells'] = {};
    let any = false;
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const cell = all[k];
      const role = byCol.get(cell.col);
      if (role && (cell.type !== 'string' || texts[k])) {
        cells[role] = cell;
        any = true;
      }
    }
    if (any) rows.push({ row: r, cells });
  }
  const col = minOf(found.columns.values());
  return { kind: found.kind, sheet: index.name, header: { row: found.row, col, columns: found.columns }, rows };
}

// --- row readers ------------------------------------------------------------------------

export const text = (cell: GridCell | undefined): string => cellText(cell);
export const ref = (sheet: string, cell: GridCell | undefined, fallback: { row: number; col: number }): CellRef => ({
  sheet,
  cell: cellAddress(cell ?? fallback),
});

/** Goal ids of a row's id column. */
export function rowGoalIds(cell: GridCell | undefined): { ids: ParsedGoalId[]; rest: string[] } {
  return cell ? goalIdsFromCell(cell) : { ids: [], rest: [] };
}

/** A date cell of a list row. */
export function rowDate(cell: GridCell | undefined): DateValue | null {
  if (!cell) return null;
  if (cell.type === 'string') return dateFromCell(cellText(cell), null);
  if (cell.type === 'number' || cell.type === 'boolean') return dateFromCell(cell.value as number | boolean, cell.format);
  return dateFromCell(String(cell.value), null);
}

/** A milestone of a milestone list (goal ids are resolved by the caller). */
/** The columns of a milestone list, shared by its rows' milestones. */
export function milestoneColumns(list: ListRead): TableColumns {
  const col = (role: ColumnRole) => list.header.columns.get(role) ?? null;
  return {
    sheet: list.sheet,
    first: list.header.col,
    date: col('date'),
    text: col('text'),
    report: col('report'),
    responsible: col('responsible'),
    goal: col('goalId'),
  };
}

/** The milestone of a list row, or null when the row says nothing (no text, report or date). */
export function listMilestone(columns: TableColumns, row: ListRow, goalIds: string[]): Milestone | null {
  const c = row.cells;
  const t = text(c.text);
  let date = rowDate(c.date);
  if (!date && t) date = findDateInText(t);
  const report = text(c.report) || null;
  if (!t && !report && !date) return null;
  return new RowMilestone(columns, row.row, goalIds, date, t, report, text(c.responsible) || null);
}

/** Contact details of a partner row; e-mail and phone may also hide in the contact cell. */
export function partnerContact(row: ListRow): { contact: string | null; email: string | null; phone: string | null } {
  const contactText = text(row.cells.contact);
  const emailText = text(row.cells.email);
  const phoneText = text(row.cells.phone);
  return {
    contact: contactText ? replaceParenWith(contactText, '@').trim() || null : null,
    email: emailText ? (findEmail(emailText) ?? emailText) : contactText ? findEmailLike(contactText) : null,
    phone: phoneText ? phoneText : contactText ? findPhone(contactText) : null,
  };
}
