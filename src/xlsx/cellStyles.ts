/**
 * The look of every cell of a planned sheet, worked out once for both .xlsx writers: dates get
 * the date format, links look like links, and the plan's formats apply in order (later
 * formats win property by property).
 *
 * Every cell points at an interned style, and a format turns one interned style into another
 * through a cache, so a long list of formats costs two map lookups per cell.
 */
import { parseRange } from '../core/a1';
import type { CellFormat, PlannedSheet } from '../core/summarize/plan';
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

/** Excel's column count: row * WIDTH + col is a unique cell key. */
export const WIDTH = 16_384;

export const LINK_COLOR = '#0563C1';
export const BORDER_COLOR = '#BFBFBF';

/** Styled cells of a sheet (key row * WIDTH + col, 0-based) with their interned styles; unstyled cells are absent. */
export function sheetStyles(p: PlannedSheet, lang: 'de' | 'en'): Map<number, Style> {
  const interned = new Map<string, Style>();
  const intern = (st: Style): Style => {
    const id = JSON.stringify(st);
    let found = interned.get(id);
    if (!found) interned.set(id, (found = st));
    return found;
  };
  const NONE = intern({});
  const transitions = new Map<Style, Map<object, Style>>();
  const restyle = (base: Style, change: object, how: (st: Style) => void): Style => {
    let next = transitions.get(base);
    if (!next) transitions.set(base, (next = new Map()));
    let to = next.get(change);
    if (!to) {
      const st = { ...base };
      how(st);
      next.set(change, (to = intern(st)));
    }
    return to;
  };
  const cellStyles = new Map<number, Style>();
  const change = (row: number, col: number, key: object, how: (st: Style) => void) => {
    const k = row * WIDTH + col;
    cellStyles.set(k, restyle(cellStyles.get(k) ?? NONE, key, how));
  };
  const asDate = (st: Style) => (st.numFmt = DATE_FORMAT[lang]);
  const asLink = (st: Style) => Object.assign(st, { color: LINK_COLOR, underline: true });
  p.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || typeof v !== 'object') return;
      if ('date' in v) change(r, c, asDate, asDate);
      else if (isInternalLink(v)) change(r, c, asLink, asLink);
    }),
  );
  for (const f of p.formats) {
    const r = parseRange(f.range);
    if (!r) continue;
    const how = (st: Style) => mergeFormat(st, f);
    for (let row = r.r1; row <= r.r2; row++) for (let col = r.c1; col <= r.c2; col++) change(row, col, f, how);
  }
  for (const [k, st] of cellStyles) if (st === NONE) cellStyles.delete(k);
  return cellStyles;
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
