/**
 * Data Zielwerk keeps inside the workbook as JSON in a very hidden sheet of its own (the
 * snapshot of the last summary, the layout map): the marker line in A1, the JSON in chunks
 * from A2 down. One writer and one reader for both.
 */
import type { Grid } from '../grid';
import { isMarkerText } from '../marker';
import { blankSheet, type PlannedSheet, type SheetKey } from './plan';

/** Longest text one cell takes (Excel's limit is 32 767 characters). */
const CHUNK = 30_000;

/** A very hidden sheet holding `value` as JSON below the marker line. */
export function jsonSheet(key: SheetKey, name: string, marker: string, value: unknown): PlannedSheet {
  const sheet = blankSheet(key, name);
  sheet.visibility = 'veryHidden';
  sheet.values.push([marker]);
  const json = JSON.stringify(value);
  for (let i = 0; i < json.length; i += CHUNK) sheet.values.push([json.slice(i, i + CHUNK)]);
  return sheet;
}

/** The JSON a sheet of that name holds: the parsed value, `unreadable` when it is no JSON, null without the sheet. */
export function readJsonSheet(grids: Grid[], name: string): { value: unknown } | { unreadable: true } | null {
  const g = grids.find((x) => x.name === name);
  if (!g) return null;
  const parts = g.cells
    .filter((c) => c.col === 0 && c.type === 'string' && !isMarkerText(c.value as string))
    .sort((a, b) => a.row - b.row)
    .map((c) => c.value as string);
  try {
    return { value: JSON.parse(parts.join('')) };
  } catch {
    return { unreadable: true };
  }
}
