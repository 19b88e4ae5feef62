/**
 * Two spellings of one person or organisation in the workbooks of two working groups
 * (consolidation): the Partner sheet merges names written alike, and a coordinator should
 * make the spellings one. The same comparison as near-duplicate-name (src/core/people), over
 * partners and leads, each spelling against the spellings of the other files; within one
 * workbook near-duplicate-name reports them. Identical spellings are the same entity.
 *
 * @example AG-Sprache.xlsx Partner!A3 "AWO Kreisverband Paderborn", AG-Schule.xlsx Partner!A5
 *          "Arbeiterwohlfahrt Kreisverband Paderborn e.V." → warning at AG-Schule.xlsx Partner!A5
 */
import type { CellRef } from '../../model';
import {
  normalizePerson,
  prepareOrganization,
  preparePerson,
  type PreparedOrganization,
  type PreparedPerson,
  similarPersons,
  similarPrepared,
} from '../../people';
import type { Detection } from '../finding';
import type { Rule } from '../rule';

interface Spelling {
  text: string;
  kind: 'person' | 'organization';
  at: CellRef;
  goal: string | null;
  person?: PreparedPerson;
  organization?: PreparedOrganization;
}

export const nearDuplicateAcrossFiles: Rule = {
  id: 'near-duplicate-across-files',
  severity: 'warning',
  check: ({ model }) => {
    // the first place of each spelling, in file order
    const first = new Map<string, Spelling>();
    const add = (text: string, kind: Spelling['kind'], at: CellRef, goal: string | null) => {
      if (at.file === undefined) return;
      const key = `${kind}|${text.trim()}`;
      if (!first.has(key)) first.set(key, { text: text.trim(), kind, at, goal });
    };
    for (const g of model.goals) {
      for (const l of g.leads) {
        const at = l.source ?? g.source;
        if (l.name !== l.organization) add(l.name, 'person', at, g.id);
        if (l.organization) add(l.organization, 'organization', at, g.id);
      }
    }
    for (const p of model.partners) {
      add(p.name, 'organization', p.source, p.goals.length === 1 ? p.goals[0] : null);
      if (p.contact) add(p.contact, 'person', { sheet: p.source.sheet, cell: p.cells.contact ?? p.source.cell, file: p.source.file }, null);
    }
    const out: Detection[] = [];
    const earlier: Spelling[] = [];
    for (const b of first.values()) {
      if (b.kind === 'person') b.person = preparePerson(normalizePerson(b.text));
      else b.organization = prepareOrganization(b.text);
      // reported once, at the later spelling, against the first earlier one of another file it resembles
      const a = earlier.find(
        (x) =>
          x.kind === b.kind &&
          x.at.file !== b.at.file &&
          (b.kind === 'person' ? similarPersons(x.person!, b.person!) : similarPrepared(x.organization!, b.organization!)),
      );
      earlier.push(b);
      if (!a) continue;
      out.push({
        sheet: b.at.sheet,
        cell: b.at.cell,
        file: b.at.file,
        goal: b.goal ?? a.goal,
        value: b.text,
        variant: b.kind,
        params: { value: b.text, other: a.text, otherFile: a.at.file ?? '', otherSheet: a.at.sheet, otherCell: a.at.cell },
        related: [a.at],
      });
    }
    return out;
  },
};
