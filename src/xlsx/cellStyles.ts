/**
 * The look of every cell of a planned sheet, worked out for the .xlsx writer: dates get the
 * date format, links look like links, and the plan's formats apply in order (later formats
 * win property by property).
 *
 * Styles are interned, and a format turns one interned style into another through a cache.
 * They are worked out row by row, as the writer goes: only the formats spanning the current
 * row are looked at, and a row spanned by the same formats as the one before reuses its
 * styles — no map of every cell of a sheet (a long summary has hundreds of thousands).
 */
import { parseRange } from '../core/a1';
import type { CellFormat, PlannedSheet, PlanValue } from '../core/summarize/plan';
import { RowSweep } from '../core/summarize/sweep';
import { DATE_FORMAT } from '../core/summarize/writer';

/** A cell's accumulated format. */
export interface Style {
  numFmt?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: CellFormat['horizontal'];
  vertical?: CellFormat['vertical'];
  top?: boolean;
  bottom?: boolean;
  sides?: boolean;
}

export const LINK_COLOR = '#0563C1';
export const BORDER_COLOR = '#BFBFBF';

/** A format of the plan with its range as numbers (0-based, inclusive). */
interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  format: CellFormat;
}

/**
 * The styles of a planned sheet's cells. Call `moveTo(row)` for rows in increasing order,
 * then `at(col, value)` for the cells of that row; NONE is an unstyled cell.
 */
export class SheetStyles {
  /** The style of a cell no format touches. */
  readonly NONE: Style;
  /** The last row a format reaches (-1 when none does). */
  readonly lastRow: number;
  /** The last column a format reaches (-1 when none does). */
  readonly lastCol: number;
  private readonly interned = new Map<string, Style>();
  private readonly transitions = new Map<Style, Map<object, Style>>();
  /** The formats that change anything, in plan order, row by row. */
  private readonly sweep: RowSweep<Box>;
  /** Styles of the current row by column, as the formats spanning it make them. */
  private row: Style[] = [];
  private readonly asDate: (st: Style) => void;

  constructor(p: PlannedSheet, lang: 'de' | 'en') {
    this.NONE = this.intern({});
    const dateFormat = DATE_FORMAT[lang];
    this.asDate = (st) => (st.numFmt = dateFormat);
    const boxes: Box[] = [];
    for (const format of p.formats) {
      const r = changesAnything(format) ? parseRange(format.range) : null;
      if (r) boxes.push({ ...r, format });
    }
    this.sweep = new RowSweep(boxes);
    this.lastRow = this.sweep.lastRow;
    this.lastCol = boxes.reduce((last, b) => Math.max(last, b.c2), -1);
  }

  /** Makes `r` the current row (rows in increasing order). */
  moveTo(r: number): void {
    if (this.sweep.moveTo(r)) this.row = this.rowStyles();
  }

  /** Columns of the current row a format touches: 0 … width − 1. */
  get width(): number {
    return this.row.length;
  }

  /** The style of a cell of the current row. */
  at(col: number, v: PlanValue | undefined): Style {
    if (v !== null && typeof v === 'object') {
      // a date or link cell starts from its own look, then the formats apply
      if ('date' in v) return this.styleFrom(this.restyle(this.NONE, this.asDate, this.asDate), col);
      if (isInternalLink(v)) return this.styleFrom(this.restyle(this.NONE, asLink, asLink), col);
    }
    return col < this.row.length ? this.row[col] : this.NONE;
  }

  private rowStyles(): Style[] {
    const active = this.sweep.active;
    let width = 0;
    for (const b of active) width = Math.max(width, b.c2 + 1);
    const row = new Array<Style>(width).fill(this.NONE);
    for (const b of active) for (let c = b.c1; c <= b.c2; c++) row[c] = this.formatted(row[c], b.format);
    return row;
  }

  private styleFrom(start: Style, col: number): Style {
    let st = start;
    for (const b of this.sweep.active) if (b.c1 <= col && col <= b.c2) st = this.formatted(st, b.format);
    return st;
  }

  private formatted(base: Style, f: CellFormat): Style {
    return this.restyle(base, f, (st) => mergeFormat(st, f));
  }

  /** The interned style `how` makes of `base`; `change` names the change in the cache. */
  private restyle(base: Style, change: object, how: (st: Style) => void): Style {
    let next = this.transitions.get(base);
    if (!next) this.transitions.set(base, (next = new Map()));
    let to = next.get(change);
    if (!to) {
      const st = { ...base };
      how(st);
      next.set(change, (to = this.intern(st)));
    }
    return to;
  }

  private intern(st: Style): Style {
    const id = JSON.stringify(st);
    let found = this.interned.get(id);
    if (!found) this.interned.set(id, (found = st));
    return found;
  }
}

const asLink = (st: Style) => Object.assign(st, { color: LINK_COLOR, underline: true });

/** True when a format sets anything (one that sets nothing leaves a cell unstyled). */
function changesAnything(f: CellFormat): boolean {
  return (
    f.numberFormat !== undefined ||
    f.bold !== undefined ||
    f.italic !== undefined ||
    f.size !== undefined ||
    f.color !== undefined ||
    f.fill !== undefined ||
    f.wrap !== undefined ||
    f.horizontal !== undefined ||
    f.vertical !== undefined ||
    f.border === 'all' ||
    f.border === 'bottom' ||
    f.border === 'top'
  );
}

/** A link a workbook can hold as an internal hyperlink (a sheet name with "!" cannot be addressed). */
export function isInternalLink(v: { link: { sheet: string } } | object): boolean {
  return 'link' in v && !(v as { link: { sheet: string } }).link.sheet.includes('!');
}

function mergeFormat(st: Style, f: CellFormat): void {
  if (f.numberFormat !== undefined) st.numFmt = f.numberFormat;
  if (f.bold !== undefined) st.bold = f.bold;
  if (f.italic !== undefined) st.italic = f.italic;
  if (f.size !== undefined) st.size = f.size;
  if (f.color !== undefined) st.color = f.color;
  if (f.fill !== undefined) st.fill = f.fill;
  if (f.wrap !== undefined) st.wrap = f.wrap;
  if (f.horizontal !== undefined) st.horizontal = f.horizontal;
  if (f.vertical !== undefined) st.vertical = f.vertical;
  if (f.border === 'all') st.top = st.bottom = st.sides = true;
  else if (f.border === 'bottom') st.bottom = true;
  else if (f.border === 'top') st.top = true;
}

/** "#RRGGBB" → "FFRRGGBB", the ARGB form both writers use. */
export const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase()}`;

/** In headers and footers "&" starts a code; a literal ampersand is "&&". */
export function escapeHeader(s: string): string {
  return s.replace(/&/g, '&&');
}

/** The header and footer codes of a print plan: header centred in bold, footer on the left with page numbers. */
export function headerFooter(print: { header?: string; footer?: string }): { oddHeader?: string; oddFooter?: string } {
  return {
    ...(print.header ? { oddHeader: `&C&B${escapeHeader(print.header)}` } : {}),
    ...(print.footer ? { oddFooter: `&L${escapeHeader(print.footer).replace(/&&([PN])/g, '&$1')}` } : {}),
  };
}
