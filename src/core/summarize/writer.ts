/** A small helper to fill a PlannedSheet row by row (0-based rows and columns). */
import { parseRange, rangeA1, toA1 } from '../a1';
import { type Lang, t } from '../i18n';
import '../i18n/summary';
import { maxOf } from '../text';
import type { IsoDate } from '../model';
import { blankSheet, type CellFormat, type PlannedSheet, type PlanValue, type SheetKey } from './plan';

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
    values.forEach((v, i) => this.set(row, col + i, v));
    return row;
  }

  /** Formats by number until finish() (ranges are written as text once, after coalescing). */
  private readonly boxes: Box[] = [];

  format(r1: number, c1: number, r2: number, c2: number, f: Omit<CellFormat, 'range'>): void {
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
    this.format(1, 0, 1, lastCol, { italic: true, size: 9, color: COLORS.muted });
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

  /** Print setup: landscape, one page wide, repeated header rows, "Stand: …" in the footer. */
  print(today: IsoDate, repeatRow: number | null, title: string): void {
    this.sheet.print = {
      landscape: true,
      fitToWidth: true,
      ...(repeatRow === null ? {} : { repeatRows: `${repeatRow + 1}:${repeatRow + 1}` }),
      header: title,
      footer: t(this.lang, 'summary.footer', { date: germanOrIso(today, this.lang) }),
    };
  }

  /** The last column index used in any row. */
  get lastCol(): number {
    return maxOf(
      this.sheet.values.map((r) => r.length - 1),
      0,
    );
  }

  address(row: number, col: number): string {
    return toA1(row, col);
  }

  /** Pads every row to the same width (hosts write one rectangle) and sizes rows with wrapped text. */
  finish(): PlannedSheet {
    const width = this.lastCol + 1;
    for (const r of this.sheet.values) while (r.length < width) r.push(null);
    this.sheet.rowHeights = rowHeights(this.sheet, this.boxes);
    this.sheet.formats = coalesceBoxes(this.boxes);
    return this.sheet;
  }
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
  for (const b of boxes) {
    const id = formatKey(b.f);
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
  f: Omit<CellFormat, 'range'>;
}

/** Every property of a format but its range: formatKey must name each (the compiler checks). */
type FormatProps = keyof Omit<CellFormat, 'range'>;
type Named = 'numberFormat' | 'bold' | 'italic' | 'size' | 'color' | 'fill' | 'wrap' | 'horizontal' | 'vertical' | 'border';
const ALL_NAMED: [Exclude<FormatProps, Named>] extends [never] ? true : false = true;
void ALL_NAMED;

/** What a format says, apart from its range, as one string (cheaper than JSON.stringify). */
function formatKey(f: Omit<CellFormat, 'range'>): string {
  return `${f.numberFormat}|${f.bold}|${f.italic}|${f.size}|${f.color}|${f.fill}|${f.wrap}|${f.horizontal}|${f.vertical}|${f.border}`;
}

/** Average characters per unit of column width (a unit is the width of "0" at 11 pt). */
const CHARS_PER_UNIT = 1.05;

/**
 * Heights for rows whose wrapped cells need several lines, estimated from text length and
 * column width (spreadsheets do not size rows of generated files by themselves).
 */
function rowHeights(sheet: PlannedSheet, boxes: Box[]): { row: number; height: number }[] {
  // only wrapped cells can need more than one line; key cells by number, not by string
  const key = (row: number, col: number) => row * 20_000 + col;
  const wrap = new Map<number, boolean>();
  const sizeOf = new Map<number, number>();
  const boldCells = new Set<number>();
  for (const { f, ...r } of boxes) {
    if (f.wrap === undefined && f.size === undefined && !f.bold) continue;
    for (let row = r.r1; row <= r.r2; row++) {
      const cells = sheet.values[row];
      if (!cells) continue;
      for (let col = r.c1; col <= r.c2; col++) {
        if (cells[col] === null || cells[col] === undefined) continue;
        if (f.wrap !== undefined) wrap.set(key(row, col), f.wrap);
        if (f.size !== undefined) sizeOf.set(key(row, col), f.size);
        if (f.bold) boldCells.add(key(row, col));
      }
    }
  }
  const mergedWidth = new Map<number, number>();
  for (const m of sheet.merges) {
    const r = parseRange(m);
    if (!r) continue;
    let w = 0;
    for (let c = r.c1; c <= r.c2; c++) w += sheet.columns[c]?.width ?? 9;
    mergedWidth.set(key(r.r1, r.c1), w);
  }
  const byRow = new Map<number, { lines: number; size: number }>();
  for (const [k, isWrapped] of wrap) {
    if (!isWrapped) continue;
    const row = Math.floor(k / 20_000);
    const col = k % 20_000;
    const v = sheet.values[row][col];
    const text = typeof v === 'object' && v !== null ? ('text' in v ? v.text : '') : String(v);
    const size = sizeOf.get(k) ?? 11;
    const width = mergedWidth.get(k) ?? sheet.columns[col]?.width ?? 9;
    // bold text is about a tenth wider
    const perLine = Math.max(1, Math.floor((width * CHARS_PER_UNIT * (boldCells.has(k) ? 0.9 : 1) * 11) / size));
    let lines = 0;
    for (const part of text.split('\n')) lines += Math.max(1, Math.ceil(part.length / perLine));
    const cur = byRow.get(row) ?? { lines: 1, size: 11 };
    byRow.set(row, { lines: Math.max(cur.lines, lines), size: Math.max(cur.size, size) });
  }
  const out: { row: number; height: number }[] = [];
  for (const [row, { lines, size }] of [...byRow].sort((a, b) => a[0] - b[0])) {
    if (lines > 1) out.push({ row, height: Math.ceil(lines * size * 1.3 + 3) });
  }
  return out;
}
