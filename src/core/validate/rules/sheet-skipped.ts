/**
 * A sheet that was not read as goal data (info): a cover page, notes, an empty sheet.
 * Sheets Zielwerk generated, and sheets the layout map says to ignore, are not reported.
 *
 * @example a cover sheet "Hinweise" → sheet-skipped at Hinweise!A1
 * @example an empty sheet "Leer" → sheet-skipped ("ist leer")
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const sheetSkipped: Rule = {
  id: 'sheet-skipped',
  severity: 'info',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const s of model.skipped) {
      // Zielwerk's own sheets, and sheets a layout map says to ignore, are not the user's goal data
      if (s.reason === 'generated' || s.reason === 'ignored') continue;
      out.push({ sheet: s.sheet, cell: 'A1', goal: null, value: null, variant: s.reason, params: { sheet: s.sheet } });
    }
    return out;
  },
};
