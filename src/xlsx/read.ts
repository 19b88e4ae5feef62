/**
 * ExcelJS host, read side: an .xlsx file → Grid[] with Office.js semantics (values only in
 * the top-left cell of a merge, dates as serial numbers with their format, error values as
 * their text). Broken input becomes a UserError with a code the CLI can explain.
 */
import { promises as fs } from 'node:fs';
import ExcelJS from 'exceljs';
import { type Grid, type GridCell, type MergeArea, sortCells, type Visibility } from '../core/grid';
import { parseRange } from '../core/a1';
import { UserError } from '../core/errors';
import { attributes } from './xml';
import { inflate, readZip, writeZip, type ZipEntry } from './zip';

/** Above this many cells in one workbook, reading stops and the sheet is marked truncated. */
export const MAX_CELLS = 5_000_000;

const ZIP_MAGIC = [0x50, 0x4b];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a workbook file. Throws UserError for anything that is not a readable .xlsx. */
export async function readWorkbookFile(file: string): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook; bytes: Buffer }> {
  let buf: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new UserError('is-directory', { file });
    // a pipe or a device (/dev/zero) would be read forever, or wait for a writer
    if (!st.isFile()) throw new UserError('not-a-file', { file });
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('file-not-found', { file }, e);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError('file-no-permission', { file }, e);
    throw new UserError('file-unreadable', { file, reason: code ?? String(e) }, e);
  }
  return readWorkbookBuffer(buf, file);
}

/** Reads a workbook from memory; `file` names it in messages. */
export async function readWorkbookBuffer(
  buf: Buffer,
  file = 'Arbeitsmappe',
): Promise<{ grids: Grid[]; workbook: ExcelJS.Workbook; bytes: Buffer }> {
  const { workbook, declared } = await loadWorkbook(buf, file);
  return { grids: workbookToGrids(workbook, declared), workbook, bytes: buf };
}

/**
 * The same package with every part stored uncompressed: Node's native zlib inflates it here,
 * ExcelJS then only copies (its own inflater is pure JavaScript and several times slower).
 * Anything unusual goes to ExcelJS as it is, so its errors still describe the file.
 */
function storedCopy(buf: Buffer, entries: ZipEntry[] | null): Buffer {
  if (!entries) return buf;
  try {
    return writeZip(
      entries.map((e) => {
        const raw = inflate(e);
        return { name: e.name, method: 0, crc: e.crc, size: raw.length, raw };
      }),
    );
  } catch {
    return buf;
  }
}

/** A sheet as the package's workbook part lists it. */
interface DeclaredSheet {
  name: string;
  state: string | undefined;
}

/**
 * The sheets xl/workbook.xml lists, in order; null when the package cannot be read so.
 * ExcelJS leaves out a listed sheet whose part is missing: this list tells it was there.
 */
function declaredSheets(entries: ZipEntry[] | null): DeclaredSheet[] | null {
  const part = entries?.find((e) => e.name === 'xl/workbook.xml');
  if (!part) return null;
  let xml: string;
  try {
    xml = inflate(part).toString('utf8');
  } catch {
    return null;
  }
  const out: DeclaredSheet[] = [];
  for (const m of xml.matchAll(/<(?:\w{1,32}:)?sheet\b[^>]*>/g)) {
    const a = attributes(m[0]);
    if (a.name !== undefined) out.push({ name: a.name, state: a.state });
  }
  return out;
}

/** Loads bytes into an ExcelJS workbook, classifying failures; also the sheets the file lists. */
async function loadWorkbook(buf: Buffer, file: string): Promise<{ workbook: ExcelJS.Workbook; declared: DeclaredSheet[] | null }> {
  if (buf.length === 0) throw new UserError('file-empty', { file });
  if (startsWith(buf, CFB_MAGIC)) {
    // An OLE compound file: either an encrypted .xlsx or an old .xls
    const encrypted = buf.includes(Buffer.from('EncryptionInfo', 'utf16le')) || buf.includes(Buffer.from('EncryptedPackage', 'utf16le'));
    throw new UserError(encrypted ? 'encrypted' : 'legacy-xls', { file });
  }
  if (!startsWith(buf, ZIP_MAGIC)) throw new UserError('not-xlsx', { file });
  const workbook = new ExcelJS.Workbook();
  const entries = readZip(buf);
  try {
    await workbook.xlsx.load(storedCopy(buf, entries) as unknown as ArrayBuffer);
  } catch (e) {
    // ExcelJS's own words ("Corrupted zip: can't find end of central directory") are English
    // and mean nothing to the user: they stay in the cause (ZIELWERK_DEBUG=1 prints it)
    throw new UserError('corrupt', { file }, e);
  }
  // a zip that is not a workbook (a .docx, a folder archive) loads with no sheets
  if (workbook.worksheets.length === 0) throw new UserError('not-xlsx', { file });
  return { workbook, declared: declaredSheets(entries) };
}

/**
 * Converts loaded worksheets to grids. A sheet the file lists (`declared`) that ExcelJS did
 * not load comes back empty and marked `missing`, in its place: nothing is lost unsaid.
 */
function workbookToGrids(workbook: ExcelJS.Workbook, declared: DeclaredSheet[] | null): Grid[] {
  const grids: Grid[] = [];
  let budget = MAX_CELLS;
  for (const ws of workbook.worksheets) {
    const cells: GridCell[] = [];
    let truncated: Grid['truncated'];
    const merges: MergeArea[] = [];
    const mergeList = ((ws as unknown as { model?: { merges?: string[] } }).model?.merges ?? []) as string[];
    for (const m of mergeList) {
      const r = parseRange(m);
      if (r) merges.push(r);
    }
    ws.eachRow({ includeEmpty: false }, (row) => {
      if (truncated) return;
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (truncated) return;
        const gc = toGridCell(cell);
        if (!gc) return;
        if (--budget < 0) {
          truncated = { keptCells: cells.length, limit: MAX_CELLS };
          return;
        }
        cells.push(gc);
      });
    });
    grids.push({
      name: ws.name,
      visibility: visibilityOf(ws.state),
      cells: sortCells(cells),
      merges,
      ...(truncated ? { truncated } : {}),
    });
  }
  if (!declared) return grids;
  const loaded = new Map(grids.map((g) => [g.name, g]));
  if (declared.every((d) => loaded.has(d.name))) return grids;
  const all: Grid[] = [];
  for (const d of declared) {
    const g = loaded.get(d.name);
    if (g) {
      all.push(g);
      loaded.delete(d.name);
    } else all.push({ name: d.name, visibility: visibilityOf(d.state), cells: [], merges: [], missing: true });
  }
  // anything loaded but not listed (never seen; kept rather than dropped)
  all.push(...loaded.values());
  return all;
}

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

/** Excel's 1900 date system: serial 25569 is 1970-01-01. */
export function dateToSerial(d: Date): number {
  return d.getTime() / 86_400_000 + 25569;
}

type CellValue = ExcelJS.CellValue;

function toGridCell(cell: ExcelJS.Cell): GridCell | null {
  // Office.js semantics: only the master of a merged area has a value
  if (cell.isMerged && cell.master && cell.master.address !== cell.address) return null;
  const row = Number(cell.row) - 1;
  const col = Number(cell.col) - 1;
  const format = cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : undefined;
  const v = convert(cell.value, format);
  if (!v) return null;
  return { row, col, ...v, ...(format ? { format } : {}) };
}

function convert(value: CellValue, format: string | undefined): Pick<GridCell, 'type' | 'value'> | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.length ? { type: 'string', value } : null;
  if (typeof value === 'number') return Number.isFinite(value) ? { type: 'number', value } : { type: 'error', value: '#NUM!' };
  if (typeof value === 'boolean') return { type: 'boolean', value };
  if (value instanceof Date) {
    const serial = dateToSerial(value);
    return Number.isFinite(serial) ? { type: 'number', value: serial } : { type: 'unreadable', value: 'Datum' };
  }
  if (typeof value === 'object') {
    const o = value as unknown as Record<string, unknown>;
    if ('error' in o) return { type: 'error', value: String(o.error) };
    if ('richText' in o && Array.isArray(o.richText)) {
      const text = (o.richText as { text?: string }[]).map((r) => r.text ?? '').join('');
      return text.length ? { type: 'string', value: text } : null;
    }
    if ('formula' in o || 'sharedFormula' in o) {
      const result = o.result as CellValue | undefined;
      if (result === undefined || result === null) {
        return { type: 'unreadable', value: `=${String(o.formula ?? o.sharedFormula ?? '')}` };
      }
      return convert(result, format);
    }
    if ('hyperlink' in o || 'text' in o) {
      const text = o.text;
      if (typeof text === 'string') return text.length ? { type: 'string', value: text } : null;
      if (text && typeof text === 'object') return convert(text as CellValue, format);
      return null;
    }
  }
  return { type: 'unreadable', value: String(value) };
}

function startsWith(buf: Buffer, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}
