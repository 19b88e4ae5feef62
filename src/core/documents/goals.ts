/**
 * Goal documentation in documents: the documentation of the Umsetzungskonferenz (a section per
 * goal: "Ziel 7.47", its text, "Wer ist federführend …?", "Wer ist beteiligt?", "Zwischenziel
 * bis …", "Maßnahmen und Meilensteine" with the MM/JJ table, "Anmerkungen") and the record of
 * a status check (the same form, for one goal or two documented together — "Ziel 07:47 und
 * 07.49" — with "Datum der telefonischen Nachfrage").
 *
 * The labels are the goal sheets' labels (extract/labels.ts). The values are kept as written,
 * line by line: the goal-sheet reader interprets them (leads, participants, dates) once the
 * section is written into the workbook, so a document and a sheet are read alike.
 *
 * A goal documented more than once (a conference's transcribed flip chart, then its typed
 * form) is taken from its most complete section; a later one wins a tie.
 */
import { matchHeading } from '../extract/classify';
import { columnRoles, type FormField, matchLabel } from '../extract/labels';
import type { ParsedGoalId } from '../goalId';
import { fold } from '../text';
import type { Item } from './lines';

/** Labels of a status-check record beyond the goal form's. */
const CHECK_LABELS: Record<'person' | 'checkText' | 'marker', string[]> = {
  person: ['Gesprächspartner', 'Gesprächspartnerin', 'Gesprächspartner/in', 'Gesprochen mit', 'Person spoken to'],
  checkText: ['Stand der Umsetzung', 'Aktueller Stand', 'Neuer Stand', 'Ergebnis der Nachfrage', 'Progress'],
  /** Headings of a prefilled status-check record (report.ts): they introduce, they say nothing. */
  marker: ['Bisherige Nachfragen', 'Neue Nachfrage', 'Status checks so far', 'New status check'],
};

type Field = FormField | 'person' | 'checkText' | 'marker';

/** A status check as a document states it. */
export interface DocCheck {
  date: string;
  person: string | null;
  text: string | null;
  rating: string | null;
}

export interface DocMilestone {
  date: string;
  text: string;
  report: string;
}

/** One goal's (or several goals') documentation, values as written. */
export interface DocGoalSection {
  ids: ParsedGoalId[];
  /** The section's id heading as written ("Ziel 07:47 und 07.49"). */
  heading: string;
  /** Goal texts by id. */
  titles: Record<string, string>;
  lead: string[];
  participants: string[];
  /** The interim goal's label as written ("Zwischenziel bis September 2019"), and its text. */
  interimLabel: string | null;
  interim: string[];
  milestones: DocMilestone[];
  notes: string[];
  /** The status checks the section records: a table of checks so far, and the one it records (when it names its date). */
  checks: DocCheck[];
  /** How many of the form's fields the section fills (the most complete section of a goal wins). */
  filled: number;
}

interface Draft {
  ids: ParsedGoalId[];
  heading: string;
  titles: Record<string, string[]>;
  fields: Partial<Record<Field, string[]>>;
  labels: Partial<Record<Field, string>>;
  milestones: DocMilestone[];
  checks: DocCheck[];
  current: Field | 'title';
  titleOf: string | null;
}

function checkLabel(text: string): { field: 'person' | 'checkText' | 'marker'; rest: string } | null {
  if (/^telefonische nachfrage · /i.test(text)) return { field: 'marker', rest: '' };
  const m = /^([^:?]{2,60})[:?]?\s*(.*)$/s.exec(text);
  if (!m) return null;
  const head = fold(m[1])
    .replace(/[^a-z0-9/ ]/g, '')
    .trim();
  for (const field of ['person', 'checkText', 'marker'] as const) {
    if (CHECK_LABELS[field].some((w) => fold(w) === head)) return { field, rest: m[2].trim() };
  }
  return null;
}

/** An id line: "Ziel 7.47", "Ziel 07:47 und 07.49", "Workshop zur Umsetzung des Ziels 1.2", "Ziel Nr. 1.2:". */
function idLine(text: string): ParsedGoalId[] | null {
  const h = matchHeading(text.replace(/:\s*$/, ''), false);
  if (!h || 'malformed' in h || h.title) return null;
  return h.ids;
}

/** Reads every goal section of a document, one per goal group, in document order. */
export function readGoalSections(items: Item[]): DocGoalSection[] {
  const drafts: Draft[] = [];
  let d: Draft | null = null;
  for (const item of items) {
    if (item.kind === 'checks') {
      if (!d) continue;
      d.checks.push(...checkRows(item.header, item.rows));
      d.current = 'marker';
      continue;
    }
    if (item.kind === 'table') {
      if (!d) continue;
      d.milestones.push(...milestoneRows(item.header, item.rows));
      d.current = 'milestones';
      continue;
    }
    const text = item.text;
    const ids = idLine(text);
    if (ids) {
      // "Ziel 07.47" under "Ziel 07:47 und 07.49": the goal's own text follows
      if (d && d.ids.length > 1 && ids.length === 1 && d.ids.some((x) => x.id === ids[0].id) && !Object.keys(d.fields).length) {
        d.titleOf = ids[0].id;
        d.current = 'title';
        continue;
      }
      // the same goal again before anything was said ("Workshop zur Umsetzung des Ziels 1.2", then "Ziel 1.2")
      if (d && sameIds(d.ids, ids) && !Object.keys(d.fields).length && !d.milestones.length && !hasTitle(d)) continue;
      d = {
        ids,
        heading: text.replace(/:\s*$/, ''),
        titles: {},
        fields: {},
        labels: {},
        milestones: [],
        checks: [],
        current: 'title',
        titleOf: null,
      };
      drafts.push(d);
      continue;
    }
    const label = item.list ? null : (checkLabel(text) ?? matchLabel(text));
    if (label?.field === 'marker') {
      if (d) d.current = 'marker';
      continue;
    }
    if (!d) continue;
    if (label && label.field !== 'goalId' && label.field !== 'title' && label.field !== 'leitziel' && label.field !== d.current) {
      const field = label.field as Field;
      d.current = field;
      d.labels[field] = text;
      const list = (d.fields[field] ??= []);
      if (label.rest) list.push(label.rest);
      continue;
    }
    if (item.heading) {
      // a heading that is neither an id nor a label ends the section ("Gründe für Ausbildungsabbrüche")
      d = null;
      continue;
    }
    if (d.current === 'title') {
      const id = d.titleOf ?? d.ids[0].id;
      (d.titles[id] ??= []).push(text);
      continue;
    }
    if (d.current === 'marker') continue;
    if (d.current === 'milestones') {
      // text after the table without a label of its own: a remark
      (d.fields.notes ??= []).push(bullet(item.list, text));
      continue;
    }
    (d.fields[d.current] ??= []).push(bullet(item.list, text));
  }
  return pickSections(drafts.map(finish));
}

function bullet(list: boolean, text: string): string {
  return list && !/^(?:[-•·*–]|\d{1,2}[.)])\s/.test(text) ? `- ${text}` : text;
}

function sameIds(a: ParsedGoalId[], b: ParsedGoalId[]): boolean {
  return a.length === b.length && a.every((x, i) => x.id === b[i].id);
}

function hasTitle(d: Draft): boolean {
  return Object.keys(d.titles).length > 0;
}

/** The rows of a milestone table, by the header's column roles (else date, measure, report). */
function milestoneRows(header: string[], rows: string[][]): DocMilestone[] {
  const col = { date: -1, text: -1, report: -1 };
  // a prefilled status-check record's column for the new report: added to the last one
  const fresh = header.findIndex((h) => fold(h) === fold('Neuer Bericht'));
  header.forEach((h, i) => {
    const roles = /^mm\s*[/.]?\s*jj/i.test(h) ? ['date'] : columnRoles(h);
    for (const r of ['date', 'text', 'report'] as const) if (col[r] === -1 && roles.includes(r)) col[r] = i;
  });
  if (col.date === -1 && col.text !== 0) col.date = 0;
  if (col.text === -1) col.text = col.date === 0 ? 1 : 0;
  if (col.report === -1 && header.length > 2) col.report = 2;
  return rows
    .map((r) => {
      const old = col.report >= 0 && col.report !== fresh ? (r[col.report] ?? '') : '';
      const added = fresh >= 0 ? (r[fresh] ?? '') : '';
      return { date: r[col.date] ?? '', text: r[col.text] ?? '', report: [old, added].filter(Boolean).join('\n') };
    })
    .filter((m) => m.date || m.text || m.report);
}

/** The rows of a table of status checks, by the header's column roles. */
function checkRows(header: string[], rows: string[][]): DocCheck[] {
  const find = (role: string) => header.findIndex((h) => columnRoles(h).includes(role as never));
  const date = find('checkDate');
  const person = find('person');
  const text = find('checkText');
  const rating = find('rating');
  const at = (r: string[], i: number) => (i >= 0 ? r[i]?.trim() || null : null);
  return rows
    .map((r) => ({ date: at(r, date) ?? '', person: at(r, person), text: at(r, text), rating: at(r, rating) }))
    .filter((c) => c.date);
}

function finish(d: Draft): DocGoalSection {
  const f = d.fields;
  const titles: Record<string, string> = {};
  for (const [id, lines] of Object.entries(d.titles)) titles[id] = lines.join(' ');
  let participants = f.participants ?? [];
  const prose: string[] = [];
  // a report of how the group came together, then the partners as a list: the list is the participants
  if (participants.some((l) => l.startsWith('- ')) && participants.some((l) => !l.startsWith('- '))) {
    prose.push(...participants.filter((l) => !l.startsWith('- ')));
    participants = participants.filter((l) => l.startsWith('- '));
  }
  const checkDate = (f.statusCheck ?? []).find(Boolean) ?? null;
  const checks = [...d.checks];
  let recorded = false;
  if (checkDate) {
    const text = f.checkText?.length ? f.checkText.join('\n') : prose.length ? prose.join('\n') : null;
    const rating = f.rating?.length ? f.rating.join(' ') : null;
    checks.push({ date: checkDate, person: f.person?.length ? f.person.join(', ') : null, text, rating });
    recorded = !f.checkText?.length && prose.length > 0;
  }
  const notes = [...(f.notes ?? [])];
  if (!recorded && prose.length) notes.unshift(...prose);
  const section: DocGoalSection = {
    ids: d.ids,
    heading: d.heading,
    titles,
    lead: f.lead ?? [],
    participants,
    interimLabel: d.labels.interimGoal ?? null,
    interim: f.interimGoal ?? [],
    milestones: d.milestones,
    notes,
    checks,
    filled: 0,
  };
  section.filled =
    Number(!!d.labels.lead) +
    Number(!!d.labels.participants) +
    Number(!!d.labels.interimGoal) +
    Number(d.milestones.length > 0 || !!d.labels.milestones) +
    Number(checks.length > 0);
  return section;
}

/**
 * One section per goal group: of several sections of the same goals the most complete (a
 * later one wins a tie); a goal text missing there is taken from another section.
 */
function pickSections(all: DocGoalSection[]): DocGoalSection[] {
  const byKey = new Map<string, DocGoalSection[]>();
  for (const s of all) {
    const key = s.ids.map((x) => x.id).join('+');
    const list = byKey.get(key) ?? [];
    list.push(s);
    byKey.set(key, list);
  }
  const out: DocGoalSection[] = [];
  for (const list of byKey.values()) {
    let best = list[0];
    for (const s of list) if (s.filled >= best.filled) best = s;
    for (const x of best.ids) {
      if (best.titles[x.id]) continue;
      const other = list.find((s) => s.titles[x.id]);
      if (other) best.titles[x.id] = other.titles[x.id];
    }
    out.push(best);
  }
  // a goal documented alone and also inside a group keeps only the group's documentation
  const grouped = new Set(out.filter((s) => s.ids.length > 1).flatMap((s) => s.ids.map((x) => x.id)));
  return out.filter((s) => s.ids.length > 1 || !grouped.has(s.ids[0].id));
}
