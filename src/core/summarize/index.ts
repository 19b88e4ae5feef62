/**
 * summarize(…) and structure(…): the model (and findings, and the previous snapshot) in,
 * a SheetPlan out. Pure; the hosts apply it.
 */
import type { Grid } from '../grid';
import { isGeneratedGrid } from '../marker';
import type { Model } from '../model';
import { DEFAULT_PERIOD } from '../validate/defaults';
import type { Finding } from '../validate/finding';
import { changesSheet, fillSnapshot, type Snapshot, snapshotSheet, takeSnapshot } from './changes';
import { type Fingerprint, nextFingerprints } from './edits';
import { dueSheet } from './due';
import { type ExistingSheet, placeSheets } from './names';
import { type SummaryOptions } from './options';
import { overviewSheet } from './overview';
import { partnersSheet } from './partners';
import { projectsSheet } from './projects';
import type { PlannedSheet, SheetPlan, SummaryKey } from './plan';
import { reportSheet } from './report';
import { goalsTableSheet, milestonesTableSheet, partnersTableSheet } from './structure';
import { timelineSheet } from './timeline';

export * from './plan';
export { ALL_SUMMARY_SHEETS, summaryOptions, type SummaryOptions } from './options';
export { candidateNames, keyByName, SHEET_NAMES, type ExistingSheet } from './names';
export { readSnapshot, readFingerprints, takeSnapshot, diffSnapshots, type Snapshot } from './changes';
export { handEdits, type Fingerprint, type HandEdit } from './edits';

/** The workbook's sheets as the planner needs them: names and whether Zielwerk generated them. */
export function existingSheets(grids: Grid[]): ExistingSheet[] {
  return grids.map((g) => ({ name: g.name, generated: isGeneratedGrid(g) }));
}

export interface SummarizeInput {
  model: Model;
  findings: Finding[];
  existing: ExistingSheet[];
  /** The snapshot of the previous summary (see readSnapshot), or null. */
  previous: Snapshot | null;
  /**
   * Fingerprints of the generated sheets as Zielwerk last wrote them (readFingerprints).
   * Given, the plan keeps them up to date in Zielwerk_Stand on every run, so the next run can
   * tell hand edits (edits.ts); absent, the snapshot is written only with Änderungen, as before.
   */
  fingerprints?: Record<string, Fingerprint>;
}

/** The summary sheets, plus the snapshot that the next run compares against. */
export function summarize(input: SummarizeInput, o: SummaryOptions): SheetPlan {
  const { model, findings, existing, previous } = input;
  const names = new Set(existing.map((e) => e.name));
  const now = takeSnapshot(model, findings, o.today);
  const builders: Record<SummaryKey, () => PlannedSheet> = {
    overview: () => overviewSheet(model, o),
    due: () => dueSheet(model, o),
    partners: () => partnersSheet(model, o),
    timeline: () => timelineSheet(model, o, DEFAULT_PERIOD),
    report: () => reportSheet(findings, names, o),
    changes: () => changesSheet(previous, now, names, o),
    projects: () => projectsSheet(model, o),
  };
  // the Projekte sheet only for a workbook that describes projects
  const sheets = o.sheets.filter((k) => k !== 'projects' || model.projects.length > 0).map((k) => builders[k]());
  // the change base is only renewed together with the Änderungen sheet, so "since the last summary" stays true
  const renew = o.sheets.includes('changes');
  if (renew || input.fingerprints) sheets.push(snapshotSheet(renew ? now : previous, o.lang, o.today));
  return withFingerprints(sheets, existing, o, input.fingerprints);
}

/** Places the sheets and writes the fingerprints of those the plan writes into its snapshot sheet. */
function withFingerprints(
  sheets: PlannedSheet[],
  existing: ExistingSheet[],
  o: SummaryOptions,
  stored?: Record<string, Fingerprint>,
): SheetPlan {
  placeSheets(sheets, existing, o.lang);
  const plan: SheetPlan = { lang: o.lang, today: o.today, sheets };
  const snapshot = sheets.find((s) => s.key === 'snapshot');
  if (snapshot && stored) fillSnapshot(snapshot, nextFingerprints(plan, stored));
  return plan;
}

/** The structured tables Ziele, Meilensteine, Partner. */
export function structure(
  input: Pick<SummarizeInput, 'model' | 'existing' | 'fingerprints'> & { previous?: Snapshot | null },
  o: SummaryOptions,
): SheetPlan {
  const goals = goalsTableSheet(input.model, o);
  const sheets = [goals, milestonesTableSheet(input.model, o, '', input.model.goals.length), partnersTableSheet(input.model, o)];
  // with fingerprints, the snapshot sheet is written again: the change base as it was, the fingerprints renewed
  if (input.fingerprints) sheets.push(snapshotSheet(input.previous ?? null, o.lang, o.today));
  const plan = withFingerprints(sheets, input.existing, o, input.fingerprints);
  // the dropdown of goal ids points at the Ziele sheet, whose final name is known only now
  const ms = sheets[1];
  const quoted = `'${goals.name.replace(/'/g, "''")}'`;
  for (const v of ms.validations) if (!Array.isArray(v.list)) v.list = { source: v.list.source.replace(/^=''!/, `=${quoted}!`) };
  return plan;
}

/**
 * The plan that takes out everything Zielwerk added: every sheet it marks as its own (the
 * summary sheets, the Struktur tables, the very hidden Zielwerk_Stand and any other
 * `Zielwerk_…` sheet carrying its marker). The user's own sheets stay as they are.
 */
export function cleanPlan(existing: ExistingSheet[], o: Pick<SummaryOptions, 'today' | 'lang'>): SheetPlan {
  return { lang: o.lang, today: o.today, sheets: [], remove: existing.filter((e) => e.generated).map((e) => e.name) };
}
