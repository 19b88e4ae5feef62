/**
 * The layout map the user taught no longer fits the workbook (warning): the map kept in the
 * workbook cannot be read, a sheet it names is gone, the header row it names moved or is gone,
 * or nothing could be read from a sheet the way the map says. Where the header only moved, the
 * sheet was read at its new place; otherwise the built-in reading was used. Teach the sheet
 * again ("Lesart anpassen", `zielwerk layout --set`) to make the finding go away.
 *
 * @example the map reads sheet "Planung" from header row 3, a row was inserted above it
 *   → layout-map-stale (moved) at Planung!A4, value "3 → 4"
 * @example the map names sheet "Alt", which was deleted → layout-map-stale (sheetMissing)
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

/** The wording of each layout reading problem (also the task pane's preview). */
export const LAYOUT_PROBLEM_VARIANTS: Readonly<Record<string, string>> = {
  'layout-unreadable': 'unreadable',
  'layout-sheet-missing': 'sheetMissing',
  'layout-header-moved': 'moved',
  'layout-header-missing': 'headerMissing',
  'layout-nothing-read': 'nothingRead',
};

export const layoutMapStale: Rule = {
  id: 'layout-map-stale',
  severity: 'warning',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const p of model.problems) {
      const variant = LAYOUT_PROBLEM_VARIANTS[p.kind];
      if (!variant) continue;
      out.push({ sheet: p.sheet, cell: p.cell, goal: null, value: p.value, variant, params: { sheet: p.sheet, value: p.value } });
    }
    return out;
  },
};
