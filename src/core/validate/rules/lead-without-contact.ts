/**
 * A lead without any way to reach them: no e-mail and no phone on the goal sheet, and no
 * partner-list row for the same person with one. The May/November calls need a number.
 *
 * @example "Ansprechperson: Frau Hagen" and no partner row → warning
 */
import { fold, replaceParens } from '../../text';
import type { Rule } from '../rule';

export const leadWithoutContact: Rule = {
  id: 'lead-without-contact',
  severity: 'warning',
  check: ({ model }) => {
    const reachable = new Set<string>();
    for (const p of model.partners) {
      if (!p.email && !p.phone) continue;
      if (p.contact) reachable.add(surname(p.contact));
      reachable.add(fold(p.name));
    }
    const out = [];
    for (const g of model.goals) {
      if (g.color === 'blau') continue;
      for (const l of g.leads) {
        if (l.email || l.phone) continue;
        if (reachable.has(surname(l.name)) || reachable.has(fold(l.name))) continue;
        const at = l.source ?? g.labels.lead ?? g.source;
        out.push({ sheet: at.sheet, cell: at.cell, goal: g.id, value: l.name, params: { name: l.name, id: g.id } });
      }
    }
    return out;
  },
};

/** The last word of a name, folded: "Frau Fabienne Fulland" → "fulland". */
function surname(name: string): string {
  const words = replaceParens(fold(name), '').trim().split(/\s+/);
  return words[words.length - 1] ?? '';
}
