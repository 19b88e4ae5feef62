/**
 * One sheet as the layout readers see it: the row index of its cells (cleaned texts, rows by
 * position), its merged areas, and the claims — one flag per cell that a reader understood.
 * What no reader claimed is the sheet's unread content: coverage is claimed ÷ non-empty.
 */
import { cellAddress, type Grid, type GridCell, type MergeArea, SheetIndex } from '../grid';
import type { DateContext } from '../dates';
import { foldLabel } from '../text';
import { type FormField, labelReach, type LabelMatch, matchLabel } from './labels';

/** What a layout map says about a sheet's fields (extract/mapped.ts makes it). */
export interface ScanLayout {
  /** Label words of this sheet only, folded, with the field each announces. */
  words: Map<string, FormField>;
  /** Cells that hold a field's value themselves, by position in index.cells. */
  fixed: Map<number, FormField>;
}

export class SheetScan {
  readonly index: SheetIndex;
  readonly name: string;
  readonly grid: Grid;
  /** One flag per entry of index.cells: 1 when a reader understood the cell. */
  private readonly claims: Uint8Array;
  /** Merged areas by their first column, made when first asked for. */
  private mergesByCol: Map<number, MergeArea[]> | null = null;
  /** What a layout map says about this sheet's fields, if a map names it. */
  layout: ScanLayout | null = null;
  /** The period the sheet names ("Meilensteinplanung 2020/21"): it lends a year to dates written without one. */
  dates: DateContext | undefined = undefined;
  /** Inline labels by cell position, of the cells a label word can start (labelReach > 0), looked up once each. */
  private readonly labels = new Map<number, LabelMatch | null>();
  /** labelReach of each text cell, computed when first asked (-1: not yet): classify, the table finder and the form reader all ask. */
  private readonly reaches: Int32Array;

  constructor(grid: Grid) {
    this.grid = grid;
    this.name = grid.name;
    this.index = new SheetIndex(grid);
    this.claims = new Uint8Array(this.index.cells.length);
    this.reaches = new Int32Array(this.index.cells.length).fill(-1);
  }

  /** Claims the cell at position k of index.cells. */
  claimAt(k: number): void {
    this.claims[k] = 1;
  }

  /** Claims a cell of this sheet. */
  claim(cell: GridCell | undefined): void {
    if (!cell) return;
    const k = this.positionOf(cell);
    if (k >= 0) this.claims[k] = 1;
  }

  /** Claims every cell of the row at position i whose column is in [from, to]. */
  claimRow(i: number, from = 0, to = Number.MAX_SAFE_INTEGER): void {
    const { cells, rowStart } = this.index;
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      const c = cells[k].col;
      if (c >= from && c <= to) this.claims[k] = 1;
    }
  }

  /** Claims the cells of the row at position i that stand in one of the given columns. */
  claimColumns(i: number, columns: ReadonlySet<number>): void {
    const { cells, rowStart } = this.index;
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) if (columns.has(cells[k].col)) this.claims[k] = 1;
  }

  /** The form label a text cell starts with ("Ansprechperson: Frau Hagen"), or null; looked up once. */
  label(k: number): LabelMatch | null {
    if (this.layout) {
      const mapped = this.mappedLabel(k);
      if (mapped) return mapped;
    }
    // no label word starts most cells: they need no lookup, nor a place in the map
    if (this.index.cells[k].type !== 'string' || this.reach(k) === 0) return null;
    let m = this.labels.get(k);
    if (m === undefined) {
      m = matchLabel(this.index.texts[k], false, this.reach(k));
      this.labels.set(k, m);
    }
    return m;
  }

  /**
   * A label word the layout map taught for this sheet, filling the cell ("Vorhaben:") or
   * followed by ":" or "?" and its value ("Verantwortlich: Frau Hagen"); null otherwise.
   */
  mappedLabel(k: number): LabelMatch | null {
    const words = this.layout?.words;
    if (!words || words.size === 0 || this.index.cells[k].type !== 'string') return null;
    const text = this.index.texts[k];
    if (text.length > 400) return null;
    const whole = words.get(foldLabel(text));
    if (whole) return { field: whole, rest: '' };
    const sep = /[:?]/.exec(text);
    if (sep && sep.index <= 80) {
      const field = words.get(foldLabel(text.slice(0, sep.index)));
      if (field) return { field, rest: text.slice(sep.index + 1).trim() };
    }
    return null;
  }

  /** How long a label or header word starting like the text at position k can be (labels.ts labelReach); 0 for none. */
  reach(k: number): number {
    let r = this.reaches[k];
    if (r < 0) this.reaches[k] = r = labelReach(this.index.texts[k]);
    return r;
  }

  isClaimed(k: number): boolean {
    return this.claims[k] === 1;
  }

  /** The position of a cell in index.cells, or -1. */
  positionOf(cell: GridCell): number {
    const { cells, rowStart } = this.index;
    const i = this.index.indexOf(cell.row);
    if (i < 0) return -1;
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) if (cells[k] === cell || cells[k].col === cell.col) return k;
    return -1;
  }

  /** The merged area whose top-left cell is (row, col), or null. */
  mergeFrom(row: number, col: number): MergeArea | null {
    for (const m of this.mergesIn(col)) if (m.r1 === row && m.c1 === col) return m;
    return null;
  }

  /** The cell at (row, col), or, inside a merged area, the area's top-left cell (where Excel keeps its value). */
  valueAt(row: number, col: number): GridCell | undefined {
    const here = this.index.at(row, col);
    if (here) return here;
    const m = this.findMerge(col, (a) => a.r1 <= row && a.r2 >= row);
    return m ? this.index.at(m.r1, m.c1) : undefined;
  }

  /** True when (row, col) lies inside a merged area that starts in an earlier row (its value is above). */
  mergedWithAbove(row: number, col: number): boolean {
    return this.findMerge(col, (a) => a.r1 < row && a.r2 >= row) !== null;
  }

  private mergesIn(col: number): MergeArea[] {
    return this.byCol().get(col) ?? [];
  }

  /** The first merged area over a column for which `test` holds (few per column; a sheet of 50 000 merges is grouped once). */
  private findMerge(col: number, test: (m: MergeArea) => boolean): MergeArea | null {
    if (this.grid.merges.length === 0) return null;
    for (const [c1, list] of this.byCol()) {
      if (c1 > col) continue;
      for (const m of list) if (m.c2 >= col && test(m)) return m;
    }
    return null;
  }

  private byCol(): Map<number, MergeArea[]> {
    if (this.mergesByCol) return this.mergesByCol;
    const map = new Map<number, MergeArea[]>();
    for (const m of this.grid.merges) {
      const list = map.get(m.c1);
      if (list) list.push(m);
      else map.set(m.c1, [m]);
    }
    return (this.mergesByCol = map);
  }

  /** How much of the sheet was understood: non-empty cells, claimed ones, and the unread ones. */
  coverage(): Coverage {
    const { cells, texts } = this.index;
    let filled = 0;
    let claimed = 0;
    const unread: GridCell[] = [];
    for (let k = 0; k < cells.length; k++) {
      if (cells[k].type === 'string' && !texts[k]) continue;
      filled++;
      if (this.claims[k] === 1) claimed++;
      else unread.push(cells[k]);
    }
    return { filled, claimed, unread };
  }
}

export interface Coverage {
  /** Non-empty cells. */
  filled: number;
  claimed: number;
  unread: GridCell[];
}

/**
 * The period a sheet names in its name or its first row ("Planung 2020", "Meilensteine
 * 2020/21"): one year, or one school year (August to July). Nothing when it names none or
 * several.
 *
 * @example sheetPeriod('Planung 2020', '') → { period: { start: '2020-01-01', end: '2020-12-31' } }
 */
export function sheetPeriod(name: string, firstRow: string): DateContext | undefined {
  const found = new Set<string>();
  let school: [number, number] | null = null;
  for (const text of [name, firstRow]) {
    // every year it can name starts with 20
    if (!text.includes('20')) continue;
    for (const m of text.matchAll(/\b(20\d\d)\s?\/\s?(20\d\d|\d\d)\b/g)) {
      const a = Number(m[1]);
      const b = m[2].length === 2 ? 2000 + Number(m[2]) : Number(m[2]);
      if (b === a + 1) school = [a, b];
      found.add(`${a}/${b}`);
    }
    for (const m of text.replace(/\b20\d\d\s?\/\s?(?:20\d\d|\d\d)\b/g, ' ').matchAll(/\b(20\d\d)\b/g)) found.add(m[1]);
  }
  if (found.size !== 1) return undefined;
  if (school) return { period: { start: `${school[0]}-08-01`, end: `${school[1]}-07-31` } };
  const year = [...found][0];
  return /^\d{4}$/.test(year) ? { period: { start: `${year}-01-01`, end: `${year}-12-31` } } : undefined;
}

/** Coverage as a share (1 for a sheet without content). */
export function share(c: Coverage): number {
  return c.filled === 0 ? 1 : Math.round((c.claimed / c.filled) * 1000) / 1000;
}

/** A1 addresses of cells. */
export function addresses(cells: GridCell[], max = Infinity): string[] {
  const out: string[] = [];
  for (let i = 0; i < cells.length && i < max; i++) out.push(cellAddress(cells[i]));
  return out;
}
