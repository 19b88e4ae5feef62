/**
 * Reports out of the model, as a neutral document (headings, bold labels, paragraphs, real
 * tables, page breaks) that the .docx writer (src/docx/write.ts) lays out. Each kind keeps the
 * structure of its source document, so a report read back in (import) gives the same goals,
 * milestones and status checks:
 *
 * - `nachfrage`: the record of the next phone status check, prefilled — goal texts, leads,
 *   participants, interim goal, milestones with their last report and a column for the new
 *   one, the checks so far, and empty fields for the new answers (date, person, progress,
 *   rating). Goals documented together ("Ziel 7.47 und 7.49") stay together.
 * - `konferenz`: the documentation of the Umsetzungskonferenz, one section per goal.
 * - `jahresbericht`: a project's yearly report (its goals with what happened, the achievement,
 *   Ausblick, place and date, author), with its fact-sheet data when the workbook has them.
 */
import type { Goal, IsoDate, Lead, Milestone, Model, Project, StatusCheck } from '../model';
import { compareGoalIds } from '../goalId';
import { LABELS } from './template';

export type ReportKind = 'nachfrage' | 'konferenz' | 'jahresbericht';
export const REPORT_KINDS: ReportKind[] = ['nachfrage', 'konferenz', 'jahresbericht'];

export type ReportBlock =
  | { kind: 'heading'; level: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string; bold?: boolean; italic?: boolean; list?: boolean; size?: number }
  | { kind: 'table'; header: string[]; rows: string[][]; widths: number[] }
  | { kind: 'pageBreak' };

export interface ReportDoc {
  title: string;
  blocks: ReportBlock[];
}

/** The empty fields of a status-check record, filled in during the call. */
export const NEW_CHECK = {
  title: 'Neue Nachfrage',
  rows: [LABELS.log[1], LABELS.log[2], LABELS.log[3], LABELS.log[4]],
  newReport: 'Neuer Bericht',
};

const MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];

function german(iso: IsoDate): string {
  return `${Number(iso.slice(8, 10))}. ${MONTHS[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

/** Goals documented together: one sheet and shared milestones ("Ziel 07:47 und 07.49"). */
export function goalGroups(goals: Goal[]): Goal[][] {
  const byId = new Map(goals.map((g) => [g.id, g]));
  const groupOf = new Map<string, Goal[]>();
  const groups: Goal[][] = [];
  for (const g of goals) {
    if (groupOf.has(g.id)) continue;
    const group = [g];
    groupOf.set(g.id, group);
    for (const m of g.milestones) {
      if (m.goalIds.length < 2) continue;
      for (const id of m.goalIds) {
        const other = byId.get(id);
        if (other && !groupOf.has(id) && other.source.sheet === g.source.sheet) {
          group.push(other);
          groupOf.set(id, group);
        }
      }
    }
    group.sort((a, b) => compareGoalIds(a.id, b.id));
    groups.push(group);
  }
  return groups;
}

function leadLines(leads: Lead[]): string[] {
  const out: string[] = [];
  for (const l of leads) {
    out.push(l.organization && l.organization !== l.name ? `${l.name}, ${l.organization}` : l.name);
    if (l.email) out.push(`E-Mail: ${l.email}`);
    if (l.phone) out.push(`Telefon: ${l.phone}`);
  }
  return out;
}

function label(text: string): ReportBlock {
  return { kind: 'paragraph', text, bold: true };
}

function lines(out: ReportBlock[], texts: string[], list = false): void {
  for (const t of texts) if (t.trim()) out.push({ kind: 'paragraph', text: t, list });
}

function interimLabel(g: Goal): string {
  const raw = g.interimGoal?.due?.raw?.trim();
  if (!raw) return LABELS.interim;
  return /^(?:bis|by|until)\b/i.test(raw) ? `${LABELS.interim} ${raw}` : `${LABELS.interim} bis ${raw}`;
}

/** Milestones of a group once each (a shared milestone is listed under every goal). */
function milestonesOf(group: Goal[]): Milestone[] {
  const seen = new Set<Milestone>();
  const out: Milestone[] = [];
  for (const g of group) for (const m of g.milestones) if (!seen.has(m)) (seen.add(m), out.push(m));
  return out;
}

function checksOf(group: Goal[]): StatusCheck[] {
  const seen = new Set<string>();
  const out: StatusCheck[] = [];
  for (const g of group) {
    for (const c of g.statusChecks) {
      const key = `${c.date?.raw}|${c.person}|${c.text}`;
      if (!seen.has(key)) (seen.add(key), out.push(c));
    }
  }
  return out;
}

/** One goal group in the layout of the conference documentation (and of a status-check record). */
function goalSection(group: Goal[], out: ReportBlock[], kind: 'nachfrage' | 'konferenz'): void {
  const ids = group.map((g) => g.id);
  if (kind === 'konferenz') out.push({ kind: 'heading', level: 1, text: `Workshop zur Umsetzung des Ziels ${ids.join(' und ')}` });
  out.push({
    kind: kind === 'konferenz' ? 'paragraph' : 'heading',
    level: 1,
    text: `Ziel ${ids.join(' und ')}`,
    bold: true,
  } as ReportBlock);
  for (const g of group) {
    if (group.length > 1) out.push({ kind: 'heading', level: 2, text: `Ziel ${g.id}` });
    if (g.title) out.push({ kind: 'paragraph', text: g.title, bold: kind === 'konferenz' });
  }
  const g = group[0];
  out.push(label(LABELS.lead));
  lines(out, leadLines(g.leads));
  out.push(label(LABELS.participants));
  lines(
    out,
    g.participants.map((p) => `- ${p}`),
    true,
  );
  if (g.participantsNote) lines(out, [g.participantsNote]);
  out.push(label(interimLabel(g)));
  if (g.interimGoal?.text) lines(out, g.interimGoal.text.split('\n'));
  out.push(label(LABELS.milestones));
  const ms = milestonesOf(group);
  const header = kind === 'nachfrage' ? [...LABELS.header, NEW_CHECK.newReport] : [...LABELS.header];
  out.push({
    kind: 'table',
    header,
    rows: ms.map((m) => {
      const row = [m.date && !m.date.fromText ? m.date.raw : '', m.text, m.report ?? ''];
      return kind === 'nachfrage' ? [...row, ''] : row;
    }),
    widths: kind === 'nachfrage' ? [12, 40, 28, 20] : [14, 50, 36],
  });
  const notes = g.notes && g.notes !== g.participantsNote ? g.notes.split('\n').filter((n) => n !== g.participantsNote) : [];
  if (notes.length) {
    out.push(label(LABELS.notes));
    lines(out, notes);
  }
  const checks = checksOf(group);
  if (checks.length || kind === 'nachfrage') {
    out.push(label('Bisherige Nachfragen'));
    out.push({
      kind: 'table',
      header: [...NEW_CHECK.rows],
      rows: checks.map((c) => [c.date?.raw ?? '', c.person ?? '', c.text ?? '', c.rating ?? '']),
      widths: [16, 20, 46, 18],
    });
  }
  if (kind === 'nachfrage') {
    out.push(label(NEW_CHECK.title));
    out.push({ kind: 'table', header: ['', ''], rows: NEW_CHECK.rows.map((r) => [r, '']), widths: [30, 70] });
  }
}

export interface ReportOptions {
  today: IsoDate;
  /** nachfrage: only this goal (and the goals documented with it). */
  goal?: string;
  /** jahresbericht: the project (by name, case-insensitive; may be a unique part of it). */
  project?: string;
}

/** Finds the project a report is for; null when none or several fit. */
export function findProject(model: Model, name: string | undefined): Project | null {
  if (!name) return model.projects.length === 1 ? model.projects[0] : null;
  const n = name.trim().toLowerCase();
  const exact = model.projects.find((p) => p.name.toLowerCase() === n);
  if (exact) return exact;
  const part = model.projects.filter((p) => p.name.toLowerCase().includes(n));
  return part.length === 1 ? part[0] : null;
}

export function buildReport(model: Model, kind: ReportKind, o: ReportOptions): ReportDoc {
  if (kind === 'jahresbericht') {
    const p = findProject(model, o.project);
    if (!p) throw new Error('no project');
    return projectReport(p);
  }
  let groups = goalGroups(model.goals);
  if (o.goal) groups = groups.filter((gr) => gr.some((g) => g.id === o.goal));
  const blocks: ReportBlock[] = [];
  if (kind === 'konferenz') {
    blocks.push({ kind: 'heading', level: 1, text: 'Umsetzungskonferenz' });
    blocks.push({ kind: 'paragraph', text: 'Ziele für die Arbeit in der Bildungs- und Integrationsregion', size: 28 });
    blocks.push({ kind: 'paragraph', text: '– Dokumentation –', italic: true });
    blocks.push({ kind: 'paragraph', text: `Stand: ${german(o.today)} · ${groups.reduce((n, gr) => n + gr.length, 0)} Ziele` });
    blocks.push({ kind: 'pageBreak' });
  }
  groups.forEach((gr, i) => {
    if (i > 0) blocks.push({ kind: 'pageBreak' });
    if (kind === 'nachfrage')
      blocks.push({ kind: 'paragraph', text: `Telefonische Nachfrage · vorbereitet am ${german(o.today)}`, italic: true });
    goalSection(gr, blocks, kind);
  });
  const title =
    kind === 'konferenz'
      ? 'Umsetzungskonferenz – Dokumentation'
      : `Telefonische Nachfrage ${groups.map((gr) => gr.map((g) => g.id).join(' und ')).join(', ')}`;
  return { title, blocks };
}

function projectReport(p: Project): ReportDoc {
  const b: ReportBlock[] = [{ kind: 'heading', level: 1, text: p.name }];
  if (p.description) lines(b, p.description.split('\n'));
  const facts: [string, string | null][] = [
    ['Projektträger', p.provider],
    ['Projektort', p.place],
    ['Kreis/kreisfreie Stadt', p.region],
    ['Zielgruppe', p.targetGroup],
    ['Modul', p.module],
    ['Quartier', p.quarter],
    ['Zeitraum', p.period],
    ['Mittlerziele', p.goalRefs.map((g) => g.id).join(', ') || null],
  ];
  // the place alone stands in the closing line ("Paderborn, im Juni 2021")
  if (facts.some(([k, v]) => v && k !== 'Projektort')) {
    b.push({ kind: 'heading', level: 2, text: 'Eckdaten' });
    for (const [k, v] of facts) if (v) b.push({ kind: 'paragraph', text: `${k}: ${v}` });
  }
  if (p.goals.length) {
    b.push({ kind: 'paragraph', text: 'Im Rahmen des Projektes haben wir folgende Ziele verfolgt:' });
    for (const g of p.goals) {
      b.push({ kind: 'paragraph', text: `Ziel ${g.number}: ${g.text}`, bold: true });
      if (g.report) lines(b, g.report.split('\n'));
    }
  }
  if (p.ratingText || p.rating) b.push({ kind: 'paragraph', text: p.ratingText ?? `Die angestrebten Ziele wurden ${p.rating}.` });
  if (p.remarks) {
    // after the achievement sentence as in the seeds; without one, under its own heading
    if (!p.ratingText && !p.rating) b.push({ kind: 'heading', level: 2, text: 'Weitere Ergebnisse' });
    lines(b, p.remarks.split('\n'));
  }
  if (p.partners.length) {
    b.push({ kind: 'heading', level: 2, text: 'Kooperationspartner' });
    lines(
      b,
      p.partners.map((x) => (x.role ? `${x.name} (${x.role})` : x.name)),
      true,
    );
  }
  if (p.contact) {
    b.push({ kind: 'heading', level: 2, text: 'Kontakt' });
    const c = p.contact;
    if (c.name) b.push({ kind: 'paragraph', text: `Ansprechperson: ${c.name}` });
    if (c.email) b.push({ kind: 'paragraph', text: `E-Mail: ${c.email}` });
    if (c.phone) b.push({ kind: 'paragraph', text: `Telefon: ${c.phone}` });
    if (c.web) b.push({ kind: 'paragraph', text: c.web });
  }
  if (p.outlook) {
    b.push({ kind: 'heading', level: 2, text: 'Ausblick' });
    lines(b, p.outlook.split('\n'));
  }
  const when = p.date?.raw ? (/^\d/.test(p.date.raw) ? p.date.raw : `im ${p.date.raw}`) : null;
  if (p.place || when) b.push({ kind: 'paragraph', text: [p.place, when].filter(Boolean).join(', ') });
  if (p.author) b.push({ kind: 'paragraph', text: p.author });
  return { title: `Projektbericht ${p.name}`, blocks: b };
}
