/**
 * Where a milestone and a goal stand on a reference day. One definition, used by
 * validation (overdue), the summary sheets (counts, traffic light, due list) and the
 * custom functions (ZIEL.STATUS, ZIEL.UEBERFAELLIG).
 */
import { addDays, addMonths } from './dates/serial';
import type { Goal, IsoDate, Milestone, StatusCheck } from './model';

export type MilestoneStatus = 'done' | 'overdue' | 'due' | 'open' | 'undated' | 'ongoing';

/** A milestone counts as done when its report cell says something. */
export function isDone(m: Pick<Milestone, 'report'>): boolean {
  return !!m.report && m.report.trim().length > 0;
}

/**
 * The status of a milestone on `today`. `dueWeeks` opens the "due soon" window (default 8).
 * "ab …" milestones and "Ab sofort" are ongoing, never overdue.
 *
 * @example milestoneStatus({ date: parseDate('03/19'), report: null }, '2019-11-15') === 'overdue'
 */
export function milestoneStatus(m: Pick<Milestone, 'date' | 'report'>, today: IsoDate, dueWeeks = 8): MilestoneStatus {
  if (isDone(m)) return 'done';
  const d = m.date;
  if (!d || d.error) return 'undated';
  if (d.qualifier === 'from') return 'ongoing';
  if (!d.end) return 'undated';
  if (d.end < today) return 'overdue';
  return (d.start ?? d.end) <= windowEnd(today, dueWeeks) ? 'due' : 'open';
}

/** The end of the "due soon" window; the last one is kept (one reference day per run). */
let lastWindow = { today: '', weeks: -1, end: '' };
function windowEnd(today: IsoDate, weeks: number): IsoDate {
  if (lastWindow.today !== today || lastWindow.weeks !== weeks) lastWindow = { today, weeks, end: addDays(today, weeks * 7) };
  return lastWindow.end;
}

/** True when the milestone's end lies before `today` and nothing was reported (milestoneStatus 'overdue'). */
export function isOverdue(m: Pick<Milestone, 'date' | 'report'>, today: IsoDate): boolean {
  const d = m.date;
  return !!d && !d.error && d.qualifier !== 'from' && !!d.end && d.end < today && !isDone(m);
}

/** The latest dated status check, or null. */
export function lastStatusCheck(checks: StatusCheck[]): StatusCheck | null {
  let last: StatusCheck | null = null;
  for (const c of checks) if (c.date?.end && (!last || c.date.end > last.date!.end!)) last = c;
  return last;
}

export type Light = 'red' | 'yellow' | 'green';

export interface GoalStanding {
  total: number;
  done: number;
  open: number;
  overdue: number;
  undated: number;
  /** The next milestone not done whose period ends today or later. */
  next: Milestone | null;
  lastCheck: StatusCheck | null;
  light: Light;
  /** Why the light is not green: codes with counts, rendered by the summary. */
  reasons: { code: 'overdue' | 'no-check' | 'stale-check' | 'undated'; count?: number; date?: IsoDate }[];
}

/**
 * Counts and traffic light of a goal. The rule (also written under the overview sheet):
 * red — overdue milestones, or (for "grüne" goals) no status check within `staleMonths`;
 * yellow — open milestones without a date; green — otherwise.
 */
export function goalStanding(goal: Pick<Goal, 'milestones' | 'statusChecks' | 'color'>, today: IsoDate, staleMonths = 6): GoalStanding {
  let done = 0;
  let overdue = 0;
  let undated = 0;
  let next: Milestone | null = null;
  for (const m of goal.milestones) {
    const s = milestoneStatus(m, today);
    if (s === 'done') done++;
    else if (s === 'overdue') overdue++;
    else if (s === 'undated') undated++;
    if ((s === 'due' || s === 'open') && (!next || m.date!.end! < next.date!.end!)) next = m;
  }
  const lastCheck = lastStatusCheck(goal.statusChecks);
  const reasons: GoalStanding['reasons'] = [];
  if (overdue) reasons.push({ code: 'overdue', count: overdue });
  if (goal.color !== 'blau') {
    if (!lastCheck) reasons.push({ code: 'no-check' });
    else if (lastCheck.date!.end! < addMonths(today, -staleMonths)) reasons.push({ code: 'stale-check', date: lastCheck.date!.end! });
  }
  if (undated) reasons.push({ code: 'undated', count: undated });
  const light: Light = reasons.some((r) => r.code !== 'undated') ? 'red' : undated ? 'yellow' : 'green';
  return { total: goal.milestones.length, done, open: goal.milestones.length - done, overdue, undated, next, lastCheck, light, reasons };
}
