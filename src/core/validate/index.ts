/**
 * validate(model) → findings. Runs every rule, renders messages in the requested language,
 * and orders the findings by sheet (workbook order) and cell (row, then column).
 */
import { fromA1 } from '../a1';
import { type Lang, t } from '../i18n';
import '../i18n/rules';
import type { IsoDate, Model } from '../model';
import { DEFAULT_BOUNDS, DEFAULT_PERIOD, type Finding, type Severity, type ValidateOptions } from './finding';
import { buildContext, type Rule } from './rule';
import { RULES } from './rules';

export * from './finding';
export { RULES };

export interface ValidateSettings extends Partial<ValidateOptions> {
  today: IsoDate;
  lang?: Lang;
  /** Run only these rules (default: all). */
  rules?: Rule[];
}

export function validate(model: Model, settings: ValidateSettings): Finding[] {
  const options: ValidateOptions = {
    today: settings.today,
    bounds: settings.bounds ?? DEFAULT_BOUNDS,
    period: settings.period ?? DEFAULT_PERIOD,
    staleMonths: settings.staleMonths ?? 6,
  };
  const lang = settings.lang ?? 'de';
  const ctx = buildContext(model, options);
  const findings: Finding[] = [];
  for (const rule of settings.rules ?? RULES) {
    for (const d of rule.check(ctx)) {
      const key = d.variant ? `rule.${rule.id}.${d.variant}` : `rule.${rule.id}`;
      const params = { ...(d.params ?? {}), sheet: d.sheet, cell: d.cell, goal: d.goal ?? '' };
      findings.push({
        rule: rule.id,
        severity: d.severity ?? rule.severity,
        sheet: d.sheet,
        cell: d.cell,
        goal: d.goal,
        message: renderMessage(lang, key, `rule.${rule.id}`, params),
        value: d.value,
        ...(d.related ? { related: d.related } : {}),
      });
    }
  }
  return sortFindings(findings, model);
}

function renderMessage(lang: Lang, key: string, fallback: string, params: Record<string, string | number>): string {
  const p: Record<string, string | number> = { ...params };
  // weekday numbers become names
  for (const k of ['written', 'actual']) if (typeof p[k] === 'number') p[k] = t(lang, `weekday.${p[k]}`);
  for (const k of ['end', 'date']) if (typeof p[k] === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(p[k] as string) && lang === 'de') p[k] = germanDay(p[k] as string);
  const text = t(lang, key, p);
  return text === key ? t(lang, fallback, p) : text;
}

function germanDay(iso: string): string {
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/** Sheet order of the workbook, then row, then column. */
export function sortFindings(findings: Finding[], model: Pick<Model, 'sheets'>): Finding[] {
  const order = new Map(model.sheets.map((s, i) => [s.sheet, i]));
  const pos = (f: Finding) => fromA1(f.cell) ?? { row: 0, col: 0 };
  return findings
    .map((f, i) => ({ f, i, p: pos(f) }))
    .sort((a, b) => (order.get(a.f.sheet) ?? 1e9) - (order.get(b.f.sheet) ?? 1e9) || a.p.row - b.p.row || a.p.col - b.p.col || a.i - b.i)
    .map((x) => x.f);
}

/** Counts per severity. */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}
