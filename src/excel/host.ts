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
import type { Grid } from '../core/grid';
import type { LayoutMap } from '../core/layout/schema';
import { LAYOUT_SHEET, layoutSheet, mergeLayouts, storedLayout, withFingerprints } from '../core/layout/store';
import { applyPlan } from './apply';
import { readWorkbook } from './read';
import type { Settings } from './settings';

export interface CheckResult {
  /** The sheets as read (the Struktur view's layout editor previews on them without reading again). */
  grids: Grid[];
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
    return { grids, model, findings: validate(model, validateSettings(settings, lang, today)), today, lang };
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
function writePlanned(settings: Settings, makePlan: (input: CheckResult) => SheetPlan, options: WriteOptions): Promise<WriteResult> {
  const lang = effectiveLang(settings);
  const today = settings.today ?? todayIso();
  return Excel.run(async (context) => {
    const { grids, tableNames } = await readWorkbook(context);
    const model = extract(grids);
    const findings = validate(model, validateSettings(settings, lang, today));
    const plan = makePlan({ grids, model, findings, today, lang });
    const edits = handEdits(grids, plan, readFingerprints(grids));
    if (edits.length && !options.force)
      return { grids, model, findings, today, lang, plan, report: { written: [], replaced: [], skipped: [] }, edits };
    const report = await applyPlan(context, plan, tableNames);
    return { grids, model, findings, today, lang, plan, report, edits };
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

/** The cell or range selected in Excel: its sheet and its address on that sheet ("B4", "A3:D3"). One round trip. */
export async function selectedRange(): Promise<{ sheet: string; address: string }> {
  return Excel.run(async (context) => {
    const range = context.workbook.getSelectedRange();
    range.load('address');
    await context.sync();
    return splitAddress(range.address);
  });
}

/** "'Plan 2020'!B4:C5" → sheet "Plan 2020", address "B4:C5". */
export function splitAddress(full: string): { sheet: string; address: string } {
  const bang = full.lastIndexOf('!');
  const sheet = full.slice(0, Math.max(bang, 0));
  const unquoted = /^'(.*)'$/.exec(sheet);
  return { sheet: unquoted ? unquoted[1].replace(/''/g, "'") : sheet, address: full.slice(bang + 1).replace(/\$/g, '') };
}

export interface LayoutWrite {
  /** The map as stored (the kept map with the given entries put in, fingerprints added). */
  stored: LayoutMap;
  /** Entries left out: their sheets are not in the workbook. */
  missing: string[];
  report: ApplyReport;
}

/**
 * Stores layout map entries in the workbook: the map it keeps, with these entries in place of
 * those for the same sheets, as the very hidden sheet Zielwerk_Lesart (replaced if there).
 * One read, one write; no other sheet is touched. Nothing is written when no entry fits.
 */
export function writeLayout(entries: LayoutMap, lang: Lang): Promise<LayoutWrite> {
  return Excel.run(async (context) => {
    const { grids, tableNames } = await readWorkbook(context);
    const kept = storedLayout(grids);
    const merged = mergeLayouts(kept && 'map' in kept ? kept.map : null, entries);
    const { map: stored, missing } = withFingerprints(merged, grids);
    if (stored.sheets.length === 0) return { stored, missing, report: { written: [], replaced: [], skipped: [] } };
    const exists = grids.some((g) => g.name === LAYOUT_SHEET);
    const plan: SheetPlan = {
      lang,
      today: todayIso(),
      // last: after the old map sheet is gone and the new one added, the last position
      sheets: [{ ...layoutSheet(stored, lang), replaces: exists ? LAYOUT_SHEET : null, position: grids.length - (exists ? 1 : 0) }],
    };
    const report = await applyPlan(context, plan, tableNames);
    return { stored, missing, report };
  });
}
