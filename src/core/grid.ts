/**
 * The host-neutral picture of a workbook: one sparse `Grid` per sheet. Both hosts (Office.js
 * in src/excel, the package reader in src/xlsx) produce exactly this, with Office.js semantics: only the
 * top-left cell of a merged area holds a value, dates are Excel serial numbers with their
 * number format, error values are kept as their text ("#REF!").
 *
 * Grids are sparse (a list of non-empty cells), so a lone value at XFD1048576 costs one entry,
 * not 17 billion.
 */
import { sortCells } from './cellOrder';
import { toA1 } from './a1';
import { isDateFormat, serialToIso } from './dates/serial';

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

/**
 * `string`, `number`, `boolean`: plain values (dates are numbers with a date format).
 * `error`: an Excel error value; `value` is its text ("#REF!", "#N/A").
 * `unreadable`: the host could not give a value (formula without a cached result, an
 * unknown cell type); `value` says what was there (the formula text, if any).
 */
export type CellType = 'string' | 'number' | 'boolean' | 'error' | 'unreadable';

export interface GridCell {
  /** 0-based row. */
  row: number;
  /** 0-based column. */
  col: number;
  type: CellType;
  value: string | number | boolean;
  /** Number format, when it is not "General". */
  format?: string;
}

/** A merged area, 0-based inclusive corners. */
export interface MergeArea {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * An Excel Table (ListObject) on a sheet: its name and area, 0-based inclusive corners. When
 * `header` is true, the area's first row is the table's header row.
 */
export interface TableArea {
  name: string;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  header: boolean;
}

export interface Grid {
  name: string;
  visibility: Visibility;
  /** Non-empty cells, ordered by row, then column. */
  cells: GridCell[];
  merges: MergeArea[];
  /** The sheet's Excel Tables, when the host reads them (absent: unknown, not "none"). */
  tables?: TableArea[];
  /** Set when the host stopped reading early: it keeps at most `limit` cells per workbook. */
  truncated?: { keptCells: number; limit: number };
  /** Set when the file lists the sheet but its content is missing (a damaged file): no cells. */
  missing?: boolean;
  /**
   * A sheet that is not a worksheet (absent: a worksheet): a chart sheet, an Excel 5 dialog
   * sheet or an Excel 4 macro sheet. Such grids hold no cells; they are known kinds, not damage.
   */
  sheetKind?: 'chartsheet' | 'dialogsheet' | 'macrosheet';
}

export { sortCells };

/** The A1 address of a cell. */
export function cellAddress(cell: Pick<GridCell, 'row' | 'col'>): string {
  return toA1(cell.row, cell.col);
}

/** Normalises whitespace in cell text: NBSP and tabs to spaces, CRLF to LF, trims each line. */
export function cleanText(s: string): string {
  if (isClean(s)) return s;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t\u2007\u202f]/g, ' ')
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * True when text needs no cleaning: no control characters or special spaces, no double or
 * edge spaces. A loop over the characters (every cell's text passes here once).
 */
function isClean(s: string): boolean {
  const n = s.length;
  if (n === 0) return true;
  if (s.charCodeAt(0) === 32 || s.charCodeAt(n - 1) === 32) return false;
  let space = false;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (space) return false;
      space = true;
      continue;
    }
    space = false;
    if (c < 32 || c === 0xa0 || c === 0x2007 || c === 0x202f) return false;
  }
  return true;
}

/**
 * Row-indexed view of a grid for readers: the rows that hold cells (by position, so walking
 * them costs no lookups), the cells of a row in column order, and each cell's text, cleaned
 * once here so readers that look at a cell several times never clean it again.
 */
export class SheetIndex {
  readonly name: string;
  readonly grid: Grid;
  /** Row numbers that hold at least one cell, ascending. */
  readonly rowNumbers: Int32Array;
  /** All cells, row-major; the cells of rowNumbers[i] are cells[rowStart[i]] … cells[rowStart[i + 1] - 1]. */
  readonly cells: GridCell[];
  /** cellText of each entry of `cells`. */
  readonly texts: string[];
  /** Where each row's cells begin in `cells`, plus the end: rowNumbers.length + 1 entries. */
  readonly rowStart: Int32Array;

  constructor(grid: Grid) {
    this.grid = grid;
    this.name = grid.name;
    const cells = isSorted(grid.cells) ? grid.cells : sortCells([...grid.cells]);
    // rows counted first, so the row arrays are made once at their size
    let rows = 0;
    for (let k = 0; k < cells.length; k++) if (k === 0 || cells[k].row !== cells[k - 1].row) rows++;
    this.rowNumbers = new Int32Array(rows);
    this.rowStart = new Int32Array(rows + 1);
    const texts: string[] = new Array<string>(cells.length);
    let i = 0;
    for (let k = 0; k < cells.length; k++) {
      const c = cells[k];
      if (k === 0 || c.row !== cells[k - 1].row) {
        this.rowNumbers[i] = c.row;
        this.rowStart[i++] = k;
      }
      texts[k] = cellText(c);
    }
    this.rowStart[rows] = cells.length;
    this.cells = cells;
    this.texts = texts;
  }

  /** The cells of the row at position i of rowNumbers (a copy). */
  rowAt(i: number): GridCell[] {
    return this.cells.slice(this.rowStart[i], this.rowStart[i + 1]);
  }

  /** The position of row r in rowNumbers, or -1 when it holds no cells. */
  indexOf(r: number): number {
    const i = this.position(r);
    return i >= 0 && this.rowNumbers[i] === r ? i : -1;
  }

  /** The cells of row r (a copy; empty when the row holds none). */
  row(r: number): GridCell[] {
    const i = this.indexOf(r);
    return i < 0 ? [] : this.rowAt(i);
  }

  /** The cleaned text of a cell of this sheet (cellText, without cleaning it again). */
  text(cell: GridCell | undefined): string {
    if (!cell) return '';
    const i = this.indexOf(cell.row);
    if (i >= 0) for (let k = this.rowStart[i]; k < this.rowStart[i + 1]; k++) if (this.cells[k] === cell) return this.texts[k];
    return cellText(cell);
  }

  at(r: number, c: number): GridCell | undefined {
    const i = this.indexOf(r);
    if (i < 0) return undefined;
    // rows are short; a linear scan beats a map here
    for (let k = this.rowStart[i]; k < this.rowStart[i + 1]; k++) {
      const cell = this.cells[k];
      if (cell.col === c) return cell;
      if (cell.col > c) return undefined;
    }
    return undefined;
  }

  /** The next row number after r that holds cells, or -1. */
  nextRow(r: number): number {
    const i = this.position(r) + 1;
    return i < this.rowNumbers.length ? this.rowNumbers[i] : -1;
  }

  /**
   * The index in rowNumbers of the last row number ≤ r (-1 when there is none): for walking
   * rows by position instead of searching each next row.
   */
  position(r: number): number {
    const rows = this.rowNumbers;
    let lo = 0;
    let hi = rows.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rows[mid] <= r) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }
}

function isSorted(cells: GridCell[]): boolean {
  for (let i = 1; i < cells.length; i++) {
    const a = cells[i - 1];
    const b = cells[i];
    if (a.row > b.row || (a.row === b.row && a.col >= b.col)) return false;
  }
  return true;
}

/**
 * A cell as text: strings cleaned, numbers as written (date cells as dd.mm.yyyy), booleans
 * as WAHR/FALSCH, error values as their code.
 */
export function cellText(cell: GridCell | undefined): string {
  if (!cell) return '';
  switch (cell.type) {
    case 'string':
      return cleanText(cell.value as string);
    case 'number': {
      const n = cell.value as number;
      if (isDateFormat(cell.format)) {
        const iso = serialToIso(n);
        if (iso) return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
      }
      return String(n);
    }
    case 'boolean':
      return cell.value ? 'WAHR' : 'FALSCH';
    default:
      return String(cell.value);
  }
}
