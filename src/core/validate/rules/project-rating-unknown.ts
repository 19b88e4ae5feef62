/**
 * A project's achievement in words Zielwerk cannot place on the scale erreicht / teilweise
 * erreicht / nicht erreicht / offen ("Die Ziele wurden weitgehend umgesetzt."): the Projekte
 * sheet cannot colour it, and reports across projects cannot count it.
 *
 * @example "Zielerreichung: gut gelaufen" → warning
 */
import type { Detection } from '../finding';
import type { Rule } from '../rule';

export const projectRatingUnknown: Rule = {
  id: 'project-rating-unknown',
  severity: 'warning',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const p of model.projects) {
      if (!p.ratingText || p.rating) continue;
      const at = p.cells.rating ?? p.source;
      out.push({ sheet: at.sheet, cell: at.cell, goal: null, value: p.ratingText, params: { project: p.name, value: p.ratingText } });
    }
    return out;
  },
};
