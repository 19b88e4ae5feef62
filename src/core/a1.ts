/**
 * A1 addresses: 0-based (row, col) ↔ "B7". Pure helpers shared by every layer.
 */

/** Column index (0-based) → letters: 0 → "A", 27 → "AB". */
export function columnLetters(col: number): string {
  let n = col + 1;
  let s = '';
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Letters → column index (0-based): "A" → 0, "XFD" → 16383. Returns -1 for invalid input. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (let i = 0; i < letters.length; i++) {
    const code = letters.charCodeAt(i) & ~32; // upper-case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + (code - 64);
  }
  return letters.length ? n - 1 : -1;
}

/**
 * Addresses of the top-left part of a sheet, made once and shared: extraction and validation
 * name the same few thousand cells again and again (every milestone row, every finding).
 * Bounded: CACHED_COLS × CACHED_ROWS strings at most, filled on demand.
 */
const CACHED_COLS = 64;
const CACHED_ROWS = 8192;
const addressCache: (string[] | undefined)[] = [];

/** (row, col) 0-based → "B7". */
export function toA1(row: number, col: number): string {
  if (col >= 0 && col < CACHED_COLS && row >= 0 && row < CACHED_ROWS && Number.isInteger(row) && Number.isInteger(col)) {
    const column = (addressCache[col] ??= new Array<string>(CACHED_ROWS).fill(''));
    return column[row] || (column[row] = columnLetters(col) + (row + 1));
  }
  return columnLetters(col) + (row + 1);
}

/** "B7" or "$B$7" → {row: 6, col: 1}; null when it is not a single-cell address. */
export function fromA1(address: string): { row: number; col: number } | null {
  // by hand rather than by regex: findings are sorted by their cells, thousands at a time
  const s = address.trim();
  let i = 0;
  if (s.charCodeAt(i) === 36) i++; // $
  let col = 0;
  const lettersFrom = i;
  for (; i < s.length && i - lettersFrom < 4; i++) {
    const code = s.charCodeAt(i) & ~32;
    if (code < 65 || code > 90) break;
    col = col * 26 + (code - 64);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > 7) return null;
  col -= 1;
  row -= 1;
  if (col > 16383 || row < 0 || row > 1048575) return null;
  return { row, col };
}

/** "A1:C3" → corners (0-based, inclusive); a single cell gives a 1×1 range. */
export function parseRange(address: string): { r1: number; c1: number; r2: number; c2: number } | null {
  const bang = address.lastIndexOf('!');
  const body = bang >= 0 ? address.slice(bang + 1) : address;
  const [a, b] = body.split(':');
  const p = fromA1(a);
  const q = b === undefined ? p : fromA1(b);
  if (!p || !q) return null;
  return { r1: Math.min(p.row, q.row), c1: Math.min(p.col, q.col), r2: Math.max(p.row, q.row), c2: Math.max(p.col, q.col) };
}

/** Corners → "A1:C3" (or "A1" for one cell). */
export function rangeA1(r1: number, c1: number, r2: number, c2: number): string {
  const a = toA1(r1, c1);
  return r1 === r2 && c1 === c2 ? a : `${a}:${toA1(r2, c2)}`;
}

/** A sheet name quoted for use in a formula or hyperlink: 'Übersicht'!A1. Quotes are doubled. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
