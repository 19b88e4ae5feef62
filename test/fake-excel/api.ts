/**
 * A small, faithful in-memory fake of the Excel JavaScript API — the subset Zielwerk uses.
 *
 * Semantics kept from Office.js:
 * - proxy objects: getItem/getRange/… return proxies at once; nothing reaches the workbook
 *   until `context.sync()`, which runs the queued commands in order;
 * - `load` must precede reading a property, and the property is there only after the sync;
 *   reading an unloaded property throws (PropertyNotLoaded);
 * - `…OrNullObject` methods give null objects (`isNullObject`), the others throw ItemNotFound;
 * - a failing command fails the sync; the commands after it in the batch do not run;
 * - APIs newer than the configured ExcelApi version throw (ApiNotFound), so code that runs
 *   on Zielwerk's minimum (ExcelApi 1.14) is tested on exactly that version, and an older
 *   Excel fails as it would; requests and responses have Excel on the web's size limits.
 * It counts round trips (syncs), Excel.run calls and cells read and written.
 */
import { type FakeCell, type FakeSheet, type FakeWorkbook, key, newSheet } from './model';

export interface FakeOptions {
  /** Highest supported ExcelApi version, e.g. "1.14" for Office LTSC 2021, "1.9" for Excel 2019 (default "1.17"). */
  excelApi?: string;
  displayLanguage?: string;
  /** Whether CustomFunctionsRuntime 1.1 is supported (Microsoft 365). */
  customFunctions?: boolean;
  /** Cells one load may return (Excel: 5 million). */
  maxCellsPerGet?: number;
  /** Bytes one request may carry (Excel on the web: 5 MB). */
  maxRequestBytes?: number;
}

export interface FakeStats {
  runs: number;
  syncs: number;
  cellsRead: number;
  cellsWritten: number;
  commands: number;
}

export class FakeError extends Error {
  code: string;
  constructor(code: string, message: string) {
    super(`${code}: ${message}`);
    this.code = code;
    this.name = 'RichApi.Error';
  }
}

const versionAtLeast = (have: string, need: string) => {
  const [a, b] = have.split('.').map(Number);
  const [c, d] = need.split('.').map(Number);
  return a > c || (a === c && b >= d);
};

// --- A1 helpers (own copy: the fake must not depend on the code it tests) ------------------

function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}
function colLetters(c: number): string {
  let s = '';
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}
function parseAddress(address: string): Box {
  const body = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a, b = a] = body.replace(/\$/g, '').split(':');
  const part = (s: string, end: boolean) => {
    let m = /^([A-Z]+)(\d+)$/i.exec(s);
    if (m) return { r: Number(m[2]) - 1, c: colIndex(m[1]) };
    m = /^([A-Z]+)$/i.exec(s);
    if (m) return { r: end ? 1048575 : 0, c: colIndex(m[1]) };
    m = /^(\d+)$/.exec(s);
    if (m) return { r: Number(m[1]) - 1, c: end ? 16383 : 0 };
    throw new FakeError('InvalidArgument', `bad address ${address}`);
  };
  const p = part(a, false);
  const q = part(b, true);
  if (p.c > 16383 || q.c > 16383 || p.r > 1048575 || q.r > 1048575 || p.r < 0 || q.r < 0)
    throw new FakeError('InvalidArgument', `bad address ${address}`);
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}
function boxAddress(sheet: string, b: Box): string {
  const q = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
  const a = `${colLetters(b.c1)}${b.r1 + 1}`;
  const z = `${colLetters(b.c2)}${b.r2 + 1}`;
  return `${q}!${a === z ? a : `${a}:${z}`}`;
}

// --- the context and the proxy base ---------------------------------------------------------

export class FakeContext {
  readonly workbook: WorkbookProxy;
  private queue: (() => void)[] = [];
  private pendingBytes = 0;
  constructor(
    readonly wb: FakeWorkbook,
    readonly opts: Required<FakeOptions>,
    readonly stats: FakeStats,
  ) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(fn: () => void, bytes = 50): void {
    this.queue.push(fn);
    this.pendingBytes += bytes;
    this.stats.commands++;
  }
  need(version: string, api: string): void {
    if (!versionAtLeast(this.opts.excelApi, version)) throw new FakeError('ApiNotFound', `${api} needs ExcelApi ${version}`);
  }
  async sync(): Promise<void> {
    this.stats.syncs++;
    const q = this.queue;
    const bytes = this.pendingBytes;
    this.queue = [];
    this.pendingBytes = 0;
    if (bytes > this.opts.maxRequestBytes) throw new FakeError('RequestPayloadSizeLimitExceeded', `request of ${bytes} bytes`);
    for (const fn of q) fn();
  }
  get hasPending(): boolean {
    return this.queue.length > 0;
  }
}

/** Loaded-property store with Office.js' rules. */
class Proxy {
  protected loaded: Record<string, unknown> = {};
  protected loadedAny = false;
  protected nullObject = false;
  constructor(protected ctx: FakeContext) {}
  protected read(name: string): unknown {
    if (!(name in this.loaded))
      throw new FakeError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    return this.loaded[name];
  }
  get isNullObject(): boolean {
    if (!this.loadedAny) throw new FakeError('PropertyNotLoaded', "The property 'isNullObject' is not available.");
    return this.nullObject;
  }
  /** Parses "a,b,items/c" into top-level names (collections handle "items/…"). */
  protected props(spec: string | string[] | { select?: string }): string[] {
    const s = Array.isArray(spec) ? spec.join(',') : typeof spec === 'string' ? spec : (spec.select ?? '');
    return s
      .split(',')
      .map((x) => x.trim())
      .filter(Boolean);
  }
}

// --- workbook, application, worksheets ------------------------------------------------------

class WorkbookProxy extends Proxy {
  readonly worksheets: WorksheetCollection;
  readonly tables: TableCollectionAll;
  readonly application: ApplicationProxy;
  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new WorksheetCollection(ctx);
    this.tables = new TableCollectionAll(ctx);
    this.application = new ApplicationProxy(ctx);
  }
  /** The selected range: the first area of the active sheet's selection (A1 when none); ExcelApi 1.1. */
  getSelectedRange(): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.ctx.wb.sheets.find((s) => s.name === this.ctx.wb.active);
      if (!sheet) throw new FakeError('ItemNotFound', 'no active sheet');
      return { sheet, box: parseAddress(sheet.selected?.split(',')[0] ?? 'A1') };
    });
  }
}

class ApplicationProxy extends Proxy {
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(() => undefined);
  }
  suspendScreenUpdatingUntilNextSync(): void {
    this.ctx.need('1.9', 'suspendScreenUpdatingUntilNextSync');
    this.ctx.enqueue(() => undefined);
  }
}

class TableCollectionAll extends Proxy {
  items: { name: string }[] = [];
  load(spec: string): this {
    void spec;
    this.ctx.enqueue(() => {
      this.items = this.ctx.wb.sheets.flatMap((s) => s.tables.map((t) => ({ name: t.name })));
      this.loadedAny = true;
    });
    return this;
  }
}

class WorksheetCollection extends Proxy {
  private _items: WorksheetProxy[] | null = null;
  get items(): WorksheetProxy[] {
    if (!this._items) throw new FakeError('PropertyNotLoaded', "The property 'items' is not available.");
    return this._items;
  }
  load(spec: string | string[]): this {
    const props = this.props(spec).map((p) => p.replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      this._items = this.ctx.wb.sheets.map((s) => {
        const p = new WorksheetProxy(this.ctx, () => s);
        p.fill(props);
        return p;
      });
    });
    return this;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const s = this.ctx.wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
      if (!s) throw new FakeError('ItemNotFound', `sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.wb.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase()) ?? null);
  }
  add(name?: string): WorksheetProxy {
    let created: FakeSheet | null = null;
    this.ctx.enqueue(() => {
      const n = name ?? `Sheet${this.ctx.wb.sheets.length + 1}`;
      if (this.ctx.wb.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase())) throw new FakeError('ItemAlreadyExists', `sheet ${n}`);
      if (n.length > 31 || /[\\/?*[\]:]/.test(n)) throw new FakeError('InvalidArgument', `sheet name ${n}`);
      created = newSheet(n);
      this.ctx.wb.sheets.push(created);
    });
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new FakeError('ItemNotFound', 'sheet not created');
      return created;
    });
  }
}

type SheetResolver = () => FakeSheet | null;

class WorksheetProxy extends Proxy {
  readonly tables: TableCollection;
  readonly charts: ChartCollection;
  readonly freezePanes: FreezePanes;
  readonly pageLayout: PageLayoutProxy;
  constructor(
    ctx: FakeContext,
    readonly resolve: SheetResolver,
  ) {
    super(ctx);
    this.tables = new TableCollection(ctx, this);
    this.charts = new ChartCollection(ctx, this);
    this.freezePanes = new FreezePanes(ctx, this);
    this.pageLayout = new PageLayoutProxy(ctx, this);
  }
  sheet(): FakeSheet {
    const s = this.resolve();
    if (!s) throw new FakeError('ItemNotFound', 'sheet');
    return s;
  }
  fill(props: string[]): void {
    const s = this.resolve();
    this.loadedAny = true;
    if (!s) {
      this.nullObject = true;
      return;
    }
    const all: Record<string, unknown> = {
      name: s.name,
      visibility: s.visibility,
      position: this.ctx.wb.sheets.indexOf(s),
      tabColor: s.tabColor,
    };
    for (const p of props.length ? props : Object.keys(all)) if (p in all) this.loaded[p] = all[p];
  }
  load(spec: string | string[] = ''): this {
    const props = this.props(spec);
    this.ctx.enqueue(() => this.fill(props));
    return this;
  }
  get name(): string {
    return this.read('name') as string;
  }
  set name(v: string) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      if (this.ctx.wb.sheets.some((x) => x !== s && x.name.toLowerCase() === v.toLowerCase()))
        throw new FakeError('ItemAlreadyExists', `sheet ${v}`);
      s.name = v;
    });
  }
  get visibility(): string {
    return this.read('visibility') as string;
  }
  set visibility(v: FakeSheet['visibility']) {
    this.ctx.enqueue(() => (this.sheet().visibility = v));
  }
  get position(): number {
    return this.read('position') as number;
  }
  set position(v: number) {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const list = this.ctx.wb.sheets;
      list.splice(list.indexOf(s), 1);
      list.splice(Math.min(v, list.length), 0, s);
    });
  }
  set tabColor(v: string) {
    this.ctx.need('1.7', 'tabColor');
    this.ctx.enqueue(() => (this.sheet().tabColor = v));
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.wb.active = this.sheet().name));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const s = this.sheet();
      const list = this.ctx.wb.sheets;
      if (list.filter((x) => x.visibility === 'Visible' && x !== s).length === 0)
        throw new FakeError('InvalidOperation', 'last visible sheet');
      list.splice(list.indexOf(s), 1);
      if (this.ctx.wb.active === s.name) this.ctx.wb.active = list.find((x) => x.visibility === 'Visible')?.name ?? null;
    });
  }
  /** Several areas at once ("A1, C3:D4"); ExcelApi 1.9. */
  getRanges(address: string): RangeAreas {
    this.ctx.need('1.9', 'getRanges');
    return new RangeAreas(
      this.ctx,
      () => address.split(/\s*[,;]\s*/).filter(Boolean),
      () => this.sheet(),
    );
  }
  getRange(address?: string): RangeProxy {
    return new RangeProxy(this.ctx, () => ({
      sheet: this.sheet(),
      box: address ? parseAddress(address) : { r1: 0, c1: 0, r2: 1048575, c2: 16383 },
    }));
  }
  private usedBox(valuesOnly: boolean): Box | null {
    const s = this.sheet();
    let box: Box | null = null;
    for (const [k, cell] of s.cells) {
      if (valuesOnly && (cell.value === '' || cell.value === null)) continue;
      if (!valuesOnly && cell.value === '' && !cell.format && !cell.numberFormat) continue;
      const [r, c] = k.split(',').map(Number);
      box = box
        ? { r1: Math.min(box.r1, r), c1: Math.min(box.c1, c), r2: Math.max(box.r2, r), c2: Math.max(box.c2, c) }
        : { r1: r, c1: c, r2: r, c2: c };
    }
    return box;
  }
  getUsedRange(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), box: this.usedBox(valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } }));
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const s = this.resolve();
      if (!s) return null;
      const box = this.usedBox(valuesOnly);
      return box ? { sheet: s, box } : null;
    });
  }
}

// --- ranges ---------------------------------------------------------------------------------

type RangeResolver = () => { sheet: FakeSheet; box: Box } | null;

class RangeProxy extends Proxy {
  readonly format: RangeFormat;
  readonly conditionalFormats: ConditionalFormats;
  readonly dataValidation: DataValidation;
  constructor(
    ctx: FakeContext,
    readonly resolve: RangeResolver,
  ) {
    super(ctx);
    this.format = new RangeFormat(ctx, this);
    this.conditionalFormats = new ConditionalFormats(ctx, this);
    this.dataValidation = new DataValidation(ctx, this);
  }
  target(): { sheet: FakeSheet; box: Box } {
    const t = this.resolve();
    if (!t) throw new FakeError('ItemNotFound', 'range');
    return t;
  }
  /** Visits every cell of the range, creating it when `create`. */
  each(fn: (cell: FakeCell | undefined, r: number, c: number, sheet: FakeSheet) => void): void {
    const { sheet, box } = this.target();
    for (let r = box.r1; r <= box.r2; r++) for (let c = box.c1; c <= box.c2; c++) fn(sheet.cells.get(key(r, c)), r, c, sheet);
  }
  cellFor(sheet: FakeSheet, r: number, c: number): FakeCell {
    let cell = sheet.cells.get(key(r, c));
    if (!cell) sheet.cells.set(key(r, c), (cell = { value: '' }));
    return cell;
  }
  load(spec: string | string[] = ''): this {
    const props = this.props(spec);
    this.ctx.enqueue(() => {
      this.loadedAny = true;
      const t = this.resolve();
      if (!t) {
        this.nullObject = true;
        return;
      }
      const { sheet, box } = t;
      const rows = box.r2 - box.r1 + 1;
      const cols = box.c2 - box.c1 + 1;
      const wantsCells = props.some((p) => ['values', 'valueTypes', 'numberFormat', 'text', 'formulas'].includes(p));
      if (wantsCells && rows * cols > this.ctx.opts.maxCellsPerGet)
        throw new FakeError('ResponsePayloadSizeLimitExceeded', `${rows * cols} cells in one load`);
      const grid = <T>(f: (cell: FakeCell | undefined) => T): T[][] => {
        const out: T[][] = [];
        for (let r = 0; r < rows; r++) {
          const row: T[] = [];
          for (let c = 0; c < cols; c++) row.push(f(sheet.cells.get(key(box.r1 + r, box.c1 + c))));
          out.push(row);
        }
        return out;
      };
      for (const p of props) {
        if (p === 'address') this.loaded.address = boxAddress(sheet.name, box);
        else if (p === 'rowIndex') this.loaded.rowIndex = box.r1;
        else if (p === 'columnIndex') this.loaded.columnIndex = box.c1;
        else if (p === 'rowCount') this.loaded.rowCount = rows;
        else if (p === 'columnCount') this.loaded.columnCount = cols;
        else if (p === 'values') {
          this.loaded.values = grid((c) => (c ? (c.formula ? c.value : c.value) : ''));
          this.ctx.stats.cellsRead += rows * cols;
        } else if (p === 'valueTypes') {
          this.loaded.valueTypes = grid((c) =>
            !c || c.value === ''
              ? 'Empty'
              : c.type === 'Error'
                ? 'Error'
                : typeof c.value === 'number'
                  ? 'Double'
                  : typeof c.value === 'boolean'
                    ? 'Boolean'
                    : 'String',
          );
        } else if (p === 'numberFormat') this.loaded.numberFormat = grid((c) => c?.numberFormat ?? 'General');
        else if (p === 'formulas') this.loaded.formulas = grid((c) => c?.formula ?? c?.value ?? '');
        else if (p === 'isNullObject') continue;
        else throw new FakeError('InvalidArgument', `unknown range property ${p}`);
      }
    });
    return this;
  }
  get address(): string {
    return this.read('address') as string;
  }
  get rowIndex(): number {
    return this.read('rowIndex') as number;
  }
  get columnIndex(): number {
    return this.read('columnIndex') as number;
  }
  get rowCount(): number {
    return this.read('rowCount') as number;
  }
  get columnCount(): number {
    return this.read('columnCount') as number;
  }
  get values(): unknown[][] {
    return this.read('values') as unknown[][];
  }
  get valueTypes(): string[][] {
    return this.read('valueTypes') as string[][];
  }
  get numberFormat(): unknown[][] {
    return this.read('numberFormat') as unknown[][];
  }
  /** Checks a 2-D array (or scalar) against the range's size, as Excel does. */
  private shaped<T>(v: T | T[][], at: (r: number, c: number) => T): void {
    void at;
    if (!Array.isArray(v)) return;
    const { box } = this.target();
    if (v.length !== box.r2 - box.r1 + 1 || v.some((row) => row.length !== box.c2 - box.c1 + 1))
      throw new FakeError(
        'InvalidArgument',
        'The number of rows or columns in the input array doesn’t match the size or dimensions of the range.',
      );
  }
  set values(v: unknown[][] | unknown) {
    const bytes = JSON.stringify(v).length;
    this.ctx.enqueue(() => {
      this.shaped(v as unknown[][], () => null);
      const { sheet, box } = this.target();
      for (let r = box.r1; r <= box.r2; r++) {
        for (let c = box.c1; c <= box.c2; c++) {
          const val = Array.isArray(v) ? (v as unknown[][])[r - box.r1][c - box.c1] : v;
          const cell = this.cellFor(sheet, r, c);
          if (val === '' || val === null || val === undefined) {
            cell.value = '';
            delete cell.formula;
            continue;
          }
          if (typeof val === 'string' && cell.numberFormat !== '@' && /^[=+\-@]/.test(val)) {
            // what Excel does with such text: a formula (or an error if it cannot parse it)
            cell.formula = val;
            cell.value = '#FORMULA';
          } else {
            cell.value = val as string | number | boolean;
            delete cell.formula;
          }
          this.ctx.stats.cellsWritten++;
        }
      }
    }, bytes);
  }
  set formulas(v: unknown[][]) {
    const bytes = JSON.stringify(v).length;
    this.ctx.enqueue(() => {
      this.shaped(v, () => null);
      const { sheet, box } = this.target();
      for (let r = box.r1; r <= box.r2; r++) {
        for (let c = box.c1; c <= box.c2; c++) {
          const f = v[r - box.r1][c - box.c1];
          if (f === null || f === undefined) continue; // null leaves the cell as it is
          const cell = this.cellFor(sheet, r, c);
          if (typeof f === 'string' && f.startsWith('=')) {
            cell.formula = f;
            // the value Excel shows for a HYPERLINK is its text; other formulas are not evaluated here
            const m = /^=HYPERLINK\("(?:[^"]|"")*","((?:[^"]|"")*)"\)$/.exec(f);
            cell.value = m ? m[1].replace(/""/g, '"') : '#FORMULA';
          } else {
            cell.value = f as string | number | boolean;
            delete cell.formula;
          }
          this.ctx.stats.cellsWritten++;
        }
      }
    }, bytes);
  }
  set numberFormat(v: unknown[][] | unknown) {
    const bytes = JSON.stringify(v).length;
    this.ctx.enqueue(() => {
      this.shaped(v as unknown[][], () => null);
      const { sheet, box } = this.target();
      for (let r = box.r1; r <= box.r2; r++) {
        for (let c = box.c1; c <= box.c2; c++) {
          const f = Array.isArray(v) ? (v as unknown[][])[r - box.r1][c - box.c1] : v;
          this.cellFor(sheet, r, c).numberFormat = String(f);
        }
      }
    }, bytes);
  }
  set hyperlink(v: { documentReference?: string; address?: string; textToDisplay?: string }) {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      const cell = this.cellFor(sheet, box.r1, box.c1);
      cell.hyperlink = { ...v };
      if (v.textToDisplay !== undefined && cell.value === '') cell.value = v.textToDisplay;
    }, 100);
  }
  merge(across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      void across;
      sheet.merges.push(boxAddress(sheet.name, box).split('!')[1]);
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.target();
      if (this.ctx.wb.active !== sheet.name) throw new FakeError('InvalidSelection', 'the range is not on the active sheet');
      sheet.selected = boxAddress(sheet.name, box).split('!')[1];
    });
  }
  getSpecialCellsOrNullObject(type: string): RangeAreas {
    this.ctx.need('1.9', 'getSpecialCellsOrNullObject');
    return new RangeAreas(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      // runs of neighbouring cells in a row, as Excel groups them into areas
      const hits = [...t.sheet.cells.entries()]
        .filter(([, cell]) => cell.value !== '' && (type === 'Formulas' ? !!cell.formula : !cell.formula))
        .map(([k]) => k.split(',').map(Number))
        .filter(([r, c]) => r >= t.box.r1 && r <= t.box.r2 && c >= t.box.c1 && c <= t.box.c2)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      const areas: Box[] = [];
      for (const [r, c] of hits) {
        const last = areas[areas.length - 1];
        if (last && last.r1 === r && last.c2 === c - 1) last.c2 = c;
        else areas.push({ r1: r, c1: c, r2: r, c2: c });
      }
      return areas.length ? areas.map((b) => boxAddress(t.sheet.name, b)) : null;
    });
  }
  getMergedAreasOrNullObject(): RangeAreas {
    this.ctx.need('1.13', 'getMergedAreasOrNullObject');
    return new RangeAreas(this.ctx, () => {
      const t = this.resolve();
      if (!t) return null;
      const inside = t.sheet.merges
        .map(parseAddress)
        .filter((m) => m.r1 >= t.box.r1 && m.r2 <= t.box.r2 && m.c1 >= t.box.c1 && m.c2 <= t.box.c2);
      return inside.length ? inside.map((m) => boxAddress(t.sheet.name, m)) : null;
    });
  }
}

class RangeAreas extends Proxy {
  constructor(
    ctx: FakeContext,
    private resolve: () => string[] | null,
    private sheetOf?: () => FakeSheet,
  ) {
    super(ctx);
  }
  select(): void {
    this.ctx.need('1.18', 'RangeAreas.select');
    this.ctx.enqueue(() => {
      const sheet = this.sheetOf?.();
      const areas = this.resolve();
      if (!sheet || !areas) throw new FakeError('InvalidArgument', 'no areas to select');
      if (this.ctx.wb.active !== sheet.name) throw new FakeError('InvalidSelection', 'the areas are not on the active sheet');
      for (const a of areas) parseAddress(a);
      sheet.selected = areas.join(',');
    });
  }
  private _areas: { items: { address: string; rowCount: number; columnCount: number }[] } | null = null;
  load(spec: string): this {
    void spec;
    this.ctx.enqueue(() => {
      this.loadedAny = true;
      const a = this.resolve();
      if (!a) this.nullObject = true;
      else
        this._areas = {
          items: a.map((address) => {
            const b = parseAddress(address);
            return { address, rowCount: b.r2 - b.r1 + 1, columnCount: b.c2 - b.c1 + 1 };
          }),
        };
    });
    return this;
  }
  get areas(): { items: { address: string; rowCount: number; columnCount: number }[] } {
    if (!this._areas) throw new FakeError('PropertyNotLoaded', "The property 'areas' is not available.");
    return this._areas;
  }
}

/** format, format.font, format.fill, format.borders: setters record onto every cell of the range. */
class RangeFormat {
  readonly font: Record<string, unknown>;
  readonly fill: Record<string, unknown>;
  readonly borders: { getItem(edge: string): Record<string, unknown> };
  constructor(
    private ctx: FakeContext,
    private range: RangeProxy,
  ) {
    this.font = this.recorder('font');
    this.fill = this.recorder('fill');
    const borders = (edge: string) => this.recorder(`border.${edge}`);
    this.borders = { getItem: borders };
  }
  private set(prop: string, value: unknown): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.target();
      if (prop === 'rowHeight') {
        for (let r = box.r1; r <= box.r2; r++) sheet.rowHeights.set(r, value as number);
        return;
      }
      if (prop === 'columnWidth') {
        for (let c = box.c1; c <= box.c2; c++) sheet.columnWidths.set(c, value as number);
        return;
      }
      this.range.each((_c, r, c, s) => {
        const cell = this.range.cellFor(s, r, c);
        cell.format = { ...(cell.format ?? {}), [prop]: value };
      });
    });
  }
  private recorder(prefix: string): Record<string, unknown> {
    return new globalThis.Proxy({} as Record<string, unknown>, {
      set: (_t, name: string, value) => {
        this.set(`${prefix}.${name}`, value);
        return true;
      },
      get: (_t, name: string) => {
        throw new FakeError('PropertyNotLoaded', `${prefix}.${name}`);
      },
    });
  }
  set wrapText(v: boolean) {
    this.set('wrapText', v);
  }
  set horizontalAlignment(v: string) {
    this.set('horizontalAlignment', v);
  }
  set verticalAlignment(v: string) {
    this.set('verticalAlignment', v);
  }
  set rowHeight(v: number) {
    this.set('rowHeight', v);
  }
  set columnWidth(v: number) {
    this.set('columnWidth', v);
  }
}

class ConditionalFormats {
  constructor(
    private ctx: FakeContext,
    private range: RangeProxy,
  ) {}
  add(type: string): Record<string, unknown> {
    const settings: Record<string, unknown> = {};
    this.ctx.enqueue(() => {
      const { sheet, box } = this.range.target();
      sheet.conditionalFormats.push({ address: boxAddress(sheet.name, box).split('!')[1], type, settings });
    });
    // nested setters (cf.iconSet.style = …) record into settings
    const nested = (path: string): Record<string, unknown> =>
      new globalThis.Proxy({} as Record<string, unknown>, {
        get: (_t, name: string) => nested(path ? `${path}.${name}` : name),
        set: (_t, name: string, value) => {
          settings[path ? `${path}.${name}` : name] = value;
          return true;
        },
      });
    return nested('');
  }
}

class DataValidation {
  constructor(
    private ctx: FakeContext,
    private range: RangeProxy,
  ) {}
  private entry(): { address: string; rule: unknown; errorAlert: unknown } {
    const { sheet, box } = this.range.target();
    const address = boxAddress(sheet.name, box).split('!')[1];
    let v = sheet.validations.find((x) => x.address === address);
    if (!v) sheet.validations.push((v = { address, rule: null, errorAlert: null }));
    return v;
  }
  set rule(r: unknown) {
    this.ctx.need('1.8', 'dataValidation');
    this.ctx.enqueue(() => (this.entry().rule = r));
  }
  set errorAlert(a: unknown) {
    this.ctx.need('1.8', 'dataValidation');
    this.ctx.enqueue(() => (this.entry().errorAlert = a));
  }
}

// --- tables, charts, freeze panes, page layout ----------------------------------------------

class TableCollection {
  constructor(
    private ctx: FakeContext,
    private ws: WorksheetProxy,
  ) {}
  add(address: string, hasHeaders: boolean): { name: string; style: string } {
    const table = { name: '', address, style: 'TableStyleMedium2' };
    this.ctx.enqueue(() => {
      void hasHeaders;
      const sheet = this.ws.sheet();
      table.name = `Table${this.ctx.wb.sheets.reduce((n, s) => n + s.tables.length, 0) + 1}`;
      sheet.tables.push(table);
    });
    const ctx = this.ctx;
    return {
      set name(v: string) {
        ctx.enqueue(() => {
          if (ctx.wb.sheets.some((s) => s.tables.some((t) => t !== table && t.name.toLowerCase() === v.toLowerCase())))
            throw new FakeError('InvalidArgument', `table name ${v} exists`);
          table.name = v;
        });
      },
      get name(): string {
        throw new FakeError('PropertyNotLoaded', 'name');
      },
      set style(v: string) {
        ctx.enqueue(() => (table.style = v));
      },
      get style(): string {
        throw new FakeError('PropertyNotLoaded', 'style');
      },
    };
  }
}

class ChartCollection {
  constructor(
    private ctx: FakeContext,
    private ws: WorksheetProxy,
  ) {}
  add(
    type: string,
    source: RangeProxy,
    seriesBy: string,
  ): {
    title: { text: string };
    setPosition(a: string, b: string): void;
    series: { getItemAt(i: number): { format: { fill: { setSolidColor(c: string): void } } } };
  } {
    const chart = { type, source: '', title: '', position: null as [string, string] | null, colors: [] as (string | null)[] };
    let seriesCount = 0;
    this.ctx.enqueue(() => {
      void seriesBy;
      const { sheet, box } = source.target();
      chart.source = boxAddress(sheet.name, box).split('!')[1];
      // series by columns: the first column holds the categories
      seriesCount = box.c2 - box.c1;
      chart.colors = Array.from({ length: seriesCount }, () => null);
      this.ws.sheet().charts.push(chart);
    });
    const ctx = this.ctx;
    return {
      series: {
        getItemAt(i: number) {
          return {
            format: {
              fill: {
                setSolidColor(c: string) {
                  ctx.enqueue(() => {
                    if (i < 0 || i >= seriesCount) throw new FakeError('InvalidArgument', `series ${i} of ${seriesCount}`);
                    if (!/^#[0-9A-Fa-f]{6}$/.test(c)) throw new FakeError('InvalidArgument', `colour ${c}`);
                    chart.colors[i] = c;
                  });
                },
              },
            },
          };
        },
      },
      title: {
        set text(v: string) {
          ctx.enqueue(() => (chart.title = v));
        },
        get text(): string {
          throw new FakeError('PropertyNotLoaded', 'title.text');
        },
      },
      setPosition(a: string, b: string) {
        ctx.enqueue(() => (chart.position = [a, b]));
      },
    };
  }
}

class FreezePanes {
  constructor(
    private ctx: FakeContext,
    private ws: WorksheetProxy,
  ) {}
  freezeAt(range: RangeProxy): void {
    this.ctx.need('1.7', 'freezePanes');
    this.ctx.enqueue(() => {
      const { box } = range.target();
      this.ws.sheet().freeze = { rows: box.r2 + 1, columns: box.c2 + 1 };
    });
  }
  freezeRows(n: number): void {
    this.ctx.need('1.7', 'freezePanes');
    this.ctx.enqueue(() => (this.ws.sheet().freeze = { rows: n, columns: 0 }));
  }
}

class PageLayoutProxy {
  readonly headersFooters: { defaultForAllPages: Record<string, unknown> };
  constructor(
    private ctx: FakeContext,
    private ws: WorksheetProxy,
  ) {
    const record = (prefix: string) =>
      new globalThis.Proxy({} as Record<string, unknown>, {
        set: (_t, name: string, value) => {
          this.set(`${prefix}${name}`, value);
          return true;
        },
      });
    this.headersFooters = { defaultForAllPages: record('headersFooters.') };
    return new globalThis.Proxy(this, {
      set: (t, name: string, value) => {
        t.set(name, value);
        return true;
      },
    });
  }
  set(prop: string, value: unknown): void {
    this.ctx.need('1.9', 'pageLayout');
    this.ctx.enqueue(() => (this.ws.sheet().pageLayout[prop] = value));
  }
  setPrintTitleRows(rows: string): void {
    this.set('printTitleRows', rows);
  }
  setPrintTitleColumns(columns: string): void {
    this.set('printTitleColumns', columns);
  }
}

// --- Office and Excel globals ---------------------------------------------------------------

export interface FakeOffice {
  Office: unknown;
  Excel: unknown;
  stats: FakeStats;
  workbook: FakeWorkbook;
  resetStats(): void;
}

/** Creates Office and Excel globals over a fake workbook. */
export function createFakeOffice(wb: FakeWorkbook, options: FakeOptions = {}): FakeOffice {
  const opts: Required<FakeOptions> = {
    excelApi: '1.17',
    displayLanguage: 'de-DE',
    customFunctions: true,
    maxCellsPerGet: 5_000_000,
    maxRequestBytes: 5_000_000,
    ...options,
  };
  const stats: FakeStats = { runs: 0, syncs: 0, cellsRead: 0, cellsWritten: 0, commands: 0 };
  const Excel = {
    async run<T>(batch: (context: FakeContext) => Promise<T>): Promise<T> {
      stats.runs++;
      const context = new FakeContext(wb, opts, stats);
      const result = await batch(context);
      if (context.hasPending) await context.sync();
      return result;
    },
  };
  const Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    HostType: { Excel: 'Excel' },
    context: {
      displayLanguage: opts.displayLanguage,
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          if (name === 'ExcelApi') return versionAtLeast(opts.excelApi, version ?? '1.1');
          if (name === 'CustomFunctionsRuntime') return opts.customFunctions;
          if (name === 'DialogApi') return true;
          return false;
        },
      },
      document: {
        settings: {
          get: (k: string) => (wb.settings.has(k) ? JSON.parse(JSON.stringify(wb.settings.get(k))) : null),
          set: (k: string, v: unknown) => wb.settings.set(k, JSON.parse(JSON.stringify(v))),
          remove: (k: string) => wb.settings.delete(k),
          saveAsync: (cb?: (r: { status: string }) => void) => setTimeout(() => cb?.({ status: 'succeeded' }), 0),
        },
      },
      ui: {
        displayDialogAsync: (
          url: string,
          _o: unknown,
          cb?: (r: { status: string; value: { close(): void; addEventHandler(): void } }) => void,
        ) => {
          (Office as unknown as { lastDialog: string }).lastDialog = url;
          cb?.({ status: 'succeeded', value: { close() {}, addEventHandler() {} } });
        },
      },
    },
    actions: {
      handlers: {} as Record<string, (event: unknown) => unknown>,
      associate(id: string, fn: (event: unknown) => unknown) {
        this.handlers[id] = fn;
      },
    },
    onReady(cb?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }> {
      const info = { host: 'Excel', platform: 'OfficeOnline' };
      cb?.(info);
      return Promise.resolve(info);
    },
    lastDialog: '',
  };
  return {
    Office,
    Excel,
    stats,
    workbook: wb,
    resetStats() {
      Object.assign(stats, { runs: 0, syncs: 0, cellsRead: 0, cellsWritten: 0, commands: 0 });
    },
  };
}

/** Installs the fake as globals (Node tests: beforeEach; browser: the injected office.js). */
export function installFakeOffice(fake: FakeOffice): void {
  const g = globalThis as unknown as Record<string, unknown>;
  g.Office = fake.Office;
  g.Excel = fake.Excel;
}
