/**
 * How each sheet is read, as a layout map: what the reader detected (or the map said), in the
 * map's own terms, so that `zielwerk layout --json` prints a map the user can correct and
 * store, and the task pane prefills its dropdowns with Zielwerk's guess.
 */
import { fromA1 } from '../a1';
import type { Grid } from '../grid';
import type { Model, Region, SheetInfo } from '../model';
import { fingerprintOf } from './match';
import type { LayoutMap, SheetMap } from './schema';
import type { LayoutKind } from './words';

/** A sheet as read: its map entry (detected or mapped), how it was read and how much of it. */
export interface SheetLayoutRead {
  sheet: string;
  entry: SheetMap | null;
  source: 'detected' | 'mapped' | 'none';
  coverage: number;
  kind: SheetInfo['kind'];
}

/** Table regions that can be a map's header row. */
const TABLE_REGIONS: readonly Region['kind'][] = [
  'milestone-list',
  'overview',
  'status-log',
  'status-rounds',
  'partner-list',
  'milestones',
  'checks',
];

/** The map entry that says what the reader made of a sheet, or null (nothing read, or Zielwerk's own sheet). */
export function entryFor(info: SheetInfo, grid: Grid | undefined, mapped: SheetMap | undefined): SheetMap | null {
  if (mapped) return mapped;
  const kind = kindOf(info);
  if (!kind) return null;
  const entry: SheetMap = { sheet: info.sheet, kind };
  const table = mainTable(info);
  if (table) {
    const at = fromA1(table.range.split(':')[0]);
    if (at) {
      const columns: Record<string, string> = {};
      for (const c of table.columns) columns[c.column] = c.role.startsWith('round ') ? 'round' : c.role;
      entry.header = { row: at.row + 1, columns };
      if (grid) entry.fingerprint = fingerprintOf(grid, at.row + 1).slice(0, 60);
    }
  } else if (grid) entry.fingerprint = fingerprintOf(grid);
  return entry;
}

/** Every sheet of the model as read, with the map entry that describes it. */
export function describeLayout(model: Model, grids: Grid[], map: LayoutMap | null): SheetLayoutRead[] {
  const byName = new Map(grids.map((g) => [g.name, g]));
  const mapped = new Map((map?.sheets ?? []).map((e) => [e.sheet, e]));
  const out: SheetLayoutRead[] = [];
  for (const info of model.sheets) {
    if (info.kind === 'generated') continue;
    const m = mapped.get(info.sheet);
    const entry = entryFor(info, byName.get(info.sheet), m);
    out.push({ sheet: info.sheet, entry, source: m ? 'mapped' : entry ? 'detected' : 'none', coverage: info.coverage, kind: info.kind });
  }
  return out;
}

function kindOf(info: SheetInfo): LayoutKind | null {
  switch (info.kind) {
    case 'goal-form':
      return info.regions.filter((r) => r.kind === 'goal-block').length > 1 ? 'goal-blocks' : 'goal-sheet';
    case 'overview':
    case 'milestone-list':
    case 'status-log':
    case 'partner-list':
    case 'project':
      return info.kind;
    default:
      return null;
  }
}

function mainTable(info: SheetInfo): Region | null {
  let best: Region | null = null;
  let rows = -1;
  for (const r of info.regions) {
    if (!TABLE_REGIONS.includes(r.kind)) continue;
    const [a, b] = r.range.split(':').map((x) => fromA1(x));
    const n = a && b ? b.row - a.row : 0;
    if (n > rows) {
      best = r;
      rows = n;
    }
  }
  return best;
}
