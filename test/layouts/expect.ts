/**
 * What a layout case expects the reader to find, and a scorer that measures a Model against
 * it field by field (issue 13: "Read the layouts real coordinators make").
 *
 * Every field a case states counts once: a goal's title, each part of each lead, the
 * participant set, the interim goal's text and due day, each stated part of each milestone,
 * each status check's date, person and text, each note excerpt. A field the case leaves out
 * is not scored. What the model reads beyond the case (a goal, lead, milestone, status check
 * or partner the case does not expect) counts as one field that is wrong, so a reader cannot
 * score by reading everything twice.
 */
import type { Grid } from '../../src/core/grid';
import type { Goal, Lead, Milestone, Model, Partner, StatusCheck } from '../../src/core/model';

export type MilestoneState = 'done' | 'in-progress' | 'open' | 'postponed' | 'cancelled';

export interface ExpectedLead {
  name: string;
  organization?: string | null;
  email?: string | null;
  phone?: string | null;
}

export interface ExpectedMilestone {
  /** The raw date text as written ("Ca. 06/19"), null when the row names no date. */
  date?: string | null;
  /** ISO last day of the date's period, null when no date is expected. */
  end?: string | null;
  /** The measure; a measure pasted over several rows is one text joined with line breaks. */
  text: string;
  report?: string | null;
  responsible?: string | null;
  state?: MilestoneState;
  /** For a postponed milestone: the ISO last day of the new date ("verschoben auf 03/20" → 2020-03-31). */
  postponedTo?: string;
}

export interface ExpectedStatusCheck {
  /** ISO first day of the check's date (a round's month when the cell names no day). */
  date: string;
  person?: string | null;
  text?: string | null;
}

export interface ExpectedGoal {
  id: string;
  title?: string;
  shortTitle?: string;
  color?: 'grün' | 'blau';
  /** All the goal's leads: a lead the model reads beyond these is wrong ([] = nobody is named). */
  leads?: ExpectedLead[];
  /** The participants as a set (order does not matter). */
  participants?: string[];
  interimGoal?: { text: string | null; /** ISO end day */ due?: string };
  /** All the goal's milestones: one the model reads beyond these is wrong. */
  milestones?: ExpectedMilestone[];
  /** All the goal's status checks. */
  statusChecks?: ExpectedStatusCheck[];
  /** Excerpts the goal's notes must contain (text that is kept, but is no participant, lead …). */
  notesInclude?: string[];
}

export interface ExpectedPartner {
  name: string;
  contact?: string | null;
  email?: string | null;
  phone?: string | null;
  /** The partner's goals as a set. */
  goals?: string[];
}

export interface LayoutCase {
  /** File name: test/layouts/xlsx/<name>.xlsx. */
  name: string;
  /** The real layout it imitates, in German. */
  description: string;
  grids: Grid[];
  /** All goals the workbook defines: a goal the model reads beyond these is wrong. */
  goals: ExpectedGoal[];
  /** All partners, when the case has a partner list. */
  partners?: ExpectedPartner[];
}

export interface Score {
  fields: number;
  right: number;
  misses: string[];
}

// ---------------------------------------------------------------------------------------
// The milestone's state and a postponed milestone's new date (issue 13, section 3).

/** The milestone's state. */
export function stateOf(m: Milestone): string | null {
  return m.state;
}

/** The new due day of a postponed milestone (the end of its new date). */
export function postponedToOf(m: Milestone): string | null {
  return m.newDate?.end ?? null;
}

// ---------------------------------------------------------------------------------------

/** Text as compared: spaces collapsed and each line trimmed; line breaks kept. */
export function norm(s: string | null | undefined): string | null {
  if (s === null || s === undefined) return null;
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0\u202f]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .join('\n')
    .trim();
}

class Tally implements Score {
  fields = 0;
  right = 0;
  misses: string[] = [];

  /** One field: right when the values are equal (texts compared normalised). */
  check(label: string, expected: unknown, actual: unknown): void {
    this.fields++;
    const e = typeof expected === 'string' ? norm(expected) : expected;
    const a = typeof actual === 'string' ? norm(actual) : actual;
    if (e === a) this.right++;
    else this.misses.push(`${label}: expected ${show(expected)}, read ${show(actual)}`);
  }

  /** One field that is wrong. */
  miss(message: string): void {
    this.fields++;
    this.misses.push(message);
  }

  /** One field: right when `ok`. */
  expect(ok: boolean, message: string): void {
    this.fields++;
    if (ok) this.right++;
    else this.misses.push(message);
  }
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s.length > 140 ? `${s.slice(0, 137)}…` : s;
}

/** Scores a model against a case. */
export function score(model: Model, c: LayoutCase): Score {
  const t = new Tally();
  for (const eg of c.goals) {
    const g = model.goals.find((x) => x.id === eg.id);
    if (g) scoreGoal(t, g, eg);
    else {
      // every stated field of a goal that was not read is a miss, reported once
      const dry = new Tally();
      scoreGoal(dry, undefined, eg);
      t.fields += dry.fields;
      t.misses.push(`${eg.id}: goal not read (${dry.fields} fields)`);
    }
  }
  for (const g of model.goals) {
    if (!c.goals.some((e) => e.id === g.id))
      t.miss(`${g.id}: read as a goal at ${g.source.sheet}!${g.source.cell}, but the case has no such goal`);
  }
  if (c.partners) scorePartners(t, model.partners, c.partners);
  return { fields: t.fields, right: t.right, misses: t.misses };
}

function scoreGoal(t: Tally, g: Goal | undefined, e: ExpectedGoal): void {
  const id = e.id;
  t.expect(!!g, `${id}: goal not read`);
  if (e.title !== undefined) t.check(`${id} title`, e.title, g?.title ?? null);
  if (e.shortTitle !== undefined) t.check(`${id} shortTitle`, e.shortTitle, g?.shortTitle ?? null);
  if (e.color !== undefined) t.check(`${id} color`, e.color, g?.color ?? null);
  if (e.leads) scoreLeads(t, id, g?.leads ?? [], e.leads);
  if (e.participants) {
    const read = (g?.participants ?? []).map((p) => norm(p)!);
    const want = e.participants.map((p) => norm(p)!);
    const missing = want.filter((p) => !read.includes(p));
    const extra = read.filter((p) => !want.includes(p));
    t.expect(
      missing.length === 0 && extra.length === 0 && read.length === want.length,
      `${id} participants: missing ${show(missing)}, not participants ${show(extra)}`,
    );
  }
  if (e.interimGoal) {
    t.check(`${id} interim goal text`, e.interimGoal.text, g?.interimGoal?.text ?? null);
    if (e.interimGoal.due !== undefined) t.check(`${id} interim goal due`, e.interimGoal.due, g?.interimGoal?.due?.end ?? null);
  }
  if (e.milestones) scoreMilestones(t, id, g?.milestones ?? [], e.milestones);
  if (e.statusChecks) scoreChecks(t, id, g?.statusChecks ?? [], e.statusChecks);
  for (const n of e.notesInclude ?? []) {
    const notes = norm(g?.notes ?? '') ?? '';
    t.expect(notes.includes(norm(n)!), `${id} notes: should contain ${show(n)}, read ${show(g?.notes ?? null)}`);
  }
}

function scoreLeads(t: Tally, id: string, leads: Lead[], expected: ExpectedLead[]): void {
  const used = new Set<Lead>();
  for (const el of expected) {
    const l = leads.find((x) => !used.has(x) && norm(x.name) === norm(el.name));
    if (l) used.add(l);
    const label = `${id} lead ${show(el.name)}`;
    t.expect(!!l, `${label}: not read (leads read: ${show(leads.map((x) => x.name))})`);
    if (el.organization !== undefined) t.check(`${label} organisation`, el.organization, l ? l.organization : undefined);
    if (el.email !== undefined) t.check(`${label} e-mail`, el.email, l ? l.email : undefined);
    if (el.phone !== undefined) t.check(`${label} phone`, el.phone, l ? l.phone : undefined);
  }
  for (const l of leads) if (!used.has(l)) t.miss(`${id}: read lead ${show(l.name)}, which the case does not name`);
  if (expected.length === 0) t.expect(leads.length === 0, `${id}: no lead expected`);
}

/** Milestones are matched by their text, then (for partial credit) by the start of it. */
function scoreMilestones(t: Tally, id: string, read: Milestone[], expected: ExpectedMilestone[]): void {
  const pairs = new Map<ExpectedMilestone, Milestone>();
  const used = new Set<Milestone>();
  for (const em of expected) {
    const m = read.find((x) => !used.has(x) && norm(x.text) === norm(em.text));
    if (m) {
      pairs.set(em, m);
      used.add(m);
    }
  }
  const head = (s: string) => (norm(s) ?? '').slice(0, 24);
  for (const em of expected) {
    if (pairs.has(em)) continue;
    const m = read.find(
      (x) => !used.has(x) && norm(x.text) !== '' && (head(x.text) === head(em.text) || norm(em.text)!.startsWith(norm(x.text)!)),
    );
    if (m) {
      pairs.set(em, m);
      used.add(m);
    }
  }
  for (const em of expected) {
    const m = pairs.get(em);
    const label = `${id} milestone ${show(em.text.length > 50 ? `${em.text.slice(0, 47)}…` : em.text)}`;
    if (!m) {
      t.miss(`${label}: not read`);
      for (const k of ['date', 'end', 'report', 'responsible', 'state', 'postponedTo'] as const)
        if (em[k] !== undefined) t.miss(`${label} ${k}: not read`);
      continue;
    }
    t.check(`${label} text`, em.text, m.text);
    if (em.date !== undefined) t.check(`${label} date`, em.date, m.date?.raw ?? null);
    if (em.end !== undefined) t.check(`${label} end`, em.end, m.date?.end ?? null);
    if (em.report !== undefined) t.check(`${label} report`, em.report, m.report);
    if (em.responsible !== undefined) t.check(`${label} responsible`, em.responsible, m.responsible);
    if (em.state !== undefined) t.check(`${label} state`, em.state, stateOf(m));
    if (em.postponedTo !== undefined) t.check(`${label} postponed to`, em.postponedTo, postponedToOf(m));
  }
  for (const m of read) {
    if (!used.has(m)) t.miss(`${id}: read milestone ${show(m.text)} at ${m.source.sheet}!${m.source.cell}, which the case does not have`);
  }
}

function scoreChecks(t: Tally, id: string, read: StatusCheck[], expected: ExpectedStatusCheck[]): void {
  const used = new Set<StatusCheck>();
  for (const ec of expected) {
    const c = read.find((x) => !used.has(x) && x.date?.start === ec.date);
    if (c) used.add(c);
    const label = `${id} status check ${ec.date}`;
    t.expect(!!c, `${label}: not read (checks read: ${show(read.map((x) => x.date?.start ?? x.date?.raw ?? null))})`);
    if (ec.person !== undefined) t.check(`${label} person`, ec.person, c ? c.person : undefined);
    if (ec.text !== undefined) t.check(`${label} text`, ec.text, c ? c.text : undefined);
  }
  for (const c of read) {
    if (!used.has(c))
      t.miss(`${id}: read status check ${show(c.date?.raw ?? null)} at ${c.source.sheet}!${c.source.cell}, which the case does not have`);
  }
}

function scorePartners(t: Tally, read: Partner[], expected: ExpectedPartner[]): void {
  const used = new Set<Partner>();
  for (const ep of expected) {
    const p = read.find((x) => !used.has(x) && norm(x.name) === norm(ep.name));
    if (p) used.add(p);
    const label = `partner ${show(ep.name)}`;
    t.expect(!!p, `${label}: not read`);
    if (ep.contact !== undefined) t.check(`${label} contact`, ep.contact, p ? p.contact : undefined);
    if (ep.email !== undefined) t.check(`${label} e-mail`, ep.email, p ? p.email : undefined);
    if (ep.phone !== undefined) t.check(`${label} phone`, ep.phone, p ? p.phone : undefined);
    if (ep.goals !== undefined) {
      const goals = p ? [...p.goals].sort() : undefined;
      t.check(`${label} goals`, [...ep.goals].sort().join(', '), goals?.join(', '));
    }
  }
  for (const p of read) if (!used.has(p)) t.miss(`read partner ${show(p.name)}, which the case does not have`);
}
