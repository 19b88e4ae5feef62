/**
 * The .xlsx package writer: carries out a SheetPlan on the workbook file itself. New sheets
 * (and their tables) are added as parts, the generated sheets they replace are removed with
 * every part only they used, and the workbook, its relationships, content types and styles
 * are extended. Every other part is copied byte for byte — charts, pivot tables, images,
 * macros and the user's own sheets stay exactly as they were.
 *
 * Returns null for a package it does not understand (ZIP64, a workbook in strict OOXML or
 * with prefixed elements, …); the caller then takes the ExcelJS way.
 */
import type { ApplyReport, ChartPlan, PlannedSheet, SheetPlan } from '../core/summarize/plan';
import { chartXml, drawingXml } from './chartXml';
import { MAIN_NS, REL_NS, sheetXml } from './sheetXml';
import { StyleBook } from './styleBook';
import { attributes, escapeXml, unescapeXml } from './xml';
import { deflateEntry, inflate, readZip, writeZip, type ZipEntry } from './zip';

const TYPE = {
  worksheet: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet',
  table: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/table',
  drawing: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing',
  chart: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart',
  calcChain: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain',
  officeDocument: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument',
  styles: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles',
};
const CONTENT = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  table: 'application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml',
  drawing: 'application/vnd.openxmlformats-officedocument.drawing+xml',
  chart: 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml',
};

interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

interface SheetEntry {
  name: string;
  sheetId: number;
  state: string | null;
  rid: string;
  /** The <sheet …/> element as written, for kept sheets. */
  element: string | null;
  /** Index among the original sheets, or -1 for a new one. */
  original: number;
}

export interface PackageResult {
  bytes: Buffer;
  report: ApplyReport;
}

export function applyPlanToPackage(input: Buffer, plan: SheetPlan): PackageResult | null {
  const entries = readZip(input);
  if (!entries) return null;
  const pkg = new Package(entries);
  const rootRels = pkg.rels('');
  const main = rootRels?.find((r) => r.type === TYPE.officeDocument);
  if (!main || main.target !== 'xl/workbook.xml') return null;
  let workbook = pkg.text('xl/workbook.xml');
  const wbRels = pkg.rels('xl/workbook.xml');
  const types = pkg.text('[Content_Types].xml');
  if (!workbook || !wbRels || !types) return null;
  if (!new RegExp(`<workbook\\b[^>]*xmlns="${MAIN_NS}"`).test(workbook)) return null;
  const relPrefix = new RegExp(`xmlns:(\\w+)="${REL_NS}"`).exec(workbook)?.[1];
  const stylesRel = wbRels.find((r) => r.type === TYPE.styles);
  const stylesPath = stylesRel ? resolve('xl/workbook.xml', stylesRel.target) : null;
  const styles = stylesPath ? StyleBook.parse(pkg.text(stylesPath) ?? '') : null;
  const sheetsMatch = /<sheets>([\s\S]*?)<\/sheets>/.exec(workbook);
  if (!relPrefix || !styles || !stylesPath || !sheetsMatch) return null;

  // 1. the sheets as they are
  const original: SheetEntry[] = [...sheetsMatch[1].matchAll(/<sheet\b[^>]*>/g)].map((m, i) => {
    const a = attributes(m[0]);
    return {
      name: a.name ?? '',
      sheetId: Number(a.sheetId),
      state: a.state ?? null,
      rid: a[`${relPrefix}:id`] ?? '',
      element: m[0],
      original: i,
    };
  });
  if (original.some((s) => !s.rid || !Number.isFinite(s.sheetId))) return null;
  const relById = new Map(wbRels.map((r) => [r.id, r]));
  const replacedNames = new Set(plan.sheets.map((p) => p.replaces).filter((n): n is string => !!n));
  const kept = original.filter((s) => !replacedNames.has(s.name));
  const removed = original.filter((s) => replacedNames.has(s.name));
  const taken = new Set(kept.map((s) => s.name.toLowerCase()));
  for (const p of plan.sheets) {
    if (taken.has(p.name.toLowerCase())) return null; // the planner never does this; ExcelJS decides then
    taken.add(p.name.toLowerCase());
  }

  const report: ApplyReport = { written: [], replaced: removed.map((s) => s.name), skipped: [] };
  const before = pkg.reachable();
  const out = new Map<string, string | Buffer>();

  // 2. new sheets as parts
  let nextSheetId = Math.max(0, ...original.map((s) => s.sheetId)) + 1;
  let relCounter = 1;
  const relIds = new Set(wbRels.filter((r) => !removed.some((s) => s.rid === r.id)).map((r) => r.id));
  const newRelId = () => {
    while (relIds.has(`rId${relCounter}`)) relCounter++;
    relIds.add(`rId${relCounter}`);
    return `rId${relCounter}`;
  };
  const removedParts = new Set(removed.map((s) => resolve('xl/workbook.xml', relById.get(s.rid)?.target ?? '')));
  // table names share one namespace with the workbook's defined names
  const tableNames = new Set([...workbook.matchAll(/<definedName\b[^>]*\bname="([^"]*)"/g)].map((m) => unescapeXml(m[1]).toLowerCase()));
  let maxTableId = 0;
  for (const name of pkg.names()) {
    if (!/^xl\/tables\/[^/]+\.xml$/.test(name)) continue;
    const head = /<table\b[^>]*>/.exec(pkg.text(name) ?? '')?.[0];
    if (!head) continue;
    const a = attributes(head);
    maxTableId = Math.max(maxTableId, Number(a.id) || 0);
    if (!isPartOf(name, removedParts, pkg)) {
      if (a.name) tableNames.add(a.name.toLowerCase());
      if (a.displayName) tableNames.add(a.displayName.toLowerCase());
    }
  }
  // parts only the replaced sheets (and the calculation chain, which Excel rebuilds) used go
  const wbRelsAfter = wbRels.filter((r) => !removed.some((s) => s.rid === r.id) && r.type !== TYPE.calcChain);
  const after = pkg.reachable(new Map([['xl/workbook.xml', wbRelsAfter]]));
  const removedAfter = new Set([...before].filter((n) => !after.has(n)));
  const freePart = (dir: string, base: string, ext: string) => {
    for (let i = 1; ; i++) {
      const name = `${dir}/${base}${i}.${ext}`;
      if ((!pkg.has(name) || removedAfter.has(name)) && !out.has(name)) return name;
    }
  };

  const firstVisible = plan.sheets.find((p) => p.visibility === 'visible');
  const built: { planned: PlannedSheet; entry: SheetEntry; printTitles: string | null }[] = [];
  const newTypes: string[] = [];
  for (const p of plan.sheets) {
    const part = freePart('xl/worksheets', 'sheet', 'xml');
    out.set(part, ''); // reserve the name
    const sheetRels: string[] = [];
    // charts first: their parts decide whether the sheet holds a drawing
    const charts: { plan: ChartPlan; relId: string; name: string }[] = [];
    const chartRels: string[] = [];
    for (const ch of p.charts) {
      const xml = chartXml(p.name, ch);
      if (!xml) {
        report.skipped.push({ sheet: p.name, feature: 'chart', reason: ch.title });
        continue;
      }
      const chartPart = freePart('xl/charts', 'chart', 'xml');
      out.set(chartPart, xml);
      newTypes.push(override(chartPart, CONTENT.chart));
      const relId = `rId${charts.length + 1}`;
      chartRels.push(`<Relationship Id="${relId}" Type="${TYPE.chart}" Target="../charts/${chartPart.slice('xl/charts/'.length)}"/>`);
      charts.push({ plan: ch, relId, name: ch.title });
    }
    const s = sheetXml(p, {
      styles,
      lang: plan.lang,
      selected: p === firstVisible,
      tableNames,
      nextTableId: () => ++maxTableId,
      tableRelId: (i) => `rId${i + 1}`,
      drawingRelId: charts.length ? `rId${p.tables.length + 1}` : undefined,
    });
    out.set(part, s.xml);
    newTypes.push(override(part, CONTENT.worksheet));
    s.tables.forEach((t, i) => {
      const tablePart = freePart('xl/tables', 'table', 'xml');
      out.set(tablePart, t.xml);
      newTypes.push(override(tablePart, CONTENT.table));
      sheetRels.push(`<Relationship Id="rId${i + 1}" Type="${TYPE.table}" Target="../tables/${tablePart.slice('xl/tables/'.length)}"/>`);
    });
    if (charts.length) {
      const drawingPart = freePart('xl/drawings', 'drawing', 'xml');
      out.set(drawingPart, drawingXml(charts));
      out.set(relsPath(drawingPart), relsXml(chartRels));
      newTypes.push(override(drawingPart, CONTENT.drawing));
      sheetRels.push(
        `<Relationship Id="rId${p.tables.length + 1}" Type="${TYPE.drawing}" Target="../drawings/${drawingPart.slice('xl/drawings/'.length)}"/>`,
      );
    }
    if (sheetRels.length) out.set(relsPath(part), relsXml(sheetRels));
    const rid = newRelId();
    wbRelsAfter.push({ id: rid, type: TYPE.worksheet, target: part.slice('xl/'.length), external: false });
    built.push({
      planned: p,
      entry: {
        name: p.name,
        sheetId: nextSheetId++,
        state: p.visibility === 'veryHidden' ? 'veryHidden' : null,
        rid,
        element: null,
        original: -1,
      },
      printTitles: s.printTitles,
    });
    report.written.push(p.name);
  }

  // 3. order: every new sheet at its planned position, the others keep their relative order
  const total = kept.length + built.length;
  const order: SheetEntry[] = new Array(total);
  for (const b of built) {
    let at = Math.min(Math.max(0, b.planned.position), total - 1);
    while (order[at]) at = (at + 1) % total;
    order[at] = b.entry;
  }
  let k = 0;
  for (let i = 0; i < total; i++) if (!order[i]) order[i] = kept[k++];
  const newIndex = new Map<number, number>();
  order.forEach((s, i) => s.original >= 0 && newIndex.set(s.original, i));

  // 4. workbook: sheets, defined names (sheet-local ones follow their sheet), the active tab
  const sheetsXml = order
    .map(
      (s) =>
        s.element ??
        `<sheet name="${escapeXml(s.name)}" sheetId="${s.sheetId}"${s.state ? ` state="${s.state}"` : ''} ${relPrefix}:id="${s.rid}"/>`,
    )
    .join('');
  workbook =
    workbook.slice(0, sheetsMatch.index) + `<sheets>${sheetsXml}</sheets>` + workbook.slice(sheetsMatch.index + sheetsMatch[0].length);
  const names: string[] = [];
  const namesMatch = /<definedNames>([\s\S]*?)<\/definedNames>|<definedNames\/>/.exec(workbook);
  for (const m of (namesMatch?.[1] ?? '').matchAll(/<definedName\b[^>]*>[\s\S]*?<\/definedName>|<definedName\b[^>]*\/>/g)) {
    const local = /localSheetId="(\d+)"/.exec(m[0]);
    if (!local) {
      names.push(m[0]);
      continue;
    }
    const to = newIndex.get(Number(local[1]));
    if (to !== undefined) names.push(m[0].replace(/localSheetId="\d+"/, `localSheetId="${to}"`));
  }
  for (const b of built) {
    if (b.printTitles) {
      names.push(
        `<definedName name="_xlnm.Print_Titles" localSheetId="${order.indexOf(b.entry)}">${escapeXml(b.printTitles)}</definedName>`,
      );
    }
  }
  const namesXml = names.length ? `<definedNames>${names.join('')}</definedNames>` : '';
  if (namesMatch) workbook = workbook.slice(0, namesMatch.index) + namesXml + workbook.slice(namesMatch.index + namesMatch[0].length);
  else if (namesXml) workbook = workbook.replace('</sheets>', `</sheets>${namesXml}`);
  if (firstVisible) {
    const active = order.findIndex((s) => s.name === firstVisible.name);
    const view = /<workbookView\b[^>]*?(\/?)>/.exec(workbook);
    if (view) {
      const attrs = view[0]
        .replace(/^<workbookView\b/, '')
        .replace(/\/?>$/, '')
        .replace(/\s(?:activeTab|firstSheet)="\d*"/g, '');
      workbook =
        workbook.slice(0, view.index) +
        `<workbookView${attrs} firstSheet="0" activeTab="${active}"${view[1]}>` +
        workbook.slice(view.index + view[0].length);
    } else {
      workbook = workbook.replace(/<sheets>/, `<bookViews><workbookView activeTab="${active}"/></bookViews><sheets>`);
    }
  }
  out.set('xl/workbook.xml', workbook);
  out.set('xl/_rels/workbook.xml.rels', relsXml(wbRelsAfter.map(relXml)));
  out.set(stylesPath, styles.toXml());

  // 5. the user's sheets: only one tab may be selected (else Excel opens them grouped)
  if (firstVisible) {
    for (const s of kept) {
      const part = resolve('xl/workbook.xml', relById.get(s.rid)?.target ?? '');
      const xml = pkg.text(part);
      if (xml && /tabSelected="(?:1|true)"/.test(xml)) out.set(part, xml.replace(/(?<=\s)tabSelected="(?:1|true)"/g, ''));
    }
  }

  // 6. content types: new parts in, removed parts out
  const typed = new Set(newTypes.map((o) => attributes(o).PartName.slice(1)));
  let typesXml = types.replace(/<Override\b[^>]*\/>/g, (o) => {
    const partName = attributes(o).PartName?.replace(/^\//, '');
    if (!partName) return o;
    return typed.has(partName) || (removedAfter.has(partName) && !out.has(partName)) ? '' : o;
  });
  typesXml = typesXml.replace('</Types>', `${newTypes.join('')}</Types>`);
  out.set('[Content_Types].xml', typesXml);

  // 7. the new package: original order, removed parts left out, new parts at the end
  const result: ZipEntry[] = [];
  for (const e of entries) {
    if (out.has(e.name)) {
      result.push(deflateEntry(e.name, out.get(e.name)!));
      out.delete(e.name);
    } else if (!removedAfter.has(e.name) && !(removedAfter.has(ownerOf(e.name)) && e.name.endsWith('.rels'))) {
      result.push(e);
    }
  }
  for (const [name, data] of out) result.push(deflateEntry(name, data));
  return { bytes: writeZip(result), report };
}

class Package {
  private readonly byName = new Map<string, ZipEntry>();
  private readonly texts = new Map<string, string>();

  constructor(entries: ZipEntry[]) {
    for (const e of entries) this.byName.set(e.name, e);
  }

  names(): string[] {
    return [...this.byName.keys()];
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  text(name: string): string | null {
    let t = this.texts.get(name);
    if (t === undefined) {
      const e = this.byName.get(name);
      if (!e) return null;
      t = inflate(e).toString('utf8');
      this.texts.set(name, t);
    }
    return t;
  }

  /** The relationships of a part ('' for the package), or null when it has none. */
  rels(part: string): Rel[] | null {
    const xml = this.text(relsPath(part));
    if (xml === null) return null;
    return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => {
      const a = attributes(m[0]);
      return { id: a.Id ?? '', type: a.Type ?? '', target: a.Target ?? '', external: a.TargetMode === 'External' };
    });
  }

  /** Every part reachable through relationships from the package root. */
  reachable(overrides = new Map<string, Rel[]>()): Set<string> {
    const seen = new Set<string>();
    const visit = (part: string) => {
      const rels = overrides.get(part) ?? this.rels(part) ?? [];
      for (const r of rels) {
        if (r.external) continue;
        const target = resolve(part, r.target);
        if (seen.has(target) || !this.byName.has(target)) continue;
        seen.add(target);
        visit(target);
      }
    };
    visit('');
    return seen;
  }
}

/** True when a part is reached from one of the given sheet parts. */
function isPartOf(name: string, sheets: Set<string>, pkg: Package): boolean {
  for (const sheet of sheets) for (const r of pkg.rels(sheet) ?? []) if (resolve(sheet, r.target) === name) return true;
  return false;
}

/** The .rels part of a part ('' is the package itself). */
function relsPath(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a .rels part belongs to. */
function ownerOf(rels: string): string {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(rels);
  return m ? m[1] + m[2] : '';
}

/** A relationship target, relative to its source part, as a package path. */
function resolve(source: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : source.slice(0, source.lastIndexOf('/') + 1) + target;
  const out: string[] = [];
  let decoded = path;
  try {
    decoded = decodeURI(path);
  } catch {
    // a malformed escape: take the target as written
  }
  for (const seg of decoded.split('/')) {
    if (seg === '..') out.pop();
    else if (seg !== '.' && seg !== '') out.push(seg);
  }
  return out.join('/');
}

function relsXml(rels: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join('')}</Relationships>`;
}

function relXml(r: Rel): string {
  return `<Relationship Id="${escapeXml(r.id)}" Type="${escapeXml(r.type)}" Target="${escapeXml(r.target)}"${r.external ? ' TargetMode="External"' : ''}/>`;
}

function override(part: string, type: string): string {
  return `<Override PartName="/${part}" ContentType="${type}"/>`;
}
