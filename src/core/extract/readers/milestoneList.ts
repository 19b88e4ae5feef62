/**
 * Layout reader: a flat milestone list with a goal column (Ziel | Termin | Maßnahme | Stand |
 * Status …), also as an Excel Table. Each row names its goals; a row that only continues the
 * measure above (pasted from Word) is joined to it.
 */
import type { RowMilestone } from '../../milestone';
import { listGoalIds, noteRepair, ref, type SheetRead } from '../fragments';
import { continuesAbove, emptyRow, joinRow, mergedGoal, rowCells, rowMilestone } from '../rows';
import type { TableRegion } from '../tables';
import type { SheetScan } from '../sheet';
import { tableColumns, tableRegion } from './form';

export function readMilestoneList(scan: SheetScan, t: TableRegion, out: SheetRead): void {
  for (const k of t.headerCells) scan.claimAt(k);
  const columns = tableColumns(scan.name, t);
  const ids = new Set<string>();
  let last: RowMilestone | null = null;
  const rowParts = emptyRow();
  let lastRow = -1;
  for (let i = t.body.first; i < t.body.end; i++) {
    const row = scan.index.rowNumbers[i];
    const parts = rowCells(scan, i, columns, rowParts);
    if (last && row === lastRow + 1 && continuesAbove(scan, columns, row, parts, last)) {
      joinRow(last, parts);
      lastRow = row;
      continue;
    }
    mergedGoal(scan, row, columns, parts);
    const found = listGoalIds(out, parts.goal, parts.goalText);
    const m = rowMilestone(
      columns,
      row,
      parts,
      found.map((x) => x.id),
      scan.dates,
    );
    if (!m) continue;
    const at = ref(scan.name, parts.goal ?? { row, col: columns.goal ?? t.first });
    for (const id of found) {
      noteRepair(out, id, at.cell);
      out.references.push({ id: id.id, raw: id.raw, kind: 'milestone', source: at });
      ids.add(id.id);
    }
    out.milestones.push({ ids: found, m, at });
    last = m;
    lastRow = row;
  }
  out.regions.push(tableRegion(t, [...ids]));
}
