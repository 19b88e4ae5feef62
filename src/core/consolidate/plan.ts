/**
 * The sheets of a consolidation: Übersicht (with the "Quelle" of every goal), Dateien (each
 * input with its goals, how much of it was understood, its findings, or why it could not be
 * read), Fällig, Partner and Prüfbericht (every finding with its file) — the summary
 * planners with their source extension (summarize/sources.ts), and the Dateien sheet here.
 */
import { t } from '../i18n';
import '../i18n/consolidate';
import { dueSheet } from '../summarize/due';
import { type ExistingSheet, placeSheets } from '../summarize/names';
import type { SummaryOptions } from '../summarize/options';
import { overviewSheet } from '../summarize/overview';
import { partnersSheet } from '../summarize/partners';
import type { PlannedSheet, SheetPlan } from '../summarize/plan';
import { reportSheet } from '../summarize/report';
import { refValue } from '../summarize/sources';
import { COLORS, germanOrIso, SheetWriter } from '../summarize/writer';
import type { Consolidated, FileRow } from './index';

/** The consolidated sheets, placed among the workbook's existing ones (none for a new file). */
export function consolidatedPlan(c: Consolidated, existing: ExistingSheet[], o: SummaryOptions): SheetPlan {
  const so: SummaryOptions = { ...o, sources: o.sources ?? {} };
  const sheets = [
    overviewSheet(c.model, so),
    filesSheet(c.files, so),
    dueSheet(c.model, so),
    partnersSheet(c.model, so),
    reportSheet(c.findings, new Set(), so),
  ];
  placeSheets(sheets, existing, o.lang);
  return { lang: o.lang, today: o.today, sheets };
}

export function filesSheet(files: FileRow[], o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('files', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const cols = ['file', 'status', 'goalCount', 'goals', 'sheets', 'coverage', 'error', 'warning', 'info', 'note'];
  const last = cols.length - 1;
  w.header(L('files.title', { date: germanOrIso(o.today, o.lang) }), o.today, last);
  const read = files.filter((f) => f.status === 'read');
  w.set(
    2,
    0,
    L('files.subtitle', {
      read: read.length,
      total: files.length,
      goals: read.reduce((n, f) => n + f.goals.length, 0),
      failed: files.filter((f) => f.status === 'failed').length,
    }),
  );
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(
    head,
    cols.map((c) => L(`files.col.${c}`)),
  );
  let r = head + 1;
  for (const f of files) {
    const isRead = f.status === 'read';
    w.row(r, [
      // the file itself, opened at its first sheet
      refValue({ sheet: '', cell: '', file: f.file }, f.file, o),
      L(`consolidate.status.${f.status}`),
      isRead ? f.goals.length : null,
      f.goals.join(', '),
      isRead ? f.sheets : null,
      f.coverage,
      isRead ? f.counts.error : null,
      isRead ? f.counts.warning : null,
      isRead ? f.counts.info : null,
      f.note ?? '',
    ]);
    if (f.status === 'failed') w.format(r, 1, r, 1, { fill: COLORS.badFill, color: COLORS.bad });
    else if (f.status === 'generated') w.format(r, 1, r, 1, { color: COLORS.muted });
    r++;
  }
  if (files.length) {
    w.format(head + 1, 0, r - 1, last, { vertical: 'top' });
    w.format(head + 1, 3, r - 1, 3, { wrap: true });
    w.format(head + 1, last, r - 1, last, { wrap: true });
    w.format(head + 1, 0, r - 1, 0, { wrap: true });
    w.format(head + 1, 5, r - 1, 5, { numberFormat: '0%', horizontal: 'right' });
    w.format(head + 1, 2, r - 1, 2, { horizontal: 'center' });
    w.format(head + 1, 4, r - 1, 4, { horizontal: 'center' });
    w.format(head + 1, 6, r - 1, 8, { horizontal: 'center' });
    const range = (c: number) => `${w.address(head + 1, c)}:${w.address(r - 1, c)}`;
    w.sheet.conditional.push({ range: range(6), type: 'dataBar', color: '#F4B183' });
    w.sheet.tables.push({ name: 'ZW_Dateien', range: `${w.address(head, 0)}:${w.address(r - 1, last)}`, style: 'TableStyleLight9' });
  }
  w.set(r + 1, 0, L('files.note'));
  w.format(r + 1, 0, r + 1, last, { italic: true, size: 9, color: COLORS.muted, wrap: true, vertical: 'top' });
  w.sheet.merges.push(`${w.address(r + 1, 0)}:${w.address(r + 1, last)}`);
  w.widths([30, 12, 9, 28, 10, 11, 8, 10, 9, 48]);
  w.sheet.freeze = { rows: head + 1, columns: 1 };
  w.print(o.today, head, L('files.title', { date: germanOrIso(o.today, o.lang) }));
  w.sheet.tabColor = COLORS.title;
  return w.finish();
}
