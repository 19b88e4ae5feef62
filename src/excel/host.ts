/**
 * What the task pane and the ribbon commands do with the workbook, each in one Excel.run:
 * check (2 round trips), write summaries or structured tables (3), jump to a cell (1).
 */
import { extract } from '../core/extract';
import { supportsExcelApi } from './features';
import { type Lang, langFrom } from '../core/i18n';
import type { IsoDate, Model } from '../core/model';
import {
  cleanPlan,
  existingSheets,
  handEdits,
  type HandEdit,
  readFingerprints,
  readSnapshot,
  structure,
  summarize,
  summaryOptions,
  type ApplyReport,
  type SheetPlan,
  type SummaryKey,
} from '../core/summarize';
import { type Finding, validate } from '../core/validate';
import { applyPlan } from './apply';
import { readWorkbook } from './read';
import type { Settings } from './settings';

export interface CheckResult {
  model: Model;
  findings: Finding[];
  today: IsoDate;
  lang: Lang;
}

/** The language of messages and generated sheets: the setting, else Excel's display language. */
export function effectiveLang(settings: Pick<Settings, 'lang'>): Lang {
  if (settings.lang) return settings.lang;
  try {
    return langFrom(Office.context.displayLanguage);
  } catch {
    return 'de';
  }
}

export function todayIso(): IsoDate {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function validateSettings(settings: Settings, lang: Lang, today: IsoDate) {
  return { today, lang, bounds: settings.bounds };
}

/** Reads the workbook, extracts the model and validates it. */
export async function checkWorkbook(settings: Settings): Promise<CheckResult> {
  const lang = effectiveLang(settings);
  const today = settings.today ?? todayIso();
  return Excel.run(async (context) => {
    const { grids } = await readWorkbook(context);
    const model = extract(grids);
    return { model, findings: validate(model, validateSettings(settings, lang, today)), today, lang };
  });
}

export interface WriteResult extends CheckResult {
  plan: SheetPlan;
  report: ApplyReport;
  /**
   * Generated sheets changed by hand since Zielwerk wrote them. When there are any and the
   * call did not say `force`, nothing was written: the pane asks, then calls again with force.
   */
  edits: HandEdit[];
}

/** Whether to replace generated sheets that were changed by hand (after the user said yes). */
export interface WriteOptions {
  force?: boolean;
}

/** Writes the summary sheets (all, or the chosen ones). */
export function writeSummary(settings: Settings, sheets?: SummaryKey[], options: WriteOptions = {}): Promise<WriteResult> {
  return writePlanned(
    settings,
    ({ grids, model, findings, today, lang }) =>
      summarize(
        { model, findings, existing: existingSheets(grids), previous: readSnapshot(grids), fingerprints: readFingerprints(grids) },
        summaryOptions({ today, lang, weeks: settings.weeks, ...(sheets ? { sheets } : {}) }),
      ),
    options,
  );
}

/** Writes the structured tables Ziele, Meilensteine, Partner. */
export function writeStructure(settings: Settings, options: WriteOptions = {}): Promise<WriteResult> {
  return writePlanned(
    settings,
    ({ grids, model, today, lang }) =>
      structure(
        { model, existing: existingSheets(grids), previous: readSnapshot(grids), fingerprints: readFingerprints(grids) },
        summaryOptions({ today, lang, weeks: settings.weeks }),
      ),
    options,
  );
}

/** Takes out every sheet Zielwerk added (summaries, tables, Zielwerk_Stand and any other sheet it marks as its own). */
export function removeZielwerkData(settings: Settings, options: WriteOptions = {}): Promise<WriteResult> {
  return writePlanned(settings, ({ grids, today, lang }) => cleanPlan(existingSheets(grids), { today, lang }), options);
}

/** One read, the check, a plan made from both, one write. */
function writePlanned(
  settings: Settings,
  makePlan: (input: CheckResult & { grids: Awaited<ReturnType<typeof readWorkbook>>['grids'] }) => SheetPlan,
  options: WriteOptions,
): Promise<WriteResult> {
  const lang = effectiveLang(settings);
  const today = settings.today ?? todayIso();
  return Excel.run(async (context) => {
    const { grids, tableNames } = await readWorkbook(context);
    const model = extract(grids);
    const findings = validate(model, validateSettings(settings, lang, today));
    const plan = makePlan({ grids, model, findings, today, lang });
    const edits = handEdits(grids, plan, readFingerprints(grids));
    if (edits.length && !options.force)
      return { model, findings, today, lang, plan, report: { written: [], replaced: [], skipped: [] }, edits };
    const report = await applyPlan(context, plan, tableNames);
    return { model, findings, today, lang, plan, report, edits };
  });
}

/** At most this many cells are selected at once (Excel limits the length of an address list). */
const MAX_SELECTED = 60;

/**
 * Activates a sheet and selects the given cells (the cells Zielwerk did not understand): all
 * of them where Excel can select several areas at once (ExcelApi 1.18), else the first.
 */
export async function selectCells(sheet: string, cells: string[]): Promise<void> {
  if (cells.length === 0) return;
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    if (supportsExcelApi('1.18')) ws.getRanges(cells.slice(0, MAX_SELECTED).join(',')).select();
    else ws.getRange(cells[0]).select();
    await context.sync();
  });
}

/** Activates a sheet and selects a cell (a finding's place). */
export async function navigate(sheet: string, cell: string): Promise<void> {
  await Excel.run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
