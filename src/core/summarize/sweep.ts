/**
 * Ranges given by number, visited row by row: which of them span the current row, in the
 * order they were given. Whoever works out something per cell from a list of ranges (the
 * look of a cell, the height of a row) looks at each row's few ranges instead of keeping a
 * map of every cell the ranges cover — summaries have hundreds of thousands of cells.
 */

/** A range's rows (0-based, inclusive); columns and content are the caller's. */
export interface RowSpan {
  r1: number;
  r2: number;
}

export class RowSweep<B extends RowSpan> {
  /** Ranges spanning the current row, in the order given. */
  active: B[] = [];
  /** The first and last row any range spans (last < first when there are none). */
  readonly firstRow: number;
  readonly lastRow: number;
  /** Indices of the ranges by first row (given order among equals). */
  private readonly byStart: number[];
  private next = 0;
  /** Indices of the active ranges, ascending. */
  private indices: number[] = [];
  private row = -1;

  constructor(private readonly boxes: readonly B[]) {
    this.byStart = boxes.map((_, i) => i).sort((a, b) => boxes[a].r1 - boxes[b].r1 || a - b);
    let first = Infinity;
    let last = -1;
    for (const b of boxes) ((first = Math.min(first, b.r1)), (last = Math.max(last, b.r2)));
    this.firstRow = boxes.length ? first : 0;
    this.lastRow = last;
  }

  /** Makes `row` the current row (rows in increasing order); true when the ranges spanning it changed. */
  moveTo(row: number): boolean {
    if (row < this.row) throw new Error(`RowSweep: row ${row} after row ${this.row}`);
    this.row = row;
    const { byStart, boxes } = this;
    let changed = false;
    if (this.active.some((b) => b.r2 < row)) {
      this.indices = this.indices.filter((i) => boxes[i].r2 >= row);
      changed = true;
    }
    while (this.next < byStart.length && boxes[byStart[this.next]].r1 <= row) {
      const i = byStart[this.next++];
      if (boxes[i].r2 < row) continue;
      let at = this.indices.length;
      while (at > 0 && this.indices[at - 1] > i) at--;
      this.indices.splice(at, 0, i);
      changed = true;
    }
    if (changed) this.active = this.indices.map((i) => boxes[i]);
    return changed;
  }
}
