/**
 * The same goal described differently in two places: the overview names another lead,
 * colour, rating, short title or goal text than the goal sheet (or a second overview).
 * Both cells are named.
 *
 * @example overview lead "Frau Meier", sheet lead "Frau Hagen" → warning at the overview cell
 */
import type { Mention } from '../../model';
import { fold, replaceParens } from '../../text';
import type { Rule } from '../rule';

export const goalDescribedDifferently: Rule = {
  id: 'goal-described-differently',
  severity: 'warning',
  check: ({ model }) => {
    const out = [];
    for (const g of model.goals) {
      for (const field of ['lead', 'color', 'rating', 'shortTitle', 'title'] as const) {
        const ms = g.mentions.filter((m) => m.field === field);
        if (ms.length < 2) continue;
        if (field === 'lead') {
          // an overview lead must be one of the sheet's leads; several leads on a sheet are fine
          const sheetLeads = ms.filter((m) => g.sheets.some((s) => s.sheet === m.source.sheet));
          const others = ms.filter((m) => !sheetLeads.includes(m));
          if (sheetLeads.length === 0) continue;
          for (const o of others) {
            if (!sheetLeads.some((s) => sameName(s.value, o.value))) out.push(detect(g.id, field, o, sheetLeads[0]));
          }
          continue;
        }
        const first = ms[0];
        for (const m of ms.slice(1)) if (!sameText(first.value, m.value)) out.push(detect(g.id, field, m, first));
      }
    }
    return out;
  },
};

function detect(id: string, field: Mention['field'], here: Mention, other: Mention) {
  return {
    sheet: here.source.sheet,
    cell: here.source.cell,
    goal: id,
    value: here.value,
    variant: field,
    params: { id, value: here.value, other: other.value, otherSheet: other.source.sheet, otherCell: other.source.cell },
    related: [other.source],
  };
}

function norm(s: string): string {
  return replaceParens(fold(s), ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function sameText(a: string, b: string): boolean {
  return norm(a) === norm(b);
}

const TITLES = /^(?:frau|herr|fr|hr|dr|prof)\s+/;

/** Same person or organisation: equal after folding, or one name contained in the other ("Hagen" / "Frau Hagen"). */
function sameName(a: string, b: string): boolean {
  const x = norm(a).replace(TITLES, '');
  const y = norm(b).replace(TITLES, '');
  if (!x || !y) return false;
  return x === y || ` ${x} `.includes(` ${y} `) || ` ${y} `.includes(` ${x} `);
}
