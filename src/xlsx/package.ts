/**
 * The .xlsx package writer: carries out a SheetPlan on the workbook file itself. New sheets
 * (and their tables and charts) are added as parts, the generated sheets they replace are
 * removed with every part only they used, and the workbook part, its relationships, the
 * content types, the styles (created when the package has none) and, when a removed sheet
 * had formulas, the calculation chain are extended. Every other part of the input — the
 * user's sheets, charts, pivot tables, images, macros, duplicate zip entries — is copied
 * byte for byte, and the user's active sheet stays active.
 *
 * Reads transitional and strict OOXML, prefixed XML (`x:`) and ZIP64 input; writes new parts
 * in the package's own dialect. No Node API. A package it cannot extend safely is refused
 * with a UserError that names the part, never changed silently.
 */
import { UserError } from '../core/errors';
import type { ApplyReport, ChartPlan, PlannedSheet, SheetPlan } from '../core/summarize/plan';
import { chartXml, drawingXml } from './chartXml';
import { ownerOf, PartIndex, type Rel, relKind, relsPath, resolve } from './opc';
import { writeSheetXml } from './sheetXml';
import { StyleBook } from './styleBook';
import { attributes, escapeXml, unescapeXml } from './xml';
import { MAIN_NS, REL_NS, STRICT_MAIN_NS, STRICT_REL_NS } from './xmlStream';
import { Utf8Writer } from './utf8Writer';
import { deflateEntry, EntryWriter, inflate, readZip, writeZip, ZipError, type ZipEntry, ZipTooLargeError } from './zip';

const TRANSITIONAL_RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
const STRICT_RELS = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';
const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
  styles: 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml',
};

/** Strict OOXML's names for the transitional namespaces Zielwerk's parts use. */
const STRICT_NAMESPACES: [string, string][] = [
  [MAIN_NS, STRICT_MAIN_NS],
  [REL_NS, STRICT_REL_NS],
  ['http://schemas.openxmlformats.org/drawingml/2006/chart', 'http://purl.oclc.org/ooxml/drawingml/chart'],
  ['http://schemas.openxmlformats.org/drawingml/2006/main', 'http://purl.oclc.org/ooxml/drawingml/main'],
  ['http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing', 'http://purl.oclc.org/ooxml/drawingml/spreadsheetDrawing'],
];

/** The extension each kind of workbook must carry, by the content type of its main part. */
const EXTENSIONS: Record<string, string> = {
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml': '.xlsx',
  'application/vnd.ms-excel.sheet.macroEnabled.main+xml': '.xlsm',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml': '.xltx',
  'application/vnd.ms-excel.template.macroEnabled.main+xml': '.xltm',
};

interface SheetEntry {
  name: string;
  sheetId: number;
  rid: string;
  /** The <sheet …/> element as written, for kept sheets. */
  element: string | null;
  /** Index among the original sheets, or -1 for a new one. */
  original: number;
}

export interface PackageResult {
  bytes: Uint8Array;
  report: ApplyReport;
}

/**
 * The extension (".xlsx", ".xlsm", ".xltx", ".xltm") the package's kind requires, from the
 * content type of its workbook part; null when it cannot be told.
 */
export function packageExtension(input: Uint8Array): string | null {
  try {
    const pkg = new Package(readZip(input));
    const main = pkg.mainPart();
    if (!main) return null;
    const types = pkg.text('[Content_Types].xml') ?? '';
    for (const m of types.matchAll(/<(?:\w+:)?Override\b[^>]*>/g)) {
      const a = attributes(m[0]);
      if (a.PartName?.replace(/^\//, '').toLowerCase() === main.toLowerCase()) return EXTENSIONS[a.ContentType ?? ''] ?? null;
    }
  } catch {
    // not a package this can read: the reader has said so already
  }
  return null;
}

/** Applies a plan to the package `input`; `file` names it in messages. */
export function applyPlanToPackage(input: Uint8Array, plan: SheetPlan, file = 'Arbeitsmappe'): PackageResult {
  let entries: ZipEntry[];
  try {
    entries = readZip(input);
  } catch (e) {
    throw new UserError(e instanceof ZipError && e.problem === 'encrypted' ? 'encrypted' : 'corrupt', { file }, e);
  }
  const result = new Writer(new Package(entries), plan, file).write();
  try {
    return { bytes: writeZip(result.entries), report: result.report };
  } catch (e) {
    if (e instanceof ZipTooLargeError) throw new UserError('too-large-to-write', { file }, e);
    throw e;
  }
}

class Writer {
  /** New and changed parts: as text, or (sheets) already written as a zip entry. */
  private readonly out = new Map<string, string | ZipEntry>();
  private readonly newTypes: string[] = [];
  private readonly report: ApplyReport = { written: [], replaced: [], skipped: [] };
  private readonly main: string;
  /** The folder of the workbook part ("xl/"), where new parts go. */
  private readonly base: string;
  private workbook: string;
  /** Prefix of SpreadsheetML elements in the workbook part ("" or "x:"). */
  private readonly p: string;
  private readonly strict: boolean;
  private readonly relNs: string;
  private readonly relPrefix: string | undefined;

  constructor(
    private readonly pkg: Package,
    private readonly plan: SheetPlan,
    private readonly file: string,
  ) {
    const main = pkg.mainPart();
    const workbook = main ? pkg.text(main) : null;
    if (!main || workbook === null) throw new UserError('corrupt', { file });
    this.main = main;
    this.base = main.slice(0, main.lastIndexOf('/') + 1);
    const root = /<(?:([\w.-]+):)?workbook\b[^>]*>/.exec(workbook);
    if (!root) throw this.unsupported(main);
    this.p = root[1] ? `${root[1]}:` : '';
    const ns = attributes(root[0])[root[1] ? `xmlns:${root[1]}` : 'xmlns'];
    if (ns !== MAIN_NS && ns !== STRICT_MAIN_NS) throw this.unsupported(main);
    this.strict = ns === STRICT_MAIN_NS;
    this.relNs = this.strict ? STRICT_REL_NS : REL_NS;
    // the relationship namespace's prefix on the root; some writers declare it on each <sheet>
    this.relPrefix = prefixOf(attributes(root[0]), this.relNs);
    this.workbook = workbook;
  }

  write(): { entries: ZipEntry[]; report: ApplyReport } {
    const { pkg, plan, main } = this;
    const wbRels = pkg.rels(main);
    const types = pkg.text('[Content_Types].xml');
    if (!wbRels) throw this.unsupported(relsPath(main));
    if (types === null || !/<\/(?:\w+:)?Types>/.test(types)) throw this.unsupported('[Content_Types].xml');
    const sheetsMatch = new RegExp(`<${this.p}sheets>([\\s\\S]*?)</${this.p}sheets>`).exec(this.workbook);
    if (!sheetsMatch) throw this.unsupported(main);

    // 1. the sheets as they are
    const original: SheetEntry[] = [...sheetsMatch[1].matchAll(new RegExp(`<${this.p}sheet\\b[^>]*>`, 'g'))].map((m, i) => {
      const a = attributes(m[0]);
      const prefix = prefixOf(a, this.relNs) ?? this.relPrefix;
      return { name: a.name ?? '', sheetId: Number(a.sheetId), rid: (prefix && a[`${prefix}:id`]) || '', element: m[0], original: i };
    });
    if (original.some((s) => !s.rid || !Number.isFinite(s.sheetId))) throw this.unsupported(main);
    const relById = new Map(wbRels.map((r) => [r.id, r]));
    const replacedNames = new Set([...plan.sheets.map((s) => s.replaces).filter((n): n is string => !!n), ...(plan.remove ?? [])]);
    const kept = original.filter((s) => !replacedNames.has(s.name));
    const removed = original.filter((s) => replacedNames.has(s.name));
    const taken = new Set(kept.map((s) => s.name.toLowerCase()));
    for (const s of plan.sheets) {
      // the planner never does this: two sheets of one name would break the workbook
      if (taken.has(s.name.toLowerCase())) throw this.unsupported(main);
      taken.add(s.name.toLowerCase());
    }
    this.report.replaced = removed.map((s) => s.name);

    // parts only the replaced sheets used go with them
    const removedIds = new Set(removed.map((s) => s.rid));
    const wbRelsAfter = wbRels.filter((r) => !removedIds.has(r.id));
    const before = pkg.reachable();
    const after = pkg.reachable(new Map([[main, wbRelsAfter]]));
    const gone = new Set([...before].filter((n) => !after.has(n)));
    const removedParts = new Set(removed.map((s) => pkg.canonical(resolve(main, relById.get(s.rid)?.target ?? ''))));

    // 2. styles: the package's own, or a new part
    const styles = this.styles(wbRels, wbRelsAfter);
    // table names share one namespace with the workbook's defined names
    const tableNames = new Set(
      [...this.workbook.matchAll(new RegExp(`<${this.p}definedName\\b[^>]*\\bname="([^"]*)"`, 'g'))].map((m) =>
        unescapeXml(m[1]).toLowerCase(),
      ),
    );
    let maxTableId = 0;
    for (const name of pkg.names()) {
      if (!/\/tables\/[^/]+\.xml$/i.test(name)) continue;
      const head = /<(?:\w+:)?table\b[^>]*>/.exec(pkg.text(name) ?? '')?.[0];
      if (!head) continue;
      const a = attributes(head);
      maxTableId = Math.max(maxTableId, Number(a.id) || 0);
      if (![...removedParts].some((sheet) => pkg.targets(sheet).has(name))) {
        if (a.name) tableNames.add(a.name.toLowerCase());
        if (a.displayName) tableNames.add(a.displayName.toLowerCase());
      }
    }
    const relIds = new Set(wbRelsAfter.map((r) => r.id));
    let relCounter = 1;
    const newRelId = () => {
      while (relIds.has(`rId${relCounter}`)) relCounter++;
      relIds.add(`rId${relCounter}`);
      return `rId${relCounter}`;
    };
    const freePart = (dir: string, base: string, ext: string) => {
      for (let i = 1; ; i++) {
        const name = `${this.base}${dir}/${base}${i}.${ext}`;
        if ((!pkg.has(name) || gone.has(pkg.canonical(name))) && !this.out.has(name)) return name;
      }
    };

    // 3. the order: every new sheet at its planned position, the others keep their relative order
    const total = kept.length + plan.sheets.length;
    const slots: (PlannedSheet | SheetEntry | undefined)[] = new Array(total);
    for (const s of plan.sheets) {
      let at = Math.min(Math.max(0, s.position), total - 1);
      while (slots[at]) at = (at + 1) % total;
      slots[at] = s;
    }
    let k = 0;
    for (let i = 0; i < total; i++) if (!slots[i]) slots[i] = kept[k++];
    const views = this.views(original, slots);

    // 4. new sheets as parts
    let nextSheetId = Math.max(0, ...original.map((s) => s.sheetId)) + 1;
    const order: SheetEntry[] = [];
    const printTitles: { index: number; formula: string }[] = [];
    for (const slot of slots) {
      if (!slot || 'element' in slot) {
        order.push(slot as SheetEntry);
        continue;
      }
      const s = slot;
      const part = freePart('worksheets', 'sheet', 'xml');
      this.out.set(part, ''); // reserve the name
      const sheetRels: string[] = [];
      // charts first: their parts decide whether the sheet holds a drawing
      const charts: { plan: ChartPlan; relId: string; name: string }[] = [];
      const chartRels: string[] = [];
      for (const ch of s.charts) {
        const xml = chartXml(s.name, ch);
        if (!xml) {
          this.report.skipped.push({ sheet: s.name, feature: 'chart', reason: ch.title });
          continue;
        }
        const chartPart = freePart('charts', 'chart', 'xml');
        this.put(chartPart, xml, CONTENT.chart);
        const relId = `rId${charts.length + 1}`;
        chartRels.push(this.relXml(relId, 'chart', `../charts/${chartPart.slice(chartPart.lastIndexOf('/') + 1)}`));
        charts.push({ plan: ch, relId, name: ch.title });
      }
      // the sheet goes straight into its zip entry, as it is written
      const entry = new EntryWriter(part);
      const sx = writeSheetXml(
        s,
        {
          styles: styles.book,
          lang: plan.lang,
          selected: views.selected === s,
          tableNames,
          nextTableId: () => ++maxTableId,
          tableRelId: (i) => `rId${i + 1}`,
          drawingRelId: charts.length ? `rId${s.tables.length + 1}` : undefined,
          namespaces: { main: this.strict ? STRICT_MAIN_NS : MAIN_NS, rel: this.relNs },
        },
        new Utf8Writer(entry),
      );
      this.out.set(part, entry.finish());
      this.newTypes.push(override(part, CONTENT.worksheet));
      sx.tables.forEach((t, i) => {
        const tablePart = freePart('tables', 'table', 'xml');
        this.put(tablePart, t.xml, CONTENT.table);
        sheetRels.push(this.relXml(`rId${i + 1}`, 'table', `../tables/${tablePart.slice(tablePart.lastIndexOf('/') + 1)}`));
      });
      for (const l of sx.externalLinks)
        sheetRels.push(relElement({ id: l.id, type: this.relType('hyperlink'), target: l.target, external: true }));
      if (charts.length) {
        const drawingPart = freePart('drawings', 'drawing', 'xml');
        this.put(drawingPart, drawingXml(charts), CONTENT.drawing);
        this.out.set(relsPath(drawingPart), relsXml(chartRels));
        sheetRels.push(
          this.relXml(`rId${s.tables.length + 1}`, 'drawing', `../drawings/${drawingPart.slice(drawingPart.lastIndexOf('/') + 1)}`),
        );
      }
      if (sheetRels.length) this.out.set(relsPath(part), relsXml(sheetRels));
      const rid = newRelId();
      wbRelsAfter.push({ id: rid, type: this.relType('worksheet'), target: part.slice(this.base.length), external: false });
      const sheet: SheetEntry = { name: s.name, sheetId: nextSheetId++, rid, element: null, original: -1 };
      const attrs = `name="${escapeXml(s.name)}" sheetId="${sheet.sheetId}"${s.visibility === 'veryHidden' ? ' state="veryHidden"' : ''}`;
      const id = this.relPrefix ? `${this.relPrefix}:id="${rid}"` : `xmlns:r="${this.relNs}" r:id="${rid}"`;
      sheet.element = `<${this.p}sheet ${attrs} ${id}/>`;
      if (sx.printTitles) printTitles.push({ index: order.length, formula: sx.printTitles });
      order.push(sheet);
      this.report.written.push(s.name);
    }

    // 5. the workbook part: sheets, defined names (sheet-local ones follow their sheet), views
    const newIndex = new Map<number, number>();
    order.forEach((s, i) => s.original >= 0 && newIndex.set(s.original, i));
    this.replace(sheetsMatch[0], `<${this.p}sheets>${order.map((s) => s.element).join('')}</${this.p}sheets>`);
    this.definedNames(newIndex, printTitles);
    this.setViews(views);
    this.out.set(main, this.workbook);

    // 6. the calculation chain loses the cells of removed sheets (and goes when it is empty)
    this.calcChain(wbRels, wbRelsAfter, removed, gone);
    this.out.set(relsPath(main), relsXml(wbRelsAfter.map(relElement)));
    this.out.set(styles.part, styles.book.toXml());

    // 7. content types: new parts in, removed parts out
    const typed = new Set(this.newTypes.map((o) => attributes(o).PartName.slice(1).toLowerCase()));
    const goneNames = new Set([...gone].map((g) => g.toLowerCase()));
    const written = new Set([...this.out.keys()].map((n) => n.toLowerCase()));
    let typesXml = types.replace(/<(?:[\w.-]+:)?Override\b[^>]*\/>/g, (o) => {
      const name = attributes(o).PartName?.replace(/^\//, '').toLowerCase();
      if (!name) return o;
      return typed.has(name) || (goneNames.has(name) && !written.has(name)) ? '' : o;
    });
    const typesPrefix = /<(?:([\w.-]+):)?Types\b/.exec(typesXml)?.[1];
    const added = typesPrefix ? this.newTypes.map((o) => o.replace('<Override', `<${typesPrefix}:Override`)) : this.newTypes;
    typesXml = typesXml.replace(/<\/((?:[\w.-]+:)?)Types>/, (m) => `${added.join('')}${m}`);
    this.out.set('[Content_Types].xml', typesXml);

    // 8. the new package: original order, removed parts left out, new parts at the end
    const result: ZipEntry[] = [];
    const pending = new Map([...this.out].map(([name, data]) => [name.toLowerCase(), { name, data }]));
    for (const e of pkg.entries) {
      const key = e.name.toLowerCase();
      const changed = pending.get(key);
      if (changed && pkg.canonical(e.name) === e.name) {
        // the entry the package reads; a duplicate of its name stays as it was
        result.push(asEntry(e.name, changed.data));
        pending.delete(key);
      } else if (!isGone(e.name, gone)) result.push(e);
    }
    for (const { name, data } of pending.values()) result.push(asEntry(name, data));
    return { entries: result, report: this.report };
  }

  /** The package's styles, or a new styles part when it has none. */
  private styles(wbRels: Rel[], wbRelsAfter: Rel[]): { part: string; book: StyleBook } {
    const rel = wbRels.find((r) => relKind(r.type) === 'styles' && !r.external);
    if (rel) {
      const part = this.pkg.canonical(resolve(this.main, rel.target));
      const xml = this.pkg.text(part);
      if (xml !== null) {
        const book = StyleBook.parse(xml);
        if (!book) throw this.unsupported(part);
        return { part, book };
      }
    }
    // no styles part (some writers leave it out): a minimal one, as Excel would write it
    let part = `${this.base}styles.xml`;
    for (let i = 2; this.pkg.has(part); i++) part = `${this.base}styles${i}.xml`;
    const ids = new Set(wbRelsAfter.map((r) => r.id));
    let id = 'rIdStyles';
    for (let i = 2; ids.has(id); i++) id = `rIdStyles${i}`;
    if (rel) wbRelsAfter.splice(wbRelsAfter.indexOf(rel), 1);
    wbRelsAfter.push({ id, type: this.relType('styles'), target: part.slice(this.base.length), external: false });
    this.newTypes.push(override(part, CONTENT.styles));
    return { part, book: StyleBook.parse(this.dialect(StyleBook.EMPTY))! };
  }

  /**
   * Which sheet is active and which tab comes first, after the change: the sheets the user
   * had there (at their new places), or the generated sheet that replaces one of them.
   */
  private views(original: SheetEntry[], slots: (PlannedSheet | SheetEntry | undefined)[]) {
    const view = new RegExp(`<${this.p}workbookView\\b[^>]*?/?>`).exec(this.workbook);
    const a = view ? attributes(view[0]) : {};
    const indexOf = (old: number): number => {
      const s = original[old];
      if (!s) return -1;
      return slots.findIndex((x) => x === s || (x && 'replaces' in x && x.replaces === s.name));
    };
    const oldActive = Number(a.activeTab ?? 0) || 0;
    const oldFirst = Number(a.firstSheet ?? 0) || 0;
    let active = indexOf(oldActive);
    if (active < 0) active = slots.findIndex((x) => x && 'replaces' in x && x.visibility === 'visible');
    // the active sheet was removed without a replacement: the first visible sheet that stays
    if (active < 0)
      active = Math.max(
        0,
        slots.findIndex((x) => x && 'element' in x && !/\bstate="(?:hidden|veryHidden)"/.test(x.element ?? '')),
      );
    // a tab strip that started at the first tab still does; else at the same sheet as before
    const first = oldFirst === 0 ? 0 : Math.min(Math.max(0, indexOf(oldFirst)), active);
    const at = slots[active];
    return {
      view,
      active,
      first,
      changed: active !== oldActive || first !== oldFirst,
      selected: at && 'replaces' in at ? at : null,
    };
  }

  private setViews(v: ReturnType<Writer['views']>): void {
    if (!v.changed) return;
    const set = `${v.first ? ` firstSheet="${v.first}"` : ''}${v.active ? ` activeTab="${v.active}"` : ''}`;
    if (v.view) {
      const attrs = v.view[0]
        .replace(new RegExp(`^<${this.p}workbookView\\b`), '')
        .replace(/\/?>$/, '')
        .replace(/\s(?:activeTab|firstSheet)="[^"]*"/g, '');
      this.replace(v.view[0], `<${this.p}workbookView${attrs}${set}${v.view[0].endsWith('/>') ? '/>' : '>'}`);
    } else {
      const sheets = `<${this.p}sheets>`;
      this.replace(sheets, `<${this.p}bookViews><${this.p}workbookView${set}/></${this.p}bookViews>${sheets}`);
    }
  }

  /** Defined names: local ones follow their sheet (or go with it); print titles of new sheets. */
  private definedNames(newIndex: Map<number, number>, printTitles: { index: number; formula: string }[]): void {
    const p = this.p;
    const names: string[] = [];
    const block = new RegExp(`<${p}definedNames>([\\s\\S]*?)</${p}definedNames>|<${p}definedNames/>`).exec(this.workbook);
    const one = new RegExp(`<${p}definedName\\b[^>]*>[\\s\\S]*?</${p}definedName>|<${p}definedName\\b[^>]*/>`, 'g');
    for (const m of (block?.[1] ?? '').matchAll(one)) {
      const local = /localSheetId="(\d+)"/.exec(m[0]);
      if (!local) {
        names.push(m[0]);
        continue;
      }
      const to = newIndex.get(Number(local[1]));
      if (to !== undefined) names.push(m[0].replace(/localSheetId="\d+"/, `localSheetId="${to}"`));
    }
    for (const t of printTitles) {
      names.push(`<${p}definedName name="_xlnm.Print_Titles" localSheetId="${t.index}">${escapeXml(t.formula)}</${p}definedName>`);
    }
    const xml = names.length ? `<${p}definedNames>${names.join('')}</${p}definedNames>` : '';
    if (block) this.replace(block[0], xml);
    else if (xml) this.replace(`</${p}sheets>`, `</${p}sheets>${xml}`);
  }

  /**
   * The calculation chain lists formula cells by sheet id. When removed sheets had some, the
   * chain loses them (Excel reports a chain that names missing sheets as damage); an empty
   * chain goes. Otherwise it stays as it was.
   */
  private calcChain(wbRels: Rel[], wbRelsAfter: Rel[], removed: SheetEntry[], gone: Set<string>): void {
    const rel = wbRels.find((r) => relKind(r.type) === 'calcChain' && !r.external);
    if (!rel || removed.length === 0) return;
    const part = this.pkg.canonical(resolve(this.main, rel.target));
    const xml = this.pkg.text(part);
    if (xml === null) return;
    const ids = new Set(removed.map((s) => String(s.sheetId)));
    let sheet = '';
    let dropped = 0;
    let kept = 0;
    const p = /<(?:([\w.-]+):)?calcChain\b/.exec(xml)?.[1];
    const cell = new RegExp(`<${p ? `${p}:` : ''}c\\b[^>]*?/>`, 'g');
    const rewritten = xml.replace(cell, (c) => {
      const i = /\si="(\d+)"/.exec(c)?.[1];
      if (i !== undefined) sheet = i;
      if (ids.has(sheet)) {
        dropped++;
        return '';
      }
      kept++;
      // every kept cell names its sheet: the cell that named it may be gone
      return i !== undefined || !sheet ? c : c.replace(/\/>$/, ` i="${sheet}"/>`);
    });
    if (!dropped) return;
    if (kept) {
      this.out.set(part, rewritten);
      return;
    }
    wbRelsAfter.splice(wbRelsAfter.indexOf(rel), 1);
    gone.add(part);
  }

  private put(part: string, xml: string, contentType: string): void {
    this.out.set(part, this.dialect(xml));
    this.newTypes.push(override(part, contentType));
  }

  /** Zielwerk's parts are written in transitional OOXML; in a strict package, in strict. */
  private dialect(xml: string): string {
    if (!this.strict) return xml;
    let out = xml;
    for (const [from, to] of STRICT_NAMESPACES) out = out.split(`"${from}"`).join(`"${to}"`);
    return out;
  }

  private relType(kind: string): string {
    return (this.strict ? STRICT_RELS : TRANSITIONAL_RELS) + kind;
  }

  private relXml(id: string, kind: string, target: string): string {
    return relElement({ id, type: this.relType(kind), target, external: false });
  }

  private replace(from: string, to: string): void {
    const at = this.workbook.indexOf(from);
    this.workbook = this.workbook.slice(0, at) + to + this.workbook.slice(at + from.length);
  }

  private unsupported(part: string): UserError {
    return new UserError('write-unsupported', { file: this.file, part });
  }
}

/** A new or changed part as a zip entry under `name` (text is deflated now; a written entry is taken as it is). */
function asEntry(name: string, data: string | ZipEntry): ZipEntry {
  return typeof data === 'string' ? deflateEntry(name, data) : { ...data, name };
}

/** The prefix an element's attributes bind to a namespace (`xmlns:r="…"` → "r"). */
function prefixOf(attrs: Record<string, string>, ns: string): string | undefined {
  return Object.entries(attrs)
    .find(([k, v]) => k.startsWith('xmlns:') && v === ns)?.[0]
    .slice(6);
}

/** True for a part that goes, or for the relationships of one. */
function isGone(name: string, gone: Set<string>): boolean {
  if (gone.has(name)) return true;
  return name.endsWith('.rels') && gone.has(ownerOf(name));
}

/** The parts of a package, read as text on demand. */
class Package {
  private readonly index: PartIndex;
  private readonly texts = new Map<string, string | null>();
  private readonly relsCache = new Map<string, Rel[] | null>();

  constructor(readonly entries: ZipEntry[]) {
    this.index = new PartIndex(entries);
  }

  names(): string[] {
    return [...new Set(this.entries.map((e) => this.canonical(e.name)))];
  }

  has(name: string): boolean {
    return this.index.has(name);
  }

  /** The name as the package spells it (part names compare case-insensitively). */
  canonical(name: string): string {
    return this.index.get(name)?.name ?? name;
  }

  text(name: string): string | null {
    let t = this.texts.get(name);
    if (t === undefined) {
      const e = this.index.get(name);
      t = e ? decoder.decode(inflate(e)) : null;
      this.texts.set(name, t);
    }
    return t;
  }

  /** The workbook part, as the package's relationships name it. */
  mainPart(): string | null {
    const rel = this.rels('')?.find((r) => relKind(r.type) === 'officeDocument' && !r.external);
    const name = rel ? resolve('', rel.target) : 'xl/workbook.xml';
    return this.has(name) ? this.canonical(name) : null;
  }

  /** The relationships of a part ('' for the package), or null when it has none. */
  rels(part: string): Rel[] | null {
    let rels = this.relsCache.get(part);
    if (rels === undefined) {
      const xml = this.text(relsPath(part));
      rels =
        xml === null
          ? null
          : [...xml.matchAll(/<(?:[\w.-]+:)?Relationship\b[^>]*>/g)].map((m) => {
              const a = attributes(m[0]);
              return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' };
            });
      this.relsCache.set(part, rels);
    }
    return rels;
  }

  /** The parts a part's relationships point at. */
  targets(part: string): Set<string> {
    return new Set((this.rels(part) ?? []).filter((r) => !r.external).map((r) => this.canonical(resolve(part, r.target))));
  }

  /** Every part reachable through relationships from the package root. */
  reachable(overrides = new Map<string, Rel[]>()): Set<string> {
    const seen = new Set<string>();
    const visit = (part: string) => {
      const rels = overrides.get(part) ?? this.rels(part) ?? [];
      for (const r of rels) {
        if (r.external) continue;
        const target = this.canonical(resolve(part, r.target));
        if (seen.has(target) || !this.has(target)) continue;
        seen.add(target);
        visit(target);
      }
    };
    visit('');
    return seen;
  }
}

const decoder = new TextDecoder('utf-8');

function relsXml(rels: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

function relElement(r: Rel): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
}

function override(part: string, type: string): string {
  return `<Override PartName="/${part}" ContentType="${type}"/>`;
}
