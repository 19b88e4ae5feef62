/**
 * Zeitplan: one row per dated milestone and one column per month, the months a milestone
 * covers marked with a symbol of its status (readable in black and white) and coloured by
 * conditional formats. Below: milestones per Leitziel by status, the source of a stacked
 * column chart (drawn by hosts that can; ExcelJS reports it as skipped).
 */
import { compareIso } from '../dates/serial';
import { formatDate } from '../format';
import { t } from '../i18n';
import type { Model } from '../model';
import { dueDate, milestoneStatus, type MilestoneStatus } from '../status';
import { maxOf, minOf } from '../text';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, type Format, germanOrIso, SheetWriter } from './writer';

/** The format of each milestone's marked months, one object (see SheetWriter.format). */
const CENTER: Format = { horizontal: 'center' };

const SYMBOL: Record<Exclude<MilestoneStatus, 'undated'>, string> = {
  done: '✓',
  overdue: '!',
  due: '•',
  open: '○',
  ongoing: '→',
  cancelled: '×',
};
const FILL: Record<Exclude<MilestoneStatus, 'undated'>, [string, string]> = {
  done: [COLORS.goodFill, COLORS.good],
  overdue: [COLORS.badFill, COLORS.bad],
  due: [COLORS.warnFill, COLORS.warn],
  open: [COLORS.planFill, COLORS.plan],
  ongoing: [COLORS.ongoingFill, COLORS.ongoing],
  cancelled: [COLORS.ongoingFill, COLORS.muted],
};
/**
 * The chart's colour for each status: the colour the legend names (grün = erledigt, rot =
 * überfällig, gelb = bald fällig, blau = geplant, grau = laufend), strong enough for a bar.
 */
export const CHART_COLORS: Record<MilestoneStatus, string> = {
  done: '#70AD47',
  overdue: '#C00000',
  due: '#FFC000',
  open: '#4472C4',
  ongoing: '#A5A5A5',
  undated: '#D9D9D9',
  cancelled: '#595959',
};
const MONTHS: Record<'de' | 'en', string[]> = {
  de: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
/** At most this many month columns (eight years); longer spans are cut at the end. */
const MAX_MONTHS = 96;

const monthIndex = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;

export function timelineSheet(model: Model, o: SummaryOptions, period: { from: string; to: string }): PlannedSheet {
  const w = new SheetWriter('timeline', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const seen = new Set<object>();
  const items = model.goals.flatMap((g) =>
    g.milestones
      .filter((m) => {
        const due = dueDate(m);
        if (seen.has(m) || !due?.start || due.error) return false;
        seen.add(m);
        return true;
      })
      .map((m) => ({ g, m, s: milestoneStatus(m, o.today, o.weeks) as Exclude<MilestoneStatus, 'undated'> })),
  );
  items.sort(
    (a, b) => a.g.leitziel - b.g.leitziel || a.g.mittlerziel - b.g.mittlerziel || compareIso(dueDate(a.m)!.start!, dueDate(b.m)!.start!),
  );
  const fixed = 4;
  // month span: the milestones' dates, within the goal period
  const lo = Math.max(monthIndex(period.from), minOf(items.map((x) => monthIndex(dueDate(x.m)!.start!))));
  const hi = Math.min(
    monthIndex(period.to),
    maxOf(
      items.map((x) => {
        const d = dueDate(x.m)!;
        return monthIndex((d.qualifier === 'from' ? d.start : d.end)!);
      }),
    ),
  );
  const first = Number.isFinite(lo) ? lo : monthIndex(o.today);
  const count = Number.isFinite(hi) && hi >= first ? Math.min(MAX_MONTHS, hi - first + 1) : 1;
  const last = fixed + count - 1;
  w.header(L('timeline.title', { date: germanOrIso(o.today, o.lang) }), o.today, Math.min(last, 12));
  w.set(2, 0, L('timeline.legend'));
  w.format(2, 0, 2, Math.min(last, 12), { color: COLORS.muted });
  const head = 3;
  const monthTitles: string[] = [];
  for (let i = 0; i < count; i++) {
    const mi = first + i;
    monthTitles.push(`${MONTHS[o.lang][mi % 12]} ${String(Math.floor(mi / 12)).slice(2)}`);
  }
  w.columnHeader(head, [L('timeline.col.goal'), L('timeline.col.text'), L('timeline.col.date'), L('timeline.col.status'), ...monthTitles]);
  w.format(head, fixed, head, last, { horizontal: 'center', size: 10 });
  let r = head + 1;
  for (const { g, m, s } of items) {
    const due = dueDate(m)!;
    // a postponed milestone shows both dates and is drawn at its new one
    const when = due === m.date ? formatDate(m.date, o.lang) : `${formatDate(m.date, o.lang)} → ${formatDate(due, o.lang)}`;
    w.row(r, [{ link: m.source, text: g.id }, m.text, when, L(`status.${s}`)]);
    const a = monthIndex(due.start!) - first;
    const b = s === 'ongoing' ? a : monthIndex(due.end!) - first;
    const from = Math.max(0, a);
    const to = Math.min(count - 1, b);
    for (let c = from; c <= to; c++) w.set(r, fixed + c, SYMBOL[s]);
    // only the marked months are centred: formatting the whole (mostly empty) grid would cost a cell each
    if (from <= to) w.format(r, fixed + from, r, fixed + to, CENTER);
    r++;
  }
  if (items.length === 0) {
    w.set(r, 0, L('timeline.empty'));
    r++;
  } else {
    const grid = `${w.address(head + 1, fixed)}:${w.address(r - 1, last)}`;
    for (const s of Object.keys(SYMBOL) as (keyof typeof SYMBOL)[]) {
      w.sheet.conditional.push({ range: grid, type: 'equals', value: SYMBOL[s], fill: FILL[s][0], color: FILL[s][1] });
    }
    w.format(head + 1, 0, r - 1, 3, { vertical: 'top' });
  }

  // chart data beside the month grid: milestones per Leitziel by status
  const statuses: MilestoneStatus[] = ['done', 'overdue', 'due', 'open', 'ongoing', 'undated', 'cancelled'];
  const leitziele = [...new Set(model.goals.map((g) => g.leitziel))].sort((a, b) => a - b);
  const dc = last + 2;
  w.set(head - 1, dc, L('timeline.chartData'));
  w.format(head - 1, dc, head - 1, dc, { bold: true });
  w.columnHeader(head, [L('timeline.col.goal'), ...statuses.map((s) => L(`status.${s}`))], dc);
  const counted = new Set<object>();
  leitziele.forEach((lz, i) => {
    const counts = statuses.map(() => 0);
    for (const g of model.goals.filter((x) => x.leitziel === lz)) {
      for (const m of g.milestones) {
        if (counted.has(m)) continue;
        counted.add(m);
        counts[statuses.indexOf(milestoneStatus(m, o.today, o.weeks))]++;
      }
    }
    w.row(head + 1 + i, [L('timeline.leitziel', { n: lz }), ...counts], dc);
  });
  if (leitziele.length) {
    w.format(head + 1, dc + 1, head + leitziele.length, dc + statuses.length, { horizontal: 'center' });
    w.sheet.charts.push({
      type: 'columnStacked',
      source: `${w.address(head, dc)}:${w.address(head + leitziele.length, dc + statuses.length)}`,
      title: L('timeline.chartTitle'),
      anchor: w.address(head + leitziele.length + 2, dc),
      width: statuses.length + 1,
      height: 18,
      colors: statuses.map((s) => CHART_COLORS[s]),
    });
  }
  w.widths([8, 34, 14, 11, ...monthTitles.map(() => 4.5), 3, 12, ...statuses.map(() => 11)]);
  w.sheet.freeze = { rows: head + 1, columns: fixed };
  w.print(o.today, head, L('timeline.title', { date: germanOrIso(o.today, o.lang) }), 2);
  return w.finish();
}
