/**
 * Reading a sheet as a layout map says (layout/): the map's label words and field cells for
 * this sheet, and its header row with each column's role in place of the detected tables. A
 * map that no longer fits — its header row moved or gone — is said as a reading problem and
 * the sheet is read as well as the built-in readers can; a map never changes a user's cells.
 */
import { columnIndex, fromA1 } from '../a1';
import { cellAddress, cellText } from '../grid';
import { parseGoalId, type ParsedGoalId } from '../goalId';
import type { ReadProblem } from '../model';
import { foldLabel } from '../text';
import { fingerprintOf, rowWithTexts } from '../layout/match';
import type { SheetMap } from '../layout/schema';
import type { SheetStructure } from './classify';
import type { FormField } from './labels';
import type { ScanLayout, SheetScan } from './sheet';
import { MAPPED_KINDS, mappedTable, type TableRegion } from './tables';

/** The form fields a map can place, by the map's names for them. */
const FIELDS: Readonly<Record<string, FormField>> = {
  id: 'goalId',
  title: 'title',
  lead: 'lead',
  participants: 'participants',
  interimGoal: 'interimGoal',
};

/** Sheet kinds whose sheets are read as goal forms. */
export const FORM_KINDS: readonly string[] = ['goal-sheet', 'goal-blocks'];

/** The map's label words and field cells for one sheet, as the scan looks them up. */
export function scanLayout(scan: SheetScan, entry: SheetMap): ScanLayout {
  const words = new Map<string, FormField>();
  const fixed = new Map<number, FormField>();
  for (const [name, place] of Object.entries(entry.fields ?? {})) {
    const field = FIELDS[name];
    if (!field || place === undefined) continue;
    if (typeof place === 'string') {
      const at = fromA1(place);
      const cell = at ? scan.index.at(at.row, at.col) : undefined;
      const k = cell ? scan.positionOf(cell) : -1;
      if (k >= 0) fixed.set(k, field);
    } else for (const w of place) words.set(foldLabel(w), field);
  }
  return { words, fixed };
}

/** The goal the map says the sheet belongs to, where it names none. */
export function mappedGoal(entry: SheetMap): ParsedGoalId | null {
  return entry.goal ? parseGoalId(entry.goal) : null;
}

/**
 * The tables to read on a mapped sheet: the detected ones its kind admits, and the map's own
 * header row in place of any detected table it overlaps.
 */
export function mappedTables(
  scan: SheetScan,
  structure: SheetStructure,
  detected: TableRegion[],
  entry: SheetMap,
  problems: ReadProblem[],
): TableRegion[] {
  const admitted = MAPPED_KINDS[entry.kind] ?? [];
  let tables = detected.filter((t) => admitted.includes(t.kind));
  if (!entry.header) return tables;
  let row = entry.header.row - 1;
  const fp = entry.fingerprint;
  if (fp && fp.length && !same(fingerprintOf(scan.grid, row + 1), fp)) {
    const moved = rowWithTexts(scan.grid, fp);
    if (moved === null) {
      problems.push(problem('layout-header-missing', scan.name, `A${row + 1}`, String(row + 1)));
      return tables;
    }
    problems.push(problem('layout-header-moved', scan.name, `A${moved}`, `${row + 1} → ${moved}`));
    row = moved - 1;
  }
  const columns = new Map<number, string>();
  for (const [letters, role] of Object.entries(entry.header.columns)) {
    const col = columnIndex(letters);
    if (col >= 0) columns.set(col, role);
  }
  // several goals on a sheet: each block's table has the same header row as the one mapped
  const texts = fingerprintOf(scan.grid, row + 1);
  const rows = entry.kind === 'goal-blocks' && texts.length ? rowsWithTexts(scan, texts) : [row];
  const mapped: TableRegion[] = [];
  for (const r of rows.includes(row) ? rows : [row, ...rows]) {
    const t = mappedTable(scan, structure, entry.kind, r, columns);
    if (t) mapped.push(t);
  }
  if (mapped.length === 0) {
    problems.push(problem('layout-header-missing', scan.name, `A${row + 1}`, String(row + 1)));
    return tables;
  }
  tables = tables.filter((x) => mapped.every((t) => x.lastRow < t.headerRow || x.headerRow > t.lastRow));
  tables.push(...mapped);
  tables.sort((a, b) => a.headerPos - b.headerPos);
  // columns the user said to leave alone are understood: they do not count as unread
  const ignored = new Set<number>();
  for (const [col, role] of columns) if (role === 'ignore') ignored.add(col);
  if (ignored.size) for (const t of mapped) for (let i = t.headerPos; i < t.body.end; i++) scan.claimColumns(i, ignored);
  return tables;
}

/** A mapped sheet from which nothing was read: the map does not fit it (any more). */
export function nothingRead(scan: SheetScan, entry: SheetMap, at: TableRegion | null): ReadProblem {
  const cell = at ? cellAddress({ row: at.headerRow, col: at.first }) : 'A1';
  return problem('layout-nothing-read', scan.name, cell, entry.kind);
}

/** The rows (0-based) whose texts are exactly `texts`. */
function rowsWithTexts(scan: SheetScan, texts: string[]): number[] {
  const out: number[] = [];
  const { rowNumbers, rowStart, cells } = scan.index;
  for (let i = 0; i < rowNumbers.length; i++) {
    const row: string[] = [];
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const text = cellText(cells[k]);
      if (text) row.push(text);
    }
    if (same(row, texts)) out.push(rowNumbers[i]);
  }
  return out;
}

function same(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function problem(kind: ReadProblem['kind'], sheet: string, cell: string, value: string): ReadProblem {
  return { kind, sheet, cell, value, assumed: null, goal: null };
}
