/**
 * Builds small grids for tests: rows of values, optionally offset, with merges and dates.
 * `{ date: '2019-01-17' }` makes a real date cell (serial number with a date format),
 * `{ number: 0.324, format: 'hh:mm' }` a number shown with a format.
 */
import { fromA1, parseRange } from '../../src/core/a1';
import { isoToSerial } from '../../src/core/dates/serial';
import type { Grid, GridCell, Visibility } from '../../src/core/grid';

export type TestValue =
  | string
  | number
  | boolean
  | null
  | undefined
  | { date: string; format?: string }
  | { number: number; format: string }
  | { error: string }
  | { formula: string };

export interface GridOptions {
  /** Top-left cell of the first row ("C5"). */
  at?: string;
  merges?: string[];
  visibility?: Visibility;
}

export function grid(name: string, rows: TestValue[][], opts: GridOptions = {}): Grid {
  const origin = fromA1(opts.at ?? 'A1')!;
  const cells: GridCell[] = [];
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      const cell = toCell(origin.row + r, origin.col + c, v);
      if (cell) cells.push(cell);
    }),
  );
  return {
    name,
    visibility: opts.visibility ?? 'visible',
    cells,
    merges: (opts.merges ?? []).map((m) => parseRange(m)!),
  };
}

function toCell(row: number, col: number, v: TestValue): GridCell | null {
  if (v === null || v === undefined || v === '') return null;
  if (typeof v === 'string') return { row, col, type: 'string', value: v };
  if (typeof v === 'number') return { row, col, type: 'number', value: v };
  if (typeof v === 'boolean') return { row, col, type: 'boolean', value: v };
  if ('date' in v) return { row, col, type: 'number', value: isoToSerial(v.date), format: v.format ?? 'dd.mm.yyyy' };
  if ('number' in v) return { row, col, type: 'number', value: v.number, format: v.format };
  if ('error' in v) return { row, col, type: 'error', value: v.error };
  return { row, col, type: 'unreadable', value: `=${v.formula}` };
}

/** The sample's goal-sheet template, filled with the given parts. */
export function formSheet(
  name: string,
  parts: {
    heading?: string;
    title?: string;
    lead?: string;
    participants?: string;
    interimLabel?: string;
    interim?: string;
    header?: TestValue[];
    milestones?: TestValue[][];
    notes?: string[];
  },
  opts: GridOptions = {},
): Grid {
  const rows: TestValue[][] = [
    [parts.heading ?? `Ziel ${name}`],
    [parts.title ?? 'Zieltext'],
    [],
    ['Wer ist federführend für die Umsetzung?'],
    [parts.lead ?? 'Ansprechperson: Frau Muster'],
    [],
    ['Wer ist beteiligt?'],
    [parts.participants ?? 'A, B'],
    [],
    [parts.interimLabel ?? 'Zwischenziel bis September 2019'],
    [parts.interim ?? 'Zwischenziel-Text'],
    [],
    ['Maßnahmen und Meilensteine'],
    parts.header ?? ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
    ...(parts.milestones ?? [['03/19', 'Erster Schritt', null]]),
  ];
  if (parts.notes) rows.push([], ['Anmerkungen:'], ...parts.notes.map((n) => [n]));
  return grid(name, rows, opts);
}
