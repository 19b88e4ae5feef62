/**
 * Structured tables ("Tabellen anlegen"): Ziele, Meilensteine and Partner as Excel Tables
 * with dropdowns (colour, rating, goal ids) and a "Quelle" column linking to each source
 * cell. Real dates where a period is known; the date as written stays beside it.
 */
import { t } from '../i18n';
import { COLORS as GOAL_COLORS, RATINGS } from '../constants';
import type { Model } from '../model';
import { milestoneStatus, lastStatusCheck } from '../status';
import type { PlannedSheet } from './plan';
import type { SummaryOptions } from './options';
import { COLORS, DATE_FORMAT, SheetWriter } from './writer';

const HEAD = 3;
const MARKER = 'summary.markerStructure';

export function goalsTableSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('goalsTable', o.lang);
  const L = (k: string) => t(o.lang, k);
  const cols = [
    'id',
    'leitziel',
    'mittlerziel',
    'shortTitle',
    'title',
    'color',
    'lead',
    'organization',
    'email',
    'phone',
    'participants',
    'interim',
    'interimDue',
    'rating',
    'lastCheck',
  ];
  const last = cols.length;
  w.header(L('structure.goals.title'), o.today, last, MARKER);
  w.columnHeader(HEAD, [...cols.map((c) => L(`structure.col.${c}`)), L('summary.source')]);
  let r = HEAD + 1;
  for (const g of model.goals) {
    const lead = g.leads[0];
    const check = lastStatusCheck(g.statusChecks);
    w.row(r, [
      g.id,
      g.leitziel,
      g.mittlerziel,
      g.shortTitle ?? '',
      g.title ?? '',
      g.color ?? '',
      g.leads.map((l) => l.name).join('; '),
      lead?.organization ?? '',
      g.leads
        .map((l) => l.email)
        .filter(Boolean)
        .join('; '),
      g.leads
        .map((l) => l.phone)
        .filter(Boolean)
        .join('; '),
      g.participants.join('; '),
      g.interimGoal?.text ?? '',
      g.interimGoal?.due?.end ? { date: g.interimGoal.due.end } : null,
      g.rating ?? '',
      check?.date?.end ? { date: check.date.end } : null,
      { link: g.source, text: `${g.source.sheet}!${g.source.cell}` },
    ]);
    r++;
  }
  const end = Math.max(r - 1, HEAD + 1);
  if (r === HEAD + 1)
    w.row(
      r,
      cols.map(() => null),
    );
  const col = (k: string) => cols.indexOf(k);
  w.format(HEAD + 1, col('interimDue'), end, col('interimDue'), { numberFormat: DATE_FORMAT[o.lang] });
  w.format(HEAD + 1, col('lastCheck'), end, col('lastCheck'), { numberFormat: DATE_FORMAT[o.lang] });
  w.format(HEAD + 1, col('id'), end, col('id'), { numberFormat: '@' });
  w.format(HEAD + 1, 0, end, last, { vertical: 'top' });
  w.format(HEAD + 1, col('title'), end, col('title'), { wrap: true });
  const range = (k: string) => `${w.address(HEAD + 1, col(k))}:${w.address(end, col(k))}`;
  w.sheet.validations.push({ range: range('color'), list: [...GOAL_COLORS], error: L('structure.invalid.color') });
  w.sheet.validations.push({ range: range('rating'), list: [...RATINGS], error: L('structure.invalid.rating') });
  w.sheet.tables.push({
    name: o.lang === 'de' ? 'Ziele' : 'Goals',
    range: `${w.address(HEAD, 0)}:${w.address(end, last)}`,
    style: 'TableStyleMedium2',
  });
  w.widths([7, 8, 9, 22, 40, 8, 20, 22, 24, 16, 30, 34, 11, 14, 11, 12]);
  w.sheet.freeze = { rows: HEAD + 1, columns: 1 };
  w.print(o.today, HEAD, L('structure.goals.title'));
  w.sheet.tabColor = COLORS.plan;
  return w.finish();
}

export function milestonesTableSheet(model: Model, o: SummaryOptions, goalsSheetName: string, goalCount: number): PlannedSheet {
  const w = new SheetWriter('milestonesTable', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const cols = ['goal', 'written', 'start', 'end', 'precision', 'text', 'report', 'responsible', 'status'];
  const last = cols.length;
  w.header(L('structure.milestones.title'), o.today, last, MARKER);
  w.columnHeader(HEAD, [...cols.map((c) => L(`structure.col.${c}`)), L('summary.source')]);
  let r = HEAD + 1;
  // a milestone of two goals gets one row per goal, so each goal's rows are complete
  for (const g of model.goals) {
    for (const m of g.milestones) {
      w.row(r, [
        g.id,
        m.date?.raw ?? '',
        m.date?.start ? { date: m.date.start } : null,
        m.date?.end ? { date: m.date.end } : null,
        m.date ? L(`date.precision.${m.date.precision}`) : '',
        m.text,
        m.report ?? '',
        m.responsible ?? '',
        L(`status.${milestoneStatus(m, o.today, o.weeks)}`),
        { link: m.source, text: `${m.source.sheet}!${m.source.cell}` },
      ]);
      r++;
    }
  }
  const end = Math.max(r - 1, HEAD + 1);
  if (r === HEAD + 1)
    w.row(
      r,
      cols.map(() => null),
    );
  w.format(HEAD + 1, 2, end, 3, { numberFormat: DATE_FORMAT[o.lang] });
  w.format(HEAD + 1, 0, end, 0, { numberFormat: '@' });
  w.format(HEAD + 1, 0, end, last, { vertical: 'top' });
  w.format(HEAD + 1, 5, end, 6, { wrap: true });
  // goal ids from the Ziele table (a range: an inline list of 72 ids would pass Excel's 255-character limit)
  const quoted = `'${goalsSheetName.replace(/'/g, "''")}'`;
  w.sheet.validations.push({
    range: `${w.address(HEAD + 1, 0)}:${w.address(end, 0)}`,
    list: { source: `=${quoted}!$A$${HEAD + 2}:$A$${HEAD + 1 + Math.max(goalCount, 1)}` },
    error: L('structure.invalid.goal'),
  });
  w.sheet.tables.push({
    name: o.lang === 'de' ? 'Meilensteine' : 'Milestones',
    range: `${w.address(HEAD, 0)}:${w.address(end, last)}`,
    style: 'TableStyleMedium2',
  });
  w.widths([8, 16, 11, 11, 10, 46, 36, 16, 11, 12]);
  w.sheet.freeze = { rows: HEAD + 1, columns: 1 };
  w.print(o.today, HEAD, L('structure.milestones.title'));
  w.sheet.tabColor = COLORS.plan;
  return w.finish();
}

export function partnersTableSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('partnersTable', o.lang);
  const L = (k: string) => t(o.lang, k);
  const cols = ['partner', 'contact', 'email', 'phone', 'goals'];
  const last = cols.length;
  w.header(L('structure.partners.title'), o.today, last, MARKER);
  w.columnHeader(HEAD, [...cols.map((c) => L(`structure.col.${c}`)), L('summary.source')]);
  let r = HEAD + 1;
  for (const p of model.partners) {
    w.row(r, [
      p.name,
      p.contact ?? '',
      p.email ?? '',
      p.phone ?? '',
      p.goals.join(', '),
      { link: p.source, text: `${p.source.sheet}!${p.source.cell}` },
    ]);
    r++;
  }
  // leads not in the partner list are partners too
  for (const g of model.goals) {
    for (const l of g.leads) {
      if (model.partners.some((p) => p.contact === l.name || p.name === l.organization)) continue;
      const at = l.source ?? g.source;
      w.row(r, [
        l.organization ?? l.name,
        l.organization && l.organization !== l.name ? l.name : '',
        l.email ?? '',
        l.phone ?? '',
        g.id,
        { link: at, text: `${at.sheet}!${at.cell}` },
      ]);
      r++;
    }
  }
  const end = Math.max(r - 1, HEAD + 1);
  if (r === HEAD + 1)
    w.row(
      r,
      cols.map(() => null),
    );
  w.format(HEAD + 1, 0, end, last, { vertical: 'top' });
  w.sheet.tables.push({ name: 'Partner', range: `${w.address(HEAD, 0)}:${w.address(end, last)}`, style: 'TableStyleMedium2' });
  w.widths([40, 24, 30, 18, 16, 14]);
  w.sheet.freeze = { rows: HEAD + 1, columns: 1 };
  w.print(o.today, HEAD, L('structure.partners.title'));
  w.sheet.tabColor = COLORS.plan;
  return w.finish();
}
