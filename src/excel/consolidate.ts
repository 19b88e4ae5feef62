/**
 * Office.js host for the task pane's Zusammenführen view: writes the consolidated sheets into
 * the open workbook through the same path as the summary — one read (2 round trips, for the
 * sheets and tables there are) and one write of the plan. Loaded with the view, not with the pane.
 */
import type { Consolidated } from '../core/consolidate';
import { consolidatedPlan } from '../core/consolidate/plan';
import type { IsoDate } from '../core/model';
import { type ApplyReport, existingSheets, type SheetPlan, summaryOptions } from '../core/summarize';
import { applyPlan } from './apply';
import { readWorkbook } from './read';

export async function writeConsolidated(
  c: Consolidated,
  o: { today: IsoDate; lang: 'de' | 'en'; weeks: number },
): Promise<{ plan: SheetPlan; report: ApplyReport }> {
  return Excel.run(async (context) => {
    const { grids, tableNames } = await readWorkbook(context);
    // the files' places are unknown to the pane (it only got their contents): sources are named, not linked
    const plan = consolidatedPlan(c, existingSheets(grids), summaryOptions({ ...o, sources: {} }));
    const report = await applyPlan(context, plan, tableNames);
    return { plan, report };
  });
}
