/**
 * Fällig: milestones overdue or due within the next N weeks, grouped by goal, each group
 * headed by the goal with its lead and contact — the page a coordinator prints before the
 * meeting (landscape, one page wide, header rows repeated, "Stand: …" in the footer).
 */
import { addDays, compareIso, daysBetween } from '../dates/serial';
import { formatDate } from '../format';
import { t } from '../i18n';
import type { Goal, Model } from '../model';
import { dueDate, milestoneStatus } from '../status';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, DATE_FORMAT, type Format, germanOrIso, SheetWriter } from './writer';
import { refValue } from './sources';

/** The formats of the many rows, one object each (see SheetWriter.format). */
const BAND: Format = { bold: true, fill: COLORS.bandFill, border: 'top', vertical: 'top' };
const WRAP: Format = { wrap: true };
const TOP: Format = { vertical: 'top' };
const OVERDUE: Format = { fill: COLORS.badFill, color: COLORS.bad };
const DUE: Format = { fill: COLORS.warnFill, color: COLORS.warn };
const DATE_CELL: Record<'de' | 'en', Format> = {
  de: { numberFormat: DATE_FORMAT.de, horizontal: 'left' },
  en: { numberFormat: DATE_FORMAT.en, horizontal: 'left' },
};

export function dueSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('due', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const until = addDays(o.today, o.weeks * 7);
  const last = 5;
  w.header(L('due.title', { date: germanOrIso(o.today, o.lang) }), o.today, last);
  w.set(2, 0, L('due.subtitle', { until: germanOrIso(until, o.lang), weeks: o.weeks }));
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(head, [
    L('due.col.goal'),
    L('due.col.written'),
    L('due.col.until'),
    L('due.col.text'),
    L('due.col.status'),
    L('summary.source'),
  ]);
  let r = head + 1;
  let overdue = 0;
  let due = 0;
  // a milestone shared by two goals is listed under its first goal only
  const listed = new Set<object>();
  for (const g of model.goals) {
    const items = g.milestones
      .filter((m) => !listed.has(m))
      .map((m) => ({ m, s: milestoneStatus(m, o.today, o.weeks) }))
      .filter((x) => x.s === 'overdue' || x.s === 'due')
      .sort((a, b) => compareIso(dueDate(a.m)!.end!, dueDate(b.m)!.end!));
    if (items.length === 0) continue;
    for (const x of items) listed.add(x.m);
    // group band: goal, title, lead and how to reach them
    w.row(r, [refValue(g.source, g.id, o), g.shortTitle ?? g.title ?? '', null, contactLine(g), null, null]);
    w.format(r, 0, r, last, BAND);
    w.format(r, 3, r, 3, WRAP);
    w.sheet.merges.push(`${w.address(r, 1)}:${w.address(r, 2)}`, `${w.address(r, 3)}:${w.address(r, last)}`);
    r++;
    for (const { m, s } of items) {
      const at = dueDate(m)!;
      const days = daysBetween(o.today, at.end!);
      const status =
        s === 'overdue'
          ? days === -1
            ? L('due.status.overdueOne')
            : L('due.status.overdue', { days: -days })
          : days === 0
            ? L('due.status.today')
            : days === 1
              ? L('due.status.dueOne')
              : L('due.status.due', { days });
      if (s === 'overdue') overdue++;
      else due++;
      w.row(r, [
        g.id,
        at === m.date ? formatDate(m.date, o.lang) : `${formatDate(m.date, o.lang)} → ${formatDate(at, o.lang)}`,
        { date: at.end! },
        m.text,
        status,
        refValue(m.source, `${m.source.file !== undefined ? `${m.source.file} › ` : ''}${m.source.sheet}!${m.source.cell}`, o),
      ]);
      w.format(r, 4, r, 4, s === 'overdue' ? OVERDUE : DUE);
      w.format(r, 2, r, 2, DATE_CELL[o.lang]);
      w.format(r, 0, r, last, TOP);
      w.format(r, 3, r, 3, WRAP);
      r++;
    }
  }
  if (overdue + due === 0) {
    w.set(r, 0, L('due.empty'));
    w.format(r, 0, r, last, { italic: true });
    r++;
  } else {
    w.set(r + 1, 0, L('due.count', { overdue, due }));
    w.format(r + 1, 0, r + 1, last, { italic: true, color: COLORS.muted });
  }
  w.widths([7, 16, 11, 50, 20, o.sources ? 30 : 12]);
  w.sheet.freeze = { rows: head + 1, columns: 0 };
  w.print(o.today, head, L('due.title', { date: germanOrIso(o.today, o.lang) }));
  w.sheet.tabColor = COLORS.bad;
  return w.finish();
}

/** "Yannis Krone, y.krone@…, 0 52 51 – 29066-19; second lead …" */
export function contactLine(g: Goal): string {
  return g.leads
    .map((l) => [l.name, l.organization && l.organization !== l.name ? l.organization : null, l.email, l.phone].filter(Boolean).join(', '))
    .join('; ');
}
