/**
 * Which map entry applies to which sheet: the map given for this run (`--layout`, the pane's
 * preview) or else the one the workbook keeps, matched to the sheets by name or, after a
 * rename, by fingerprint. An entry whose sheet is gone, and a kept map that cannot be read,
 * become reading problems (the rule layout-map-stale words them); nothing throws.
 */
import type { Grid } from '../grid';
import type { ReadProblem } from '../model';
import { LAYOUT_SHEET } from '../marker';
import { matchSheets } from './match';
import type { LayoutMap, SheetMap } from './schema';
import { storedLayout } from './store';

export interface ResolvedLayout {
  /** The entry for each sheet, by the sheet's current name. */
  bySheet: Map<string, SheetMap>;
  /** Where the map came from: given for this run, kept in the workbook, or none. */
  source: 'given' | 'stored' | null;
  /** The map itself (with renamed entries under their sheets' current names). */
  map: LayoutMap | null;
  problems: ReadProblem[];
}

export function resolveLayout(grids: Grid[], given?: LayoutMap | null): ResolvedLayout {
  const problems: ReadProblem[] = [];
  let map: LayoutMap | null = given ?? null;
  let source: ResolvedLayout['source'] = given ? 'given' : null;
  if (!map) {
    const stored = storedLayout(grids);
    if (stored && 'map' in stored) {
      map = stored.map;
      source = 'stored';
    } else if (stored) {
      problems.push(problem('layout-unreadable', LAYOUT_SHEET, LAYOUT_SHEET));
    }
  }
  if (!map) return { bySheet: new Map(), source, map: null, problems };
  const match = matchSheets(map, grids);
  for (const entry of match.missing) problems.push(problem('layout-sheet-missing', entry.sheet, entry.sheet));
  const sheets = map.sheets
    .filter((e) => !match.missing.includes(e))
    .map((e) => {
      const r = match.renamed.find((x) => x.entry === e);
      return r ? { ...e, sheet: r.now } : e;
    });
  const bySheet = new Map<string, SheetMap>();
  for (const e of sheets) bySheet.set(e.sheet, e);
  return { bySheet, source, map: { version: 1, sheets }, problems };
}

function problem(kind: ReadProblem['kind'], sheet: string, value: string): ReadProblem {
  return { kind, sheet, cell: 'A1', value, assumed: null, goal: null };
}
