/**
 * A validation rule: a stable id, a default severity and a pure check over the model.
 * Each rule lives in its own file under ./rules, with a doc comment and an example; the
 * registry in ./rules/index.ts lists them all. Messages live in src/core/i18n/rules.ts
 * under `rule.<id>`.
 */
import { milestoneCell, milestoneSheet } from '../milestone';
import type { Goal, Milestone, Model, ReadProblem, StatusCheck } from '../model';
import type { Detection, Severity, ValidateOptions } from './finding';

export interface RuleContext {
  model: Model;
  options: ValidateOptions;
  /** Every milestone once (a shared one appears under both goals), orphans included. */
  milestones: Milestone[];
  goalsById: Map<string, Goal>;
  /** Every status check once (one row may name several goals), with the first goal it names; orphans included. */
  statusChecks: { check: StatusCheck; goal: string | null }[];
  /** "Sheet!A1" of cells already reported as reading problems (#REF!, formula without value). */
  problemCells: Set<string>;
}

export interface Rule {
  id: string;
  severity: Severity;
  check(ctx: RuleContext): Detection[];
}

export function buildContext(model: Model, options: ValidateOptions): RuleContext {
  const seen = new Set<Milestone>();
  const milestones: Milestone[] = [];
  for (const g of model.goals) {
    const list = g.milestones;
    for (let i = 0; i < list.length; i++) {
      const m = list[i];
      // extraction lists a milestone under each of its goals: only shared ones can repeat
      if (m.goalIds.length === 1 && m.goalIds[0] === g.id) milestones.push(m);
      else if (!seen.has(m)) {
        seen.add(m);
        milestones.push(m);
      }
    }
  }
  // milestones without a known goal are checked too (dates, text), just not per goal
  for (const m of model.orphans.milestones) {
    if (!seen.has(m)) {
      seen.add(m);
      milestones.push(m);
    }
  }
  // plain loops: Map and Set built from mapped arrays sent the optimised code back every run
  const problemCells = new Set<string>();
  for (const p of model.problems) problemCells.add(`${p.sheet}!${p.cell}`);
  const goalsById = new Map<string, Goal>();
  for (const g of model.goals) goalsById.set(g.id, g);
  // a log row naming two goals is one check under both; orphans are copies: keep each cell once
  const statusChecks: RuleContext['statusChecks'] = [];
  const checkCells = new Set<string>();
  const addCheck = (check: StatusCheck, goal: string | null) => {
    const key = `${check.source.sheet}!${check.source.cell}`;
    if (checkCells.has(key)) return;
    checkCells.add(key);
    statusChecks.push({ check, goal });
  };
  for (const g of model.goals) for (const c of g.statusChecks) addCheck(c, g.id);
  for (const c of model.orphans.statusChecks) addCheck(c, null);
  return { model, options, milestones, goalsById, problemCells, statusChecks };
}

export { isDone } from '../status';

/**
 * The cell a finding about a milestone's date points at: where the date was written — the
 * measure text when it was found there ("Do, 17. Januar 2018 Treffen …" under an empty
 * MM/JJ cell) — else the date cell, else the text cell.
 */
export function dateCellOf(m: Milestone): string {
  if (m.date?.fromText) {
    const text = milestoneCell(m, 'text');
    if (text) return text;
  }
  return milestoneCell(m, 'date') ?? milestoneCell(m, 'text') ?? milestoneCell(m, 'first')!;
}

/** The sheet of a milestone (rules ask this of thousands: without making its `source`). */
export const sheetOf = milestoneSheet;

/** The address of a part of a milestone's row, or null (without making its `cells`). */
export const cellOf = milestoneCell;

/** The goal a milestone finding belongs to (the first of a shared milestone's goals). */
export function goalOf(m: Milestone): string | null {
  return m.goalIds[0] ?? null;
}

/**
 * Detections for dates (of milestones and of status checks) whose reading error is one of
 * `errors`: the date rules differ only in which errors they own. `skip` leaves out
 * milestones already reported otherwise.
 */
export function dateErrors(ctx: RuleContext, errors: ReadonlySet<string>, skip: (m: Milestone) => boolean = () => false): Detection[] {
  const out: Detection[] = [];
  for (const m of ctx.milestones) {
    const d = m.date;
    if (!d?.error || !errors.has(d.error) || skip(m)) continue;
    out.push({ sheet: sheetOf(m), cell: dateCellOf(m), goal: goalOf(m), value: d.raw, variant: d.error, params: { raw: d.raw } });
  }
  // indexed loops: for…of here kept sending the optimised code back (arrays of several element kinds)
  const checks = ctx.statusChecks;
  for (let i = 0; i < checks.length; i++) {
    const { check: c, goal } = checks[i];
    const d = c.date;
    if (!d?.error || !errors.has(d.error)) continue;
    out.push({ sheet: c.source.sheet, cell: c.source.cell, goal, value: d.raw, variant: d.error, params: { raw: d.raw } });
  }
  return out;
}

/**
 * A rule over the host's reading problems (model.problems) of one kind: the reading rules
 * differ only in kind and severity.
 */
export function problemRule(id: string, severity: Severity, kind: ReadProblem['kind']): Rule {
  return {
    id,
    severity,
    check: ({ model }) => {
      const out: Detection[] = [];
      for (const p of model.problems) {
        if (p.kind !== kind) continue;
        out.push({ sheet: p.sheet, cell: p.cell, goal: p.goal, value: p.value, params: { value: p.value, assumed: p.assumed ?? '' } });
      }
      return out;
    },
  };
}
