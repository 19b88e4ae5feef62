/**
 * One planned sheet as SpreadsheetML: the worksheet part, written row by row straight into
 * its zip entry (Utf8Writer), and the table parts it refers to. Strings are written as inline
 * strings, so text is never read as a formula; dates as serial numbers with the date format;
 * links as internal hyperlinks.
 */
import { columnLetters, parseRange, quoteSheetName, toA1 } from '../core/a1';
import { isoToSerial } from '../core/dates/serial';
import type { ConditionalPlan, PlannedSheet, PlanValue } from '../core/summarize/plan';
import { argb, headerFooter, isInternalLink, SheetStyles, type Style } from './cellStyles';
import type { StyleBook } from './styleBook';
import { escapeCellText, escapeXml } from './xml';
import type { Utf8Writer } from './utf8Writer';
import { MAIN_NS, REL_NS } from './xmlStream';

export interface TablePart {
  id: number;
  name: string;
  xml: string;
}

export interface SheetParts {
  tables: TablePart[];
  /** Links into other files: the relationships the sheet part needs (TargetMode External). */
  externalLinks: { id: string; target: string }[];
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
export function writeSheetXml(p: PlannedSheet, ctx: SheetContext, out: Utf8Writer): SheetParts {
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

  out.write(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${ns.main}" xmlns:r="${ns.rel}">`);
  if (p.tabColor) out.write(`<sheetPr><tabColor rgb="${argb(p.tabColor)}"/></sheetPr>`);
  out.write(`<dimension ref="${maxCol < 0 ? 'A1' : `A1:${toA1(Math.max(0, rowCount - 1), maxCol)}`}"/>`);
  out.write(
    `<sheetViews><sheetView${ctx.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(p.freeze)}</sheetView></sheetViews>`,
  );
  out.write('<sheetFormatPr defaultRowHeight="15"/>');
  if (p.columns.length) {
    out.write(
      `<cols>${p.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`,
    );
  }
  out.write('<sheetData>');
  const links = writeRows(p, { rowCount, headers, heights, styles, book: ctx.styles }, out);
  out.write('</sheetData>');
  out.write(afterRows(p, ctx));
  const externalLinks: SheetParts['externalLinks'] = [];
  if (links.length) out.write(linksXml(links, externalLinks));
  out.write(pageXml(p, ctx, tables.length));
  out.end();
  // columns first, then rows, each part absolute ('Zeitplan'!$A:$B,'Zeitplan'!$4:$4)
  const titleParts = [
    p.print?.repeatColumns ? `${quoteSheetName(p.name)}!${p.print.repeatColumns.replace(/([A-Z]+)/g, '$$$1')}` : null,
    p.print?.repeatRows ? `${quoteSheetName(p.name)}!${p.print.repeatRows.replace(/(\d+)/g, '$$$1')}` : null,
  ].filter(Boolean);
  const printTitles = titleParts.length ? titleParts.join(',') : null;
  return { tables, externalLinks, printTitles };
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
  /** Another workbook the link leads into (consolidation's sources), relative to the output. */
  file?: string;
}

/**
 * The rows of sheetData: every row with a value, a style or a height; in a row every cell
 * with a value or a style. Returns the cells' internal links.
 */
function writeRows(p: PlannedSheet, rc: RowsContext, out: Utf8Writer): Link[] {
  const { styles, book } = rc;
  const NONE = styles.NONE;
  const xfs = new Map<Style, string>();
  const letters: string[] = [];
  const links: Link[] = [];
  for (let r = 0; r < rc.rowCount; r++) {
    const row = rc.headers.get(r) ?? p.values[r] ?? EMPTY_ROW;
    styles.moveTo(r);
    const last = Math.max(row.length, styles.width) - 1;
    const ht = rc.heights.get(r);
    if (last < 0 && ht === undefined) continue;
    const n = r + 1;
    // a row is put together as text (cheap for the engine) and encoded in one go
    let xml = ht !== undefined ? `<row r="${n}" ht="${ht}" customHeight="1">` : `<row r="${n}">`;
    for (let c = 0; c <= last; c++) {
      const v = row[c];
      const st = styles.at(c, v);
      const empty = v === null || v === undefined;
      if (empty && st === NONE) continue;
      const ref = (letters[c] ??= columnLetters(c)) + n;
      let s = '';
      if (st !== NONE) {
        s = xfs.get(st) ?? '';
        if (!s) xfs.set(st, (s = ` s="${book.xf(st)}"`));
      }
      if (empty) xml += `<c r="${ref}"${s}/>`;
      else if (typeof v === 'string') xml += inlineString(ref, s, v);
      else if (typeof v === 'number') xml += Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
      else if (typeof v === 'boolean') xml += `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
      else if ('date' in v) xml += `<c r="${ref}"${s}><v>${isoToSerial(v.date)}</v></c>`;
      else {
        xml += inlineString(ref, s, v.text);
        if (isInternalLink(v)) links.push({ ref, sheet: v.link.sheet, cell: v.link.cell, text: v.text, file: v.link.file });
      }
    }
    out.write(xml + '</row>');
  }
  return links;
}

const EMPTY_ROW: PlanValue[] = [];

/** A cell holding `text` as an inline string. */
function inlineString(ref: string, s: string, text: string): string {
  const space = hasOuterSpace(text) ? ' xml:space="preserve"' : '';
  return `<c r="${ref}"${s} t="inlineStr"><is><t${space}>${escapeCellText(text)}</t></is></c>`;
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

/** The cells' links; a link into another file gets a relationship of its own (in `external`). */
function linksXml(links: Link[], external: SheetParts['externalLinks']): string {
  const quoted = new Map<string, string>();
  let xml = '<hyperlinks>';
  for (const l of links) {
    let location = '';
    if (l.sheet) {
      let sheet = quoted.get(l.sheet);
      if (sheet === undefined) quoted.set(l.sheet, (sheet = quoteSheetName(l.sheet)));
      location = ` location="${escapeXml(`${sheet}!${l.cell}`)}"`;
    }
    if (l.file !== undefined) {
      // another workbook: a relationship to the file, the cell as the location in it
      const id = `rIdLink${external.length + 1}`;
      external.push({ id, target: fileUri(l.file) });
      xml += `<hyperlink ref="${l.ref}" r:id="${id}"${location} display="${escapeXml(l.text)}"/>`;
    } else xml += `<hyperlink ref="${l.ref}"${location} display="${escapeXml(l.text)}"/>`;
  }
  return xml + '</hyperlinks>';
}

/** A relative file path as a relationship target: forward slashes, each segment percent-encoded. */
export function fileUri(path: string): string {
  return path
    .split(/[\\/]/)
    .map((s) => encodeURIComponent(s))
    .join('/');
}

/** Margins, page setup, header and footer, drawing and table references: the end of the part. */
function pageXml(p: PlannedSheet, ctx: SheetContext, tableCount: number): string {
  const m = p.print?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  const x: string[] = [
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  ];
  if (p.print) {
    // a fixed scale, never "fit to page": that shrinks wide sheets below a readable size
    x.push(`<pageSetup paperSize="9" scale="${p.print.scale}" orientation="${p.print.landscape ? 'landscape' : 'portrait'}"/>`);
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
