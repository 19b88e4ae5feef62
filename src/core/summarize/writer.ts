/** A small helper to fill a PlannedSheet row by row (0-based rows and columns). */
import { columnLetters, parseRange, rangeA1, toA1 } from '../a1';
import { type Lang, t } from '../i18n';
import '../i18n/summary';
import type { IsoDate } from '../model';
import { blankSheet, type CellFormat, type PlannedSheet, type PlanValue, type SheetKey } from './plan';
import { RowSweep } from './sweep';

/** Colours shared by every generated sheet (Office palette; text/fill pairs meet WCAG AA). */
export const COLORS = {
  title: '#1F3864',
  muted: '#595959',
  headerFill: '#D9E1F2',
  bandFill: '#F2F2F2',
  goodFill: '#C6EFCE',
  good: '#006100',
  badFill: '#FFC7CE',
  bad: '#9C0006',
  warnFill: '#FFEB9C',
  warn: '#7A4400',
  planFill: '#DDEBF7',
  plan: '#1F4E79',
  ongoingFill: '#E7E6E6',
  ongoing: '#3A3A3A',
} as const;

export const DATE_FORMAT: Record<Lang, string> = { de: 'DD.MM.YYYY', en: 'YYYY-MM-DD' };

/** A format without its range (SheetWriter.format gives the range by number). */
export type Format = Omit<CellFormat, 'range'>;

export function germanOrIso(date: IsoDate, lang: Lang): string {
  return lang === 'de' ? `${date.slice(8, 10)}.${date.slice(5, 7)}.${date.slice(0, 4)}` : date;
}

export class SheetWriter {
  readonly sheet: PlannedSheet;
  readonly lang: Lang;

  constructor(key: SheetKey, lang: Lang) {
    this.sheet = blankSheet(key, key);
    this.lang = lang;
  }

  /** Number of rows written so far (the next free row). */
  get rows(): number {
    return this.sheet.values.length;
  }

  set(row: number, col: number, value: PlanValue): void {
    // an empty text is an empty cell
    if (value === '') value = null;
    const values = this.sheet.values;
    while (values.length <= row) values.push([]);
    const r = values[row];
    while (r.length < col) r.push(null);
    r[col] = value;
  }

  /** Writes a row of values starting at `col`; returns the row index. */
  row(row: number, values: PlanValue[], col = 0): number {
    for (let i = 0; i < values.length; i++) this.set(row, col + i, values[i]);
    return row;
  }

  /** Formats by number until finish() (ranges are written as text once, after coalescing). */
  private readonly boxes: Box[] = [];

  /**
   * Formats a range. A sheet that formats row after row alike passes one shared format object:
   * the rows are then joined into blocks by identity, without comparing what they say.
   */
  format(r1: number, c1: number, r2: number, c2: number, f: Format): void {
    this.boxes.push({ r1, c1, r2, c2, f });
  }

  widths(widths: number[]): void {
    this.sheet.columns = widths.map((width) => ({ width }));
  }

  /** Title in A1 and Zielwerk's marker line in A2 (extraction skips the sheet by it). */
  header(title: string, today: IsoDate, lastCol: number, markerKey = 'summary.marker'): void {
    this.set(0, 0, title);
    this.set(1, 0, t(this.lang, markerKey, { date: germanOrIso(today, this.lang) }));
    this.format(0, 0, 0, lastCol, { bold: true, size: 14, color: COLORS.title });
    this.format(1, 0, 1, lastCol, { italic: true, size: 10, color: COLORS.muted });
  }

  /** A header row of column titles, bold on the header fill with a line below. */
  columnHeader(row: number, titles: string[], col = 0): void {
    this.row(row, titles, col);
    this.format(row, col, row, col + titles.length - 1, {
      bold: true,
      fill: COLORS.headerFill,
      border: 'bottom',
      wrap: true,
      vertical: 'middle',
    });
  }

  /**
   * Print setup: A4 landscape, repeated header rows, "Stand: …" in the footer, and a scale
   * (chosen in finish(), when the widths are known) that keeps every text at 8 pt or more.
   * `repeatColumns` (how many of the first columns) repeat on pages across when the sheet
   * is wider than a page at that scale.
   */
  print(today: IsoDate, repeatRow: number | null, title: string, repeatColumns = 1): void {
    this.repeatColumns = repeatColumns;
    this.sheet.print = {
      landscape: true,
      scale: 100,
      pagesAcross: 1,
      margins: { ...PRINT_MARGINS },
      ...(repeatRow === null ? {} : { repeatRows: `${repeatRow + 1}:${repeatRow + 1}` }),
      header: title,
      footer: t(this.lang, 'summary.footer', { date: germanOrIso(today, this.lang) }),
    };
  }

  private repeatColumns = 1;

  /** The last column index used in any row. */
  get lastCol(): number {
    let last = 0;
    for (const r of this.sheet.values) if (r.length - 1 > last) last = r.length - 1;
    return last;
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /**
   * Pads every row to the same width (hosts write one rectangle), lets text that would run
   * past its column wrap (top-aligned, below the title lines), sizes rows with wrapped text
   * and chooses the print scale.
   */
  finish(): PlannedSheet {
    padRows(this.sheet.values, this.lastCol + 1);
    this.wrapOverflowing();
    this.sheet.rowHeights = rowHeights(this.sheet, this.boxes);
    this.sheet.formats = coalesceBoxes(this.boxes);
    if (this.sheet.print) Object.assign(this.sheet.print, printFit(this.sheet, this.boxes, this.repeatColumns));
    return this.sheet;
  }

  /**
   * Text of a table row (a row of several cells, below the title lines) that is wider than
   * its column wraps, top-aligned: nothing is clipped or runs into the next column. The
   * column wraps over the whole run of table rows (one format, not one per cell); a note on
   * a row of its own may run across.
   */
  private wrapOverflowing(): void {
    const values = this.sheet.values;
    const tableRow = values.map((cells, row) => row >= TITLE_ROWS && cells.filter((v) => v !== null && v !== '').length > 1);
    const width = this.lastCol + 1;
    for (let col = 0; col < width; col++) {
      const room = (this.sheet.columns[col]?.width ?? 9) * CHARS_PER_UNIT;
      const overflows = values.some((cells, row) => {
        if (!tableRow[row]) return false;
        const v = cells[col];
        const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'text' in v ? v.text : null;
        return !!text && (text.length > room || text.includes('\n'));
      });
      if (!overflows) continue;
      for (let row = 0; row < values.length; row++) {
        if (!tableRow[row]) continue;
        const start = row;
        while (row + 1 < values.length && tableRow[row + 1]) row++;
        this.boxes.push({ r1: start, c1: col, r2: row, c2: col, f: { wrap: true, vertical: 'top' } });
      }
    }
  }
}

/**
 * Pads every row with empty cells to `width`. A small function of its own: the engine
 * optimises a long-running loop together with the function around it, and compiling a large
 * function for one loop cost more than the loop.
 */
function padRows(values: PlanValue[][], width: number): void {
  for (const r of values) for (let c = r.length; c < width; c++) r.push(null);
}

/**
 * Joins formats that say the same about vertically adjacent ranges of the same columns
 * (one format per row of a long list becomes one format for the block): fewer commands for
 * the hosts, same result. The order of different formats is kept.
 */
export function coalesce(formats: CellFormat[]): CellFormat[] {
  const boxes: Box[] = [];
  const unreadable: CellFormat[] = [];
  for (const { range, ...f } of formats) {
    const r = parseRange(range);
    if (r) boxes.push({ ...r, f });
    else unreadable.push({ range, ...f });
  }
  return [...coalesceBoxes(boxes), ...unreadable];
}

/** coalesce over formats given by number; ranges are written as text only for what remains. */
function coalesceBoxes(boxes: Box[]): CellFormat[] {
  const out: Box[] = [];
  const open = new Map<string, Box>();
  // sheets pass the same format object for many rows: its key is made once
  const keys = new Map<object, string>();
  for (const b of boxes) {
    let id = keys.get(b.f);
    if (id === undefined) keys.set(b.f, (id = formatKey(b.f)));
    const prev = open.get(id);
    if (prev && prev.c1 === b.c1 && prev.c2 === b.c2 && b.r1 === prev.r2 + 1) {
      prev.r2 = b.r2;
      continue;
    }
    const copy = { ...b };
    out.push(copy);
    open.set(id, copy);
  }
  return out.map((b) => ({ range: rangeA1(b.r1, b.c1, b.r2, b.c2), ...b.f }));
}

/** A format over a range given by number (0-based, inclusive corners). */
export interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  f: Format;
}

/** Every property of a format but its range: formatKey must name each (the compiler checks). */
type FormatProps = keyof Omit<CellFormat, 'range'>;
type Named = 'numberFormat' | 'bold' | 'italic' | 'size' | 'color' | 'fill' | 'wrap' | 'horizontal' | 'vertical' | 'border';
const ALL_NAMED: [Exclude<FormatProps, Named>] extends [never] ? true : false = true;
void ALL_NAMED;

/** What a format says, apart from its range, as one string (cheaper than JSON.stringify). */
function formatKey(f: Format): string {
  return `${f.numberFormat}|${f.bold}|${f.italic}|${f.size}|${f.color}|${f.fill}|${f.wrap}|${f.horizontal}|${f.vertical}|${f.border}`;
}

/** Average characters per unit of column width (a unit is the width of "0" at 11 pt). */
const CHARS_PER_UNIT = 1.05;

/** The title, marker and note lines at the top of every generated sheet: they may run across. */
const TITLE_ROWS = 3;

/** No text of a generated sheet prints smaller than this (points). */
export const MIN_PRINT_PT = 8;

/** Margins of every printed generated sheet (inches): narrow, so more fits at a readable size. */
export const PRINT_MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.25, footer: 0.25 };

/** A4 in points. */
const A4 = { long: 842, short: 595 };

/**
 * Points a column of `width` units takes on paper at 100 %, in whichever host prints it wider:
 * Excel gives a unit 7 px (5.25 pt) plus 5 px of padding, LibreOffice 7 pt.
 */
export function columnPoints(width: number): number {
  return Math.max((Math.trunc(width * 7 + 0.5) + 5) * 0.75, width * 7);
}

/**
 * The print scale of a sheet: the largest that fits one page wide, capped at 100 %, unless
 * that would print its smallest text below MIN_PRINT_PT; then the scale that keeps
 * MIN_PRINT_PT, on as many pages across as it takes, with the first `repeat` columns on each.
 */
export function printFit(
  sheet: PlannedSheet,
  boxes: Box[],
  repeat: number,
): { scale: number; pagesAcross: number; repeatColumns?: string } {
  const print = sheet.print!;
  const paper = (print.landscape ? A4.long : A4.short) - (print.margins.left + print.margins.right) * 72;
  // a few percent of room for renderers that measure a little wider
  const room = paper * 0.97;
  const total = sheet.columns.reduce((sum, c) => sum + columnPoints(c.width), 0);
  const smallest = Math.min(11, ...boxes.filter((b) => b.f.size !== undefined).map((b) => b.f.size!));
  const least = Math.ceil((MIN_PRINT_PT / smallest) * 100);
  const fit = Math.floor((room / Math.max(1, total)) * 100);
  if (fit >= least) return { scale: Math.min(100, fit), pagesAcross: 1 };
  // columns break between pages whole: pack them, each page after the first starting with the repeated ones
  const page = room / (least / 100);
  const repeated = sheet.columns.slice(0, repeat).reduce((sum, c) => sum + columnPoints(c.width), 0);
  let pagesAcross = 1;
  let used = repeated;
  for (const c of sheet.columns.slice(repeat)) {
    const w = columnPoints(c.width);
    if (used + w > page && used > repeated) {
      pagesAcross++;
      used = repeated;
    }
    used += w;
  }
  return { scale: least, pagesAcross, ...(repeat > 0 ? { repeatColumns: `A:${columnLetters(repeat - 1)}` } : {}) };
}

/**
 * Heights for rows whose wrapped cells need several lines, estimated from text length and
 * column width (spreadsheets do not size rows of generated files by themselves). A cell's
 * wrap and size are those of the last format that sets them; it is bold when any format
 * makes it bold. Rows are visited with the formats spanning them (RowSweep).
 */
function rowHeights(sheet: PlannedSheet, boxes: Box[]): { row: number; height: number }[] {
  const sweep = new RowSweep(boxes.filter(({ f }) => f.wrap !== undefined || f.size !== undefined || f.bold));
  const out: { row: number; height: number }[] = [];
  if (sweep.lastRow < 0) return out;
  const mergedWidth = new Map<number, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (!r) continue;
    let w = 0;
    for (let c = r.c1; c <= r.c2; c++) w += sheet.columns[c]?.width ?? 9;
    mergedWidth.set(r.r1 * MERGE_KEY + r.c1, w);
  }
  const last = Math.min(sweep.lastRow, sheet.values.length - 1);
  for (let row = sweep.firstRow; row <= last; row++) {
    sweep.moveTo(row);
    const cells = sheet.values[row];
    if (!cells || sweep.active.length === 0) continue;
    let lines = 1;
    let size = 11;
    let wrapped = false;
    for (const b of sweep.active) {
      if (!b.f.wrap) continue;
      for (let col = b.c1; col <= b.c2 && col < cells.length; col++) {
        const v = cells[col];
        if (v === null || v === undefined) continue;
        const cell = cellLook(sweep.active, col);
        // only the last format that sets wrap decides; a later one may have turned it off
        if (cell.lastWrap !== b) continue;
        wrapped = true;
        const width = mergedWidth.get(row * MERGE_KEY + col) ?? sheet.columns[col]?.width ?? 9;
        // bold text is about a tenth wider
        const perLine = Math.max(1, Math.floor((width * CHARS_PER_UNIT * (cell.bold ? 0.9 : 1) * 11) / cell.size));
        lines = Math.max(lines, lineCount(cellText(v), perLine));
        size = Math.max(size, cell.size);
      }
    }
    if (wrapped && lines > 1) out.push({ row, height: Math.ceil(lines * size * 1.3 + 3) });
  }
  return out;
}

/** Key of a merge's top-left cell (row * MERGE_KEY + column). */
const MERGE_KEY = 20_000;

/** What the formats spanning a cell's row say about the cell: the last to set wrap, its size, bold. */
function cellLook(active: Box[], col: number): { lastWrap: Box | null; size: number; bold: boolean } {
  let lastWrap: Box | null = null;
  let size = 11;
  let bold = false;
  for (const b of active) {
    if (col < b.c1 || col > b.c2) continue;
    if (b.f.wrap !== undefined) lastWrap = b;
    if (b.f.size !== undefined) size = b.f.size;
    if (b.f.bold) bold = true;
  }
  return { lastWrap, size, bold };
}

/** The text a cell shows, for its length (a date's own text is never wrapped). */
function cellText(v: PlanValue): string {
  return typeof v === 'object' && v !== null ? ('text' in v ? v.text : '') : String(v);
}

/** Lines a text takes at `perLine` characters a line: each paragraph at least one. */
function lineCount(text: string, perLine: number): number {
  let lines = 0;
  let from = 0;
  for (;;) {
    const nl = text.indexOf('\n', from);
    const end = nl < 0 ? text.length : nl;
    lines += Math.max(1, Math.ceil((end - from) / perLine));
    if (nl < 0) return lines;
    from = nl + 1;
  }
}
