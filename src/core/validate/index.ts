/**
 * validate(model) → findings. Runs every rule, renders messages in the requested language,
 * and orders the findings by sheet (workbook order) and cell (row, then column).
 */
import { fromA1 } from '../a1';
import { cutAtWord } from '../text';
import { has, type Lang, renderer, t } from '../i18n';
import '../i18n/rules';
import type { IsoDate, Model } from '../model';
import { MILESTONE_STATES } from '../constants';
import { DEFAULT_BOUNDS, DEFAULT_PERIOD } from './defaults';
import type { Finding, Severity, ValidateOptions } from './finding';
import { buildContext, type Rule } from './rule';
import { RULES } from './rules';

// types only: the zod schema (./finding) stays out of the browser bundles
export type { Detection, Finding, Severity, ValidateOptions } from './finding';
export { SEVERITIES } from '../constants';
export { DEFAULT_BOUNDS, DEFAULT_PERIOD } from './defaults';
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
  if (settings.imported) options.imported = settings.imported;
  const lang = settings.lang ?? 'de';
  const ctx = buildContext(model, options);
  const findings: Finding[] = [];
  for (const rule of settings.rules ?? RULES) {
    const base = `rule.${rule.id}`;
    // one renderer per message (the rule's, or a variant's): findings of one rule share their text
    const renderers = new Map<string | undefined, (p: Record<string, string | number>) => string>();
    const render = (variant: string | undefined) => {
      let r = renderers.get(variant);
      if (!r) {
        const key = variant ? `${base}.${variant}` : base;
        r = renderer(lang, has(key) ? key : base, quoteForMessage);
        renderers.set(variant, r);
      }
      return r;
    };
    const detections = rule.check(ctx);
    for (let i = 0; i < detections.length; i++) {
      const d = detections[i];
      // the detection's params object is its own: add the common parameters in place
      const params = d.params ?? {};
      params.sheet = d.sheet;
      params.cell = d.cell;
      params.goal = d.goal ?? '';
      const finding: Finding = {
        rule: rule.id,
        severity: d.severity ?? rule.severity,
        sheet: d.sheet,
        cell: d.cell,
        goal: d.goal,
        message: render(d.variant)(localize(lang, params)),
        value: d.value,
      };
      if (d.related) finding.related = d.related;
      if (d.file !== undefined) finding.file = d.file;
      findings.push(finding);
    }
  }
  qualifyUncertain(findings, model, lang);
  return sortFindings(findings, model);
}

/** Rules that report something missing: on a sheet not fully read, it may be in an unread cell. */
const MISSING = new Set([
  'goal-without-lead',
  'goal-without-participants',
  'goal-without-interim-goal',
  'goal-without-milestones',
  'status-check-missing',
]);

/**
 * Zielwerk accuses only what it read with confidence. A finding on a sheet whose kind was
 * guessed from weak evidence says it is unsure and is at most a warning; a finding that
 * something is missing on a goal whose sheet was not fully read says where it may be. The
 * reading findings (error values, skipped or partly read sheets) stand as they are.
 */
function qualifyUncertain(findings: Finding[], model: Model, lang: Lang): void {
  // a workbook read completely and with confidence (the usual case) has nothing to qualify
  if (model.sheets.every((s) => s.confidence !== 'low' && s.coverage >= 1)) return;
  const sheets = new Map(model.sheets.map((s) => [s.sheet, s]));
  const goals = new Map(model.goals.map((g) => [g.id, g]));
  const uncertain = renderer(lang, 'finding.uncertain');
  const notFullyRead = renderer(lang, 'finding.notFullyRead');
  for (const f of findings) {
    if (f.rule.startsWith('read-') || f.rule.startsWith('sheet-')) continue;
    if (MISSING.has(f.rule) && f.goal) {
      const g = goals.get(f.goal);
      const partly = g && [...g.sheets, g.source].map((r) => sheets.get(r.sheet)).find((s) => s && s.coverage < 1);
      if (partly) {
        f.message = notFullyRead({ message: f.message, sheet: partly.sheet, coverage: Math.round(partly.coverage * 100) });
        if (f.severity === 'error') f.severity = 'warning';
        f.uncertain = true;
        continue;
      }
    }
    const s = sheets.get(f.sheet);
    if (s?.confidence === 'low') {
      f.message = uncertain({ message: f.message, sheet: f.sheet });
      if (f.severity === 'error') f.severity = 'warning';
      f.uncertain = true;
    }
  }
}

/** Quoted text longer than this is cut with "…" (the finding's `value` keeps all of it). */
const QUOTE_MAX = 100;

/**
 * A text parameter of a message (mostly a quote of the user's text): one line, at most
 * QUOTE_MAX characters. Sheet names, ids and days are shorter and pass unchanged.
 */
export function quoteForMessage(s: string): string {
  if (s.length <= QUOTE_MAX && s.indexOf('\n') < 0) return s;
  return cutAtWord(s, QUOTE_MAX);
}

/** Weekday numbers become names, ISO days German days (in German). */
function localize(lang: Lang, p: Record<string, string | number>): Record<string, string | number> {
  if (typeof p.written === 'number') p.written = t(lang, `weekday.${p.written}`);
  if (typeof p.actual === 'number') p.actual = t(lang, `weekday.${p.actual}`);
  // a milestone's state by its id ("in-progress" → "in Arbeit")
  if (typeof p.state === 'string' && (MILESTONE_STATES as readonly string[]).includes(p.state)) p.state = t(lang, `state.${p.state}`);
  if (lang === 'de') {
    if (typeof p.end === 'string' && ISO_DAY.test(p.end)) p.end = germanDay(p.end);
    if (typeof p.date === 'string' && ISO_DAY.test(p.date)) p.date = germanDay(p.date);
  }
  return p;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** German renderings of ISO days; findings name the same few days thousands of times. */
const GERMAN_DAYS = new Map<string, string>();

function germanDay(iso: string): string {
  let day = GERMAN_DAYS.get(iso);
  if (day === undefined) {
    day = `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
    if (GERMAN_DAYS.size >= 10_000) GERMAN_DAYS.clear();
    GERMAN_DAYS.set(iso, day);
  }
  return day;
}

/** Sheet order of the workbook, then row, then column. */
export function sortFindings(findings: Finding[], model: Pick<Model, 'sheets'>): Finding[] {
  const order = new Map<string, number>();
  for (let i = 0; i < model.sheets.length; i++) order.set(model.sheets[i].sheet, i);
  // one number per finding: sheet, then row, then column (exact below 2^53 for any workbook:
  // 2^20 rows × 2^14 columns × the sheet count); the sort is stable, so ties keep rule order
  const keys = new Float64Array(findings.length);
  // packed arrays filled by push: their kind never changes between runs (steady optimised code)
  const positions: number[] = [];
  for (let i = 0; i < findings.length; i++) {
    const f = findings[i];
    const p = fromA1(f.cell);
    const sheet = order.get(f.sheet) ?? order.size;
    keys[i] = (sheet * 1048576 + (p ? p.row : 0)) * 16384 + (p ? p.col : 0);
    positions.push(i);
  }
  positions.sort((a, b) => keys[a] - keys[b]);
  const sorted: Finding[] = [];
  for (let i = 0; i < positions.length; i++) sorted.push(findings[positions[i]]);
  return sorted;
}

/** Counts per severity. */
export function countFindings(findings: Finding[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity]++;
  return counts;
}

/** A rule's name as the interface shows it ("Meilenstein überfällig"); the id where a rule has none. */
export function ruleTitle(lang: Lang, id: string): string {
  const key = `rule-title.${id}`;
  return has(key) ? t(lang, key) : id;
}
