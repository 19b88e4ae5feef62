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

/** The cells of a milestone row, by part. */
export interface RowCells {
  date?: GridCell;
  text?: GridCell;
  report?: GridCell;
  responsible?: GridCell;
  state?: GridCell;
  goal?: GridCell;
}

/** The cells of the row at position i in the table's columns; claims them. */
export function rowCells(scan: SheetScan, i: number, columns: TableColumns): RowCells {
  const { cells, rowStart } = scan.index;
  const out: RowCells = {};
  for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
    const cell = cells[k];
    const c = cell.col;
    let part: keyof RowCells | null = null;
    if (c === columns.text) part = 'text';
    else if (c === columns.date) part = 'date';
    else if (c === columns.report) part = 'report';
    else if (c === columns.responsible) part = 'responsible';
    else if (c === columns.state) part = 'state';
    else if (c === columns.goal) part = 'goal';
    if (part && (cell.type !== 'string' || scan.index.texts[k])) {
      out[part] = cell;
      scan.claimAt(k);
    }
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
export function rowDate(scan: SheetScan, parts: RowCells): DateValue | null {
  const d = parts.date;
  let date = d ? dateFromCell(d.type === 'string' ? scan.index.text(d) : (d.value as number | boolean), d.format) : null;
  const text = partText(scan, parts.text);
  if (!date && text) date = findDateInText(text);
  return date;
}

/** The state of a row: its status cell, else its report. */
export function rowState(scan: SheetScan, parts: RowCells): RowState {
  const status = statusText(scan, parts.state);
  const report = partText(scan, parts.report);
  const s = milestoneState(status || null, report || null);
  return { state: s.state, newDate: s.newDate, from: s.from === 'status' ? 'state' : s.from };
}

/** A status cell as text: TRUE/FALSE and 1/0 are what a checkbox column holds. */
function statusText(scan: SheetScan, cell: GridCell | undefined): string {
  if (!cell) return '';
  if (cell.type === 'boolean') return cell.value ? 'erledigt' : 'offen';
  if (cell.type === 'number' && (cell.value === 1 || cell.value === 0) && !cell.format) return cell.value ? 'erledigt' : 'offen';
  if (cell.type === 'number' && cell.format?.includes('%')) return `${Math.round((cell.value as number) * 100)}%`;
  return scan.index.text(cell);
}

/**
 * The report of a row: its report cell, else a status cell that says more than a state word
 * ("Einladung verschickt" in a "Status" column is what happened).
 */
export function rowReport(scan: SheetScan, parts: RowCells): string | null {
  const report = partText(scan, parts.report);
  if (report) return report;
  const status = parts.state?.type === 'string' ? scan.index.text(parts.state) : '';
  return status && !isStateWord(status) ? status : null;
}

/** Makes the milestone of a row, or null when it says nothing (no text, report, status or date). */
export function rowMilestone(scan: SheetScan, columns: TableColumns, row: number, parts: RowCells, goalIds: string[]): RowMilestone | null {
  const text = partText(scan, parts.text);
  const report = rowReport(scan, parts);
  const date = rowDate(scan, parts);
  if (!text && !report && !date && !parts.state) return null;
  return new RowMilestone(columns, row, goalIds, date, text, report, partText(scan, parts.responsible) || null, rowState(scan, parts));
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
  const text = partText(scan, parts.text);
  if (!text) return false;
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
