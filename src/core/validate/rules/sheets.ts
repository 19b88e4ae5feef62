/**
 * Sheets that were not read as goal data, and hidden sheets that were read.
 *
 * @example a cover sheet "Hinweise" → sheet-skipped (info) at Hinweise!A1
 * @example a hidden goal sheet → sheet-hidden (info): it was read anyway
 */
import type { Rule } from '../rule';

/** A sheet without goal data (cover page, notes). Sheets Zielwerk generated are not the user's data and are not reported. */
export const sheetSkipped: Rule = {
  id: 'sheet-skipped',
  severity: 'info',
  check: ({ model }) =>
    model.skipped
      .filter((s) => s.reason !== 'generated')
      .map((s) => ({ sheet: s.sheet, cell: 'A1', goal: null, value: null, variant: s.reason, params: { sheet: s.sheet } })),
};

/** A hidden or very hidden sheet whose goal data was read. */
export const sheetHidden: Rule = {
  id: 'sheet-hidden',
  severity: 'info',
  check: ({ model }) =>
    model.sheets
      .filter((s) => s.visibility !== 'visible' && s.kind !== 'generated' && s.kind !== 'skipped')
      .map((s) => ({
        sheet: s.sheet,
        cell: s.anchor ?? 'A1',
        goal: s.goals.length === 1 ? s.goals[0] : null,
        value: null,
        variant: s.visibility,
        params: { sheet: s.sheet },
      })),
};
