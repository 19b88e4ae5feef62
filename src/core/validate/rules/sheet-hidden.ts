/**
 * A hidden or very hidden sheet whose goal data was read (info): the user may not know
 * its goals count.
 *
 * @example a hidden goal sheet "1.2" → sheet-hidden at its goal heading, read anyway
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const sheetHidden: Rule = {
  id: 'sheet-hidden',
  severity: 'info',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const s of model.sheets) {
      if (s.visibility === 'visible' || s.kind === 'generated' || s.kind === 'skipped') continue;
      out.push({
        sheet: s.sheet,
        cell: s.anchor ?? 'A1',
        goal: s.goals.length === 1 ? s.goals[0] : null,
        value: null,
        variant: s.visibility,
        params: { sheet: s.sheet },
      });
    }
    return out;
  },
};
