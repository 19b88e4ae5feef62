/**
 * One planned sheet as SpreadsheetML: the worksheet part, written as bytes straight into its
 * zip entry (XmlBytes), and the table parts it refers to. Strings are written as inline
 * strings, so text is never read as a formula; dates as serial numbers with the date format;
 * links as internal hyperlinks.
 */
import { columnLetters, parseRange, quoteSheetName, toA1 } from '../core/a1';
import { isoToSerial } from '../core/dates/serial';
import type { ConditionalPlan, PlannedSheet, PlanValue } from '../core/summarize/plan';
import { argb, headerFooter, isInternalLink, SheetStyles, type Style } from './cellStyles';
import type { StyleBook } from './styleBook';
import { escapeXml } from './xml';
import type { XmlBytes } from './xmlBytes';
import { MAIN_NS, REL_NS } from './xmlStream';

export interface TablePart {
  id: number;
  name: string;
  xml: string;
}

export interface SheetParts {
  tables: TablePart[];
  /** Rows repeated on every printed page, as a defined-name formula ('Fällig'!$4:$4). */
  printTitles: string | null;
}

export interface SheetContext {
  styles: StyleBook;
  lang: 'de' | 'en';
  selected: boolean;
  /** Lower-case names of every table the workbook will hold; new names are added. */
  tableNames: Set<string>;
  /** Next free table id (ids are unique in a workbook). */
  nextTableId: () => number;
  /** Relationship ids of the sheet's table parts, in order. */
  tableRelId: (i: number) => string;
  /** Relationship id of the drawing that holds the sheet's charts, if it has any. */
  drawingRelId?: string;
  /** The namespaces of SpreadsheetML and of relationship ids in the package's dialect (default: transitional). */
  namespaces?: { main: string; rel: string };
}

/** Writes the worksheet part of `p` into `out`; returns its table parts (as text) and print titles. */
export function writeSheetXml(p: PlannedSheet, ctx: SheetContext, out: XmlBytes): SheetParts {
  // the header cells of tables become their column names: those rows are written from copies
  const headers = new Map<number, PlanValue[]>();
  const tables = tableParts(p, headers, ctx);
  const styles = new SheetStyles(p, ctx.lang);
  const heights = new Map(p.rowHeights.map((h) => [h.row, h.height]));
  // rows: every row with a value, a style or a height
  let rowCount = Math.max(p.values.length, styles.lastRow + 1);
  for (const r of [...heights.keys(), ...headers.keys()]) rowCount = Math.max(rowCount, r + 1);
  let maxCol = Math.max(styles.lastCol, lastValueColumn(p.values));
  for (const row of headers.values()) maxCol = Math.max(maxCol, lastValueColumn([row]));
  const ns = ctx.namespaces ?? { main: MAIN_NS, rel: REL_NS };

  out.raw(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`);
  if (p.tabColor || p.print?.fitToWidth) {
    out.raw(
      `<sheetPr>${p.tabColor ? `<tabColor rgb="${argb(p.tabColor)}"/>` : ''}${p.print?.fitToWidth ? '<pageSetUpPr fitToPage="1"/>' : ''}</sheetPr>`,
    );
  }
  out.raw(`<dimension ref="${maxCol < 0 ? 'A1' : `A1:${toA1(Math.max(0, rowCount - 1), maxCol)}`}"/>`);
  out.raw(
    `<sheetViews><sheetView${ctx.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(p.freeze)}</sheetView></sheetViews>`,
  );
  out.raw('<sheetFormatPr defaultRowHeight="15"/>');
  if (p.columns.length) {
    out.raw(`<cols>${p.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`);
  }
  out.raw('<sheetData>');
  const links = writeRows(p, { rowCount, headers, heights, styles, book: ctx.styles }, out);
  out.raw('</sheetData>');
  out.raw(afterRows(p, ctx));
  if (links.length) writeLinks(links, out);
  out.raw(pageXml(p, ctx, tables.length));
  out.end();
  const printTitles = p.print?.repeatRows ? `${quoteSheetName(p.name)}!${p.print.repeatRows.replace(/(\d+)/g, '$$$1')}` : null;
  return { tables, printTitles };
}

interface RowsContext {
  rowCount: number;
  headers: Map<number, PlanValue[]>;
  heights: Map<number, number>;
  styles: SheetStyles;
  book: StyleBook;
}

/** An internal link of a cell, for the hyperlinks after sheetData. */
interface Link {
  ref: string;
  sheet: string;
  cell: string;
  text: string;
}

/**
 * The rows of sheetData: every row with a value, a style or a height; in a row every cell
 * with a value or a style. Returns the cells' internal links.
 */
function writeRows(p: PlannedSheet, rc: RowsContext, out: XmlBytes): Link[] {
  const { styles, book } = rc;
  const NONE = styles.NONE;
  const xfs = new Map<Style, number>();
  const letters: string[] = [];
  const links: Link[] = [];
  for (let r = 0; r < rc.rowCount; r++) {
    const row = rc.headers.get(r) ?? p.values[r] ?? EMPTY_ROW;
    styles.moveTo(r);
    const last = Math.max(row.length, styles.width) - 1;
    const ht = rc.heights.get(r);
    if (last < 0 && ht === undefined) continue;
    const n = r + 1;
    out.raw('<row r="');
    out.uint(n);
    out.raw(ht !== undefined ? `" ht="${ht}" customHeight="1">` : '">');
    for (let c = 0; c <= last; c++) {
      const v = row[c];
      const st = styles.at(c, v);
      const empty = v === null || v === undefined;
      if (empty && st === NONE) continue;
      const col = (letters[c] ??= columnLetters(c));
      out.raw('<c r="');
      out.raw(col);
      out.uint(n);
      if (st !== NONE) {
        let xf = xfs.get(st);
        if (xf === undefined) xfs.set(st, (xf = book.xf(st)));
        out.raw('" s="');
        out.uint(xf);
      }
      if (empty) out.raw('"/>');
      else if (typeof v === 'string') inlineString(out, v);
      else if (typeof v === 'number') numberCell(out, v);
      else if (typeof v === 'boolean') out.raw(v ? '" t="b"><v>1</v></c>' : '" t="b"><v>0</v></c>');
      else if ('date' in v) numberCell(out, isoToSerial(v.date));
      else {
        inlineString(out, v.text);
        if (isInternalLink(v)) links.push({ ref: col + n, sheet: v.link.sheet, cell: v.link.cell, text: v.text });
      }
    }
    out.raw('</row>');
  }
  return links;
}

const EMPTY_ROW: PlanValue[] = [];

/** The rest of a cell holding a number (after its reference and style); a cell without a value for NaN or infinity. */
function numberCell(out: XmlBytes, v: number): void {
  if (!Number.isFinite(v)) {
    out.raw('"/>');
    return;
  }
  out.raw('"><v>');
  out.number(v);
  out.raw('</v></c>');
}

/** The rest of a cell holding `text` as an inline string (after its reference and style). */
function inlineString(out: XmlBytes, text: string): void {
  out.raw(hasOuterSpace(text) ? '" t="inlineStr"><is><t xml:space="preserve">' : '" t="inlineStr"><is><t>');
  out.text(text);
  out.raw('</t></is></c>');
}

/** True when text starts or ends with white space (what /^\s|\s$/ finds): Excel keeps it only when told. */
function hasOuterSpace(text: string): boolean {
  return text.length > 0 && (isSpace(text.charCodeAt(0)) || isSpace(text.charCodeAt(text.length - 1)));
}

/** JavaScript's \s, by character code. */
function isSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** The last column that holds a value in any of the rows (-1 when none does). */
function lastValueColumn(values: PlanValue[][]): number {
  let max = -1;
  for (const row of values) {
    for (let c = row.length - 1; c > max; c--) {
      if (row[c] !== null && row[c] !== undefined) {
        max = c;
        break;
      }
    }
  }
  return max;
}

/** Merges, conditional formats and dropdowns: what follows sheetData. */
function afterRows(p: PlannedSheet, ctx: SheetContext): string {
  const x: string[] = [];
  if (p.merges.length)
    x.push(`<mergeCells count="${p.merges.length}">${p.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  let priority = 1;
  for (const c of p.conditional) x.push(conditionalXml(c, priority++, ctx.styles));
  if (p.validations.length) {
    x.push(`<dataValidations count="${p.validations.length}">`);
    for (const v of p.validations) {
      const formula = Array.isArray(v.list) ? `"${v.list.join(',')}"` : v.list.source.replace(/^=/, '');
      x.push(
        `<dataValidation type="list" errorStyle="stop" allowBlank="1" showErrorMessage="1" error="${escapeXml(v.error)}" sqref="${v.range}">` +
          `<formula1>${escapeXml(formula)}</formula1></dataValidation>`,
      );
    }
    x.push('</dataValidations>');
  }
  return x.join('');
}

/** The cells' internal links (a sheet's links can be thousands: written as they are escaped). */
function writeLinks(links: Link[], out: XmlBytes): void {
  const quoted = new Map<string, string>();
  out.raw('<hyperlinks>');
  for (const l of links) {
    let sheet = quoted.get(l.sheet);
    if (sheet === undefined) quoted.set(l.sheet, (sheet = quoteSheetName(l.sheet)));
    out.raw(`<hyperlink ref="${l.ref}" location="`);
    out.attr(`${sheet}!${l.cell}`);
    out.raw('" display="');
    out.attr(l.text);
    out.raw('"/>');
  }
  out.raw('</hyperlinks>');
}

/** Margins, page setup, header and footer, drawing and table references: the end of the part. */
function pageXml(p: PlannedSheet, ctx: SheetContext, tableCount: number): string {
  const x: string[] = ['<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'];
  if (p.print) {
    x.push(
      `<pageSetup paperSize="9" orientation="${p.print.landscape ? 'landscape' : 'portrait'}"${p.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    );
    const hf = headerFooter(p.print);
    if (hf.oddHeader || hf.oddFooter) {
      x.push(
        `<headerFooter>${hf.oddHeader ? `<oddHeader>${escapeXml(hf.oddHeader)}</oddHeader>` : ''}${hf.oddFooter ? `<oddFooter>${escapeXml(hf.oddFooter)}</oddFooter>` : ''}</headerFooter>`,
      );
    }
  }
  if (ctx.drawingRelId) x.push(`<drawing r:id="${ctx.drawingRelId}"/>`);
  if (tableCount) {
    x.push(
      `<tableParts count="${tableCount}">${Array.from({ length: tableCount }, (_, i) => `<tablePart r:id="${ctx.tableRelId(i)}"/>`).join('')}</tableParts>`,
    );
  }
  x.push('</worksheet>');
  return x.join('');
}

function planText(v: PlanValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  return 'date' in v ? v.date : v.text;
}

function paneXml(freeze: PlannedSheet['freeze']): string {
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return '';
  const { rows, columns } = freeze;
  const topLeft = toA1(Math.max(rows, 0), Math.max(columns, 0));
  const pane = rows > 0 && columns > 0 ? 'bottomRight' : rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ''}${rows > 0 ? ` ySplit="${rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

function conditionalXml(c: ConditionalPlan, priority: number, styles: StyleBook): string {
  let rule: string;
  if (c.type === 'iconSet') {
    rule =
      `<cfRule type="iconSet" priority="${priority}"><iconSet iconSet="${c.icons}"${c.showValue ? '' : ' showValue="0"'}>` +
      '<cfvo type="num" val="1"/><cfvo type="num" val="2"/><cfvo type="num" val="3"/></iconSet></cfRule>';
  } else if (c.type === 'dataBar') {
    rule = `<cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="${argb(c.color)}"/></dataBar></cfRule>`;
  } else {
    const value = typeof c.value === 'number' ? String(c.value) : `"${c.value.replace(/"/g, '""')}"`;
    rule = `<cfRule type="cellIs" dxfId="${styles.dxf(c.fill, c.color)}" priority="${priority}" operator="equal"><formula>${escapeXml(value)}</formula></cfRule>`;
  }
  return `<conditionalFormatting sqref="${c.range}">${rule}</conditionalFormatting>`;
}

/** Table parts, with names unique in the workbook; header cells become the column names. */
function tableParts(p: PlannedSheet, headers: Map<number, PlanValue[]>, ctx: SheetContext): TablePart[] {
  const out: TablePart[] = [];
  for (const t of p.tables) {
    const r = parseRange(t.range);
    if (!r) continue;
    let name = t.name;
    for (let i = 2; ctx.tableNames.has(name.toLowerCase()); i++) name = `${t.name}_${i}`;
    ctx.tableNames.add(name.toLowerCase());
    // column names: the header texts, never empty, unique (case-insensitive) as Excel requires
    const seen = new Set<string>();
    const columns: string[] = [];
    let header = headers.get(r.r1);
    if (!header) headers.set(r.r1, (header = (p.values[r.r1] ?? []).slice()));
    for (let c = r.c1; c <= r.c2; c++) {
      const base =
        planText(header[c] ?? null)
          .replace(/\s+/g, ' ')
          .trim() || `Spalte${c - r.c1 + 1}`;
      let col = base;
      for (let i = 2; seen.has(col.toLowerCase()); i++) col = `${base}${i}`;
      seen.add(col.toLowerCase());
      columns.push(col);
      header[c] = col;
    }
    const id = ctx.nextTableId();
    const ref = t.range;
    out.push({
      id,
      name,
      xml:
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(name)}" displayName="${escapeXml(name)}" ref="${ref}" totalsRowShown="0">` +
        `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${columns.map((c, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c)}"/>`).join('')}</tableColumns>` +
        `<tableStyleInfo name="${escapeXml(t.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`,
    });
  }
  return out;
}
