/**
 * Where a layout map is kept: a very hidden sheet "Zielwerk_Lesart" in the workbook itself,
 * so the map travels with the file, both the add-in and the command line read it with the
 * workbook's other sheets, renaming a sheet does not lose it (sheets are found again by their
 * fingerprint) and removing Zielwerk's data removes it with the other generated sheets. A
 * custom XML part would travel too, but the file reader and both writers already carry
 * generated sheets; a second kind of storage would be a second way to get things wrong.
 *
 * The sheet holds the marker line in A1 and the map as JSON in A2 and below (30 000
 * characters a cell).
 */
import type { Grid } from '../grid';
import { type Lang, t } from '../i18n';
import { LAYOUT_SHEET } from '../marker';
import { jsonSheet, readJsonSheet } from '../summarize/jsonSheet';
import type { PlannedSheet } from '../summarize/plan';
import { fingerprintOf, matchSheets } from './match';
import type { LayoutMap, SheetMap } from './schema';
import { LAYOUT_KINDS } from './words';

export { LAYOUT_SHEET };

/** The map sheet of a plan: the marker, then the JSON in chunks. */
export function layoutSheet(map: LayoutMap, lang: Lang): PlannedSheet {
  return jsonSheet('layout', LAYOUT_SHEET, t(lang, 'layout.marker'), map);
}

/** The map the workbook keeps, or null (none). A map that cannot be read is `unreadable`. */
export function storedLayout(grids: Grid[]): { map: LayoutMap } | { unreadable: true } | null {
  const stored = readJsonSheet(grids, LAYOUT_SHEET);
  if (!stored || !('value' in stored)) return stored;
  const map = asLayoutMap(stored.value);
  return map ? { map } : { unreadable: true };
}

/**
 * The map as it is stored: each entry under its sheet's current name, with the fingerprint
 * that finds the sheet and its header again after a rename or inserted rows. Entries for
 * sheets the workbook does not have are left out and named in `missing` (the command line
 * refuses them, the task pane says which it did not keep).
 */
export function withFingerprints(map: LayoutMap, grids: Grid[]): { map: LayoutMap; missing: string[] } {
  const match = matchSheets(map, grids);
  const byName = new Map(grids.map((g) => [g.name, g]));
  const sheets = [...match.bySheet].map(([name, entry]) => {
    const grid = byName.get(name)!;
    return { ...entry, sheet: name, fingerprint: entry.header ? fingerprintOf(grid, entry.header.row) : fingerprintOf(grid) };
  });
  return { map: { version: 1, sheets }, missing: match.missing.map((e) => e.sheet) };
}

/**
 * A map with one sheet's entry put in (replacing the entry for that sheet, or added), e.g.
 * the map the workbook keeps with the sheet the user just taught.
 */
export function withEntry(map: LayoutMap | null, entry: SheetMap): LayoutMap {
  const sheets = (map?.sheets ?? []).filter((e) => e.sheet !== entry.sheet);
  return { version: 1, sheets: [...sheets, entry] };
}

/** Two maps as one: the entries of `over` replace those of `base` for the same sheets. */
export function mergeLayouts(base: LayoutMap | null, over: LayoutMap): LayoutMap {
  let out: LayoutMap = base ?? { version: 1, sheets: [] };
  for (const e of over.sheets) out = withEntry(out, e);
  return out;
}

/**
 * A stored map, checked without zod (extraction runs in the task pane's first view, whose
 * bundle carries no zod): the map when its frame is right, each sheet entry kept only when
 * its own parts are. schema.ts checks maps that come from users and files in full.
 */
export function asLayoutMap(x: unknown): LayoutMap | null {
  if (!isObject(x) || x.version !== 1 || !Array.isArray(x.sheets)) return null;
  const sheets: SheetMap[] = [];
  for (const s of x.sheets) if (isSheetMap(s)) sheets.push(s);
  return { version: 1, sheets };
}

function isSheetMap(s: unknown): s is SheetMap {
  if (!isObject(s) || typeof s.sheet !== 'string' || !(LAYOUT_KINDS as readonly unknown[]).includes(s.kind)) return false;
  if (s.goal !== undefined && (typeof s.goal !== 'string' || !/^\d{1,2}\.\d{1,3}$/.test(s.goal))) return false;
  if (s.header !== undefined) {
    const h = s.header;
    if (!isObject(h) || typeof h.row !== 'number' || !Number.isInteger(h.row) || h.row < 1 || !isObject(h.columns)) return false;
    for (const [col, role] of Object.entries(h.columns)) if (!/^[A-Z]{1,3}$/.test(col) || typeof role !== 'string') return false;
  }
  if (s.fields !== undefined) {
    if (!isObject(s.fields)) return false;
    for (const v of Object.values(s.fields)) {
      const ok = typeof v === 'string' || (Array.isArray(v) && v.every((w) => typeof w === 'string'));
      if (!ok) return false;
    }
  }
  return s.fingerprint === undefined || (Array.isArray(s.fingerprint) && s.fingerprint.every((f) => typeof f === 'string'));
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
