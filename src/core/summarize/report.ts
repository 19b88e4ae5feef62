/** Prüfbericht: the validation findings as a sortable, filterable Excel table with links to the cells. */
import { t } from '../i18n';
import type { Finding } from '../validate/finding';
import { countFindings, ruleTitle } from '../validate';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, germanOrIso, SheetWriter } from './writer';
import { refValue } from './sources';

export function reportSheet(findings: Finding[], sheetNames: Set<string>, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('report', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  // several workbooks: each finding's file, in the first column
  const cols = [...(o.sources ? ['file'] : []), 'severity', 'goal', 'sheet', 'cell', 'message', 'value', 'rule'];
  const last = cols.length - 1;
  const at = o.sources ? 1 : 0;
  w.header(L('report.title', { date: germanOrIso(o.today, o.lang) }), o.today, last);
  w.set(2, 0, L('report.counts', countFindings(findings)));
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(
    head,
    cols.map((c) => L(`report.col.${c}`)),
  );
  let r = head + 1;
  for (const f of findings) {
    // links only to sheets that exist in the workbook (never built from cell text)
    const cell =
      f.file !== undefined
        ? refValue({ sheet: f.sheet, cell: f.cell, file: f.file }, f.cell, o)
        : sheetNames.has(f.sheet)
          ? { link: { sheet: f.sheet, cell: f.cell }, text: f.cell }
          : f.cell;
    const row = [L(`severity.${f.severity}`), f.goal ?? '', f.sheet, cell, f.message, f.value ?? '', ruleTitle(o.lang, f.rule)];
    w.row(r, o.sources ? [f.file ?? '', ...row] : row);
    r++;
  }
  if (findings.length === 0) {
    w.set(r, 0, L('report.empty'));
    r++;
  } else {
    const range = (c: number) => `${w.address(head + 1, c)}:${w.address(r - 1, c)}`;
    w.format(head + 1, 0, r - 1, last, { vertical: 'top' });
    w.format(head + 1, at + 4, r - 1, at + 5, { wrap: true });
    if (o.sources) w.format(head + 1, 0, r - 1, 0, { wrap: true });
    w.sheet.conditional.push({ range: range(at), type: 'equals', value: L('severity.error'), fill: COLORS.badFill, color: COLORS.bad });
    w.sheet.conditional.push({ range: range(at), type: 'equals', value: L('severity.warning'), fill: COLORS.warnFill, color: COLORS.warn });
    w.sheet.conditional.push({ range: range(at), type: 'equals', value: L('severity.info'), fill: COLORS.planFill, color: COLORS.plan });
    w.sheet.tables.push({ name: 'ZW_Pruefbericht', range: `${w.address(head, 0)}:${w.address(r - 1, last)}`, style: 'TableStyleLight9' });
  }
  w.widths([...(o.sources ? [24] : []), 9, 7, 12, 7, 56, 22, 20]);
  w.sheet.freeze = { rows: head + 1, columns: 0 };
  w.print(o.today, head, L('report.title', { date: germanOrIso(o.today, o.lang) }));
  return w.finish();
}
