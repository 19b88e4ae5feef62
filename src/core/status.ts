/**
 * Where a milestone and a goal stand on a reference day. One definition, used by
 * validation (overdue), the summary sheets (counts, traffic light, due list) and the
 * custom functions (ZIEL.STATUS, ZIEL.UEBERFAELLIG).
 *
 * A milestone's state (done, in progress, open, postponed, cancelled) comes from its row
 * (extract/state.ts); its status adds the calendar: a milestone still open or in progress
 * after its date is overdue; done or cancelled never is; postponed is due at its new date.
 */
import { addDays, addMonths } from './dates/serial';
import type { DateValue, Goal, IsoDate, Milestone, StatusCheck } from './model';

export type MilestoneStatus = 'done' | 'cancelled' | 'overdue' | 'due' | 'open' | 'undated' | 'ongoing';

/** What the status of a milestone depends on. */
export type MilestoneTiming = Pick<Milestone, 'date' | 'state' | 'newDate'>;

/** A milestone counts as done when its row says so (a report of what happened, "erledigt", "✓"). */
export function isDone(m: Pick<Milestone, 'state'>): boolean {
  return m.state === 'done';
}

/** The date a milestone is due: a postponed one's new date, else its own. */
export function dueDate(m: MilestoneTiming): DateValue | null {
  return m.state === 'postponed' ? m.newDate : m.date;
}

/**
 * The status of a milestone on `today`. `dueWeeks` opens the "due soon" window (default 8).
 * "ab …" milestones and "Ab sofort" are ongoing, never overdue; a postponed one without a new
 * date has no date to be due at.
 *
 * @example milestoneStatus({ date: parseDate('03/19'), state: 'open', newDate: null }, '2019-11-15') === 'overdue'
 */
export function milestoneStatus(m: MilestoneTiming, today: IsoDate, dueWeeks = 8): MilestoneStatus {
  if (m.state === 'done') return 'done';
  if (m.state === 'cancelled') return 'cancelled';
  const d = dueDate(m);
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

/** True when the milestone's (new) date ends before `today` and it is still open or in progress (milestoneStatus 'overdue'). */
export function isOverdue(m: MilestoneTiming, today: IsoDate): boolean {
  if (m.state === 'done' || m.state === 'cancelled') return false;
  const d = dueDate(m);
  return !!d && !d.error && d.qualifier !== 'from' && !!d.end && d.end < today;
}

/** The latest dated status check, or null. */
export function lastStatusCheck(checks: StatusCheck[]): StatusCheck | null {
  let last: StatusCheck | null = null;
  for (const c of checks) if (c.date?.end && (!last || c.date.end > last.date!.end!)) last = c;
  return last;
}

export type Light = 'red' | 'yellow' | 'green';

export interface GoalStanding {
  /** Milestones, cancelled ones not counted. */
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
  let cancelled = 0;
  let next: Milestone | null = null;
  for (const m of goal.milestones) {
    const s = milestoneStatus(m, today);
    if (s === 'done') done++;
    else if (s === 'cancelled') cancelled++;
    else if (s === 'overdue') overdue++;
    else if (s === 'undated') undated++;
    if ((s === 'due' || s === 'open') && (!next || dueDate(m)!.end! < dueDate(next)!.end!)) next = m;
  }
  const total = goal.milestones.length - cancelled;
  const lastCheck = lastStatusCheck(goal.statusChecks);
  const reasons: GoalStanding['reasons'] = [];
  if (overdue) reasons.push({ code: 'overdue', count: overdue });
  if (goal.color !== 'blau') {
    if (!lastCheck) reasons.push({ code: 'no-check' });
    else if (lastCheck.date!.end! < addMonths(today, -staleMonths)) reasons.push({ code: 'stale-check', date: lastCheck.date!.end! });
  }
  if (undated) reasons.push({ code: 'undated', count: undated });
  const light: Light = reasons.some((r) => r.code !== 'undated') ? 'red' : undated ? 'yellow' : 'green';
  return { total, done, open: total - done, overdue, undated, next, lastCheck, light, reasons };
}
