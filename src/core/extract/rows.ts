/**
 * Milestone rows, as every table that holds milestones has them (a goal's MM/JJ table, a
 * milestone list, a master sheet's column groups): date, measure, report, responsible and
 * status cells, the state they say, and rows that only continue the measure above (a
 * paragraph pasted from Word breaks into rows whose other cells are empty or merged).
 */
import type { GridCell } from '../grid';
import { type DateContext, dateFromCell, findDateInText } from '../dates';
import type { DateValue } from '../model';
import { RowMilestone, type RowState, type TableColumns } from '../milestone';
import { isPlaceholder } from '../people';
import { isStateWord, milestoneState } from './state';
import type { SheetScan } from './sheet';

/** The cells of a milestone row by part, and their cleaned texts ('' where empty). */
export interface RowCells {
  date: GridCell | undefined;
  text: GridCell | undefined;
  report: GridCell | undefined;
  responsible: GridCell | undefined;
  state: GridCell | undefined;
  goal: GridCell | undefined;
  dateText: string;
  measure: string;
  reportText: string;
  responsibleText: string;
  stateText: string;
  goalText: string;
}

/** Empty row parts, to be filled by rowCells (one per table: rows are read one after another). */
export function emptyRow(): RowCells {
  return {
    date: undefined,
    text: undefined,
    report: undefined,
    responsible: undefined,
    state: undefined,
    goal: undefined,
    dateText: '',
    measure: '',
    reportText: '',
    responsibleText: '',
    stateText: '',
    goalText: '',
  };
}

/**
 * The cells of the row at position i in the table's columns, in `out` (cleared first: one
 * object serves a whole table, thousands of rows allocate nothing); claims them.
 */
export function rowCells(scan: SheetScan, i: number, columns: TableColumns, out: RowCells = emptyRow()): RowCells {
  const { cells, rowStart, texts } = scan.index;
  out.date = out.text = out.report = out.responsible = out.state = out.goal = undefined;
  out.dateText = out.measure = out.reportText = out.responsibleText = out.stateText = out.goalText = '';
  for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
    const cell = cells[k];
    const text = texts[k];
    if (cell.type === 'string' && !text) continue;
    const c = cell.col;
    if (c === columns.text) {
      out.text = cell;
      out.measure = text;
    } else if (c === columns.date) {
      out.date = cell;
      out.dateText = text;
    } else if (c === columns.report) {
      out.report = cell;
      out.reportText = text;
    } else if (c === columns.responsible) {
      out.responsible = cell;
      out.responsibleText = text;
    } else if (c === columns.state) {
      out.state = cell;
      out.stateText = text;
    } else if (c === columns.goal) {
      out.goal = cell;
      out.goalText = text;
    } else continue;
    scan.claimAt(k);
  }
  return out;
}

/** The cleaned text of a row part ('' when empty). */
export function partText(scan: SheetScan, cell: GridCell | undefined): string {
  return cell ? scan.index.text(cell) : '';
}

/** The date a cell holds: text read as written, numbers and booleans with their format. */
export function cellDate(scan: SheetScan, cell: GridCell): DateValue | null {
  if (cell.type === 'string') return dateFromCell(scan.index.text(cell), null, scan.dates);
  if (cell.type === 'number' || cell.type === 'boolean') return dateFromCell(cell.value as number | boolean, cell.format, scan.dates);
  return dateFromCell(String(cell.value), null, scan.dates);
}

/** The date of a row: its date cell, else a date written in the measure text. */
export function rowDate(parts: RowCells, context?: DateContext): DateValue | null {
  const d = parts.date;
  let date = d ? dateFromCell(d.type === 'string' ? parts.dateText : (d.value as number | boolean), d.format, context) : null;
  if (!date && parts.measure) date = findDateInText(parts.measure, context);
  return date;
}

/** The state of a row: its status cell, else its report. */
export function rowState(parts: RowCells): RowState {
  return milestoneState(statusText(parts) || null, parts.reportText || null);
}

/** A status cell as text: TRUE/FALSE and 1/0 are what a checkbox column holds. */
function statusText(parts: RowCells): string {
  const cell = parts.state;
  if (!cell) return '';
  if (cell.type === 'boolean') return cell.value ? 'erledigt' : 'offen';
  if (cell.type === 'number' && (cell.value === 1 || cell.value === 0) && !cell.format) return cell.value ? 'erledigt' : 'offen';
  if (cell.type === 'number' && cell.format?.includes('%')) return `${Math.round((cell.value as number) * 100)}%`;
  return parts.stateText;
}

/**
 * The report of a row: its report cell, else a status cell that says more than a state word
 * ("Einladung verschickt" in a "Status" column is what happened).
 */
export function rowReport(parts: RowCells): string | null {
  if (parts.reportText) return parts.reportText;
  const status = parts.state?.type === 'string' ? parts.stateText : '';
  return status && !isStateWord(status) ? status : null;
}

/** Makes the milestone of a row, or null when it says nothing (no text, report, status or date). */
export function rowMilestone(
  columns: TableColumns,
  row: number,
  parts: RowCells,
  goalIds: string[],
  context?: DateContext,
): RowMilestone | null {
  if (saysNothing(parts)) return null;
  const report = rowReport(parts);
  const date = rowDate(parts, context);
  if (!parts.measure && !report && !date && !parts.state) return null;
  return new RowMilestone(columns, row, goalIds, date, parts.measure, report, parts.responsibleText || null, rowState(parts));
}

/** True when a row holds nothing but placeholders ("–", "k.A.", "?") where a milestone would be. */
function saysNothing(parts: RowCells): boolean {
  if ((parts.date && parts.date.type !== 'string') || (parts.state && parts.state.type !== 'string')) return false;
  // placeholders are short: a longer text says something (and costs no lookup)
  if (parts.measure.length > PLACEHOLDER_MAX || parts.reportText.length > PLACEHOLDER_MAX) return false;
  for (const t of [parts.measure, parts.dateText, parts.reportText, parts.stateText]) if (t && !isPlaceholder(t)) return false;
  return true;
}

/** The longest placeholder ("keine Angabe"), with room for punctuation. */
const PLACEHOLDER_MAX = 16;

/** A goal cell merged over several rows names the goal of each (its value sits in the top row). */
export function mergedGoal(scan: SheetScan, row: number, columns: TableColumns, parts: RowCells): void {
  if (parts.goal || columns.goal === null) return;
  const cell = scan.valueAt(row, columns.goal);
  if (!cell) return;
  parts.goal = cell;
  parts.goalText = scan.index.text(cell);
}

/** Joins a continuation row into the milestone above (its measure and report lines). */
export function joinRow(m: RowMilestone, parts: RowCells): void {
  m.continueWith(parts.measure, parts.reportText, (report) => milestoneState(null, report));
}

/** Words and signs that continue a sentence into the next row. */
const OPEN_END = /(?:[:,/(–-]|\b(?:und|sowie|bzw|oder|mit|für|zur|zum|der|die|das|den|dem|des|im|in|an|auf|bei|von|vom))$/;
const CONTINUES = /^(?:\p{Ll}|…|\.\.\.|\(|und\s|sowie\s|bzw\.|oder\s)/u;
const BULLET = /^[-–•*·]\s/;

/**
 * True when a row continues the milestone above instead of starting a new one (a paragraph
 * pasted from Word breaks into rows): it has a measure or report line and nothing else (no
 * date, status, responsible or goal), and either its date cell is merged with the row above,
 * or each of its lines goes on from the line above it (starts in lower case or with "(",
 * or the line above ends open: "…,", "… und"), or it is a bullet under a line that announced
 * a list (":") or under another bullet.
 *
 * @example a row ['', 'sodass sich Interessenten noch melden können.', 'des KreisSportBunds …'] under
 *   a measure ending with "," → true; ['', 'Bestehende Angebote bewerben', ''] under a complete line → false
 */
export function continuesAbove(
  scan: SheetScan,
  columns: TableColumns,
  row: number,
  parts: RowCells,
  above: { text: string; report: string | null },
): boolean {
  if (parts.date || parts.state || parts.responsible || parts.goal) return false;
  if (!parts.measure && !parts.reportText) return false;
  for (const col of [columns.date, columns.state]) {
    if (col !== null && scan.mergedWithAbove(row, col)) return true;
  }
  const goesOn = (line: string, prev: string) => CONTINUES.test(line) || OPEN_END.test(prev.trimEnd());
  if (parts.measure && !goesOn(parts.measure, above.text)) {
    if (!(BULLET.test(parts.measure) && (above.text.trimEnd().endsWith(':') || BULLET.test(lastLine(above.text))))) return false;
  }
  if (parts.reportText && !goesOn(parts.reportText, above.report ?? '')) return false;
  return true;
}

/** The last line of a text (a joined measure's latest row). */
function lastLine(text: string): string {
  const i = text.lastIndexOf('\n');
  return i < 0 ? text : text.slice(i + 1);
}
