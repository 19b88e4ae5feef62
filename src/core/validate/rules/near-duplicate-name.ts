/**
 * Two spellings of one person or organisation ("Yanis Krone" / "Yannis Krone",
 * "AWO Kreisverband Paderborn" / "ARBEITERWOHLFAHRT Kreisverband Paderborn e.V."). Names
 * both cells. Identical spellings are the same entity and are not reported.
 *
 * @example Nachfragen C2 "Yanis Krone" vs 7.47!A5 "Yannis Krone" → warning at C2
 */
import type { CellRef } from '../../model';
import { fold, levenshtein } from '../../text';
import type { Detection } from '../finding';
import type { Rule, RuleContext } from '../rule';

interface NameUse {
  text: string;
  kind: 'person' | 'organization';
  at: CellRef;
  goal: string | null;
}

/** Common abbreviations in this field, expanded before comparing organisations. */
const ABBREVIATIONS: Record<string, string> = {
  awo: 'arbeiterwohlfahrt',
  ksb: 'kreissportbund',
  biz: 'bildungs und integrationszentrum',
  ki: 'kommunales integrationszentrum',
  vhs: 'volkshochschule',
  bk: 'berufskolleg',
  ihk: 'industrie und handelskammer',
  hwk: 'handwerkskammer',
  jc: 'jobcenter',
  aa: 'agentur fuer arbeit',
  lsb: 'landessportbund',
};
const LEGAL_FORMS = /\b(?:e\s?v|ggmbh|gmbh|ag|kg|gbr|mbh|ug|eg)\b/g;
const TITLES = /\b(?:frau|herr|fr|hr|dr|prof|mrs|mr|ms)\b/g;

export function normalizeOrganization(s: string): string {
  const words = fold(s)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/-\s+/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(LEGAL_FORMS, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  return words.join(' ');
}

export function normalizePerson(s: string): string {
  return fold(s)
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^a-z. -]/g, ' ')
    .replace(TITLES, ' ')
    .replace(/[.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two differently written organisation names most likely mean the same one. */
export function similarOrganizations(a: string, b: string, na?: string, nb?: string): boolean {
  // a bare abbreviation ("BIZ" after a name) is shorthand, not a second spelling
  if (a.trim().split(/\s+/).length < 2 || b.trim().split(/\s+/).length < 2) return false;
  const x = na ?? normalizeOrganization(a);
  const y = nb ?? normalizeOrganization(b);
  if (!x || !y) return false;
  if (x === y) return true;
  const xs = new Set(x.split(' '));
  const ys = new Set(y.split(' '));
  const [small, big] = xs.size <= ys.size ? [xs, ys] : [ys, xs];
  if (small.size >= 2 && [...small].every((w) => big.has(w))) return true;
  return x.length >= 8 && levenshtein(x, y) <= Math.max(1, Math.floor(Math.min(x.length, y.length) / 12));
}

/** True when two differently written person names most likely mean the same person. */
export function similarPeople(a: string, b: string): boolean {
  return similarPeopleNormalized(normalizePerson(a), normalizePerson(b));
}

function similarPeopleNormalized(x: string, y: string): boolean {
  if (!x || !y || x === y) return x === y && !!x;
  const xw = x.split(' ');
  const yw = y.split(' ');
  if (xw.length !== yw.length || xw.length < 2) return false;
  const xs = xw[xw.length - 1];
  const ys = yw[yw.length - 1];
  const xg = xw.slice(0, -1).join(' ');
  const yg = yw.slice(0, -1).join(' ');
  // a slip in one part, the other part the same, and the slipped part keeps its initial:
  // "Yanis Krone" / "Yannis Krone" yes; "Jana Althoff" / "Anna Althoff" no
  const close = (a: string, b: string) => a[0] === b[0] && levenshtein(a, b) <= (Math.min(a.length, b.length) > 6 ? 2 : 1);
  return (xs === ys && xg !== yg && close(xg, yg)) || (xg === yg && xs !== ys && close(xs, ys));
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
    // normalise each spelling once, not once per pair
    const norm = new Map(reps.map((u) => [u, u.kind === 'person' ? normalizePerson(u.text) : normalizeOrganization(u.text)]));
    const out: Detection[] = [];
    const reported = new Set<string>();
    // each later spelling is reported once, against the first earlier one it resembles:
    // findings grow with the number of names, never with their pairs
    const named = new Set<NameUse>();
    for (let j = 1; j < reps.length; j++) {
      for (let i = 0; i < j; i++) {
        const a = reps[i];
        const b = reps[j];
        if (named.has(b)) break;
        if (a.kind !== b.kind || a.text.trim() === b.text.trim()) continue;
        const similar =
          a.kind === 'person'
            ? similarPeopleNormalized(norm.get(a)!, norm.get(b)!)
            : similarOrganizations(a.text, b.text, norm.get(a), norm.get(b));
        if (!similar) continue;
        const key = [a.text, b.text].sort().join('|');
        if (reported.has(key)) continue;
        reported.add(key);
        named.add(b);
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
      }
    }
    return out;
  },
};
