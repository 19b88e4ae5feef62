/**
 * Custom functions ZIEL.*: Zielwerk's knowledge as worksheet formulas. Pure functions of their
 * arguments (no workbook access), so they run in the JavaScript-only runtime and recalculate
 * like Excel's own functions. None is volatile: pass the reference day (e.g. =HEUTE()) to get
 * results that move with the calendar.
 *
 * English ids and names are generated from this file (functions.json); German names are in
 * functions-de.json with the same ids.
 */
import { dateFromCell } from '../core/dates/cell';
import { addDays, isoToSerial, serialToIso } from '../core/dates/serial';
import { findGoalIds, goalIdsFromCell } from '../core/goalId';
import type { DateValue, IsoDate } from '../core/model';
import { milestoneState } from '../core/extract/state';
import { isDone, milestoneStatus, type MilestoneTiming } from '../core/status';
import { markStarted } from '../pages/started';
import { checkMilestoneRow } from './check';
import { PRECISION_WORDS, STATUS_WORDS, type FunctionLang, message } from './words';

markStarted();

/** What Excel passes for a cell: a number, text, a boolean, or nothing. */
type Cell = string | number | boolean | null | undefined;

function fail(text: string): never {
  throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, text);
}

/** A reference day from a cell (date serial or ISO/German text); today when empty. */
function referenceDay(value: Cell): IsoDate {
  if (value === null || value === undefined || value === '') {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const dv = typeof value === 'number' ? dateFromCell(value, 'dd.mm.yyyy') : dateFromCell(value);
  if (!dv?.end || dv.error) fail(message('badToday', String(value)));
  return dv.end;
}

/** A milestone's date and state from its date cell and its report (or status) cell. */
function timing(date: Cell, report: Cell): MilestoneTiming {
  const s = milestoneState(null, report === null || report === undefined || report === '' ? null : String(report));
  return { date: dateOf(date), state: s.state, newDate: s.newDate };
}

function dateOf(value: Cell): DateValue | null {
  if (value === null || value === undefined || value === '') return null;
  // a number is a date serial (the cell's date format is not passed to functions), or a year
  return typeof value === 'number' && (value < 1900 || value > 2100) ? dateFromCell(value, 'dd.mm.yyyy') : dateFromCell(value);
}

function langOf(value: Cell): FunctionLang {
  return typeof value === 'string' && /^en/i.test(value.trim()) ? 'en' : 'de';
}

/** Flattens a range argument (or a single value) into a list. */
function flat(values: Cell[][] | Cell): Cell[] {
  return Array.isArray(values) ? values.flat() : [values];
}

/**
 * The date a written date stands for, as an Excel date serial: its start or (default) its end.
 * "Ca. 06/19" → 30.06.2019; with "Anfang" → 01.06.2019. Format the cell as a date.
 * @customfunction DATE
 * @param {any} text A date as written: "Ca. 06/19", "Bis 8/20", "KW 12/2020", "2. Halbjahr 2019", or a date.
 * @param {any} [which] "Ende" (default) or "Anfang" (also "end", "start").
 * @returns {number} The date serial.
 */
export function DATE(text: any, which?: any): number {
  const dv = dateOf(text);
  if (!dv) fail(message('empty'));
  if (dv.error) fail(message(`date.${dv.error}`, dv.raw));
  const start = typeof which === 'string' ? /^(anf|beg|start|von|from)/i.test(which.trim()) : which === 1;
  const iso = start ? dv.start : dv.end;
  if (!iso) fail(message('open', dv.raw));
  return isoToSerial(iso);
}

/**
 * How precise a written date is: "Tag", "Woche", "Monat", "Quartal", "Halbjahr", "Schuljahr", "Jahr" …
 * @customfunction PRECISION
 * @param {any} text A date as written.
 * @param {any} [language] "de" (default) or "en".
 * @returns {string} The precision.
 */
export function PRECISION(text: any, language?: any): string {
  const dv = dateOf(text);
  if (!dv) fail(message('empty'));
  if (dv.error) fail(message(`date.${dv.error}`, dv.raw));
  return PRECISION_WORDS[langOf(language)][dv.precision];
}

/**
 * The normalised goal id: "Ziel 07:47" → "7.47".
 * @customfunction ID
 * @param {any} text A goal id as written ("Ziel Nr. 1.2", "07.47", "07:47") or a number.
 * @returns {string} The id "Leitziel.Mittlerziel".
 */
export function ID(text: any): string {
  if (text === null || text === undefined || text === '') fail(message('empty'));
  const { ids } =
    typeof text === 'number'
      ? goalIdsFromCell({ row: 0, col: 0, type: 'number', value: text })
      : typeof text === 'string'
        ? findGoalIds(text)
        : { ids: [] };
  if (ids.length === 0) fail(message('badId', String(text)));
  return ids.map((i) => i.id).join(', ');
}

/**
 * The status of each milestone: "erledigt", "offen", "überfällig", "ohne Datum" or "entfällt". Spills for ranges.
 * @customfunction STATUS
 * @param {any[][]} dates The dates (MM/JJ) of the milestones.
 * @param {any[][]} reports Their reports or status cells ("erledigt", "noch offen", "verschoben auf 03/20", "entfällt").
 * @param {any} [today] The reference day (default: today; pass =HEUTE() to recalculate daily).
 * @param {any} [language] "de" (default) or "en".
 * @returns {string[][]} One status per row.
 */
export function STATUS(dates: any[][], reports: any[][], today?: any, language?: any): string[][] {
  const day = referenceDay(today);
  const words = STATUS_WORDS[langOf(language)];
  const d = Array.isArray(dates) ? dates : [[dates]];
  const r = Array.isArray(reports) ? reports : [[reports]];
  if (r.length !== d.length) fail(message('shape'));
  return d.map((row, i) =>
    row.map((value, j) => {
      const report = r[i]?.[j] ?? r[i]?.[0];
      const status = milestoneStatus(timing(value, report), day, 0);
      return words[status === 'due' || status === 'ongoing' ? 'open' : status];
    }),
  );
}

/** The rows of a milestone table whose goal column names `goalId` ("7.47, 7.49" counts for both). */
function rowsOf(goalIds: Cell[][], goalId: Cell): number[] {
  const wanted = ID(goalId);
  const ids = flat(goalIds);
  const rows: number[] = [];
  ids.forEach((cell, i) => {
    if (cell === null || cell === undefined || cell === '') return;
    const found =
      typeof cell === 'number' ? goalIdsFromCell({ row: 0, col: 0, type: 'number', value: cell }).ids : findGoalIds(String(cell)).ids;
    if (found.some((x) => x.id === wanted)) rows.push(i);
  });
  return rows;
}

function sameLength(...lists: Cell[][]): void {
  const n = lists[0].length;
  if (lists.some((l) => l.length !== n)) fail(message('shape'));
}

/**
 * How many milestones of one goal are overdue (ended before the reference day, still open or in progress).
 * @customfunction OVERDUE
 * @param {any[][]} goalIds The goal column of a milestone list.
 * @param {any[][]} dates The dates.
 * @param {any[][]} reports The reports.
 * @param {any} goalId The goal, e.g. "7.47".
 * @param {any} [today] The reference day (default: today).
 * @returns {number} The number of overdue milestones.
 */
export function OVERDUE(goalIds: any[][], dates: any[][], reports: any[][], goalId: any, today?: any): number {
  const day = referenceDay(today);
  const d = flat(dates);
  const r = flat(reports);
  sameLength(flat(goalIds), d, r);
  return rowsOf(goalIds, goalId).filter((i) => milestoneStatus(timing(d[i], r[i]), day) === 'overdue').length;
}

/**
 * The share of one goal's milestones that are done (0 to 1; format as percent).
 * @customfunction PROGRESS
 * @param {any[][]} goalIds The goal column of a milestone list.
 * @param {any[][]} reports The reports.
 * @param {any} goalId The goal, e.g. "7.47".
 * @returns {number} Done milestones ÷ all milestones of the goal.
 */
export function PROGRESS(goalIds: any[][], reports: any[][], goalId: any): number {
  const r = flat(reports);
  sameLength(flat(goalIds), r);
  const rows = rowsOf(goalIds, goalId);
  if (rows.length === 0) fail(message('noMilestones', ID(goalId)));
  return rows.filter((i) => isDone(milestoneState(null, r[i] == null ? null : String(r[i])))).length / rows.length;
}

/**
 * The next milestone of one goal that is not done and ends on or after the reference day:
 * its date (serial) and its text, side by side (spills into two cells).
 * @customfunction NEXT
 * @param {any[][]} goalIds The goal column of a milestone list.
 * @param {any[][]} dates The dates.
 * @param {any[][]} texts The measures.
 * @param {any} goalId The goal, e.g. "7.47".
 * @param {any} [today] The reference day (default: today).
 * @returns {any[][]} One row: date serial and text.
 */
export function NEXT(goalIds: any[][], dates: any[][], texts: any[][], goalId: any, today?: any): any[][] {
  const day = referenceDay(today);
  const d = flat(dates);
  const t = flat(texts);
  sameLength(flat(goalIds), d, t);
  let best: { end: IsoDate; text: string } | null = null;
  for (const i of rowsOf(goalIds, goalId)) {
    const dv = dateOf(d[i]);
    if (!dv?.end || dv.error || dv.qualifier === 'from' || dv.end < day) continue;
    if (!best || dv.end < best.end) best = { end: dv.end, text: t[i] == null ? '' : String(t[i]) };
  }
  if (!best) fail(message('noNext', ID(goalId)));
  return [[isoToSerial(best.end), best.text]];
}

/**
 * The first problem of a milestone row, or "" when it is fine: unreadable or impossible date,
 * weekday that contradicts its date, date without measure, date far outside 2018–2024.
 * @customfunction CHECK
 * @param {any[][]} row The row: date, measure, report (optionally after a goal id).
 * @param {any} [language] "de" (default) or "en".
 * @returns {string} The message, or "".
 */
export function CHECK(row: any[][], language?: any): string {
  const cells = flat(row);
  return checkMilestoneRow(cells, langOf(language));
}

/** For tests and the benchmark: serial ↔ ISO without Excel. */
export const _internal = { serialToIso, addDays };
