/**
 * One planned sheet as SpreadsheetML: the worksheet part and the table parts it refers to.
 * Strings are written as inline strings, so text is never read as a formula; dates as serial
 * numbers with the date format; links as internal hyperlinks.
 */
import { columnLetters, parseRange, quoteSheetName, toA1 } from '../core/a1';
import { isoToSerial } from '../core/dates/serial';
import type { ConditionalPlan, PlannedSheet, PlanValue } from '../core/summarize/plan';
import { argb, headerFooter, isInternalLink, sheetStyles, type Style, WIDTH } from './cellStyles';
import type { StyleBook } from './styleBook';
import { escapeCellText, escapeXml } from './xml';
import { MAIN_NS, REL_NS } from './xmlStream';

export interface TablePart {
  id: number;
  name: string;
  xml: string;
}

export interface SheetXml {
  xml: string;
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
}

export function sheetXml(p: PlannedSheet, ctx: SheetContext): SheetXml {
  const styles = sheetStyles(p, ctx.lang);
  const values = p.values.map((row) => row.slice());
  const tables = tableParts(p, values, ctx);

  // rows: every row with a value, a style or a height
  const heights = new Map(p.rowHeights.map((h) => [h.row, h.height]));
  let rowCount = values.length;
  for (const h of heights.keys()) rowCount = Math.max(rowCount, h + 1);
  // styles by row and column (sparse arrays index faster than one map per cell)
  const rowStyles: Style[][] = [];
  for (const [k, st] of styles) {
    const r = Math.floor(k / WIDTH);
    if (r + 1 > rowCount) rowCount = r + 1;
    (rowStyles[r] ??= [])[k % WIDTH] = st;
  }
  const letters: string[] = [];
  const styleAttr = new Map<Style, string>();
  const texts = new Map<string, string>();
  let maxCol = -1;
  const links: string[] = [];
  const parts: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const row = values[r] ?? [];
    const rs = rowStyles[r];
    const last = Math.max(row.length, rs ? rs.length : 0) - 1;
    const ht = heights.get(r);
    if (last < 0 && ht === undefined) continue;
    const n = r + 1;
    let xml = `<row r="${n}"${ht !== undefined ? ` ht="${ht}" customHeight="1"` : ''}>`;
    for (let c = 0; c <= last; c++) {
      const v = row[c];
      const st = rs?.[c];
      if ((v === null || v === undefined) && !st) continue;
      if (c > maxCol) maxCol = c;
      const ref = (letters[c] ??= columnLetters(c)) + n;
      let s = '';
      if (st) {
        s = styleAttr.get(st) ?? '';
        if (!s) styleAttr.set(st, (s = ` s="${ctx.styles.xf(st)}"`));
      }
      if (typeof v === 'string') {
        // the same texts come back often (status words, goal ids): escape each once
        let is = texts.get(v);
        if (is === undefined) texts.set(v, (is = inlineText(v)));
        xml += `<c r="${ref}"${s} t="inlineStr">${is}</c>`;
        continue;
      }
      xml += cellXml(ref, s, v);
      if (v !== null && typeof v === 'object' && 'link' in v && isInternalLink(v)) {
        links.push(
          `<hyperlink ref="${ref}" location="${escapeXml(`${quoteSheetName(v.link.sheet)}!${v.link.cell}`)}" display="${escapeXml(v.text)}"/>`,
        );
      }
    }
    parts.push(xml + '</row>');
  }

  const x: string[] = [`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`];
  if (p.tabColor) x.push(`<sheetPr><tabColor rgb="${argb(p.tabColor)}"/></sheetPr>`);
  x.push(`<dimension ref="${maxCol < 0 ? 'A1' : `A1:${toA1(Math.max(0, rowCount - 1), maxCol)}`}"/>`);
  x.push(
    `<sheetViews><sheetView${ctx.selected ? ' tabSelected="1"' : ''} workbookViewId="0">${paneXml(p.freeze)}</sheetView></sheetViews>`,
  );
  x.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (p.columns.length)
    x.push(`<cols>${p.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>`);
  x.push('<sheetData>', parts.join(''), '</sheetData>');
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
  if (links.length) x.push(`<hyperlinks>${links.join('')}</hyperlinks>`);
  const m = p.print?.margins ?? { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };
  x.push(
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`,
  );
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
  if (tables.length)
    x.push(
      `<tableParts count="${tables.length}">${tables.map((_, i) => `<tablePart r:id="${ctx.tableRelId(i)}"/>`).join('')}</tableParts>`,
    );
  x.push('</worksheet>');
  // columns first, then rows, each part absolute ('Zeitplan'!$A:$B,'Zeitplan'!$4:$4)
  const titleParts = [
    p.print?.repeatColumns ? `${quoteSheetName(p.name)}!${p.print.repeatColumns.replace(/([A-Z]+)/g, '$$$1')}` : null,
    p.print?.repeatRows ? `${quoteSheetName(p.name)}!${p.print.repeatRows.replace(/(\d+)/g, '$$$1')}` : null,
  ].filter(Boolean);
  const printTitles = titleParts.length ? titleParts.join(',') : null;
  return { xml: x.join(''), tables, printTitles };
}

function cellXml(ref: string, s: string, v: PlanValue | undefined): string {
  if (v === null || v === undefined) return `<c r="${ref}"${s}/>`;
  if (typeof v === 'string') return inlineString(ref, s, v);
  if (typeof v === 'number') return Number.isFinite(v) ? `<c r="${ref}"${s}><v>${v}</v></c>` : `<c r="${ref}"${s}/>`;
  if (typeof v === 'boolean') return `<c r="${ref}"${s} t="b"><v>${v ? 1 : 0}</v></c>`;
  if ('date' in v) return `<c r="${ref}"${s}><v>${isoToSerial(v.date)}</v></c>`;
  return inlineString(ref, s, v.text);
}

function planText(v: PlanValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return String(v);
  return 'date' in v ? v.date : v.text;
}

function inlineString(ref: string, s: string, text: string): string {
  return `<c r="${ref}"${s} t="inlineStr">${inlineText(text)}</c>`;
}

function inlineText(text: string): string {
  const space = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escapeCellText(text)}</t></is>`;
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
function tableParts(p: PlannedSheet, values: PlanValue[][], ctx: SheetContext): TablePart[] {
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
    const header = (values[r.r1] ??= []);
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
