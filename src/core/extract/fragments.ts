/**
 * What layout readers return: fragments of the model, each pointing at its cells. A goal
 * block (a goal sheet, one of several goals on a sheet, an overview or master row) says
 * things about its goals; lists name goals by id (milestones, status checks, partners). The
 * goal book (book.ts) merges the fragments of all sheets into goals.
 */
import { cellAddress, type GridCell } from '../grid';
import type { ParsedGoalId } from '../goalId';
import { goalIdsFromCell } from '../goalId';
import type { CellRef, DateValue, GoalRef, Lead, Milestone, Partner, ReadProblem, Region, SheetKind, StatusCheck } from '../model';

/** What one place says about one goal. */
export interface GoalPart {
  id: ParsedGoalId;
  /** The cell that names the goal (its heading, its id cell); null when only the sheet name does. */
  at: CellRef | null;
  title: { text: string; source: CellRef } | null;
  shortTitle: { value: string; source: CellRef } | null;
  color: { value: string; source: CellRef } | null;
  rating: { value: string; source: CellRef } | null;
  leads: Lead[];
  /** Lead texts as written (overview cells), for the mentions that validation compares. */
  leadMentions: { value: string; source: CellRef }[];
  participants: string[];
  /** What the participants field says instead of naming anyone ("Siehe Liste"). */
  participantsNote: string | null;
  notes: string[];
  interim: { text: string | null; due: DateValue | null; source: CellRef } | null;
  statusChecks: StatusCheck[];
  labels: { lead: CellRef | null; participants: CellRef | null; interimGoal: CellRef | null; milestones: CellRef | null };
}

export function goalPart(id: ParsedGoalId, at: CellRef | null): GoalPart {
  return {
    id,
    at,
    title: null,
    shortTitle: null,
    color: null,
    rating: null,
    leads: [],
    leadMentions: [],
    participants: [],
    participantsNote: null,
    notes: [],
    interim: null,
    statusChecks: [],
    labels: { lead: null, participants: null, interimGoal: null, milestones: null },
  };
}

/**
 * A block that defines goals: a goal sheet (`form`: one goal, or several sharing one table,
 * or stacked blocks), or a row of an overview or master sheet (`overview`). Its milestones
 * belong to all its goals.
 */
export interface Block {
  origin: 'form' | 'overview';
  goals: GoalPart[];
  milestones: Milestone[];
}

/** Everything read from one sheet. */
export interface SheetRead {
  sheet: string;
  kind: SheetKind;
  /** How sure the reading is: weak evidence for the sheet's kind, or much left unread, is `low`. */
  confidence: 'high' | 'low';
  blocks: Block[];
  /** Milestones of lists, by the goal ids their row names. */
  milestones: { ids: ParsedGoalId[]; m: Milestone; at: CellRef }[];
  /** Status checks of logs, by the goal ids their row names. */
  checks: { ids: ParsedGoalId[]; check: StatusCheck; at: CellRef }[];
  /** What logs say about a goal besides checks (a lead column): merged only into known goals. */
  mentions: GoalPart[];
  partners: Partner[];
  references: GoalRef[];
  problems: ReadProblem[];
  /** Milestones of a goal block whose goal could not be read. */
  orphans: Milestone[];
  /** What the readers found where (for --explain and the task pane). */
  regions: Region[];
}

export function sheetRead(sheet: string): SheetRead {
  return {
    sheet,
    kind: 'skipped',
    confidence: 'high',
    blocks: [],
    milestones: [],
    checks: [],
    mentions: [],
    partners: [],
    references: [],
    problems: [],
    orphans: [],
    regions: [],
  };
}

/** Notes a goal id that had to be repaired to read it ("07:47" → 7.47). */
export function noteRepair(out: SheetRead, id: ParsedGoalId, cell: string): void {
  if (!id.repair) return;
  out.problems.push({
    kind: id.repair === 'number-cell' ? 'goal-id-as-number' : 'goal-id-repaired',
    sheet: out.sheet,
    cell,
    value: id.raw,
    assumed: id.id,
    goal: id.id,
    repair: id.repair,
  });
}

/**
 * The goal ids of a list's goal cell. A cell that holds something, but not one id that can be
 * read ("abc", "7"), is noted as a problem.
 */
export function listGoalIds(out: SheetRead, cell: GridCell | undefined, text: string): ParsedGoalId[] {
  if (!cell) return [];
  const { ids, rest } = goalIdsFromCell(cell);
  if (ids.length === 0 && text) {
    out.problems.push({
      kind: 'goal-id-malformed',
      sheet: out.sheet,
      cell: cellAddress(cell),
      value: rest.join(', ') || text,
      assumed: null,
      goal: null,
    });
  }
  return ids;
}

export function ref(sheet: string, cell: Pick<GridCell, 'row' | 'col'>): CellRef {
  return { sheet, cell: cellAddress(cell) };
}
