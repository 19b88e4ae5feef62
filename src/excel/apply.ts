/**
 * Office.js host, write side: carries out a SheetPlan in one round trip. Every new sheet is
 * built under a temporary name; the sheets it replaces are deleted and the new ones renamed
 * and positioned at the end of the same batch. If the batch fails, a cleanup removes the
 * temporary sheets, so no half-written sheet stays behind.
 *
 * Text is always written as text: cells whose text could be read as a formula (=, +, -, @)
 * get the number format "@" before their value is set. Everything used here is in ExcelApi
 * 1.14, Zielwerk's minimum (src/excel/features.ts).
 */
import { columnLetters, parseRange, quoteSheetName, rangeA1, toA1 } from '../core/a1';
import { isoToSerial } from '../core/dates/serial';
import {
  looksLikeFormula,
  type ApplyReport,
  type CellFormat,
  type ConditionalPlan,
  type PlannedSheet,
  type PlanValue,
  type SheetPlan,
} from '../core/summarize/plan';
import { coalesce, DATE_FORMAT } from '../core/summarize/writer';

/** Rough request size Zielwerk keeps one batch below (Excel on the web caps a request at 5 MB). */
export const MAX_BATCH_BYTES = 4_000_000;

const TEMP_PREFIX = '~zielwerk-';

export async function applyPlan(
  context: Excel.RequestContext,
  plan: SheetPlan,
  existingTables: string[] = [],
  maxBatchBytes = MAX_BATCH_BYTES,
): Promise<ApplyReport> {
  const report: ApplyReport = { written: [], replaced: [], skipped: [] };
  const app = context.workbook.application;
  app.suspendApiCalculationUntilNextSync();
  app.suspendScreenUpdatingUntilNextSync();
  const sheets = context.workbook.worksheets;
  const replaced = new Set([...plan.sheets.map((p) => p.replaces).filter((x): x is string => !!x), ...(plan.remove ?? [])]);
  const tableNames = new Set(existingTables.map((n) => n.toLowerCase()));
  const temps: string[] = [];
  const built: { p: PlannedSheet; ws: Excel.Worksheet }[] = [];
  // a very large plan goes out in more than one request, each below Excel's request limit
  const budget = { bytes: 0 };
  const spend = async (n: number) => {
    budget.bytes += n;
    if (budget.bytes > maxBatchBytes) {
      await context.sync();
      budget.bytes = 0;
    }
  };
  try {
    for (const [i, p] of plan.sheets.entries()) {
      const temp = `${TEMP_PREFIX}${i}`;
      temps.push(temp);
      const ws = sheets.add(temp);
      await writeValues(ws, p, plan.lang, spend, maxBatchBytes);
      await fill(ws, p, tableNames, spend);
      built.push({ p, ws });
    }
    for (const name of replaced) {
      sheets.getItem(name).delete();
      report.replaced.push(name);
    }
    for (const { p, ws } of [...built].sort((a, b) => a.p.position - b.p.position)) {
      ws.name = p.name;
      ws.position = p.position;
      if (p.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
      report.written.push(p.name);
    }
    const first = built.find((b) => b.p.visibility === 'visible');
    if (first) first.ws.activate();
    await context.sync();
  } catch (e) {
    await cleanup(context, temps);
    throw e;
  }
  return report;
}

/** Removes temporary sheets a failed batch may have left. */
async function cleanup(context: Excel.RequestContext, temps: string[]): Promise<void> {
  try {
    const found = temps.map((t) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(t);
      ws.load('name');
      return ws;
    });
    await context.sync();
    for (const ws of found) if (!ws.isNullObject) ws.delete();
    await context.sync();
  } catch {
    // the workbook is as good as Excel left it; the original error is what the user sees
  }
}

/** A plan value as an Office.js cell value (dates as serials, links as their text). */
function cellValue(v: PlanValue): string | number | boolean {
  if (v === null || v === undefined) return '';
  if (typeof v !== 'object') return v;
  if ('date' in v) return isoToSerial(v.date);
  return v.text;
}

/**
 * Writes number formats where a cell needs one (dates, text that could read as a formula,
 * the plan's formats) and then the values, in row blocks small enough for one request each.
 * Text cells get "@" before their text arrives, so Excel never reads them as formulas.
 */
async function writeValues(
  ws: Excel.Worksheet,
  p: PlannedSheet,
  lang: 'de' | 'en',
  spend: (n: number) => Promise<void>,
  maxBatchBytes: number,
): Promise<void> {
  const rows = p.values.length;
  const cols = rows ? p.values[0].length : 0;
  if (!rows || !cols) return;
  for (const f of numberFormatRanges(p, lang)) {
    ws.getRange(f.range).numberFormat = uniform(f.range, f.format);
    await spend(COMMAND_BYTES + f.range.length + f.format.length);
  }
  const values = p.values.map((r) => r.map(cellValue));
  const filled = values.reduce((n, r) => n + r.filter((v) => v !== '').length, 0);
  if (filled < rows * cols * 0.3) {
    // sparse (a partner × goal matrix): runs of non-empty cells, not the whole rectangle
    for (const [r, row] of values.entries()) {
      let c = 0;
      while (c < cols) {
        if (row[c] === '') {
          c++;
          continue;
        }
        let end = c;
        for (let gap = 0; end + 1 < cols;) {
          if (row[end + 1] !== '') {
            end++;
            gap = 0;
          } else if (++gap < 3 && end + 1 + gap < cols && row[end + 1 + gap] !== '') {
            end += gap + 1;
            gap = 0;
          } else break;
        }
        ws.getRange(rangeA1(r, c, r, end)).values = [row.slice(c, end + 1)];
        await spend(COMMAND_BYTES + JSON.stringify(row.slice(c, end + 1)).length);
        c = end + 1;
      }
    }
  } else {
    let start = 0;
    while (start < rows) {
      let end = start;
      let size = 0;
      while (end < rows && (end === start || size < maxBatchBytes / 2)) {
        size += JSON.stringify(values[end]).length + 2;
        end++;
      }
      ws.getRange(rangeA1(start, 0, end - 1, cols - 1)).values = values.slice(start, end);
      await spend(size + COMMAND_BYTES);
      start = end;
    }
  }
  await writeLinks(ws, p, spend);
}

/**
 * Internal links as HYPERLINK formulas that Zielwerk builds from a sheet name and an address
 * it validated (the display text is quoted, so no cell text can become a formula). Written
 * per column run, with null — "leave as is" — for cells without a link: one command for a
 * whole column of links instead of one per cell.
 */
async function writeLinks(ws: Excel.Worksheet, p: PlannedSheet, spend: (n: number) => Promise<void>): Promise<void> {
  const cols = p.values[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    let r = 0;
    while (r < p.values.length) {
      if (!isLink(p.values[r][c])) {
        r++;
        continue;
      }
      const start = r;
      const formulas: (string | null)[][] = [];
      let bytes = 0;
      while (
        r < p.values.length &&
        (isLink(p.values[r][c]) || (r + 1 < p.values.length && isLink(p.values[r + 1][c]))) &&
        bytes < 500_000
      ) {
        const v = p.values[r][c];
        const f = isLink(v) ? hyperlinkFormula(v.link.sheet, v.link.cell, v.text, v.link.file) : null;
        formulas.push([f]);
        bytes += (f?.length ?? 4) + 4;
        r++;
      }
      ws.getRange(rangeA1(start, c, r - 1, c)).formulas = formulas as never;
      await spend(COMMAND_BYTES + bytes);
    }
  }
}

function isLink(v: PlanValue | undefined): v is { link: { sheet: string; cell: string; file?: string }; text: string } {
  return !!v && typeof v === 'object' && 'link' in v;
}

/**
 * =HYPERLINK("#'Sheet'!A1","text") with quotes doubled; into another workbook
 * =HYPERLINK("file.xlsx#'Sheet'!A1","text") (a path relative to this workbook's folder).
 */
export function hyperlinkFormula(sheet: string, cell: string, text: string, file?: string): string {
  const at = sheet ? `#${quoteSheetName(sheet)}!${cell}` : '';
  const target = `${file ?? ''}${at}`.replace(/"/g, '""');
  return `=HYPERLINK("${target}","${text.replace(/"/g, '""')}")`;
}

/** Column runs of link cells, as ranges ("B5:B17"). */
function linkColumnRuns(p: PlannedSheet): string[] {
  const runs: string[] = [];
  const cols = p.values[0]?.length ?? 0;
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < p.values.length; r++) {
      if (!isLink(p.values[r][c])) continue;
      const start = r;
      while (r + 1 < p.values.length && isLink(p.values[r + 1][c])) r++;
      runs.push(rangeA1(start, c, r, c));
    }
  }
  return coalesce(runs.map((range) => ({ range }))).map((f) => f.range);
}

/** A 2-D array of one format, the size of the range (Office.js wants the shape of the range). */
function uniform(range: string, format: string): string[][] {
  const r = parseRange(range)!;
  return Array.from({ length: r.r2 - r.r1 + 1 }, () => Array.from({ length: r.c2 - r.c1 + 1 }, () => format));
}

/** Bytes Zielwerk counts for one command of a request (Office.js sends a JSON action per property set). */
const COMMAND_BYTES = 150;

/** Queues formats, links, tables, validations, conditional formats, layout of one sheet, keeping each request below the limit. */
async function fill(ws: Excel.Worksheet, p: PlannedSheet, tableNames: Set<string>, spend: (n: number) => Promise<void>): Promise<void> {
  for (const [i, c] of p.columns.entries()) {
    ws.getRange(`${columnLetters(i)}:${columnLetters(i)}`).format.columnWidth = Math.round(c.width * 5.25 + 4.5);
    await spend(COMMAND_BYTES);
  }
  // equal heights of neighbouring rows in one command
  for (let i = 0; i < p.rowHeights.length;) {
    const h = p.rowHeights[i];
    let j = i + 1;
    while (j < p.rowHeights.length && p.rowHeights[j].height === h.height && p.rowHeights[j].row === p.rowHeights[j - 1].row + 1) j++;
    ws.getRange(`${h.row + 1}:${p.rowHeights[j - 1].row + 1}`).format.rowHeight = h.height;
    await spend(COMMAND_BYTES);
    i = j;
  }
  for (const f of p.formats) await spend(COMMAND_BYTES * applyFormat(ws.getRange(f.range), f));
  for (const m of p.merges) {
    ws.getRange(m).merge(false);
    await spend(COMMAND_BYTES);
  }
  // link cells look like links
  for (const c of linkColumnRuns(p)) await spend(COMMAND_BYTES * applyFormat(ws.getRange(c), { range: c, color: '#0563C1' }));
  for (const t of p.tables) {
    const table = ws.tables.add(t.range, true);
    let name = t.name;
    for (let i = 2; tableNames.has(name.toLowerCase()); i++) name = `${t.name}_${i}`;
    tableNames.add(name.toLowerCase());
    table.name = name;
    table.style = t.style;
  }
  for (const v of p.validations) {
    const dv = ws.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source: Array.isArray(v.list) ? v.list.join(',') : v.list.source } };
    dv.errorAlert = { showAlert: true, style: 'Stop', title: 'Zielwerk', message: v.error };
  }
  for (const c of p.conditional) addConditional(ws.getRange(c.range), c);
  if (p.freeze) {
    if (p.freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRange(rangeA1(0, 0, p.freeze.rows - 1, p.freeze.columns - 1)));
    else ws.freezePanes.freezeRows(p.freeze.rows);
  }
  if (p.print) {
    const pl = ws.pageLayout;
    pl.orientation = p.print.landscape ? 'Landscape' : 'Portrait';
    // a fixed scale that keeps every text at 8 pt or more (the core chose it), never "fit to page"
    pl.zoom = { scale: p.print.scale };
    const m = p.print.margins;
    pl.leftMargin = m.left * 72;
    pl.rightMargin = m.right * 72;
    pl.topMargin = m.top * 72;
    pl.bottomMargin = m.bottom * 72;
    pl.headerMargin = m.header * 72;
    pl.footerMargin = m.footer * 72;
    if (p.print.repeatRows) pl.setPrintTitleRows(`$${p.print.repeatRows.replace(':', ':$')}`);
    if (p.print.repeatColumns) pl.setPrintTitleColumns(`$${p.print.repeatColumns.replace(':', ':$')}`);
    if (p.print.header) pl.headersFooters.defaultForAllPages.centerHeader = `&B${p.print.header.replace(/&/g, '&&')}`;
    if (p.print.footer) pl.headersFooters.defaultForAllPages.leftFooter = p.print.footer.replace(/&/g, '&&').replace(/&&([PN])/g, '&$1');
  }
  for (const ch of p.charts) {
    const chart = ws.charts.add(CHART_TYPES[ch.type], ws.getRange(ch.source), 'Columns');
    chart.title.text = ch.title;
    // each series in the colour the sheet's legend names (series follow the source's columns)
    ch.colors?.forEach((color, i) => chart.series.getItemAt(i).format.fill.setSolidColor(color));
    const a = parseRange(ch.anchor)!;
    chart.setPosition(ch.anchor, toA1(a.r1 + ch.height - 1, a.c1 + ch.width - 1));
  }
  if (p.tabColor) ws.tabColor = p.tabColor;
  await spend(COMMAND_BYTES * (p.tables.length * 3 + p.validations.length * 2 + p.conditional.length * 5 + p.charts.length * 3 + 8));
}

const CHART_TYPES: Record<PlannedSheet['charts'][number]['type'], 'ColumnStacked' | 'BarStacked' | 'ColumnClustered'> = {
  columnStacked: 'ColumnStacked',
  barStacked: 'BarStacked',
  column: 'ColumnClustered',
};

/**
 * The number formats a sheet needs, as ranges: the plan's formats, the date format for date
 * cells without one, and "@" (text) for every text a spreadsheet could read as a formula —
 * "@" wins over any other format. Cells without an entry keep "General".
 */
function numberFormatRanges(p: PlannedSheet, lang: 'de' | 'en'): { range: string; format: string; single: boolean; grid?: string[][] }[] {
  const cell = new Map<number, string>();
  const key = (r: number, c: number) => r * 20_000 + c;
  for (const f of p.formats) {
    if (!f.numberFormat) continue;
    const r = parseRange(f.range);
    if (!r) continue;
    for (let row = r.r1; row <= Math.min(r.r2, p.values.length - 1); row++) {
      for (let col = r.c1; col <= r.c2; col++)
        if (p.values[row][col] !== null && p.values[row][col] !== undefined) cell.set(key(row, col), f.numberFormat);
    }
  }
  p.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v && typeof v === 'object' && 'date' in v && !cell.has(key(r, c))) cell.set(key(r, c), DATE_FORMAT[lang]);
      const text = typeof v === 'string' ? v : v && typeof v === 'object' && 'link' in v ? v.text : null;
      if (text !== null && looksLikeFormula(text)) cell.set(key(r, c), '@');
    }),
  );
  // one range per run of equal formats in a row, then runs stacked over rows
  const formats: CellFormat[] = [];
  const rows = [...new Set([...cell.keys()].map((k) => Math.floor(k / 20_000)))].sort((a, b) => a - b);
  for (const r of rows) {
    const cols = [...cell.keys()]
      .filter((k) => Math.floor(k / 20_000) === r)
      .map((k) => k % 20_000)
      .sort((a, b) => a - b);
    let start = cols[0];
    let prev = cols[0];
    for (const c of [...cols.slice(1), -1]) {
      if (c === prev + 1 && cell.get(key(r, c)) === cell.get(key(r, start))) {
        prev = c;
        continue;
      }
      formats.push({ range: rangeA1(r, start, r, prev), numberFormat: cell.get(key(r, start)) });
      start = prev = c;
    }
  }
  return coalesce(formats).map((f) => ({ range: f.range, format: f.numberFormat!, single: true, grid: undefined }));
}

const H: Record<NonNullable<CellFormat['horizontal']>, 'Left' | 'Center' | 'Right'> = {
  left: 'Left',
  center: 'Center',
  right: 'Right',
};
const V: Record<NonNullable<CellFormat['vertical']>, 'Top' | 'Center' | 'Bottom'> = {
  top: 'Top',
  middle: 'Center',
  bottom: 'Bottom',
};

/** Queues a format; returns how many commands it took. */
function applyFormat(range: Excel.Range, f: CellFormat): number {
  const fmt = range.format;
  let n = 0;
  if (f.bold !== undefined) (n++, (fmt.font.bold = f.bold));
  if (f.italic !== undefined) (n++, (fmt.font.italic = f.italic));
  if (f.size !== undefined) (n++, (fmt.font.size = f.size));
  if (f.color !== undefined) (n++, (fmt.font.color = f.color));
  if (f.fill !== undefined) (n++, (fmt.fill.color = f.fill));
  if (f.wrap !== undefined) (n++, (fmt.wrapText = f.wrap));
  if (f.horizontal) (n++, (fmt.horizontalAlignment = H[f.horizontal]));
  if (f.vertical) (n++, (fmt.verticalAlignment = V[f.vertical]));
  if (f.border) {
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] =
      f.border === 'all'
        ? ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical']
        : [f.border === 'bottom' ? 'EdgeBottom' : 'EdgeTop'];
    for (const e of edges) {
      const b = fmt.borders.getItem(e);
      b.style = 'Continuous';
      b.color = '#BFBFBF';
      n += 2;
    }
  }
  return n;
}

function addConditional(range: Excel.Range, c: ConditionalPlan): void {
  if (c.type === 'iconSet') {
    const cf = range.conditionalFormats.add('IconSet');
    cf.iconSet.style = 'ThreeTrafficLights1';
    cf.iconSet.showIconOnly = !c.showValue;
    cf.iconSet.criteria = [
      {} as Excel.ConditionalIconCriterion,
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=2' } as Excel.ConditionalIconCriterion,
      { type: 'Number', operator: 'GreaterThanOrEqual', formula: '=3' } as Excel.ConditionalIconCriterion,
    ];
  } else if (c.type === 'dataBar') {
    const cf = range.conditionalFormats.add('DataBar');
    cf.dataBar.positiveFormat.fillColor = c.color;
    cf.dataBar.positiveFormat.gradientFill = false;
  } else {
    const cf = range.conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = c.fill;
    if (c.color) cf.cellValue.format.font.color = c.color;
    const value = typeof c.value === 'number' ? String(c.value) : `"${c.value.replace(/"/g, '""')}"`;
    cf.cellValue.rule = { formula1: `=${value}`, operator: 'EqualTo' };
  }
}

export { TEMP_PREFIX };
