/**
 * The workbook reader: bytes of an .xlsx/.xlsm package → Grid[] with Office.js semantics
 * (values only in the top-left cell of a merge, dates as serial numbers with their format,
 * error values as their text). It reads the package itself, part by part and streaming:
 * the workbook and its relationships, shared strings, the styles' number formats and each
 * sheet's cells, merges and tables. Nothing else is parsed, and nothing is materialised from
 * a range: a whole-column validation or 50 000 merges cost what their XML costs.
 *
 * Bounded: at most `maxCells` cells per workbook (then the sheet is marked truncated), at most
 * `maxSharedStrings` shared strings, at most `maxPartBytes` per part once inflated, and
 * `timeoutMs` for the whole read; past a bound it stops with a UserError saying which.
 *
 * No Node API: the task pane reads files the user picks with the same code.
 */
import type { Grid, GridCell, MergeArea, TableArea, Visibility } from '../core/grid';
// the leaf modules, not grid.ts and serial.ts: in the task pane this reader loads in a chunk of
// its own, and a shared module that many call sites use would cost the first view bytes
import { sortCells } from '../core/cellOrder';
import { isDateFormat } from '../core/dates/numberFormat';
import { UserError } from '../core/errors';
import { PartIndex, type Rel, relKind, relsPath, resolve } from './opc';
import { attr, isMain, parseXmlEntry, relId, StopReading, type Tag, XmlDoctypeError, XmlSyntaxError, type XmlHandler } from './xmlStream';
import { readZip, ZipError, type ZipEntry } from './zip';

export interface ReadLimits {
  /** Cells per workbook; the sheet where they run out is marked truncated. */
  maxCells: number;
  /** Shared strings per workbook. */
  maxSharedStrings: number;
  /** Bytes of one part once inflated. */
  maxPartBytes: number;
  /** Milliseconds for the whole read. */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxCells: 5_000_000,
  maxSharedStrings: 5_000_000,
  maxPartBytes: 512 * 1024 * 1024,
  timeoutMs: 120_000,
};

export type SheetKind = NonNullable<Grid['sheetKind']>;

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Reads a workbook from its bytes; `file` names it in messages. Throws UserError for anything unreadable. */
export function readWorkbookBytes(bytes: Uint8Array, file = 'Arbeitsmappe', limits: Partial<ReadLimits> = {}): { grids: Grid[] } {
  if (bytes.length === 0) throw new UserError('file-empty', { file });
  if (startsWith(bytes, CFB_MAGIC)) {
    // an OLE compound file: an encrypted .xlsx or an old .xls
    const encrypted = contains(bytes, utf16('EncryptionInfo')) || contains(bytes, utf16('EncryptedPackage'));
    throw new UserError(encrypted ? 'encrypted' : 'legacy-xls', { file });
  }
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw new UserError('not-xlsx', { file });
  return { grids: new WorkbookReader(bytes, file, { ...DEFAULT_LIMITS, ...limits }).read() };
}

interface DeclaredSheet {
  name: string;
  state: string | undefined;
  rid: string | undefined;
}

class WorkbookReader {
  private readonly parts: PartIndex;
  private readonly deadline: number;
  private cellsLeft: number;
  private strings: string[] = [];
  /** Number format of each cell format (the `s` of a cell), undefined for General. */
  private formats: (string | undefined)[] = [];
  private date1904 = false;

  constructor(
    bytes: Uint8Array,
    private readonly file: string,
    private readonly limits: ReadLimits,
  ) {
    this.deadline = Date.now() + limits.timeoutMs;
    this.cellsLeft = limits.maxCells;
    let entries: ZipEntry[];
    try {
      entries = readZip(bytes);
    } catch (e) {
      throw this.userError(e);
    }
    this.parts = new PartIndex(entries);
  }

  read(): Grid[] {
    const main = this.mainPart();
    const sheets: DeclaredSheet[] = [];
    this.parse(main, {
      open: (t) => {
        if (!isMain(t)) return;
        if (t.local === 'sheet') sheets.push({ name: attr(t, 'name') ?? '', state: attr(t, 'state'), rid: relId(t) });
        else if (t.local === 'workbookPr') this.date1904 = isTrue(attr(t, 'date1904'));
      },
    });
    if (sheets.length === 0) throw new UserError('corrupt', { file: this.file });
    const rels = this.rels(main.name);
    if (!rels) throw new UserError('corrupt', { file: this.file });
    const byId = new Map(rels.map((r) => [r.id, r]));
    const target = (kind: string) => rels.find((r) => relKind(r.type) === kind && !r.external);
    const sst = target('sharedStrings');
    if (sst) this.readStrings(resolve(main.name, sst.target));
    const styles = target('styles');
    if (styles) this.readStyles(resolve(main.name, styles.target));

    return sheets.map((s) => {
      const visibility = visibilityOf(s.state);
      const rel = s.rid === undefined ? undefined : byId.get(s.rid);
      const kind = rel ? SHEET_KINDS[relKind(rel.type)] : undefined;
      const part = rel && !rel.external ? resolve(main.name, rel.target) : null;
      const entry = part ? this.parts.get(part) : undefined;
      if (!entry) {
        // a sheet the workbook lists whose content is gone: kept, empty and marked
        return { name: s.name, visibility, cells: [], merges: [], missing: true, ...(kind ? { sheetKind: kind } : {}) };
      }
      if (kind) return { name: s.name, visibility, cells: [], merges: [], sheetKind: kind };
      return this.readSheet(s.name, visibility, entry);
    });
  }

  /** The workbook part: where the package's relationships point, else where Excel puts it. */
  private mainPart(): ZipEntry {
    const root = this.rels('');
    const rel = root?.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
    const entry = rel ? this.parts.get(resolve('', rel.target)) : this.parts.get('xl/workbook.xml');
    if (entry) return entry;
    // a zip that holds no workbook (a .docx, a folder archive), or a workbook without its main part
    const looksLikeWorkbook = this.parts.entries.some((e) => /^xl\//i.test(e.name));
    throw new UserError(looksLikeWorkbook ? 'corrupt' : 'not-xlsx', { file: this.file });
  }

  /** The relationships of a part ('' for the package), null when it has none. */
  private rels(part: string): Rel[] | null {
    const entry = this.parts.get(relsPath(part));
    if (!entry) return null;
    const out: Rel[] = [];
    this.parse(entry, {
      open: (t) => {
        if (t.local !== 'Relationship') return;
        out.push({
          id: attr(t, 'Id') ?? '',
          type: attr(t, 'Type') ?? '',
          target: attr(t, 'Target') ?? '',
          external: attr(t, 'TargetMode') === 'External',
        });
      },
    });
    return out;
  }

  private readStrings(name: string): void {
    const entry = this.parts.get(name);
    if (!entry) return;
    const strings: string[] = [];
    let text = '';
    let inText = false;
    let phonetic = 0;
    const max = this.limits.maxSharedStrings;
    this.parse(entry, {
      open: (t) => {
        if (!isMain(t)) return;
        if (t.local === 'si') text = '';
        else if (t.local === 't') inText = phonetic === 0;
        else if (t.local === 'rPh') phonetic++;
      },
      close: (t) => {
        if (!isMain(t)) return;
        if (t.local === 't') inText = false;
        else if (t.local === 'rPh') phonetic--;
        else if (t.local === 'si') {
          if (strings.length >= max) throw new UserError('too-many-strings', { file: this.file, limit: String(max) });
          strings.push(cellText(text));
        }
      },
      text: (s) => {
        if (inText) text += s;
      },
    });
    this.strings = strings;
  }

  private readStyles(name: string): void {
    const entry = this.parts.get(name);
    if (!entry) return;
    const custom = new Map<number, string>();
    const xfFormats: number[] = [];
    let inCellXfs = false;
    this.parse(entry, {
      open: (t) => {
        if (!isMain(t)) return;
        if (t.local === 'numFmt') {
          const id = Number(attr(t, 'numFmtId'));
          const code = attr(t, 'formatCode');
          if (Number.isInteger(id) && code !== undefined) custom.set(id, code);
        } else if (t.local === 'cellXfs') inCellXfs = true;
        else if (t.local === 'xf' && inCellXfs) xfFormats.push(Number(attr(t, 'numFmtId') ?? 0));
      },
      close: (t) => {
        if (t.local === 'cellXfs') inCellXfs = false;
      },
    });
    this.formats = xfFormats.map((id) => {
      const code = custom.get(id) ?? BUILTIN_FORMATS[id];
      return code && code !== 'General' ? code : undefined;
    });
  }

  private readSheet(name: string, visibility: Visibility, entry: ZipEntry): Grid {
    const read = new SheetRead(this.strings, this.formats, this.date1904, this.cellsLeft);
    this.parse(entry, read);
    this.cellsLeft = read.budget;
    if (read.kind) return { name, visibility, cells: [], merges: [], sheetKind: read.kind };
    const cells = dropMergedCells(sortCells(read.cells), read.merges);
    const tables = read.tableRels.length ? this.readTables(entry.name, read.tableRels) : [];
    return {
      name,
      visibility,
      cells,
      merges: read.merges,
      tables,
      ...(read.truncated ? { truncated: { keptCells: cells.length, limit: this.limits.maxCells } } : {}),
    };
  }

  /** The sheet's Excel Tables (ListObjects), from the table parts it refers to. */
  private readTables(sheet: string, ids: string[]): TableArea[] {
    const rels = new Map((this.rels(sheet) ?? []).map((r) => [r.id, r]));
    const out: TableArea[] = [];
    for (const id of ids) {
      const rel = rels.get(id);
      const entry = rel && !rel.external ? this.parts.get(resolve(sheet, rel.target)) : undefined;
      if (!entry) continue;
      this.parse(entry, {
        open: (t) => {
          if (t.local === 'table') {
            const area = parseArea(attr(t, 'ref') ?? '');
            const tableName = attr(t, 'displayName') ?? attr(t, 'name');
            if (area && tableName) out.push({ name: tableName, ...area, header: attr(t, 'headerRowCount') !== '0' });
          }
          throw new StopReading();
        },
      });
    }
    return out;
  }

  private parse(entry: ZipEntry, handler: XmlHandler): void {
    try {
      parseXmlEntry(entry, this.limits.maxPartBytes, handler, this.tick);
    } catch (e) {
      throw this.userError(e, entry.name);
    }
  }

  private readonly tick = () => {
    if (Date.now() > this.deadline) {
      throw new UserError('read-timeout', { file: this.file, seconds: String(Math.round(this.limits.timeoutMs / 1000)) });
    }
  };

  /** Any failure of the zip or XML layer as the UserError that explains it. */
  private userError(e: unknown, part = ''): UserError {
    if (e instanceof UserError) return e;
    const file = this.file;
    if (e instanceof ZipError) {
      if (e.problem === 'encrypted') return new UserError('encrypted', { file }, e);
      if (e.problem === 'too-large') {
        return new UserError('part-too-large', { file, part: part || e.message, limit: String(this.limits.maxPartBytes / 2 ** 20) }, e);
      }
      return new UserError('corrupt', { file }, e);
    }
    if (e instanceof XmlDoctypeError) return new UserError('xml-doctype', { file, part }, e);
    if (e instanceof XmlSyntaxError) return new UserError('corrupt', { file }, e);
    throw e;
  }
}

/** Sheet parts that are not worksheets, by relationship type and by root element. */
const SHEET_KINDS: Record<string, SheetKind | undefined> = {
  chartsheet: 'chartsheet',
  dialogsheet: 'dialogsheet',
  xlMacrosheet: 'macrosheet',
  xlIntlMacrosheet: 'macrosheet',
  macrosheet: 'macrosheet',
};

/** Reads one worksheet part: cells (within the budget), merges, table references. */
class SheetRead implements XmlHandler {
  readonly cells: GridCell[] = [];
  readonly merges: MergeArea[] = [];
  readonly tableRels: string[] = [];
  kind: SheetKind | undefined;
  truncated = false;
  private started = false;
  private inData = false;
  private row = -1;
  private col = -1;
  // the cell being read
  private cRow = 0;
  private cCol = 0;
  private cType: string | undefined;
  private cStyle = 0;
  private value: string | null = null;
  private formula: string | null = null;
  private sharedId: string | undefined;
  private inline: string | null = null;
  /** 1 = <v>, 2 = <f>, 3 = text of an inline string. */
  private into = 0;
  private inInline = false;
  private phonetic = 0;
  private readonly shared = new Map<string, string>();

  constructor(
    private readonly strings: string[],
    private readonly formats: (string | undefined)[],
    private readonly date1904: boolean,
    public budget: number,
  ) {}

  open(t: Tag): void {
    if (!this.started) {
      this.started = true;
      this.kind = SHEET_KINDS[t.local];
      if (this.kind) throw new StopReading();
    }
    if (!isMain(t)) return;
    switch (t.local) {
      case 'sheetData':
        this.inData = true;
        return;
      case 'row': {
        if (!this.inData) return;
        const r = Number(attr(t, 'r'));
        this.row = Number.isInteger(r) && r >= 1 && r <= MAX_ROWS ? r - 1 : this.row + 1;
        this.col = -1;
        return;
      }
      case 'c': {
        if (!this.inData) return;
        if (this.row < 0) this.row = 0;
        const ref = attr(t, 'r');
        if (ref !== undefined && parseRef(ref)) {
          this.cRow = refRow;
          this.cCol = refCol;
          this.row = refRow;
        } else {
          this.cRow = this.row;
          this.cCol = this.col + 1;
        }
        this.col = this.cCol;
        this.cType = attr(t, 't');
        const s = attr(t, 's');
        this.cStyle = s === undefined ? 0 : Number(s);
        this.value = null;
        this.formula = null;
        this.inline = null;
        this.sharedId = undefined;
        return;
      }
      case 'v':
        if (this.inData) ((this.into = 1), (this.value = ''));
        return;
      case 'f':
        if (!this.inData) return;
        this.into = 2;
        this.formula = '';
        this.sharedId = attr(t, 't') === 'shared' ? attr(t, 'si') : undefined;
        return;
      case 'is':
        if (this.inData) ((this.inInline = true), (this.inline = ''));
        return;
      case 'rPh':
        this.phonetic++;
        return;
      case 't':
        if (this.inInline && this.phonetic === 0) this.into = 3;
        return;
      case 'mergeCell': {
        const area = parseArea(attr(t, 'ref') ?? '');
        if (area) this.merges.push(area);
        return;
      }
      case 'tablePart': {
        const id = relId(t);
        if (id) this.tableRels.push(id);
        return;
      }
    }
  }

  close(t: Tag): void {
    switch (t.local) {
      case 'v':
      case 'f':
      case 't':
        this.into = 0;
        return;
      case 'is':
        this.inInline = false;
        return;
      case 'rPh':
        this.phonetic--;
        return;
      case 'sheetData':
        this.inData = false;
        return;
      case 'c':
        if (this.inData && isMain(t)) this.endCell();
        return;
    }
  }

  text(s: string): void {
    if (this.into === 1) this.value += s;
    else if (this.into === 2) this.formula += s;
    else if (this.into === 3) this.inline += s;
  }

  private endCell(): void {
    if (this.formula !== null && this.sharedId !== undefined) {
      if (this.formula) this.shared.set(this.sharedId, this.formula);
      else this.formula = this.shared.get(this.sharedId) ?? '';
    }
    let format = this.formats[this.cStyle];
    let type: GridCell['type'];
    let value: GridCell['value'];
    const v = this.value;
    switch (this.cType) {
      case 's': {
        const text = v === null ? undefined : this.strings[Number(v)];
        if (!text) return this.noValue();
        type = 'string';
        value = text;
        break;
      }
      case 'inlineStr': {
        const text = this.inline !== null ? cellText(this.inline) : v;
        if (!text) return this.noValue();
        type = 'string';
        value = text;
        break;
      }
      case 'str':
        if (!v) return this.noValue();
        type = 'string';
        value = cellText(v);
        break;
      case 'b':
        if (v === null || v === '') return this.noValue();
        type = 'boolean';
        value = v.trim() === '1' || v.trim().toLowerCase() === 'true';
        break;
      case 'e':
        if (!v) return this.noValue();
        type = 'error';
        value = v.trim();
        break;
      case 'd': {
        // strict OOXML: an ISO 8601 date (and time)
        if (!v) return this.noValue();
        const serial = isoToSerialTime(v.trim());
        if (serial === null) {
          type = 'unreadable';
          value = v;
          break;
        }
        type = 'number';
        value = serial;
        if (!isDateFormat(format)) format = serial % 1 ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
        break;
      }
      default: {
        if (v === null || v.trim() === '') return this.noValue();
        const n = Number(v);
        if (Number.isNaN(n)) {
          type = 'unreadable';
          value = v;
        } else if (!Number.isFinite(n)) {
          type = 'error';
          value = '#NUM!';
        } else {
          type = 'number';
          // Grid serials are in the 1900 date system
          value = this.date1904 && isDateFormat(format) ? n + DAYS_1904 : n;
        }
      }
    }
    this.push({ row: this.cRow, col: this.cCol, type, value, ...(format ? { format } : {}) });
  }

  /** A cell without a value: a formula whose result is not stored is unreadable, anything else empty. */
  private noValue(): void {
    if (this.formula === null) return;
    this.push({ row: this.cRow, col: this.cCol, type: 'unreadable', value: `=${this.formula}` });
  }

  private push(cell: GridCell): void {
    if (this.budget <= 0) {
      this.truncated = true;
      throw new StopReading();
    }
    this.budget--;
    this.cells.push(cell);
  }
}

/** Excel's grid: 1 048 576 rows, 16 384 columns. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** Days from 1900-01-00 to 1904-01-01 in Excel's 1900 system. */
const DAYS_1904 = 1462;

let refRow = 0;
let refCol = 0;

/** Parses "AB12" (also "$AB$12") into refRow/refCol (0-based); false when it is no cell address. */
function parseRef(s: string): boolean {
  let i = 0;
  const n = s.length;
  if (s.charCodeAt(i) === 36) i++;
  let col = 0;
  const start = i;
  for (; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) c -= 32;
    if (c < 65 || c > 90) break;
    col = col * 26 + (c - 64);
  }
  if (i === start || i - start > 3) return false;
  if (s.charCodeAt(i) === 36) i++;
  let row = 0;
  const digits = i;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
    row = row * 10 + (c - 48);
  }
  if (i === digits || row < 1 || row > MAX_ROWS || col > MAX_COLS) return false;
  refRow = row - 1;
  refCol = col - 1;
  return true;
}

/** "A1:C3" or "B2" as an area; null when it is neither. */
function parseArea(ref: string): MergeArea | null {
  const colon = ref.indexOf(':');
  if (!parseRef(colon < 0 ? ref : ref.slice(0, colon))) return null;
  const r1 = refRow;
  const c1 = refCol;
  if (colon >= 0 && !parseRef(ref.slice(colon + 1))) return null;
  return { r1: Math.min(r1, refRow), c1: Math.min(c1, refCol), r2: Math.max(r1, refRow), c2: Math.max(c1, refCol) };
}

/**
 * Office.js semantics: of a merged area only the top-left cell has a value. One sweep over
 * the row-sorted cells with the merges that span the current row, so a sheet with 50 000
 * merges or a merge over a million rows costs what its cells and merges cost.
 */
function dropMergedCells(cells: GridCell[], merges: MergeArea[]): GridCell[] {
  if (merges.length === 0 || cells.length === 0) return cells;
  const byStart = [...merges].sort((a, b) => a.r1 - b.r1);
  let next = 0;
  // merges spanning the current row, by first column (merges do not overlap)
  let active: MergeArea[] = [];
  let activeRow = -1;
  const out: GridCell[] = [];
  for (const cell of cells) {
    if (cell.row !== activeRow) {
      activeRow = cell.row;
      let changed = false;
      if (active.some((m) => m.r2 < activeRow)) {
        active = active.filter((m) => m.r2 >= activeRow);
        changed = true;
      }
      while (next < byStart.length && byStart[next].r1 <= activeRow) {
        const m = byStart[next++];
        if (m.r2 >= activeRow) (active.push(m), (changed = true));
      }
      if (changed) active.sort((a, b) => a.c1 - b.c1);
    }
    if (active.length && isCovered(active, cell)) continue;
    out.push(cell);
  }
  return out;
}

/** True when a cell lies in one of the merges (sorted by first column) but is not its top-left cell. */
function isCovered(active: MergeArea[], cell: GridCell): boolean {
  let lo = 0;
  let hi = active.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (active[mid].c1 <= cell.col) ((found = mid), (lo = mid + 1));
    else hi = mid - 1;
  }
  if (found < 0) return false;
  // the merges spanning one row cannot overlap: only this one can hold the cell
  const m = active[found];
  return m.c2 >= cell.col && !(m.r1 === cell.row && m.c1 === cell.col);
}

/**
 * The text of a cell as Excel holds it: _xHHHH_ escapes decoded, at most 32 767 characters
 * (Excel's limit for one cell; a file can claim more, as a "shared strings bomb" does, whose
 * megabyte string repeated in thousands of cells would otherwise be read as gigabytes).
 */
function cellText(s: string): string {
  const text = decodeEscapes(s);
  return text.length > MAX_CELL_TEXT ? text.slice(0, MAX_CELL_TEXT) : text;
}

const MAX_CELL_TEXT = 32_767;

/** Excel writes characters XML cannot hold as _xHHHH_ (and a literal "_x" as _x005F_x). */
function decodeEscapes(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** An ISO 8601 date or date-time (strict OOXML `t="d"`) as an Excel serial (1900 system), null when unreadable. */
function isoToSerialTime(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(iso);
  if (m) {
    const day = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    const d = new Date(day);
    if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) return null;
    let serial = day / 86_400_000 + 25569;
    // Excel's day 60 is the fictitious 1900-02-29: days before March 1900 count one less
    if (serial < 61) serial -= 1;
    if (serial < 1) return null;
    const seconds = m[4] ? Number(m[4]) * 3600 + Number(m[5]) * 60 + Number(m[6] ?? 0) : 0;
    return serial + seconds / 86_400;
  }
  // a time of day only ("T12:30:00", "12:30:00")
  const t = /^T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?$/.exec(iso);
  return t ? (Number(t[1]) * 3600 + Number(t[2]) * 60 + Number(t[3] ?? 0)) / 86_400 : null;
}

/** Number formats Excel knows by id without writing them into the file. */
const BUILTIN_FORMATS: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy h:mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00;(#,##0.00)',
  40: '#,##0.00;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
  // East Asian locale dates (their exact form depends on the locale; they show days)
  27: 'yyyy/m/d',
  28: 'yyyy/m/d',
  29: 'yyyy/m/d',
  30: 'm/d/yy',
  31: 'yyyy/m/d',
  36: 'yyyy/m/d',
  50: 'yyyy/m/d',
  51: 'yyyy/m/d',
  52: 'yyyy/m/d',
  53: 'yyyy/m/d',
  54: 'yyyy/m/d',
  55: 'yyyy/m/d',
  56: 'yyyy/m/d',
  57: 'yyyy/m/d',
  58: 'yyyy/m/d',
};

function visibilityOf(state: string | undefined): Visibility {
  return state === 'hidden' ? 'hidden' : state === 'veryHidden' ? 'veryHidden' : 'visible';
}

function isTrue(v: string | undefined): boolean {
  return v === '1' || v === 'true';
}

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return buf.length >= magic.length && magic.every((b, i) => buf[i] === b);
}

function utf16(s: string): Uint8Array {
  const out = new Uint8Array(s.length * 2);
  for (let i = 0; i < s.length; i++) out[2 * i] = s.charCodeAt(i);
  return out;
}

function contains(buf: Uint8Array, needle: Uint8Array): boolean {
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
