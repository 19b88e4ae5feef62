/**
 * Two spellings of one person or organisation ("Yanis Krone" / "Yannis Krone",
 * "AWO Kreisverband Paderborn" / "ARBEITERWOHLFAHRT Kreisverband Paderborn e.V."). Names
 * both cells. Identical spellings are the same entity and are not reported.
 *
 * @example Nachfragen C2 "Yanis Krone" vs 7.47!A5 "Yannis Krone" → warning at C2
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
import type { Rule, RuleContext } from '../rule';

interface NameUse {
  text: string;
  kind: 'person' | 'organization';
  at: CellRef;
  goal: string | null;
}

function uses({ model }: RuleContext): NameUse[] {
  const out: NameUse[] = [];
  for (const g of model.goals) {
    for (const l of g.leads) {
      const at = l.source ?? g.source;
      if (l.name !== l.organization) out.push({ text: l.name, kind: 'person', at, goal: g.id });
      if (l.organization) out.push({ text: l.organization, kind: 'organization', at, goal: g.id });
    }
    for (const c of g.statusChecks) {
      if (c.person)
        out.push({ text: c.person, kind: 'person', at: { sheet: c.source.sheet, cell: c.personCell ?? c.source.cell }, goal: g.id });
    }
  }
  for (const p of model.partners) {
    out.push({ text: p.name, kind: 'organization', at: p.source, goal: p.goals.length === 1 ? p.goals[0] : null });
    if (p.contact)
      out.push({ text: p.contact, kind: 'person', at: { sheet: p.source.sheet, cell: p.cells.contact ?? p.source.cell }, goal: null });
  }
  return out;
}

export const nearDuplicateName: Rule = {
  id: 'near-duplicate-name',
  severity: 'warning',
  check: (ctx) => {
    const all = uses(ctx);
    // one representative per distinct spelling, in reading order
    const firstOf = new Map<string, NameUse>();
    for (const u of all) {
      const key = `${u.kind}|${u.text.trim()}`;
      if (!firstOf.has(key)) firstOf.set(key, u);
    }
    const reps = [...firstOf.values()];
    // normalise and split each spelling once, not once per pair (by position in reps)
    const trimmed = reps.map((u) => u.text.trim());
    const persons: PreparedPerson[] = [];
    const organizations: PreparedOrganization[] = [];
    reps.forEach((u, i) => {
      if (u.kind === 'person') persons[i] = preparePerson(normalizePerson(u.text));
      else organizations[i] = prepareOrganization(u.text);
    });
    const out: Detection[] = [];
    const reported = new Set<string>();
    // earlier spellings of each kind: names are compared within their kind only
    const earlier: Record<NameUse['kind'], number[]> = { person: [], organization: [] };
    // each later spelling is reported once, against the first earlier one it resembles:
    // findings grow with the number of names, never with their pairs
    for (let j = 0; j < reps.length; j++) {
      const b = reps[j];
      const before = earlier[b.kind];
      for (const i of before) {
        const a = reps[i];
        if (trimmed[i] === trimmed[j]) continue;
        const similar = a.kind === 'person' ? similarPersons(persons[i], persons[j]) : similarPrepared(organizations[i], organizations[j]);
        if (!similar) continue;
        const key = [a.text, b.text].sort().join('|');
        if (reported.has(key)) continue;
        reported.add(key);
        // report at the later spelling, naming the earlier one
        out.push({
          sheet: b.at.sheet,
          cell: b.at.cell,
          goal: b.goal ?? a.goal,
          value: b.text,
          variant: a.kind,
          params: { value: b.text, other: a.text, otherSheet: a.at.sheet, otherCell: a.at.cell },
          related: [a.at],
        });
        break;
      }
      before.push(j);
    }
    return out;
  },
};
