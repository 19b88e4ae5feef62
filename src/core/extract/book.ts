/**
 * The goal book: merges what every sheet says into goals. Goal sheets and overview rows
 * define goals; lists name goals by id. When places disagree (two leads, two titles) both
 * statements are kept as mentions with their cells, for validation to report.
 */
import type { CellRef, Goal, GoalRef, Lead, Mention, Milestone, Model, Partner, ReadProblem, SheetInfo, StatusCheck } from '../model';
import { compareGoalIds, type ParsedGoalId } from '../goalId';
import { readColor, readRating } from './labels';
import type { Block, GoalPart, SheetRead } from './fragments';

interface GoalDraft {
  id: string;
  leitziel: number;
  mittlerziel: number;
  title: string | null;
  shortTitle: string | null;
  color: Goal['color'];
  leads: Lead[];
  participants: string[];
  participantsNote: string | null;
  interimGoal: Goal['interimGoal'];
  notes: string[];
  statusChecks: StatusCheck[];
  rating: Goal['rating'];
  milestones: Milestone[];
  source: CellRef | null;
  sheets: CellRef[];
  mentions: Mention[];
  labels: Goal['labels'];
  /** Defined by a goal sheet or an overview row (not only referenced). */
  defined: boolean;
}

function draft(id: ParsedGoalId): GoalDraft {
  return {
    id: id.id,
    leitziel: id.leitziel,
    mittlerziel: id.mittlerziel,
    title: null,
    shortTitle: null,
    color: null,
    leads: [],
    participants: [],
    participantsNote: null,
    interimGoal: null,
    notes: [],
    statusChecks: [],
    rating: null,
    milestones: [],
    source: null,
    sheets: [],
    mentions: [],
    labels: { lead: null, participants: null, interimGoal: null, milestones: null },
    defined: false,
  };
}

export class GoalBook {
  private readonly goals = new Map<string, GoalDraft>();

  private goal(id: ParsedGoalId): GoalDraft {
    let g = this.goals.get(id.id);
    if (!g) {
      g = draft(id);
      this.goals.set(id.id, g);
    }
    return g;
  }

  /** Merges the sheets' fragments, in the order that decides which statement wins: goal sheets, overviews, lists. */
  merge(reads: SheetRead[], sheets: SheetInfo[], problems: ReadProblem[]): Model {
    for (const r of reads) for (const b of r.blocks) if (b.origin === 'form') this.define(r.sheet, b);
    for (const r of reads) for (const b of r.blocks) if (b.origin === 'overview') this.define(r.sheet, b);
    const partners: Partner[] = [];
    const references: GoalRef[] = [];
    const orphans: Model['orphans'] = { milestones: [], statusChecks: [] };
    for (const r of reads) {
      orphans.milestones.push(...r.orphans);
      partners.push(...r.partners);
      references.push(...r.references);
      problems.push(...r.problems);
    }
    // with no goal sheets and no overview, the lists' ids are the goal system
    let anyDefined = false;
    for (const g of this.goals.values()) if (g.defined) anyDefined = true;
    const known = (id: ParsedGoalId) => this.goals.get(id.id)?.defined || !anyDefined;
    for (const r of reads) {
      for (const { ids, m, at } of r.milestones) {
        const mine = ids.filter(known);
        for (const id of mine) {
          const g = this.goal(id);
          if (!g.source) g.source = at;
          g.milestones.push(m);
        }
        if (mine.length === 0) orphans.milestones.push(m);
      }
      for (const { ids, check, at } of r.checks) {
        for (const id of ids) {
          if (known(id)) {
            const g = this.goal(id);
            if (!g.source) g.source = at;
            g.statusChecks.push(check);
          } else orphans.statusChecks.push({ ...check, goalId: id.id });
        }
      }
      for (const part of r.mentions) {
        const g = this.goals.get(part.id.id);
        if (g) this.mention(g, part, 'overview');
      }
    }
    const kept = [...this.goals.values()]
      .filter((g) => g.defined || !anyDefined)
      .sort((a, b) => a.leitziel - b.leitziel || a.mittlerziel - b.mittlerziel || compareGoalIds(a.id, b.id));
    // pushed one by one, not mapped: Array.prototype.map's result is holey or packed depending on
    // whether the optimiser inlined it, and every reader of model.goals deoptimised on the change
    const out: Goal[] = [];
    for (const g of kept) out.push(finish(g));
    for (const p of problems) if (!p.goal) p.goal = goalOfSheet(sheets, p.sheet);
    return { goals: out, projects: [], partners, orphans, references, sheets, skipped: [], problems };
  }

  /** A block defines its goals; its milestones belong to all of them. */
  private define(sheet: string, b: Block): void {
    const ids = b.goals.map((p) => p.id.id);
    const lists: Milestone[][] = [];
    for (const part of b.goals) {
      const g = this.goal(part.id);
      g.defined = true;
      const here: CellRef = part.at ?? { sheet, cell: 'A1' };
      if (b.origin === 'form') g.sheets.push(here);
      if (!g.source) g.source = here;
      this.mention(g, part, b.origin);
      lists.push(g.milestones);
    }
    attach(b.milestones, ids, lists);
  }

  /** What one place says about a goal: fields the goal lacks are taken, every statement is a mention. */
  private mention(g: GoalDraft, part: GoalPart, origin: Block['origin']): void {
    if (part.title) {
      g.title = g.title ?? part.title.text;
      g.mentions.push({ field: 'title', value: part.title.text, source: part.title.source });
    }
    if (part.shortTitle && part.shortTitle.value) {
      g.shortTitle = g.shortTitle ?? part.shortTitle.value;
      g.mentions.push({ field: 'shortTitle', value: part.shortTitle.value, source: part.shortTitle.source });
    }
    if (part.color) {
      const c = readColor(part.color.value);
      g.color = g.color ?? c;
      // an overview's unknown colour is kept as written, for color-unknown to report
      if (c || origin === 'overview') g.mentions.push({ field: 'color', value: c ?? part.color.value, source: part.color.source });
    }
    if (part.rating) {
      const r = readRating(part.rating.value);
      if (r) {
        g.rating = g.rating ?? r;
        g.mentions.push({ field: 'rating', value: r, source: part.rating.source });
      }
    }
    if (origin === 'form') {
      g.leads.push(...part.leads);
      for (const l of part.leads) if (l.source) g.mentions.push({ field: 'lead', value: l.name, source: l.source });
    } else {
      // an overview's lead is a statement about the goal; it is the lead where no goal sheet names one
      for (const m of part.leadMentions) g.mentions.push({ field: 'lead', value: m.value, source: m.source });
      if (g.leads.length === 0) g.leads.push(...part.leads);
    }
    for (const p of part.participants) if (!g.participants.includes(p)) g.participants.push(p);
    g.participantsNote = g.participantsNote ?? part.participantsNote;
    if (part.interim && !g.interimGoal) g.interimGoal = part.interim;
    g.notes.push(...part.notes);
    g.statusChecks.push(...part.statusChecks);
    g.labels = {
      lead: g.labels.lead ?? part.labels.lead,
      participants: g.labels.participants ?? part.labels.participants,
      interimGoal: g.labels.interimGoal ?? part.interim?.source ?? part.labels.interimGoal,
      milestones: g.labels.milestones ?? part.labels.milestones,
    };
  }
}

/** Gives a block's milestones their goal ids and adds them to each goal's list (hot: plain loops). */
function attach(milestones: Milestone[], ids: string[], lists: Milestone[][]): void {
  for (let i = 0; i < milestones.length; i++) {
    const ms = milestones[i];
    ms.goalIds = ids;
    for (let j = 0; j < lists.length; j++) lists[j].push(ms);
  }
}

function finish(g: GoalDraft): Goal {
  // the same status check written in the overview and the log counts once (the log's is richer)
  const checks: StatusCheck[] = [];
  for (const c of g.statusChecks) {
    const same = checks.findIndex((x) => x.date?.start && x.date.start === c.date?.start);
    if (same === -1) checks.push(c);
    else if (!checks[same].person && !checks[same].text && (c.person || c.text)) checks[same] = c;
  }
  checks.sort((a, b) => (a.date?.start ?? '').localeCompare(b.date?.start ?? ''));
  const lastRated = [...checks].reverse().find((c) => c.rating);
  return {
    id: g.id,
    leitziel: g.leitziel,
    mittlerziel: g.mittlerziel,
    title: g.title,
    shortTitle: g.shortTitle,
    color: g.color,
    leads: dedupeLeads(g.leads),
    participants: g.participants,
    participantsNote: g.participants.length ? null : g.participantsNote,
    interimGoal: g.interimGoal,
    notes: g.notes.length ? g.notes.join('\n') : null,
    statusChecks: checks,
    rating: g.rating ?? lastRated?.rating ?? null,
    milestones: g.milestones,
    source: g.source ?? { sheet: '', cell: 'A1' },
    sheets: g.sheets,
    mentions: g.mentions,
    labels: g.labels,
  };
}

function dedupeLeads(leads: Lead[]): Lead[] {
  const out: Lead[] = [];
  for (const l of leads) {
    const same = out.find((o) => o.name === l.name);
    if (!same) out.push({ ...l });
    else {
      same.organization = same.organization ?? l.organization;
      same.email = same.email ?? l.email;
      same.phone = same.phone ?? l.phone;
    }
  }
  return out;
}

function goalOfSheet(sheets: SheetInfo[], sheet: string): string | null {
  const info = sheets.find((s) => s.sheet === sheet);
  return info && info.kind === 'goal-form' && info.goals.length === 1 ? info.goals[0] : null;
}
