/**
 * Which sheet a map entry is about: the sheet of its name, else — after a rename — the one
 * sheet whose header row (or first cells) the entry's fingerprint names. Entries that fit no
 * sheet any more are returned, for a finding; a map never changes a user's cells.
 */
import { cellText, type Grid } from '../grid';
import type { LayoutMap, SheetMap } from './schema';

/** How many of a sheet's first texts make its fingerprint when it has no header row. */
const FIRST_TEXTS = 12;

/**
 * What a sheet says at its header row (1-based), or in its first texts: the fingerprint a
 * map entry keeps to find the sheet and its header again.
 *
 * @example fingerprintOf(grid, 3) → ['Ziel', 'Termin', 'Maßnahme', 'Stand']
 */
export function fingerprintOf(grid: Grid, headerRow?: number): string[] {
  const out: string[] = [];
  for (const c of grid.cells) {
    if (headerRow !== undefined && c.row !== headerRow - 1) continue;
    const text = cellText(c);
    if (!text) continue;
    out.push(text.slice(0, 200));
    if (headerRow === undefined && out.length === FIRST_TEXTS) break;
  }
  return out;
}

/** The 1-based row whose texts are the fingerprint (the header moved), or null. */
export function rowWithTexts(grid: Grid, fingerprint: string[]): number | null {
  if (fingerprint.length === 0) return null;
  const byRow = new Map<number, string[]>();
  for (const c of grid.cells) {
    const text = cellText(c);
    if (!text) continue;
    const list = byRow.get(c.row);
    if (list) list.push(text);
    else byRow.set(c.row, [text]);
  }
  const want = fingerprint.join('\u0000');
  for (const [row, texts] of [...byRow].sort((a, b) => a[0] - b[0])) if (texts.join('\u0000') === want) return row + 1;
  return null;
}

/** True when the sheet still shows the fingerprint: at the header row (anywhere, when moved), or among its first texts. */
function shows(grid: Grid, entry: SheetMap): boolean {
  const fp = entry.fingerprint;
  if (!fp || fp.length === 0) return false;
  if (entry.header) return rowWithTexts(grid, fp) !== null;
  const first = fingerprintOf(grid);
  const have = new Set(first);
  let common = 0;
  for (const t of fp) if (have.has(t)) common++;
  return common >= Math.ceil(fp.length * 0.8);
}

export interface SheetMatch {
  /** The map entry of each sheet, by the sheet's current name. */
  bySheet: Map<string, SheetMap>;
  /** Entries whose sheet was found under another name (renamed): the name it has now. */
  renamed: { entry: SheetMap; now: string }[];
  /** Entries whose sheet is gone (deleted, or changed beyond recognition). */
  missing: SheetMap[];
}

/** Matches each map entry to a sheet of the workbook. */
export function matchSheets(map: LayoutMap, grids: Grid[]): SheetMatch {
  const bySheet = new Map<string, SheetMap>();
  const renamed: SheetMatch['renamed'] = [];
  const missing: SheetMap[] = [];
  const names = new Set(grids.map((g) => g.name));
  const pending: SheetMap[] = [];
  for (const entry of map.sheets) {
    if (names.has(entry.sheet) && !bySheet.has(entry.sheet)) bySheet.set(entry.sheet, entry);
    else pending.push(entry);
  }
  for (const entry of pending) {
    // a renamed sheet: the one unclaimed sheet that shows the entry's fingerprint
    const found = grids.filter((g) => !bySheet.has(g.name) && shows(g, entry));
    if (found.length === 1) {
      bySheet.set(found[0].name, entry);
      renamed.push({ entry, now: found[0].name });
    } else missing.push(entry);
  }
  return { bySheet, renamed, missing };
}
