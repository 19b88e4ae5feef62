/**
 * Row-major cell order, in a module of its own: the package reader (loaded on demand in the task
 * pane) imports it without tying the much-used grid.ts to a second chunk.
 */
import type { GridCell } from './grid';

/** Sorts cells row-major in place and returns them (hosts may produce them in any order). */
export function sortCells(cells: GridCell[]): GridCell[] {
  return cells.sort((a, b) => a.row - b.row || a.col - b.col);
}
