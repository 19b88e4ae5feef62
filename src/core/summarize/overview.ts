/**
 * Übersicht: one row per goal, ordered by Leitziel — counts, next due milestone, last status
 * check, rating and a traffic light (icon set) whose rule is written under the table. Each
 * id links to the goal's source cell.
 */
import { formatDate } from '../format';
import { t } from '../i18n';
import type { Model } from '../model';
import { goalStanding, type Light } from '../status';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, DATE_FORMAT, germanOrIso, SheetWriter } from './writer';
import { filesOf, refValue } from './sources';

const LIGHT_VALUE: Record<Light, number> = { red: 1, yellow: 2, green: 3 };

export function overviewSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('overview', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const cols = [
    'leitziel',
    'id',
    'title',
    'color',
    'lead',
    'participants',
    'total',
    'done',
    'open',
    'overdue',
    'nextDate',
    'nextText',
    'lastCheck',
    'rating',
    'light',
    'reason',
  ];
  // several workbooks: which file each goal is from
  if (o.sources) cols.push('source');
  const last = cols.length - 1;
  w.header(L('overview.title', { date: germanOrIso(o.today, o.lang) }), o.today, last);
  const head = 3;
  w.columnHeader(
    head,
    cols.map((c) => L(`overview.col.${c}`)),
  );
  let r = head + 1;
  let widest = 0;
  for (const g of model.goals) {
    const s = goalStanding(g, o.today, o.staleMonths);
    const lead = g.leads.map((l) => l.name).join(', ');
    w.row(r, [
      g.leitziel,
      refValue(g.source, g.id, o),
      g.shortTitle ?? g.title ?? '',
      g.color ?? '',
      lead,
      g.participants.length,
      s.total,
      s.done,
      s.open,
      s.overdue,
      s.next ? formatDate(s.next.date, o.lang) : '',
      s.next ? s.next.text : '',
      s.lastCheck?.date?.end ? { date: s.lastCheck.date.end } : null,
      g.rating ?? '',
      LIGHT_VALUE[s.light],
      s.reasons
        .map((x) => L(`overview.reason.${x.code}`, { count: x.count ?? '', date: x.date ? germanOrIso(x.date, o.lang) : '' }))
        .join('; '),
    ]);
    if (o.sources) {
      const files = filesOf([g.source, ...g.sheets]);
      for (const f of files) widest = Math.max(widest, f.length);
      w.set(r, cols.indexOf('source'), refValue(g.source, files.join(', '), o));
    }
    r++;
  }
  const firstData = head + 1;
  const lastData = r - 1;
  if (model.goals.length) {
    // totals under the counting columns
    w.row(r, [L('overview.totals')]);
    for (const [i, key] of cols.entries()) {
      if (!['participants', 'total', 'done', 'open', 'overdue'].includes(key)) continue;
      const sum = model.goals.reduce((n, g) => {
        const s = goalStanding(g, o.today, o.staleMonths);
        return n + (key === 'participants' ? g.participants.length : s[key as 'total' | 'done' | 'open' | 'overdue']);
      }, 0);
      w.set(r, i, sum);
    }
    w.format(r, 0, r, last, { bold: true, border: 'top' });
    r++;
  }
  const ruleRow = r + 1;
  w.set(ruleRow, 0, L('overview.rule', { months: o.staleMonths }));
  w.format(ruleRow, 0, ruleRow, last, { italic: true, size: 10, color: COLORS.muted, wrap: true, vertical: 'top' });
  w.sheet.merges.push(`${w.address(ruleRow, 0)}:${w.address(ruleRow, last)}`);

  const col = (k: string) => cols.indexOf(k);
  if (model.goals.length) {
    w.format(firstData, 0, lastData, last, { vertical: 'top' });
    w.format(firstData, col('title'), lastData, col('title'), { wrap: true });
    w.format(firstData, col('nextText'), lastData, col('nextText'), { wrap: true });
    w.format(firstData, col('reason'), lastData, col('reason'), { wrap: true });
    if (o.sources) w.format(firstData, col('source'), lastData, col('source'), { wrap: true });
    w.format(firstData, col('lastCheck'), lastData, col('lastCheck'), { numberFormat: DATE_FORMAT[o.lang], horizontal: 'left' });
    w.format(firstData, col('light'), lastData, col('light'), { horizontal: 'center' });
    w.format(firstData, col('leitziel'), lastData, col('leitziel'), { horizontal: 'center' });
    w.format(firstData, col('participants'), r - 1, col('overdue'), { horizontal: 'center' });
    const lightRange = `${w.address(firstData, col('light'))}:${w.address(lastData, col('light'))}`;
    w.sheet.conditional.push({ range: lightRange, type: 'iconSet', icons: '3TrafficLights1', showValue: false });
    const overdueRange = `${w.address(firstData, col('overdue'))}:${w.address(lastData, col('overdue'))}`;
    w.sheet.conditional.push({ range: overdueRange, type: 'dataBar', color: '#F4B183' });
    const colorRange = `${w.address(firstData, col('color'))}:${w.address(lastData, col('color'))}`;
    w.sheet.conditional.push({ range: colorRange, type: 'equals', value: 'grün', fill: COLORS.goodFill, color: COLORS.good });
    w.sheet.conditional.push({ range: colorRange, type: 'equals', value: 'blau', fill: COLORS.planFill, color: COLORS.plan });
    w.sheet.tables.push({ name: 'ZW_Uebersicht', range: `${w.address(head, 0)}:${w.address(lastData, last)}`, style: 'TableStyleLight9' });
  }
  // a file name does not wrap (no spaces in a path): the source column fits the longest one
  w.widths([7, 6, 22, 7, 18, 10, 13, 8, 7, 10, 12, 26, 11, 12, 6, 26, ...(o.sources ? [Math.min(60, Math.max(28, widest + 2))] : [])]);
  w.sheet.freeze = { rows: head + 1, columns: 2 };
  w.print(o.today, head, L('overview.title', { date: germanOrIso(o.today, o.lang) }), 3);
  w.sheet.tabColor = COLORS.title;
  return w.finish();
}
