/**
 * Edits are never lost: Zielwerk keeps a fingerprint of every sheet it writes (in its very
 * hidden Zielwerk_Stand sheet): a short hash of each row and of each column. Before the next
 * run replaces or removes a generated sheet, the sheet as it stands is compared with its
 * fingerprint; a cell changed, added or emptied by hand changes the hash of its row and of its
 * column, so the changed cells are where changed rows cross changed columns. The hosts
 * overwrite them only on an explicit yes (the pane asks; the command line wants --force).
 * Rows and columns, not cells: the fingerprint of 40 000 cells stays a few dozen kilobytes.
 */
import { toA1 } from '../a1';
import type { Grid } from '../grid';
import { SNAPSHOT_SHEET } from '../marker';
import type { PlannedSheet, PlanValue, SheetPlan } from './plan';

/** Hashes of a sheet's rows and columns (0-based index → hash); empty rows and columns have none. */
export interface Fingerprint {
  rows: Record<number, string>;
  cols: Record<number, string>;
}

/** A generated sheet changed by hand since Zielwerk wrote it, with the changed cells (A1). */
export interface HandEdit {
  sheet: string;
  cells: string[];
}

/** A value as both hosts read it back, normalised: numbers as numbers, text with its white space collapsed. */
function norm(v: string | number | boolean): string {
  if (typeof v !== 'string') return String(v);
  const s = v.replace(/\s+/g, ' ').trim();
  // a host may store text that looks like a number as the number ("7.47")
  return /^-?\d+(?:\.\d+)?$/.test(s) ? String(Number(s)) : s;
}

/** FNV-1a, 32 bits, in base 36. */
function hash(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(36);
}

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);

function planText(v: PlanValue): string | number | boolean | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v !== 'object') return v;
  if ('link' in v) return v.text;
  // a date is read back as its Excel serial number
  return Math.round((Date.parse(`${v.date}T00:00:00Z`) - SERIAL_EPOCH) / 86_400_000);
}

/** The fingerprint of cells given as (row, column, value), in row order. */
function fingerprintOf(cells: { row: number; col: number; value: string }[]): Fingerprint {
  const rows = new Map<number, string[]>();
  const cols = new Map<number, string[]>();
  for (const c of cells) {
    const r = rows.get(c.row) ?? [];
    r.push(`${c.col}=${c.value}`);
    rows.set(c.row, r);
    const k = cols.get(c.col) ?? [];
    k.push(`${c.row}=${c.value}`);
    cols.set(c.col, k);
  }
  const fp: Fingerprint = { rows: {}, cols: {} };
  for (const [row, parts] of rows) fp.rows[row] = hash(parts.join('\u0001'));
  for (const [col, parts] of cols) fp.cols[col] = hash(parts.join('\u0001'));
  return fp;
}

/** The fingerprint of a planned sheet, as it will read back once written. */
export function planFingerprint(sheet: PlannedSheet): Fingerprint {
  const cells: { row: number; col: number; value: string }[] = [];
  sheet.values.forEach((row, r) =>
    row.forEach((v, c) => {
      const value = planText(v);
      if (value !== null) cells.push({ row: r, col: c, value: norm(value) });
    }),
  );
  return fingerprintOf(cells);
}

/** The fingerprint of a sheet as it stands in the workbook. */
export function gridFingerprint(grid: Grid): Fingerprint {
  const cells = grid.cells
    .filter((c) => !(c.type === 'string' && (c.value as string).trim() === ''))
    .map((c) => ({ row: c.row, col: c.col, value: norm(c.value) }))
    .sort((a, b) => a.row - b.row || a.col - b.col);
  return fingerprintOf(cells);
}

function changed(before: Record<number, string>, now: Record<number, string>): number[] {
  const out = new Set<number>();
  for (const [k, h] of Object.entries(now)) if (before[Number(k)] !== h) out.add(Number(k));
  for (const k of Object.keys(before)) if (!(k in now)) out.add(Number(k));
  return [...out].sort((a, b) => a - b);
}

/**
 * The generated sheets a plan would replace or remove that were changed by hand since
 * Zielwerk wrote them (sheets without a stored fingerprint, from older versions, are not judged).
 */
export function handEdits(grids: Grid[], plan: SheetPlan, stored: Record<string, Fingerprint>): HandEdit[] {
  const targets = [...plan.sheets.map((s) => s.replaces).filter((n): n is string => !!n), ...(plan.remove ?? [])];
  const out: HandEdit[] = [];
  for (const name of targets) {
    if (name === SNAPSHOT_SHEET) continue;
    const before = stored[name];
    const grid = grids.find((g) => g.name === name);
    if (!before || !grid) continue;
    const now = gridFingerprint(grid);
    const rows = changed(before.rows, now.rows);
    const cols = changed(before.cols, now.cols);
    if (!rows.length && !cols.length) continue;
    const cells: string[] = [];
    for (const r of rows.length ? rows : [0]) for (const c of cols.length ? cols : [0]) cells.push(toA1(r, c));
    out.push({ sheet: name, cells });
  }
  return out;
}

/** A fingerprint as stored: "row:hash,row:hash…|col:hash,…" with numbers in base 36. */
export function packFingerprint(fp: Fingerprint): string {
  const pack = (m: Record<number, string>) =>
    Object.entries(m)
      .map(([k, h]) => `${Number(k).toString(36)}:${h}`)
      .join(',');
  return `${pack(fp.rows)}|${pack(fp.cols)}`;
}

export function unpackFingerprint(packed: string): Fingerprint {
  const [rows = '', cols = ''] = packed.split('|');
  const unpack = (s: string) => {
    const m: Record<number, string> = {};
    for (const part of s.split(',')) {
      const [k, h] = part.split(':');
      if (k && h) m[parseInt(k, 36)] = h;
    }
    return m;
  };
  return { rows: unpack(rows), cols: unpack(cols) };
}

/**
 * The fingerprints to keep after a plan: the stored ones of sheets that stay, and those of
 * the sheets the plan writes.
 */
export function nextFingerprints(plan: SheetPlan, stored: Record<string, Fingerprint>): Record<string, Fingerprint> {
  const gone = new Set([...plan.sheets.map((s) => s.replaces).filter(Boolean), ...(plan.remove ?? [])]);
  const out: Record<string, Fingerprint> = {};
  for (const [name, fp] of Object.entries(stored)) if (!gone.has(name)) out[name] = fp;
  for (const s of plan.sheets) if (s.key !== 'snapshot' && s.visibility === 'visible') out[s.name] = planFingerprint(s);
  return out;
}
