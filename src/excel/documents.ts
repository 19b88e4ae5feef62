/**
 * Documents in the task pane: writes an imported document's sheets into the open workbook in
 * one Excel.run (one read to know its sheets and goals, one write of the plan), never over an
 * existing sheet. Loaded only with the Dokumente view (a chunk of its own).
 */
import { importPlan, type ImportedDocument } from '../core/documents';
import { documentModel } from '../core/documents/template';
import { extract } from '../core/extract';
import type { Lang } from '../core/i18n';
import type { IsoDate } from '../core/model';
import type { ApplyReport, SheetPlan } from '../core/summarize';
import { type Finding, validate } from '../core/validate';
import { importDiffers } from '../core/validate/rules/import-differs';
import { applyPlan } from './apply';
import { readWorkbook } from './read';

export interface ImportResult {
  plan: SheetPlan;
  report: ApplyReport;
  /** Goal ids that already had a sheet (left out, or written beside it). */
  existing: string[];
  differences: Finding[];
}

export function importIntoWorkbook(doc: ImportedDocument, o: { lang: Lang; today: IsoDate; beside: boolean }): Promise<ImportResult> {
  return Excel.run(async (context) => {
    const { grids, tableNames } = await readWorkbook(context);
    const model = extract(grids);
    const planned = importPlan(doc, { model, names: grids.map((g) => g.name) }, o);
    const differences = validate(model, { today: o.today, lang: o.lang, rules: [importDiffers], imported: documentModel(doc, o) });
    const report = planned.plan.sheets.length
      ? await applyPlan(context, planned.plan, tableNames)
      : { written: [], replaced: [], skipped: [] };
    return { plan: planned.plan, report, existing: planned.existing.flatMap((s) => s.ids.map((x) => x.id)), differences };
  });
}
