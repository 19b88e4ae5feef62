/**
 * A document read for import names a goal the workbook already has, and says something else
 * about it: another lead, other participants, another interim goal, milestones or status
 * checks the sheet does not have (or the other way round). The import never overwrites the
 * sheet; these findings say what to carry over by hand (or compare with the "(Import)" sheet).
 * Runs only when validation is given the imported goals (`imported`, see `zielwerk import`).
 *
 * @example sheet 7.47: lead "Yannis Krone", document: "Yanis Krone, AWO" and "Johanna Leifeld" → warning at the lead cell
 */
import type { Goal, Milestone, StatusCheck } from '../../model';
import { squash } from '../../text';
import type { Detection } from '../finding';
import type { Rule } from '../rule';

function norm(s: string | null | undefined): string {
  return squash((s ?? '').toLowerCase())
    .replace(/[\s.,;:–-]+/g, ' ')
    .trim();
}

function milestoneKey(m: Milestone): string {
  return `${norm(m.date?.raw)}|${norm(m.text)}`;
}

function checkKey(c: StatusCheck): string {
  return c.date?.start ?? norm(c.date?.raw);
}

/** Items of `a` that `b` lacks, as written in `a`. */
function missing<T>(a: T[], b: T[], key: (x: T) => string, show: (x: T) => string): string[] {
  const have = new Set(b.map(key));
  return a.filter((x) => !have.has(key(x))).map(show);
}

export function goalDifferences(
  sheet: Goal,
  doc: Goal,
): { field: string; cell: { sheet: string; cell: string }; value: string; other: string }[] {
  const out: { field: string; cell: { sheet: string; cell: string }; value: string; other: string }[] = [];
  const at = (c: { sheet: string; cell: string } | null | undefined) => c ?? sheet.source;
  if (doc.title && norm(doc.title) !== norm(sheet.title))
    out.push({ field: 'title', cell: at(sheet.source), value: doc.title, other: sheet.title ?? '' });
  const leads = (g: Goal) =>
    g.leads
      .map((l) => norm(l.name))
      .sort()
      .join(', ');
  if (doc.leads.length && leads(doc) !== leads(sheet))
    out.push({
      field: 'lead',
      cell: at(sheet.labels.lead),
      value: doc.leads.map((l) => l.name).join(', '),
      other: sheet.leads.map((l) => l.name).join(', '),
    });
  const parts = (g: Goal) => g.participants.map(norm).sort().join(', ');
  if (doc.participants.length && parts(doc) !== parts(sheet))
    out.push({
      field: 'participants',
      cell: at(sheet.labels.participants),
      value: doc.participants.join(', '),
      other: sheet.participants.join(', '),
    });
  if (doc.interimGoal?.text && norm(doc.interimGoal.text) !== norm(sheet.interimGoal?.text))
    out.push({
      field: 'interim',
      cell: at(sheet.interimGoal?.source ?? sheet.labels.interimGoal),
      value: doc.interimGoal.text,
      other: sheet.interimGoal?.text ?? '',
    });
  for (const m of missing(doc.milestones, sheet.milestones, milestoneKey, (x) => [x.date?.raw, x.text].filter(Boolean).join(' ')))
    out.push({ field: 'milestone-new', cell: at(sheet.labels.milestones), value: m, other: '' });
  for (const m of missing(sheet.milestones, doc.milestones, milestoneKey, (x) => [x.date?.raw, x.text].filter(Boolean).join(' ')))
    if (doc.milestones.length) out.push({ field: 'milestone-gone', cell: at(sheet.labels.milestones), value: m, other: '' });
  const reported = (ms: Milestone[]) => new Map(ms.map((m) => [milestoneKey(m), norm(m.report)]));
  const sheetReports = reported(sheet.milestones);
  for (const m of doc.milestones) {
    const mine = sheetReports.get(milestoneKey(m));
    if (mine !== undefined && m.report && norm(m.report) !== mine)
      out.push({ field: 'report', cell: at(sheet.labels.milestones), value: m.report, other: m.text });
  }
  for (const c of missing(doc.statusChecks, sheet.statusChecks, checkKey, (x) => [x.date?.raw, x.person].filter(Boolean).join(', ')))
    out.push({ field: 'check-new', cell: at(sheet.source), value: c, other: '' });
  return out;
}

export const importDiffers: Rule = {
  id: 'import-differs',
  severity: 'warning',
  check: ({ model, options }) => {
    const out: Detection[] = [];
    if (!options.imported) return out;
    for (const doc of options.imported.goals) {
      const sheet = model.goals.find((g) => g.id === doc.id);
      if (!sheet) continue;
      for (const d of goalDifferences(sheet, doc)) {
        out.push({
          sheet: d.cell.sheet,
          cell: d.cell.cell,
          goal: sheet.id,
          value: d.value,
          variant: d.field,
          params: { id: sheet.id, value: d.value, other: d.other },
        });
      }
    }
    return out;
  },
};
