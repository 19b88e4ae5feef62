/**
 * ExcelJS host, write side: carries out a SheetPlan on an in-memory workbook. New sheets are
 * built under temporary names first; only then are the old generated sheets removed and the
 * new ones renamed and put in place. Sheets the plan does not name are never touched.
 * ExcelJS cannot draw charts: they are reported as skipped.
 */
import ExcelJS from 'exceljs';
import { parseRange, quoteSheetName, toA1 } from '../core/a1';
import type { ApplyReport, PlannedSheet, PlanValue, SheetPlan } from '../core/summarize/plan';
import { argb, BORDER_COLOR, headerFooter, sheetStyles, WIDTH, type Style } from './cellStyles';

export function applyPlan(wb: ExcelJS.Workbook, plan: SheetPlan): ApplyReport {
  const report: ApplyReport = { written: [], replaced: [], skipped: [] };
  const built: { planned: PlannedSheet; ws: ExcelJS.Worksheet }[] = [];
  const usedTableNames = new Set(tableNames(wb, plan));
  // 1. build every sheet under a temporary name
  plan.sheets.forEach((p, i) => {
    const ws = wb.addWorksheet(`~zielwerk-${i}-${Date.now() % 100000}`);
    fill(ws, p, plan.lang, report, usedTableNames);
    built.push({ planned: p, ws });
  });
  // 2. swap: remove what they replace, give them their names
  for (const { planned } of built) {
    if (!planned.replaces) continue;
    const old = wb.getWorksheet(planned.replaces);
    if (old) {
      wb.removeWorksheet(old.id);
      report.replaced.push(planned.replaces);
    }
  }
  for (const { planned, ws } of built) {
    ws.name = planned.name;
    report.written.push(planned.name);
  }
  // 3. order: every sheet at its planned position, the others keep their relative order
  const placed = new Map(built.map(({ planned, ws }) => [ws, planned.position]));
  const others = wb.worksheets.filter((ws) => !placed.has(ws));
  const total = others.length + built.length;
  const order: ExcelJS.Worksheet[] = new Array(total);
  for (const [ws, pos] of placed) order[Math.min(pos, total - 1)] = ws;
  let k = 0;
  for (let i = 0; i < total; i++) if (!order[i]) order[i] = others[k++];
  order.filter(Boolean).forEach((ws, i) => ((ws as unknown as { orderNo: number }).orderNo = i + 1));
  // open on the first sheet the plan wrote
  const first = built.find((b) => b.planned.visibility === 'visible');
  if (first) {
    const idx = wb.worksheets.indexOf(first.ws);
    wb.views = [{ x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: Math.max(0, idx), visibility: 'visible' }];
    for (const ws of wb.worksheets) ws.views = (ws.views ?? []).map((v) => ({ ...v, tabSelected: ws === first.ws }));
  }
  return report;
}

function tableNames(wb: ExcelJS.Workbook, plan: SheetPlan): string[] {
  // tables of sheets that stay (the replaced ones disappear with their sheets)
  const replaced = new Set(plan.sheets.map((p) => p.replaces).filter(Boolean));
  const names: string[] = [];
  for (const ws of wb.worksheets) {
    if (replaced.has(ws.name)) continue;
    for (const t of Object.values((ws as unknown as { tables?: Record<string, { name: string }> }).tables ?? {}))
      names.push(t.name.toLowerCase());
  }
  return names;
}

/** A plan value as an ExcelJS cell value. Strings stay strings: ExcelJS writes formulas only from formula objects. */
export function toCellValue(v: PlanValue): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v !== 'object') return v;
  if ('date' in v) return new Date(Date.UTC(Number(v.date.slice(0, 4)), Number(v.date.slice(5, 7)) - 1, Number(v.date.slice(8, 10))));
  // internal links only, built from the sheet name and address the core validated
  const target = `${quoteSheetName(v.link.sheet)}!${v.link.cell}`;
  if (v.link.sheet.includes('!')) return v.text; // ExcelJS could not write it as an internal link
  return { text: v.text, hyperlink: target };
}

function fill(ws: ExcelJS.Worksheet, p: PlannedSheet, lang: 'de' | 'en', report: ApplyReport, usedTableNames: Set<string>): void {
  p.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v !== null) ws.getCell(r + 1, c + 1).value = toCellValue(v);
    }),
  );
  const cellStyles = sheetStyles(p, lang);
  const shared = new Map<Style, Partial<ExcelJS.Style>>();
  for (const [k, st] of cellStyles) {
    let style = shared.get(st);
    if (!style) shared.set(st, (style = toExcelStyle(st)));
    ws.getCell(Math.floor(k / WIDTH) + 1, (k % WIDTH) + 1).style = style as ExcelJS.Style;
  }
  p.columns.forEach((c, i) => (ws.getColumn(i + 1).width = c.width));
  for (const h of p.rowHeights) ws.getRow(h.row + 1).height = h.height;
  for (const m of p.merges) ws.mergeCells(m);
  for (const t of p.tables) {
    const r = parseRange(t.range)!;
    let name = t.name;
    for (let i = 2; usedTableNames.has(name.toLowerCase()); i++) name = `${t.name}_${i}`;
    usedTableNames.add(name.toLowerCase());
    const header = p.values[r.r1].slice(r.c1, r.c2 + 1).map((v) => String(v ?? ''));
    const rows = p.values.slice(r.r1 + 1, r.r2 + 1).map((row) => row.slice(r.c1, r.c2 + 1).map(toCellValue));
    ws.addTable({
      name,
      ref: toA1(r.r1, r.c1),
      headerRow: true,
      style: { theme: t.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
      columns: header.map((h) => ({ name: h, filterButton: true })),
      rows,
    });
  }
  for (const v of p.validations) {
    const formulae = Array.isArray(v.list) ? [`"${v.list.join(',')}"`] : [v.list.source.replace(/^=/, '')];
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
      type: 'list',
      allowBlank: true,
      formulae,
      showErrorMessage: true,
      errorStyle: 'stop',
      error: v.error,
    });
  }
  for (const c of p.conditional) {
    if (c.type === 'iconSet') {
      ws.addConditionalFormatting({
        ref: c.range,
        rules: [
          {
            type: 'iconSet',
            priority: 1,
            iconSet: c.icons,
            showValue: c.showValue,
            cfvo: [
              { type: 'num', value: 1 },
              { type: 'num', value: 2 },
              { type: 'num', value: 3 },
            ],
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    } else if (c.type === 'dataBar') {
      ws.addConditionalFormatting({
        ref: c.range,
        rules: [
          {
            type: 'dataBar',
            priority: 1,
            cfvo: [{ type: 'min' }, { type: 'max' }],
            color: { argb: argb(c.color) },
            gradient: false,
          } as unknown as ExcelJS.ConditionalFormattingRule,
        ],
      });
    } else {
      const value = typeof c.value === 'number' ? String(c.value) : `"${c.value.replace(/"/g, '""')}"`;
      ws.addConditionalFormatting({
        ref: c.range,
        rules: [
          {
            type: 'cellIs',
            operator: 'equal',
            priority: 1,
            formulae: [value],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(c.fill) } },
              ...(c.color ? { font: { color: { argb: argb(c.color) } } } : {}),
            },
          },
        ],
      });
    }
  }
  if (p.freeze) ws.views = [{ state: 'frozen', xSplit: p.freeze.columns, ySplit: p.freeze.rows }];
  if (p.print) {
    ws.pageSetup = {
      ...ws.pageSetup,
      orientation: p.print.landscape ? 'landscape' : 'portrait',
      fitToPage: p.print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: 0,
      paperSize: 9,
      ...(p.print.repeatRows ? { printTitlesRow: p.print.repeatRows } : {}),
    };
    ws.headerFooter = headerFooter(p.print);
  }
  if (p.tabColor) ws.properties.tabColor = { argb: argb(p.tabColor) };
  if (p.visibility === 'veryHidden') ws.state = 'veryHidden';
  for (const ch of p.charts) report.skipped.push({ sheet: p.name, feature: 'chart', reason: ch.title });
}

function toExcelStyle(st: Style): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {};
  if (st.numFmt) style.numFmt = st.numFmt;
  if (st.bold || st.italic || st.underline || st.size || st.color) {
    // name and size always: a font without a name makes LibreOffice fall back to a serif face
    style.font = {
      name: 'Calibri',
      size: st.size ?? 11,
      ...(st.bold ? { bold: true } : {}),
      ...(st.italic ? { italic: true } : {}),
      ...(st.underline ? { underline: true } : {}),
      ...(st.color ? { color: { argb: argb(st.color) } } : {}),
    };
  }
  if (st.fill) style.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(st.fill) } };
  if (st.wrap || st.horizontal || st.vertical) {
    style.alignment = {
      ...(st.wrap ? { wrapText: true } : {}),
      ...(st.horizontal ? { horizontal: st.horizontal } : {}),
      ...(st.vertical ? { vertical: st.vertical } : {}),
    };
  }
  if (st.top || st.bottom || st.sides) {
    const thin = { style: 'thin' as const, color: { argb: argb(BORDER_COLOR) } };
    style.border = {
      ...(st.top ? { top: thin } : {}),
      ...(st.bottom ? { bottom: thin } : {}),
      ...(st.sides ? { left: thin, right: thin } : {}),
    };
  }
  return style;
}
