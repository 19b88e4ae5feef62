/**
 * Milestones as tables hold them: one per row. A workbook has thousands; most of their cell
 * addresses are never asked for (only findings, links and written tables name cells), so a
 * row milestone keeps its row and its table's columns and makes `source` and `cells` when
 * they are first read. It reads, serialises (JSON) and validates (zod) like a plain Milestone.
 */
import { toA1 } from './a1';
import type { CellRef, DateValue, Milestone, MilestoneState } from './model';

/** Where a milestone table's parts sit: one object per table, shared by its rows. */
export interface TableColumns {
  sheet: string;
  /** The table's first column: a row milestone's `source`. */
  first: number;
  date: number | null;
  text: number | null;
  report: number | null;
  responsible: number | null;
  goal: number | null;
  state: number | null;
}

/** A part of a milestone's row: a column of `cells`, or `first` (the cell of `source`). */
export type MilestonePart = keyof Milestone['cells'] | 'first';

/** What a row says about the milestone's state, and which of its cells says it. */
export interface RowState {
  state: MilestoneState;
  newDate: DateValue | null;
  /** The part of the row that says so; null when the row says nothing (open). */
  from: 'state' | 'report' | null;
}

export class RowMilestone implements Milestone {
  goalIds: string[];
  date: DateValue | null;
  text: string;
  report: string | null;
  responsible: string | null;
  state: MilestoneState;
  newDate: DateValue | null;
  /** 0-based row of the milestone. */
  private readonly row: number;
  private readonly columns: TableColumns;
  private stateFrom: RowState['from'];
  private madeSource: CellRef | undefined = undefined;
  private madeCells: Milestone['cells'] | undefined = undefined;

  constructor(
    columns: TableColumns,
    row: number,
    goalIds: string[],
    date: DateValue | null,
    text: string,
    report: string | null,
    responsible: string | null,
    state: RowState,
  ) {
    this.goalIds = goalIds;
    this.date = date;
    this.text = text;
    this.report = report;
    this.responsible = responsible;
    this.state = state.state;
    this.newDate = state.newDate;
    this.stateFrom = state.from;
    this.row = row;
    this.columns = columns;
  }

  /** The row: its sheet and the cell in the table's first column. */
  get source(): CellRef {
    return (this.madeSource ??= { sheet: this.columns.sheet, cell: toA1(this.row, this.columns.first) });
  }

  /** Cells of the row's parts; null when the table has no such column. */
  get cells(): Milestone['cells'] {
    if (this.madeCells) return this.madeCells;
    const c = this.columns;
    const at = (col: number | null) => (col === null ? null : toA1(this.row, col));
    return (this.madeCells = {
      date: at(c.date),
      text: at(c.text),
      report: at(c.report),
      responsible: at(c.responsible),
      goal: at(c.goal),
      state: at(c.state),
    });
  }

  /** Joins a row that only continues this milestone's measure and report (pasted from Word); the state follows the joined report. */
  continueWith(text: string, report: string, state: (report: string | null) => RowState): void {
    if (text) this.text = this.text ? `${this.text}\n${text}` : text;
    if (report) {
      this.report = this.report ? `${this.report}\n${report}` : report;
      if (this.stateFrom !== 'state') {
        const s = state(this.report);
        this.state = s.state;
        this.newDate = s.newDate;
        this.stateFrom = s.from;
      }
    }
  }

  /** The cell that says where the milestone stands (status or report), null when none does. */
  get stateCell(): string | null {
    return this.stateFrom ? this.cellOf(this.stateFrom) : null;
  }

  /** The sheet of the row (without making `source`). */
  sheetName(): string {
    return this.columns.sheet;
  }

  /** The address of a part of the row, null when the table has no such column (without making `cells`). */
  cellOf(part: MilestonePart): string | null {
    if (part === 'first') return this.madeSource ? this.madeSource.cell : toA1(this.row, this.columns.first);
    if (this.madeCells) return this.madeCells[part];
    const col = this.columns[part];
    return col === null ? null : toA1(this.row, col);
  }

  /** The plain Milestone (JSON.stringify uses this). */
  toJSON(): Milestone {
    return {
      goalIds: this.goalIds,
      date: this.date,
      text: this.text,
      report: this.report,
      responsible: this.responsible,
      state: this.state,
      stateCell: this.stateCell,
      newDate: this.newDate,
      source: this.source,
      cells: this.cells,
    };
  }
}

/** The sheet of a milestone; for row milestones without making `source` (rules ask this of thousands). */
export function milestoneSheet(m: Milestone): string {
  return m instanceof RowMilestone ? m.sheetName() : m.source.sheet;
}

/** The address of a part of a milestone's row; for row milestones without making `cells`. */
export function milestoneCell(m: Milestone, part: MilestonePart): string | null {
  if (m instanceof RowMilestone) return m.cellOf(part);
  return part === 'first' ? m.source.cell : m.cells[part];
}
