/**
 * Tables on a sheet: header rows (found by classify) or Excel Tables (ListObjects), what
 * each table is — a goal's milestone table, a milestone list with a goal column, a goal
 * overview or master sheet (a row per goal, perhaps with milestone column groups), a
 * status-check log (a row per check, or a column per round), a partner list — which column
 * plays which role, and which rows are its body.
 */
import type { DateValue } from '../model';
import type { TableArea } from '../grid';
import { goalIdsFromCell } from '../goalId';
import { type ColumnRole, columnRoles } from './labels';
import { dateInHeader } from '../dates';
import { GROUP_ROLES, type HeaderCell, type HeaderRow, numberedRoles, roundOf, type SheetStructure } from './classify';
import type { SheetScan } from './sheet';

export type TableKind = 'milestones' | 'checks' | 'milestone-list' | 'status-log' | 'status-rounds' | 'overview' | 'partner-list';

/** Table kinds without a goal column: they belong to the goal block they stand in. */
export const BLOCK_TABLES: readonly TableKind[] = ['milestones', 'checks'];

export interface TableRegion {
  kind: TableKind;
  /** Header row: its position in index.rowNumbers, and its row. */
  headerPos: number;
  headerRow: number;
  /** Column of each single role. */
  columns: Map<ColumnRole, number>;
  /** Milestone column groups of a master sheet ("Meilenstein 1 | Termin 1 | Stand 1 | …"). */
  groups: { n: number; columns: Map<ColumnRole, number> }[];
  /** Columns per status round ("Nachfrage Mai 2020"). */
  rounds: { col: number; date: DateValue }[];
  /** First and last column the table uses. */
  first: number;
  last: number;
  /** Body rows: positions [first, end) in index.rowNumbers. */
  body: { first: number; end: number };
  /** The last row of the table (its header row when the body is empty). */
  lastRow: number;
  /** The Excel Table's name, when the table is one. */
  listObject: string | null;
  /** Header cells read (positions in index.cells). */
  headerCells: number[];
}

interface Spec {
  kind: TableKind;
  need: ColumnRole[];
  any: ColumnRole[];
  votes: Partial<Record<ColumnRole, number>>;
}

/** What each table kind needs (all of `need`, one of `any`), and how strongly a role votes for it. */
const SPECS: Spec[] = [
  {
    kind: 'milestone-list',
    need: ['goalId', 'text'],
    any: ['date', 'report', 'responsible', 'state'],
    votes: { text: 3, date: 2, report: 1, responsible: 1, state: 1 },
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
    any: ['shortTitle', 'title', 'color', 'lead', 'participants', 'interimGoal'],
    votes: { shortTitle: 2, title: 2, color: 3, lead: 3, lastCheck: 1, rating: 1, participants: 1, interimGoal: 1, notes: 0.5 },
  },
  {
    kind: 'milestones',
    need: ['text'],
    any: ['date', 'report', 'state'],
    votes: { text: 3, date: 2, report: 1, responsible: 1, state: 1 },
  },
  {
    kind: 'checks',
    need: ['checkDate'],
    any: ['person', 'checkText'],
    votes: { checkDate: 2, person: 3, checkText: 1, rating: 1 },
  },
];

const ALLOWED: Record<TableKind, ColumnRole[]> = {
  'milestone-list': ['goalId', 'text', 'date', 'report', 'responsible', 'state'],
  'status-log': ['goalId', 'checkDate', 'person', 'checkText', 'rating'],
  'status-rounds': ['goalId', 'shortTitle', 'title', 'lead', 'color', 'rating'],
  'partner-list': ['organization', 'contact', 'email', 'phone', 'goals'],
  overview: ['goalId', 'shortTitle', 'title', 'color', 'lead', 'lastCheck', 'rating', 'participants', 'interimGoal', 'notes'],
  milestones: ['date', 'text', 'report', 'responsible', 'state'],
  checks: ['checkDate', 'person', 'checkText', 'rating'],
};

/** Assigns roles to header cells for one table kind: each column one role, each role one column. */
function assign(cells: HeaderCell[], allowed: readonly ColumnRole[]): Map<ColumnRole, number> {
  const columns = new Map<ColumnRole, number>();
  const used = new Set<number>();
  // two passes: cells with a single possible role first, so ambiguous ones ("Ziel") fill the rest
  const options: { col: number; roles: ColumnRole[] }[] = [];
  for (const c of cells) {
    if (c.group !== undefined || c.round) continue;
    const roles = c.roles.filter((r) => allowed.includes(r));
    if (roles.length) options.push({ col: c.col, roles });
  }
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

/** Milestone groups of a header ("Meilenstein 1 | Termin 1 | Stand 1 | Meilenstein 2 | …"): those with a text column. */
function groupsOf(cells: HeaderCell[]): TableRegion['groups'] {
  const byN = new Map<number, HeaderCell[]>();
  for (const c of cells) {
    if (c.group === undefined) continue;
    const list = byN.get(c.group);
    if (list) list.push(c);
    else byN.set(c.group, [c]);
  }
  const out: TableRegion['groups'] = [];
  for (const [n, list] of [...byN].sort((a, b) => a[0] - b[0])) {
    const columns = assign(
      list.map((c) => ({ ...c, group: undefined })),
      GROUP_ROLES,
    );
    if (columns.has('text')) out.push({ n, columns });
  }
  return out;
}

interface Reading {
  kind: TableKind;
  columns: Map<ColumnRole, number>;
  groups: TableRegion['groups'];
  rounds: TableRegion['rounds'];
  score: number;
}

/** The best reading of a header row, or null when it names no table. `without` leaves roles out. */
function readHeader(cells: HeaderCell[], without: ReadonlySet<ColumnRole> = new Set()): Reading | null {
  const usable = without.size ? cells.map((c) => ({ ...c, roles: c.roles.filter((r) => !without.has(r)) })) : cells;
  const groups = without.has('goalId') ? [] : groupsOf(usable);
  const rounds: TableRegion['rounds'] = [];
  for (const c of usable) if (c.round) rounds.push({ col: c.col, date: c.round });
  // a kind whose needed roles no cell of the header can play is not tried
  const offered = new Set<ColumnRole>();
  for (const c of usable) if (c.group === undefined && !c.round) for (const r of c.roles) offered.add(r);
  let best: Reading | null = null;
  for (const spec of SPECS) {
    if (!spec.need.every((n) => offered.has(n))) continue;
    const columns = assign(usable, ALLOWED[spec.kind]);
    const named = columns.size + (spec.kind === 'overview' ? groups.length : 0);
    if (named < 2) continue;
    if (!spec.need.every((n) => columns.has(n))) continue;
    // a master sheet's milestone groups count for an overview
    if (!spec.any.some((a) => columns.has(a)) && !(spec.kind === 'overview' && groups.length)) continue;
    let score = 0;
    for (const role of columns.keys()) score += spec.votes[role] ?? 0.5;
    if (spec.kind === 'overview') score += groups.length * 3;
    if (!best || score > best.score) best = { kind: spec.kind, columns, groups: spec.kind === 'overview' ? groups : [], rounds: [], score };
  }
  if (rounds.length && !without.has('goalId')) {
    const columns = assign(usable, ALLOWED['status-rounds']);
    const score = rounds.length * 3 + columns.size;
    if (columns.has('goalId') && (!best || best.kind === 'overview' || score > best.score)) {
      best = { kind: 'status-rounds', columns, groups: [], rounds, score };
    }
  }
  return best;
}

function isListKind(kind: TableKind): boolean {
  return !BLOCK_TABLES.includes(kind);
}

/**
 * Finds the sheet's tables. Header rows are taken in order; a header-like row inside a list's
 * body is a header only when it reads as a table of its own.
 */
export function findTables(scan: SheetScan, structure: SheetStructure): TableRegion[] {
  const { rowNumbers } = scan.index;
  const tables: TableRegion[] = [];
  // Excel Tables first: their extent is known exactly
  const objects = listObjects(scan);
  const taken = new Uint8Array(rowNumbers.length);
  for (const t of objects) {
    tables.push(t);
    for (let i = t.headerPos; i < t.body.end; i++) taken[i] = 1;
  }
  const readings: { header: HeaderRow; reading: Reading }[] = [];
  for (const header of structure.headers) {
    if (taken[header.pos]) continue;
    const reading = readHeader(header.cells);
    if (reading) readings.push({ header, reading });
  }
  // rows that end a form table's body: headings, labels and the accepted header rows
  const stops = new Uint8Array(structure.labelRows);
  for (const { header } of readings) stops[header.pos] = 1;
  for (const t of objects) stops[t.headerPos] = 1;

  for (let n = 0; n < readings.length; n++) {
    const { header, reading } = readings[n];
    let r = reading;
    let body = bodyOf(scan, structure, stops, header.pos, r, readings[n + 1]?.header.pos ?? rowNumbers.length, taken);
    // a goal column that holds no goal ids is not one ("Ziel" over goal texts): read again without it
    if (r.columns.has('goalId') && !holdsGoalIds(scan, body, r.columns.get('goalId')!)) {
      const again = readHeader(header.cells, new Set<ColumnRole>(['goalId']));
      if (!again) continue;
      r = again;
      body = bodyOf(scan, structure, stops, header.pos, r, readings[n + 1]?.header.pos ?? rowNumbers.length, taken);
    }
    tables.push(region(scan, header, r, body, null));
  }
  tables.sort((a, b) => a.headerPos - b.headerPos);
  return tables;
}

function region(scan: SheetScan, header: HeaderRow, r: Reading, body: TableRegion['body'], listObject: string | null): TableRegion {
  const cols: number[] = [...r.columns.values(), ...r.rounds.map((x) => x.col)];
  for (const g of r.groups) cols.push(...g.columns.values());
  const used = new Set(cols);
  return {
    kind: r.kind,
    headerPos: header.pos,
    headerRow: header.row,
    columns: r.columns,
    groups: r.groups,
    rounds: r.rounds,
    first: Math.min(...cols),
    last: Math.max(...cols),
    body,
    lastRow: body.end > body.first ? scan.index.rowNumbers[body.end - 1] : header.row,
    listObject,
    headerCells: header.cells.filter((c) => used.has(c.col)).map((c) => c.k),
  };
}

/**
 * The body of a table. A list (a goal column) runs until the next table or goal heading;
 * a goal's own table until a label, a heading, another table, two blank rows, or a row that
 * starts left of it with a label.
 */
function bodyOf(
  scan: SheetScan,
  structure: SheetStructure,
  stops: Uint8Array,
  headerPos: number,
  r: Reading,
  nextHeader: number,
  taken: Uint8Array,
): TableRegion['body'] {
  const { rowNumbers, rowStart, cells } = scan.index;
  const first = headerPos + 1;
  let i = first;
  if (isListKind(r.kind)) {
    for (; i < nextHeader && i < rowNumbers.length; i++) if (taken[i] || structure.headingRows[i]) break;
    return { first, end: i };
  }
  let col = Infinity;
  for (const c of r.columns.values()) col = Math.min(col, c);
  let prev = rowNumbers[headerPos];
  for (; i < rowNumbers.length; i++) {
    const row = rowNumbers[i];
    if (row - prev > 2 || stops[i] || taken[i]) break;
    if (cells[rowStart[i + 1] - 1].col < col) break;
    if (startsWithLabel(scan, i, col)) break;
    prev = row;
  }
  return { first, end: i };
}

/** True when a row holds an inline label at or left of column `col` (a goal table's body ends there). */
function startsWithLabel(scan: SheetScan, i: number, col: number): boolean {
  const { cells, rowStart } = scan.index;
  for (let k = rowStart[i]; k < rowStart[i + 1] && cells[k].col <= col; k++) {
    if (cells[k].type === 'string' && scan.label(k)) return true;
  }
  return false;
}

/**
 * False when a goal column plainly holds something else: most of its first values are no
 * goal ids but running numbers (1, 2, 3) or texts (goal texts under "Ziel"). A few odd ids
 * are the user's to fix, and reported as such.
 */
function holdsGoalIds(scan: SheetScan, body: TableRegion['body'], col: number): boolean {
  let seen = 0;
  let ids = 0;
  let other = 0;
  for (let i = body.first; i < body.end && seen < 25; i++) {
    const cell = scan.index.at(scan.index.rowNumbers[i], col);
    if (!cell || (cell.type === 'string' && !scan.index.text(cell))) continue;
    seen++;
    if (goalIdsFromCell(cell).ids.length) ids++;
    else if ((cell.type === 'number' && Number.isInteger(cell.value) && !cell.format) || scan.index.text(cell).length > 20) other++;
  }
  return seen < 2 || ids * 2 >= seen || other * 2 < seen;
}

/** The sheet's Excel Tables as table regions, read by their header row. */
function listObjects(scan: SheetScan): TableRegion[] {
  const out: TableRegion[] = [];
  for (const t of scan.grid.tables ?? []) {
    if (!t.header) continue;
    const header = listObjectHeader(scan, t);
    if (!header) continue;
    const r = readHeader(header.cells);
    if (!r) continue;
    const first = header.pos + 1;
    let end = first;
    while (end < scan.index.rowNumbers.length && scan.index.rowNumbers[end] <= t.r2) end++;
    out.push(region(scan, header, r, { first, end }, t.name));
  }
  return out;
}

function listObjectHeader(scan: SheetScan, t: TableArea): HeaderRow | null {
  const pos = scan.index.indexOf(t.r1);
  if (pos < 0) return null;
  const { rowStart, cells, texts } = scan.index;
  const out: HeaderCell[] = [];
  for (let k = rowStart[pos]; k < rowStart[pos + 1]; k++) {
    const cell = cells[k];
    if (cell.col < t.c1 || cell.col > t.c2 || cell.type !== 'string') continue;
    const text = texts[k];
    const roles = columnRoles(text);
    if (roles.length) out.push({ k, col: cell.col, roles });
    else {
      const numbered = numberedRoles(text);
      if (numbered) out.push({ k, col: cell.col, roles: numbered.roles, group: numbered.n });
      else {
        const round = roundOf(text);
        if (round) out.push({ k, col: cell.col, roles: [], round });
      }
    }
  }
  return out.length ? { pos, row: t.r1, cells: out } : null;
}

/** The table kinds a layout map's sheet kind admits (its own header row read as one of them). */
export const MAPPED_KINDS: Readonly<Record<string, readonly TableKind[]>> = {
  'goal-sheet': ['milestones', 'checks'],
  'goal-blocks': ['milestones', 'checks'],
  'milestone-list': ['milestone-list'],
  overview: ['overview', 'status-rounds'],
  'status-log': ['status-log', 'status-rounds'],
  'partner-list': ['partner-list'],
};

/**
 * A table whose header row and column roles a layout map gives (`columns`: column index →
 * role, "text 2" for a master sheet's second milestone group, "round" for a status round,
 * "ignore"). Its kind follows from the sheet's kind and the roles; its body runs as a
 * detected table's would. Null when the row holds nothing or no role is usable.
 */
export function mappedTable(
  scan: SheetScan,
  structure: SheetStructure,
  sheetKind: string,
  headerRow: number,
  columns: ReadonlyMap<number, string>,
): TableRegion | null {
  const pos = scan.index.indexOf(headerRow);
  if (pos < 0) return null;
  const single = new Map<ColumnRole, number>();
  const groupCols = new Map<number, Map<ColumnRole, number>>();
  const rounds: TableRegion['rounds'] = [];
  const cells: HeaderCell[] = [];
  for (const [col, spec] of columns) {
    const [role, n] = spec.split(' ') as [string, string | undefined];
    const k = headerPosition(scan, pos, col);
    if (role === 'ignore') continue;
    if (role === 'round') {
      const text = k >= 0 ? scan.index.texts[k] : '';
      const date = roundOf(text) ?? dateInHeader(text);
      if (date) rounds.push({ col, date });
    } else if (n) {
      const g = groupCols.get(Number(n)) ?? new Map<ColumnRole, number>();
      g.set(role as ColumnRole, col);
      groupCols.set(Number(n), g);
    } else single.set(role as ColumnRole, col);
    if (k >= 0) cells.push({ k, col, roles: [] });
  }
  const groups = [...groupCols].sort((a, b) => a[0] - b[0]).map(([n, cols]) => ({ n, columns: cols }));
  const kind = mappedKind(sheetKind, single, rounds.length > 0);
  if (!kind || (single.size === 0 && groups.length === 0 && rounds.length === 0)) return null;
  const r: Reading = {
    kind,
    columns: single,
    groups: kind === 'overview' ? groups : [],
    rounds: kind === 'status-rounds' ? rounds : [],
    score: 0,
  };
  const stops = new Uint8Array(structure.labelRows);
  const body = bodyOf(scan, structure, stops, pos, r, scan.index.rowNumbers.length, new Uint8Array(scan.index.rowNumbers.length));
  return region(scan, { pos, row: headerRow, cells }, r, body, null);
}

/** The kind of a mapped table: what the sheet's kind admits, told apart by the roles it has. */
function mappedKind(sheetKind: string, columns: Map<ColumnRole, number>, hasRounds: boolean): TableKind | null {
  const admitted = MAPPED_KINDS[sheetKind];
  if (!admitted) return null;
  if (admitted.includes('status-rounds') && hasRounds) return 'status-rounds';
  if (admitted.includes('checks') && columns.has('checkDate') && !columns.has('text')) return 'checks';
  return admitted[0];
}

/** The position in index.cells of the header cell in column `col` of the row at `pos`, or -1. */
function headerPosition(scan: SheetScan, pos: number, col: number): number {
  const { rowStart, cells } = scan.index;
  for (let k = rowStart[pos]; k < rowStart[pos + 1]; k++) if (cells[k].col === col) return k;
  return -1;
}
