/**
 * A project sheet without a field its kind needs: a fact sheet (it names a Träger, place,
 * target group …) needs Träger, place, target group and a contact with e-mail or phone; a
 * yearly report (it tells what became of the project's goals) needs the achievement, Ausblick, date and
 * author. One finding per missing field, at the project's name.
 *
 * @example fact sheet "Zusammen im Quartier" without "Projektträger" → warning "Träger fehlt"
 */
import type { Project } from '../../model';
import type { Detection } from '../finding';
import type { Rule } from '../rule';

/** The fields of a fact sheet, and of a report, that must be there. */
export function missingProjectFields(p: Project): string[] {
  const out: string[] = [];
  // a report's closing line names a place too: the place alone does not make a fact sheet
  const fact = !!(p.provider || p.region || p.targetGroup || p.module || p.quarter || p.contact);
  if (fact) {
    if (!p.provider) out.push('provider');
    if (!p.place) out.push('place');
    if (!p.targetGroup) out.push('targetGroup');
    if (!p.contact?.name) out.push('contactName');
    if (!p.contact?.email && !p.contact?.phone) out.push('reach');
  }
  // a report tells what became of its goals; a fact sheet's goal list ("Ziele / erwartete Ergebnisse") does not
  const report = p.goals.some((g) => g.report) || !!p.ratingText || !!p.outlook || !!p.author;
  if (report) {
    if (!p.ratingText) out.push('rating');
    if (!p.outlook) out.push('outlook');
    if (!p.date) out.push('date');
    if (!p.author) out.push('author');
  }
  if (!fact && !p.goals.length) out.push('goals');
  return out;
}

export const projectFieldMissing: Rule = {
  id: 'project-field-missing',
  severity: 'warning',
  check: ({ model }) => {
    const out: Detection[] = [];
    for (const p of model.projects) {
      for (const field of missingProjectFields(p)) {
        out.push({ sheet: p.source.sheet, cell: p.source.cell, goal: null, value: null, variant: field, params: { project: p.name } });
      }
    }
    return out;
  },
};
