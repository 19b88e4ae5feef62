/**
 * extract(grids) → Model. Classifies each sheet (goal form, overview, milestone list,
 * partner list, status log, generated, skipped), reads it, and merges what all sheets say
 * about each goal. Disagreements are kept as mentions with their cells, for validation.
 */
import { fromA1 } from '../a1';
import { cellAddress, type Grid, type GridCell, SheetIndex } from '../grid';
import type {
  CellRef,
  Goal,
  GoalRef,
  Lead,
  Mention,
  Milestone,
  Model,
  Partner,
  ReadProblem,
  SheetInfo,
  Skipped,
  StatusCheck,
} from '../model';
import { parseDate } from '../dates';
import { compareGoalIds, parseGoalId, type ParsedGoalId } from '../goalId';
import { isGeneratedGrid } from '../marker';
import { readColor, readRating } from './labels';
import { type FormRead, readForm } from './form';
import {
  detectList,
  listMilestone,
  milestoneColumns,
  partnerContact,
  readList,
  ref,
  rowDate,
  rowGoalIds,
  text,
  type ListRead,
} from './lists';

export { matchHeading } from './form';

interface GoalDraft {
  id: string;
  leitziel: number;
  mittlerziel: number;
  title: string | null;
  shortTitle: string | null;
  color: 'grün' | 'blau' | null;
  leads: Lead[];
  participants: string[];
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

/** Turns the workbook's grids into the model. Pure; never throws on odd input. */
export function extract(grids: Grid[]): Model {
  const goals = new Map<string, GoalDraft>();
  const partners: Partner[] = [];
  const references: GoalRef[] = [];
  const sheets: SheetInfo[] = [];
  const skipped: Skipped[] = [];
  const problems: ReadProblem[] = [];
  const listMilestones: { ids: ParsedGoalId[]; m: Milestone; cell: CellRef }[] = [];
  const logChecks: { ids: ParsedGoalId[]; check: StatusCheck; cell: CellRef }[] = [];
  const forms: FormRead[] = [];
  const lists: ListRead[] = [];

  const goal = (id: ParsedGoalId): GoalDraft => {
    let g = goals.get(id.id);
    if (!g) {
      g = draft(id);
      goals.set(id.id, g);
    }
    return g;
  };
  const noteRepair = (id: ParsedGoalId, sheet: string, cell: string) => {
    if (!id.repair) return;
    problems.push({
      kind: id.repair === 'number-cell' ? 'goal-id-as-number' : 'goal-id-repaired',
      sheet,
      cell,
      value: id.raw,
      assumed: id.id,
      goal: id.id,
      repair: id.repair,
    });
  };
  /** A list's goal cell that holds something, but not one id that can be read ("abc", "7"). */
  const noteUnreadableIds = (sheet: string, cell: GridCell | undefined, rest: string[]) => {
    const value = cell ? text(cell) : '';
    if (!value) return;
    // as the cell shows it where we know better than its raw value (a time cell: "12:00", not 0.5)
    problems.push({
      kind: 'goal-id-malformed',
      sheet,
      cell: cellAddress(cell!),
      value: rest.join(', ') || value,
      assumed: null,
      goal: null,
    });
  };

  // 1. classify and read every sheet
  for (const grid of grids) {
    const visibility = grid.visibility;
    if (grid.sheetKind) {
      // a chart, dialog or macro sheet: a known kind that holds no goal data, not damage
      skipped.push({ sheet: grid.name, reason: 'not-a-worksheet', visibility });
      sheets.push({ sheet: grid.name, kind: 'skipped', visibility, goals: [], anchor: null });
      continue;
    }
    if (isGeneratedGrid(grid)) {
      skipped.push({ sheet: grid.name, reason: 'generated', visibility });
      sheets.push({ sheet: grid.name, kind: 'generated', visibility, goals: [], anchor: null });
      continue;
    }
    if (grid.truncated) {
      problems.push({
        kind: 'truncated-sheet',
        sheet: grid.name,
        cell: 'A1',
        value: String(grid.truncated.limit),
        assumed: null,
        goal: null,
      });
    }
    if (grid.missing) {
      problems.push({ kind: 'missing-sheet', sheet: grid.name, cell: 'A1', value: grid.name, assumed: null, goal: null });
    }
    cellProblems(grid, problems);
    if (grid.cells.length === 0) {
      // a missing sheet is not "empty": its own problem says what happened
      if (!grid.missing) skipped.push({ sheet: grid.name, reason: 'empty', visibility });
      sheets.push({ sheet: grid.name, kind: 'skipped', visibility, goals: [], anchor: null });
      continue;
    }
    const index = new SheetIndex(grid);
    const list = detectList(index);
    const form = readForm(index);
    // A list wins unless a form's id heading stands above the list's header row (a goal
    // sheet whose milestone table happens to carry a goal-id column).
    const formAbove = form?.blocks.some((b) => b.goals.some((g) => g.heading && fromA1(g.heading.cell)!.row < (list?.row ?? Infinity)));
    if (form && (!list || formAbove)) {
      forms.push(form);
      for (const m of form.malformed) {
        problems.push({ kind: 'goal-id-malformed', sheet: grid.name, cell: m.cell, value: m.value, assumed: null, goal: null });
      }
      // a form without an id heading takes its id from the sheet name
      const nameId = parseGoalId(grid.name);
      for (const b of form.blocks) {
        if (b.goals.length === 0 && nameId) b.goals.push({ id: nameId, heading: null, title: null });
      }
      const ids = form.blocks.flatMap((b) => b.goals.map((g) => g.id.id));
      sheets.push({
        sheet: grid.name,
        kind: 'goal-form',
        visibility,
        goals: [...new Set(ids)],
        anchor: form.blocks[0]?.goals[0]?.heading?.cell ?? null,
      });
      continue;
    }
    if (list) {
      const read = readList(index, list);
      lists.push(read);
      const ids = new Set<string>();
      for (const row of read.rows) for (const id of rowGoalIds(row.cells.goalId ?? row.cells.goals).ids) ids.add(id.id);
      sheets.push({
        sheet: grid.name,
        kind: read.kind,
        visibility,
        goals: [...ids].sort(compareGoalIds),
        anchor: cellAddress({ row: read.header.row, col: read.header.col }),
      });
      continue;
    }
    skipped.push({ sheet: grid.name, reason: 'no-goal-data', visibility });
    sheets.push({ sheet: grid.name, kind: 'skipped', visibility, goals: [], anchor: null });
  }

  // 2. goal forms define goals
  const formOrphans: Milestone[] = [];
  for (const form of forms) {
    for (const b of form.blocks) {
      if (b.goals.length === 0 && !form.malformed.length) {
        const at = b.leadLabel ?? b.participantsLabel ?? b.milestonesLabel ?? b.milestones[0]?.source ?? { sheet: form.sheet, cell: 'A1' };
        problems.push({ kind: 'goal-id-missing', sheet: form.sheet, cell: at.cell, value: form.sheet, assumed: null, goal: null });
      }
      const ids = b.goals.map((g) => g.id.id);
      for (const fg of b.goals) {
        const g = goal(fg.id);
        g.defined = true;
        const here: CellRef = fg.heading ?? { sheet: form.sheet, cell: 'A1' };
        g.sheets.push(here);
        if (fg.heading) noteRepair(fg.id, form.sheet, fg.heading.cell);
        if (!g.source) g.source = here;
        if (fg.title) {
          g.title = g.title ?? fg.title.text;
          g.mentions.push({ field: 'title', value: fg.title.text, source: fg.title.source });
        }
        g.leads.push(...b.leads);
        for (const l of b.leads) if (l.source) g.mentions.push({ field: 'lead', value: l.name, source: l.source });
        g.participants.push(...b.participants.filter((p) => !g.participants.includes(p)));
        if (b.interim && !g.interimGoal) {
          g.interimGoal = { text: b.interim.text, due: b.interim.due ? parseDate(b.interim.due) : null, source: b.interim.source };
        }
        g.notes.push(...b.notes, ...b.participantsProse);
        g.statusChecks.push(...b.statusChecks);
        if (b.rating) {
          const r = readRating(b.rating.value);
          if (r) {
            g.rating = g.rating ?? r;
            g.mentions.push({ field: 'rating', value: r, source: b.rating.source });
          }
        }
        if (b.color) {
          const c = readColor(b.color.value);
          if (c) {
            g.color = g.color ?? c;
            g.mentions.push({ field: 'color', value: c, source: b.color.source });
          }
        }
        if (b.shortTitle) {
          g.shortTitle = g.shortTitle ?? b.shortTitle.value;
          g.mentions.push({ field: 'shortTitle', value: b.shortTitle.value, source: b.shortTitle.source });
        }
        g.labels = {
          lead: g.labels.lead ?? b.leadLabel,
          participants: g.labels.participants ?? b.participantsLabel,
          interimGoal: g.labels.interimGoal ?? b.interim?.source ?? null,
          milestones: g.labels.milestones ?? b.milestonesLabel,
        };
      }
      // a block without a readable id keeps its milestones (as orphans), nothing is lost
      if (ids.length === 0) formOrphans.push(...b.milestones);
      attach(
        b.milestones,
        ids,
        ids.map((id) => goals.get(id)!.milestones),
      );
    }
  }

  // 3. overviews define goals too
  for (const list of lists.filter((l) => l.kind === 'overview')) {
    for (const row of list.rows) {
      const idCell = row.cells.goalId;
      const { ids, rest } = rowGoalIds(idCell);
      if (ids.length !== 1) {
        noteUnreadableIds(list.sheet, idCell, ids.length ? [] : rest);
        continue;
      }
      const id = ids[0];
      const at = ref(list.sheet, idCell, { row: row.row, col: list.header.col });
      noteRepair(id, list.sheet, at.cell);
      references.push({ id: id.id, raw: id.raw, kind: 'overview', source: at });
      const g = goal(id);
      g.defined = true;
      if (!g.source) g.source = at;
      const c = row.cells;
      const cellRef = (cell: typeof c.shortTitle) => ref(list.sheet, cell, { row: row.row, col: list.header.col });
      if (c.shortTitle && text(c.shortTitle)) {
        g.shortTitle = g.shortTitle ?? text(c.shortTitle);
        g.mentions.push({ field: 'shortTitle', value: text(c.shortTitle), source: cellRef(c.shortTitle) });
      }
      if (c.title && text(c.title)) {
        g.title = g.title ?? text(c.title);
        g.mentions.push({ field: 'title', value: text(c.title), source: cellRef(c.title) });
      }
      if (c.color && text(c.color)) {
        const col = readColor(text(c.color));
        g.color = g.color ?? col;
        g.mentions.push({ field: 'color', value: col ?? text(c.color), source: cellRef(c.color) });
      }
      // a number or TRUE/FALSE names nobody: the cell is where the lead is missing
      if (c.lead && (c.lead.type === 'number' || c.lead.type === 'boolean')) g.labels.lead = g.labels.lead ?? cellRef(c.lead);
      else if (c.lead && text(c.lead)) {
        g.mentions.push({ field: 'lead', value: text(c.lead), source: cellRef(c.lead) });
        if (g.leads.length === 0)
          g.leads.push({ name: text(c.lead), organization: null, email: null, phone: null, source: cellRef(c.lead) });
      }
      if (c.rating && text(c.rating)) {
        const r = readRating(text(c.rating));
        if (r) {
          g.rating = g.rating ?? r;
          g.mentions.push({ field: 'rating', value: r, source: cellRef(c.rating) });
        }
      }
      if (c.lastCheck) {
        const date = rowDate(c.lastCheck);
        if (date) g.statusChecks.push({ date, person: null, text: null, rating: null, source: cellRef(c.lastCheck), personCell: null });
      }
    }
  }

  // 4. milestone lists, status logs, partner lists refer to goals
  for (const list of lists) {
    if (list.kind === 'milestone-list') {
      const columns = milestoneColumns(list);
      for (const row of list.rows) {
        const { ids, rest } = rowGoalIds(row.cells.goalId);
        if (ids.length === 0) noteUnreadableIds(list.sheet, row.cells.goalId, rest);
        const m = listMilestone(
          columns,
          row,
          ids.map((i) => i.id),
        );
        if (!m) continue;
        const at = ref(list.sheet, row.cells.goalId, { row: row.row, col: list.header.columns.get('goalId')! });
        for (const id of ids) {
          noteRepair(id, list.sheet, at.cell);
          references.push({ id: id.id, raw: id.raw, kind: 'milestone', source: at });
        }
        listMilestones.push({ ids, m, cell: at });
      }
    } else if (list.kind === 'status-log') {
      for (const row of list.rows) {
        const { ids, rest } = rowGoalIds(row.cells.goalId);
        if (ids.length === 0) noteUnreadableIds(list.sheet, row.cells.goalId, rest);
        const at = ref(list.sheet, row.cells.goalId, { row: row.row, col: list.header.columns.get('goalId')! });
        const check: StatusCheck = {
          date: rowDate(row.cells.checkDate),
          person: text(row.cells.person) || null,
          text: text(row.cells.checkText) || null,
          rating: row.cells.rating ? readRating(text(row.cells.rating)) : null,
          source: ref(list.sheet, row.cells.checkDate, { row: row.row, col: list.header.col }),
          personCell: row.cells.person ? cellAddress(row.cells.person) : null,
        };
        for (const id of ids) {
          noteRepair(id, list.sheet, at.cell);
          references.push({ id: id.id, raw: id.raw, kind: 'status-check', source: at });
        }
        logChecks.push({ ids, check, cell: at });
      }
    } else if (list.kind === 'partner-list') {
      for (const row of list.rows) {
        const name = text(row.cells.organization) || text(row.cells.contact);
        if (!name) continue;
        const { ids, rest } = rowGoalIds(row.cells.goals);
        if (ids.length === 0) noteUnreadableIds(list.sheet, row.cells.goals, rest);
        const goalsAt = row.cells.goals ? ref(list.sheet, row.cells.goals, { row: row.row, col: 0 }) : null;
        for (const id of ids) {
          if (goalsAt) noteRepair(id, list.sheet, goalsAt.cell);
          references.push({
            id: id.id,
            raw: id.raw,
            kind: 'partner',
            source: goalsAt ?? { sheet: list.sheet, cell: cellAddress({ row: row.row, col: list.header.col }) },
          });
        }
        const contact = partnerContact(row);
        const first = row.cells.organization ?? row.cells.contact;
        partners.push({
          name,
          ...contact,
          goals: [...new Set(ids.map((i) => i.id))],
          source: ref(list.sheet, first, { row: row.row, col: list.header.col }),
          cells: {
            contact: row.cells.contact ? cellAddress(row.cells.contact) : null,
            email: row.cells.email ? cellAddress(row.cells.email) : null,
            phone: row.cells.phone ? cellAddress(row.cells.phone) : null,
            goals: row.cells.goals ? cellAddress(row.cells.goals) : null,
          },
        });
      }
    }
  }

  // With no goal sheets and no overview, the lists' ids are the goal system.
  const anyDefined = [...goals.values()].some((g) => g.defined);
  const orphans: Model['orphans'] = { milestones: [...formOrphans], statusChecks: [] };
  for (const { ids, m, cell } of listMilestones) {
    const known = ids.filter((id) => goals.get(id.id)?.defined || !anyDefined);
    for (const id of known) {
      const g = goal(id);
      if (!g.source) g.source = cell;
    }
    if (known.length === 0) orphans.milestones.push(m);
    for (const id of known) goals.get(id.id)!.milestones.push(m);
  }
  for (const { ids, check, cell } of logChecks) {
    for (const id of ids) {
      if (goals.get(id.id)?.defined || !anyDefined) {
        const g = goal(id);
        if (!g.source) g.source = cell;
        g.statusChecks.push(check);
      } else {
        orphans.statusChecks.push({ ...check, goalId: id.id });
      }
    }
  }

  // 5. finish goals
  const kept = [...goals.values()]
    .filter((g) => g.defined || !anyDefined)
    .sort((a, b) => a.leitziel - b.leitziel || a.mittlerziel - b.mittlerziel || compareGoalIds(a.id, b.id));
  // pushed one by one, not mapped: Array.prototype.map's result is holey or packed depending on
  // whether the optimiser inlined it, and every reader of model.goals deoptimised on the change
  const out: Goal[] = [];
  for (const g of kept) out.push(finish(g));
  for (const p of problems) if (!p.goal) p.goal = goalOfSheet(sheets, p.sheet);
  return { goals: out, partners, orphans, references, sheets, skipped, problems };
}

/** Error values and unreadable cells of a sheet, as reading problems. */
function cellProblems(grid: Grid, problems: ReadProblem[]): void {
  const cells = grid.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.type === 'error') {
      problems.push({
        kind: 'error-value',
        sheet: grid.name,
        cell: cellAddress(cell),
        value: String(cell.value),
        assumed: null,
        goal: null,
      });
    } else if (cell.type === 'unreadable') {
      problems.push({
        kind: String(cell.value).startsWith('=') ? 'formula-without-value' : 'unreadable-cell',
        sheet: grid.name,
        cell: cellAddress(cell),
        value: String(cell.value),
        assumed: null,
        goal: null,
      });
    }
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
