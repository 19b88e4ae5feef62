/**
 * Projects in documents: a project fact sheet (name, "Zielgruppe", "Ziele / erwartete
 * Ergebnisse", "Am Projekt Beteiligte / Kooperationspartner", "Kontakt", "Projektträger: …",
 * "Projektstandort/Quartier: …") and a yearly project report (name, description, "Ziel 1: …"
 * with what happened below it, "Die angestrebten Ziele wurden teilweise erreicht.", what else
 * happened, "Ausblick", "Paderborn, im Juni 2021", the author). The labels are the project
 * sheets' labels (extract/projectLabels.ts), so a document and a sheet are read alike.
 */
import { type ProjectLabel, projectLabels, PROJECT_GOAL_RE } from '../extract/projectLabels';
import { splitRole } from '../extract/readers/projectSheet';
import { RATING_SENTENCE_RE, SIGNED_RE } from '../extract/readers/projectReport';
import { fold } from '../text';
import type { Item } from './lines';

/** Values of a project as written, by label. */
export type ProjectValues = Partial<
  Record<Exclude<ProjectLabel, 'name' | 'partners' | 'role' | 'goal' | 'goalText' | 'goalReport' | 'goalList'>, string>
>;

export interface DocProject {
  name: string;
  values: ProjectValues;
  partners: { name: string; role: string | null }[];
  goals: { number: number; text: string; report: string | null }[];
  /** "Paderborn, im Juni 2021", as written. */
  signed: string | null;
}

/** Lines that only introduce what follows. */
const INTRO = [
  'Projekte',
  'Projekt',
  'Eckdaten',
  'Key data',
  'Projektbericht',
  'Jahresbericht',
  'Sachbericht',
  'Projektsteckbrief',
  'Steckbrief',
  'Projektumsetzung',
  'Ziele und Methoden des Projektes',
];
const INTRO_RE = /^im rahmen des projekte?s? haben wir folgende ziele verfolgt:?$/;
const WEB_RE = /^(?:https?:\/\/|www\.)\S+$/i;

type Current = ProjectLabel | 'report' | 'after-rating' | 'after-signed' | null;

/** Reads the project a document describes, or null when it describes none. */
export function readProjectDocument(items: Item[]): DocProject | null {
  const p: DocProject = { name: '', values: {}, partners: [], goals: [], signed: null };
  let current: Current = null;
  let evidence = 0;
  const add = (k: keyof ProjectValues, text: string) => {
    p.values[k] = p.values[k] ? `${p.values[k]}\n${text}` : text;
  };
  for (const item of items) {
    if (item.kind !== 'line') continue;
    const t = item.text;
    const g = PROJECT_GOAL_RE.exec(t);
    if (g && g[2].trim() && !item.heading) {
      p.goals.push({ number: Number(g[1]), text: g[2].trim(), report: null });
      current = 'report';
      evidence++;
      continue;
    }
    if (RATING_SENTENCE_RE.test(t)) {
      p.values.rating = t;
      current = 'after-rating';
      evidence++;
      continue;
    }
    if (SIGNED_RE.test(t) && t.length < 60) {
      p.signed = t;
      current = 'after-signed';
      continue;
    }
    const f = fold(t).replace(/[:.]$/, '');
    if (INTRO.some((w) => fold(w) === f) || INTRO_RE.test(f)) continue;
    const whole = projectLabels(t)[0];
    if (whole && whole !== 'goal' && whole !== 'goalText' && whole !== 'goalReport' && whole !== 'role') {
      current = whole;
      evidence++;
      continue;
    }
    const colon = t.indexOf(':');
    const inline = colon > 1 && colon <= 40 ? projectLabels(t.slice(0, colon))[0] : undefined;
    const rest = colon > 0 ? t.slice(colon + 1).trim() : '';
    if (
      inline &&
      rest &&
      inline !== 'goal' &&
      inline !== 'goalText' &&
      inline !== 'goalReport' &&
      inline !== 'role' &&
      inline !== 'goalList'
    ) {
      evidence++;
      if (inline === 'name') p.name ||= rest;
      else if (inline === 'partners') p.partners.push(splitRole(rest));
      else if (!p.values[inline]) p.values[inline] = rest;
      // a contact block goes on while its lines are contact details; any other field ends it
      if (!(current === 'contactName' && ['contactName', 'email', 'phone', 'web'].includes(inline))) current = null;
      continue;
    }
    if (WEB_RE.test(t) && !p.values.web) {
      p.values.web = t;
      continue;
    }
    if (!p.name && !current) {
      p.name = t;
      continue;
    }
    switch (current) {
      case 'report': {
        const goal = p.goals[p.goals.length - 1];
        goal.report = goal.report ? `${goal.report}\n${t}` : t;
        break;
      }
      case 'goalList':
        if (item.list) p.goals.push({ number: p.goals.length + 1, text: t.replace(/^[-•·*–]\s*/, ''), report: null });
        else add('description', t);
        break;
      case 'partners':
        p.partners.push(splitRole(t));
        break;
      case 'after-rating':
        add('remarks', t);
        break;
      case 'after-signed':
        p.values.author ??= t;
        break;
      case 'contactName':
        // "Kontakt" heads a block of "Ansprechpartnerin: …", "E-Mail: …" lines; a bare line is the person
        p.values.contactName ??= t;
        break;
      case null:
      case 'name':
        if (current === 'name' && !p.name) p.name = t;
        else if (p.goals.length || Object.keys(p.values).length > 1) add('remarks', t);
        else add('description', t);
        break;
      default:
        add(current as keyof ProjectValues, t);
    }
  }
  if (!p.name || evidence < 2) return null;
  return p;
}
