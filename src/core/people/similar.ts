/**
 * When two spellings name the same person or organisation ("Yanis Krone" / "Yannis Krone",
 * "AWO Kreisverband Paderborn" / "ARBEITERWOHLFAHRT Kreisverband Paderborn e.V."):
 * normalised forms and the comparisons the near-duplicate rule and the partner summary use.
 */
import { fold, levenshtein, replaceParens, wordCount } from '../text';

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
  const words = replaceParens(fold(s), ' ')
    .replace(/-\s+/g, ' ')
    .replace(/[^a-z0-9 ]/g, ' ')
    .replace(LEGAL_FORMS, ' ')
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => ABBREVIATIONS[w] ?? w);
  return words.join(' ');
}

export function normalizePerson(s: string): string {
  return replaceParens(fold(s), ' ')
    .replace(/[^a-z. -]/g, ' ')
    .replace(TITLES, ' ')
    .replace(/[.]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** True when two differently written organisation names most likely mean the same one. */
export function similarOrganizations(a: string, b: string, na?: string, nb?: string): boolean {
  return similarPrepared(prepareOrganization(a, na), prepareOrganization(b, nb));
}

/** What the organisation comparison needs of one spelling, computed once per spelling. */
export interface PreparedOrganization {
  /** Words as written (a bare abbreviation has one). */
  written: number;
  norm: string;
  words: Set<string>;
  /** How often each character occurs in `norm` (for a cheap lower bound of the edit distance). */
  counts: Uint8Array;
}

export function prepareOrganization(text: string, norm = normalizeOrganization(text)): PreparedOrganization {
  const counts = new Uint8Array(64);
  for (let i = 0; i < norm.length; i++) counts[norm.charCodeAt(i) & 63]++;
  return { written: wordCount(text), norm, words: new Set(norm.split(' ')), counts };
}

/**
 * A lower bound of the edit distance: an edit changes the character counts by at most 2
 * (a substitution) or 1 (an insertion or deletion).
 */
function countBound(a: Uint8Array, b: Uint8Array): number {
  let d = 0;
  for (let i = 0; i < a.length; i++) d += Math.abs(a[i] - b[i]);
  return Math.ceil(d / 2);
}

export function similarPrepared(a: PreparedOrganization, b: PreparedOrganization): boolean {
  // a bare abbreviation ("BIZ" after a name) is shorthand, not a second spelling
  if (a.written < 2 || b.written < 2) return false;
  const x = a.norm;
  const y = b.norm;
  if (!x || !y) return false;
  if (x === y) return true;
  const [small, big] = a.words.size <= b.words.size ? [a.words, b.words] : [b.words, a.words];
  if (small.size >= 2) {
    let all = true;
    for (const w of small)
      if (!big.has(w)) {
        all = false;
        break;
      }
    if (all) return true;
  }
  // edits beyond the length difference are impossible: skip the distance when it cannot fit
  const limit = Math.max(1, Math.floor(Math.min(x.length, y.length) / 12));
  return x.length >= 8 && Math.abs(x.length - y.length) <= limit && countBound(a.counts, b.counts) <= limit && levenshtein(x, y) <= limit;
}

/** True when two differently written person names most likely mean the same person. */
export function similarPeople(a: string, b: string): boolean {
  return similarPeopleNormalized(normalizePerson(a), normalizePerson(b));
}

/** What the person comparison needs of one spelling: given names and surname, split once. */
export interface PreparedPerson {
  norm: string;
  words: number;
  given: string;
  surname: string;
}

export function preparePerson(norm: string): PreparedPerson {
  const w = norm.split(' ');
  return { norm, words: w.length, given: w.slice(0, -1).join(' '), surname: w[w.length - 1] };
}

function similarPeopleNormalized(x: string, y: string): boolean {
  return similarPersons(preparePerson(x), preparePerson(y));
}

export function similarPersons(x: PreparedPerson, y: PreparedPerson): boolean {
  if (!x.norm || !y.norm || x.norm === y.norm) return x.norm === y.norm && !!x.norm;
  if (x.words !== y.words || x.words < 2) return false;
  // a slip in one part, the other part the same, and the slipped part keeps its initial:
  // "Yanis Krone" / "Yannis Krone" yes; "Jana Althoff" / "Anna Althoff" no
  if (x.surname === y.surname) return x.given !== y.given && slip(x.given, y.given);
  return x.given === y.given && slip(x.surname, y.surname);
}

/** One or two typing slips (two in longer words) that keep the initial. */
function slip(a: string, b: string): boolean {
  if (a[0] !== b[0]) return false;
  const limit = Math.min(a.length, b.length) > 6 ? 2 : 1;
  return Math.abs(a.length - b.length) <= limit && levenshtein(a, b) <= limit;
}
