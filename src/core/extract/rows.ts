/**
 * Milestone rows, as every table that holds milestones has them (a goal's MM/JJ table, a
 * milestone list, a master sheet's column groups): date, measure, report, responsible and
 * status cells, the state they say, and rows that only continue the measure above (a
 * paragraph pasted from Word breaks into rows whose other cells are empty or merged).
 */
import type { GridCell } from '../grid';
import { dateFromCell, findDateInText } from '../dates';
import type { DateValue } from '../model';
import { RowMilestone, type RowState, type TableColumns } from '../milestone';
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

/** The cells of the row at position i in the table's columns; claims them. */
export function rowCells(scan: SheetScan, i: number, columns: TableColumns): RowCells {
  const { cells, rowStart, texts } = scan.index;
  const out: RowCells = {
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
  if (cell.type === 'string') return dateFromCell(scan.index.text(cell), null);
  if (cell.type === 'number' || cell.type === 'boolean') return dateFromCell(cell.value as number | boolean, cell.format);
  return dateFromCell(String(cell.value), null);
}

/** The date of a row: its date cell, else a date written in the measure text. */
export function rowDate(parts: RowCells): DateValue | null {
  const d = parts.date;
  let date = d ? dateFromCell(d.type === 'string' ? parts.dateText : (d.value as number | boolean), d.format) : null;
  if (!date && parts.measure) date = findDateInText(parts.measure);
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
export function rowMilestone(columns: TableColumns, row: number, parts: RowCells, goalIds: string[]): RowMilestone | null {
  const report = rowReport(parts);
  const date = rowDate(parts);
  if (!parts.measure && !report && !date && !parts.state) return null;
  return new RowMilestone(columns, row, goalIds, date, parts.measure, report, parts.responsibleText || null, rowState(parts));
}

/** Words and signs that continue a sentence into the next row. */
const OPEN_END = /(?:[:,/(–-]|\b(?:und|sowie|bzw|oder|mit|für|zur|zum|der|die|das|den|dem|des|im|in|an|auf|bei|von|vom))$/;
const CONTINUES = /^(?:\p{Ll}|…|\.\.\.|\(|und\s|sowie\s|bzw\.|oder\s)/u;
const BULLET = /^[-–•*·]\s/;

/**
 * True when a row continues the measure above instead of starting a new one: it has a measure
 * text and nothing else (no date, report, status, responsible or goal), and either its other
 * cells are merged with the row above, or its text goes on from the text above (starts in lower
 * case, the text above ends open: "…, sowie", "Regional-"), or it is a bullet under a text
 * that announced a list (":").
 *
 * @example continuesAbove('Vorstellung bei der AG Altersgerechte', 'Quartiersentwicklung …') → false
 *   (an upper-case start after a complete text starts a new measure) — but 'quartiersentwicklung …' → true
 */
export function continuesAbove(
  scan: SheetScan,
  columns: TableColumns,
  row: number,
  parts: RowCells,
  above: string,
  bulletAbove: boolean,
): boolean {
  if (!parts.text || parts.date || parts.report || parts.state || parts.responsible || parts.goal) return false;
  const text = parts.measure;
  for (const col of [columns.date, columns.report, columns.state, columns.goal]) {
    if (col !== null && scan.mergedWithAbove(row, col)) return true;
  }
  const prev = above.trimEnd();
  if (CONTINUES.test(text) || OPEN_END.test(prev)) return true;
  return BULLET.test(text) && (prev.endsWith(':') || bulletAbove);
}

/** True when a text is a bullet line (for the next row's continuation test). */
export function isBullet(text: string): boolean {
  return BULLET.test(text);
}
