/**
 * Projekte: one row per project (fact sheets and reports merged) — provider, place, target
 * group, module, quarter, contact, partners, how many of its goals, the achievement and the
 * report's date and author — each linked to the sheet that names the project.
 */
import { t } from '../i18n';
import '../i18n/projects';
import type { Model, Rating } from '../model';
import type { SummaryOptions } from './options';
import type { PlannedSheet } from './plan';
import { COLORS, germanOrIso, SheetWriter } from './writer';

const COLUMNS = [
  'name',
  'provider',
  'place',
  'targetGroup',
  'module',
  'quarter',
  'contact',
  'email',
  'phone',
  'partners',
  'goals',
  'rating',
  'date',
  'author',
];

const RATING_FILL: Record<Exclude<Rating, null>, [string, string]> = {
  erreicht: [COLORS.goodFill, COLORS.good],
  'teilweise erreicht': [COLORS.warnFill, COLORS.warn],
  'nicht erreicht': [COLORS.badFill, COLORS.bad],
  offen: [COLORS.ongoingFill, COLORS.ongoing],
};

export function projectsSheet(model: Model, o: SummaryOptions): PlannedSheet {
  const w = new SheetWriter('projects', o.lang);
  const L = (k: string, p?: Record<string, string | number>) => t(o.lang, k, p);
  const last = COLUMNS.length - 1;
  const title = L('projects.title', { date: germanOrIso(o.today, o.lang) });
  w.header(title, o.today, last);
  w.set(2, 0, L('projects.subtitle', { count: model.projects.length }));
  w.format(2, 0, 2, last, { color: COLORS.muted });
  const head = 3;
  w.columnHeader(
    head,
    COLUMNS.map((c) => L(`projects.col.${c}`)),
  );
  let r = head + 1;
  for (const p of model.projects) {
    const date = p.date?.start && p.date.precision === 'day' ? { date: p.date.start } : (p.date?.raw ?? '');
    w.row(r, [
      { link: p.source, text: p.name },
      p.provider ?? '',
      p.place ?? '',
      p.targetGroup ?? '',
      p.module ?? '',
      p.quarter ?? '',
      p.contact?.name ?? '',
      p.contact?.email ?? '',
      p.contact?.phone ?? '',
      p.partners.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)).join('\n'),
      p.goals.length,
      p.rating ?? '',
      date,
      p.author ?? '',
    ]);
    r++;
  }
  if (model.projects.length) {
    w.format(head + 1, 0, r - 1, last, { border: 'all', vertical: 'top', wrap: true });
    w.format(head + 1, 12, r - 1, 12, { numberFormat: o.lang === 'de' ? 'DD.MM.YYYY' : 'YYYY-MM-DD' });
    const ratings = `${w.address(head + 1, 11)}:${w.address(r - 1, 11)}`;
    for (const [value, [fill, color]] of Object.entries(RATING_FILL))
      w.sheet.conditional.push({ range: ratings, type: 'equals', value, fill, color });
  } else {
    w.set(r, 0, L('projects.none'));
  }
  w.widths([34, 26, 14, 22, 8, 20, 20, 26, 18, 40, 7, 18, 12, 18]);
  w.sheet.freeze = { rows: head + 1, columns: 1 };
  w.print(o.today, head, title);
  return w.finish();
}
