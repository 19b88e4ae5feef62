/**
 * A sheet Zielwerk read only in part: goal data it understood, and cells it did not (a
 * label it does not know, a column it cannot place, a layout it does not read). Names how
 * many cells and the first few, at the first of them. A sheet that looks like goal data (a
 * table, a goal heading or labels were found) but could not be read at all is reported too.
 * The fix is the user's choice: the cells may be fine and only unknown to Zielwerk.
 *
 * @example Blatt "7.47" with "Zielgruppe: Kinder" in A9:B9 → warning at A9, 2 cells, 93 % read
 * @example a sheet "Maßnahmen" with a milestone table but no goal id anywhere → warning (variant notRead)
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

/** How many unread cells a message names. */
const NAMED = 5;

export const sheetPartlyRead: Rule = {
  id: 'sheet-partly-read',
  severity: 'warning',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const s of model.sheets) {
      if (s.unreadCount === 0 || s.kind === 'generated') continue;
      const skipped = s.kind === 'skipped';
      // a skipped sheet is reported only when something on it looked like goal data
      if (skipped && s.regions.length === 0) continue;
      const cells = s.unread.slice(0, NAMED).join(', ') + (s.unreadCount > NAMED ? ' …' : '');
      out.push({
        sheet: s.sheet,
        cell: s.unread[0] ?? 'A1',
        goal: s.goals.length === 1 ? s.goals[0] : null,
        value: null,
        variant: skipped ? 'notRead' : undefined,
        params: { sheet: s.sheet, n: s.unreadCount, cells, coverage: Math.round(s.coverage * 100) },
      });
    }
    return out;
  },
};
