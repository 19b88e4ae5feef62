/**
 * An imported document as sheets of the workbook, in the layout of the sample's goal sheets
 * (the template of the Umsetzungskonferenz): "Ziel 7.47", the goal text, each label with its
 * value below, the MM/JJ table, "Anmerkungen". Goals documented together stay on one sheet
 * ("Ziel 7.47 und 7.49"). A status check goes to a status log sheet (Ziel | Datum der
 * telefonischen Nachfrage | Gesprächspartner | Stand der Umsetzung | Einschätzung); a project
 * to a project sheet (labels and values, partners, its goals, achievement, Ausblick).
 *
 * These sheets are user data, not generated sheets: they carry no Zielwerk marker, the normal
 * reader reads them, and no later run replaces them. An existing sheet is never replaced: a goal
 * that already has a sheet is left out (its differences are findings, see
 * validate/rules/import-differs.ts) or, with `beside`, written as "7.47 (Import)".
 */
import { parseRange } from '../a1';
import { parseDate } from '../dates';
import { extract } from '../extract';
import type { Grid, GridCell } from '../grid';
import { isoToSerial } from '../dates/serial';
import type { IsoDate, Model } from '../model';
import type { Lang } from '../i18n';
import type { PlannedSheet, SheetPlan } from '../summarize/plan';
import { SheetWriter } from '../summarize/writer';
import type { DocGoalSection } from './goals';
import type { DocProject } from './projects';
import type { ImportedDocument } from './read';

export const LABELS = {
  lead: 'Wer ist federführend für die Umsetzung?',
  participants: 'Wer ist beteiligt?',
  interim: 'Zwischenziel',
  milestones: 'Maßnahmen und Meilensteine',
  header: ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
  notes: 'Anmerkungen:',
  log: ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner', 'Stand der Umsetzung', 'Einschätzung'],
} as const;

/** The project sheet's labels, in the order they are written (extract/projectLabels.ts reads them). */
export const PROJECT_ROWS: [keyof DocProject['values'] | 'name', string][] = [
  ['name', 'Projekt'],
  ['description', 'Beschreibung'],
  ['provider', 'Projektträger'],
  ['place', 'Projektort'],
  ['region', 'Kreis/kreisfreie Stadt'],
  ['targetGroup', 'Zielgruppe'],
  ['module', 'Modul'],
  ['quarter', 'Quartier'],
  ['period', 'Zeitraum'],
  ['goalRefs', 'Mittlerziele'],
  ['contactName', 'Ansprechperson'],
  ['email', 'E-Mail'],
  ['phone', 'Telefon'],
  ['web', 'Webseite'],
];

export interface ImportOptions {
  lang: Lang;
  today: IsoDate;
  /** Write a goal that already has a sheet as "… (Import)" beside it. */
  beside: boolean;
}

export interface ImportPlan {
  plan: SheetPlan;
  /** Goal sections written, and those left out because the workbook has the goal already. */
  written: DocGoalSection[];
  existing: DocGoalSection[];
}

/** Sheet names Excel refuses: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(base: string, taken: Set<string>): string {
  const clean =
    base
      .replace(/[:\\/?*[\]]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '') || 'Import';
  const cut = (s: string, suffix: string) => s.slice(0, 31 - suffix.length).trim() + suffix;
  let name = cut(clean, '');
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = cut(clean, ` (${i})`);
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Plans the sheets of an imported document. `model` is the workbook's model (null for a new
 * workbook), `names` its sheet names, `placeholder` the blank workbook's sheet the first new
 * sheet replaces.
 */
export function importPlan(
  doc: ImportedDocument,
  workbook: { model: Model | null; names: string[]; placeholder?: string },
  o: ImportOptions,
): ImportPlan {
  const taken = new Set(workbook.names.filter((n) => n !== workbook.placeholder).map((n) => n.toLowerCase()));
  const known = new Set((workbook.model?.goals ?? []).filter((g) => g.sheets.length > 0 || g.source).map((g) => g.id));
  const sheets: PlannedSheet[] = [];
  const written: DocGoalSection[] = [];
  const existing: DocGoalSection[] = [];
  for (const s of doc.goals) {
    const clash = s.ids.some((x) => known.has(x.id));
    if (clash) existing.push(s);
    if (clash && !o.beside) continue;
    const base = s.ids.map((x) => x.id).join(' und ');
    sheets.push(goalSheet(s, sheetName(clash ? `${base} (Import)` : base, taken), o.lang));
    written.push(s);
  }
  const checks = doc.goals.filter((s) => s.checks.length);
  if (checks.length) sheets.push(logSheet(checks, sheetName(hasLog(workbook.model) ? 'Nachfragen (Import)' : 'Nachfragen', taken), o.lang));
  if (doc.project) sheets.push(projectSheet(doc.project, sheetName(doc.project.name, taken), o.lang));
  let position = workbook.names.length - (workbook.placeholder ? 1 : 0);
  sheets.forEach((sh, i) => {
    sh.position = position++;
    if (i === 0 && workbook.placeholder) {
      sh.replaces = workbook.placeholder;
      sh.position = 0;
    }
  });
  return { plan: { lang: o.lang, today: o.today, sheets }, written, existing };
}

function hasLog(model: Model | null): boolean {
  return !!model?.sheets.some((s) => s.kind === 'status-log');
}

/** A label in bold, its value below across the three columns, wrapped. */
function labelled(w: SheetWriter, row: number, label: string, lines: string[]): number {
  w.set(row, 0, label);
  w.format(row, 0, row, 0, { bold: true });
  const value = lines.join('\n');
  w.set(row + 1, 0, value || null);
  w.sheet.merges.push(`${w.address(row + 1, 0)}:${w.address(row + 1, 2)}`);
  w.format(row + 1, 0, row + 1, 2, { wrap: true, vertical: 'top' });
  return row + 3;
}

export function goalSheet(s: DocGoalSection, name: string, lang: Lang): PlannedSheet {
  const w = new SheetWriter('importedGoal', lang);
  const ids = s.ids.map((x) => x.id);
  w.set(0, 0, `Ziel ${ids.join(' und ')}`);
  w.format(0, 0, 0, 2, { bold: true, size: 14 });
  let r = 1;
  for (const id of ids) {
    if (ids.length > 1) {
      w.set(r, 0, `Ziel ${id}`);
      w.format(r, 0, r, 0, { bold: true });
      r++;
    }
    w.set(r, 0, s.titles[id] ?? null);
    w.sheet.merges.push(`${w.address(r, 0)}:${w.address(r, 2)}`);
    w.format(r, 0, r, 2, { wrap: true, bold: true, vertical: 'top' });
    r++;
  }
  r++;
  r = labelled(w, r, LABELS.lead, s.lead);
  r = labelled(w, r, LABELS.participants, s.participants);
  r = labelled(w, r, s.interimLabel ?? LABELS.interim, s.interim);
  w.set(r, 0, LABELS.milestones);
  w.format(r, 0, r, 0, { bold: true });
  r++;
  w.row(r, [...LABELS.header]);
  w.format(r, 0, r, 2, { bold: true, fill: '#D9E1F2', border: 'all' });
  const first = r + 1;
  for (const m of s.milestones) w.row(++r, [m.date, m.text, m.report]);
  if (r >= first) w.format(first, 0, r, 2, { wrap: true, vertical: 'top', border: 'all' });
  r += 2;
  if (s.notes.length) labelled(w, r, LABELS.notes, s.notes);
  w.widths([16, 60, 40]);
  const sheet = w.finish();
  sheet.name = name;
  return sheet;
}

/** The status log: one row per goal of each status check. */
function logSheet(sections: DocGoalSection[], name: string, lang: Lang): PlannedSheet {
  const w = new SheetWriter('importedLog', lang);
  w.row(0, [...LABELS.log]);
  w.format(0, 0, 0, 4, { bold: true, fill: '#D9E1F2', border: 'all' });
  let r = 0;
  for (const s of sections) {
    for (const c of s.checks) {
      const d = parseDate(c.date);
      const date = d.start && d.precision === 'day' ? { date: d.start } : c.date;
      for (const x of s.ids) w.row(++r, [x.id, date, c.person ?? defaultPerson(s), c.text ?? '', c.rating ?? '']);
    }
  }
  w.format(1, 1, r, 1, { numberFormat: 'DD.MM.YYYY', horizontal: 'left' });
  w.format(1, 0, r, 4, { wrap: true, vertical: 'top', border: 'all' });
  w.widths([8, 20, 24, 70, 18]);
  w.sheet.freeze = { rows: 1, columns: 0 };
  const sheet = w.finish();
  sheet.name = name;
  return sheet;
}

/** Without "Gesprächspartner", the record's leads were the people called. */
function defaultPerson(s: DocGoalSection): string {
  return s.lead
    .map((l) =>
      l
        .replace(/^[^:]{2,30}:\s*/, '')
        .split(/[,(]/)[0]
        .trim(),
    )
    .filter(Boolean)
    .join(', ');
}

function projectSheet(p: DocProject, name: string, lang: Lang): PlannedSheet {
  const w = new SheetWriter('importedProject', lang);
  let r = 0;
  for (const [k, label] of PROJECT_ROWS) {
    const v = (k === 'name' ? p.name : p.values[k]) ?? null;
    if (!v && k !== 'name') continue;
    w.row(r, [label, v]);
    w.format(r, 0, r, 0, { bold: true, vertical: 'top' });
    w.format(r, 1, r, 1, { wrap: true, vertical: 'top', ...(k === 'name' ? { bold: true, size: 14 } : {}) });
    r++;
  }
  if (p.partners.length) {
    r++;
    w.row(r, ['Kooperationspartner', 'Rolle']);
    w.format(r, 0, r, 1, { bold: true, fill: '#D9E1F2', border: 'all' });
    for (const x of p.partners) w.row(++r, [x.name, x.role ?? '']);
    r++;
  }
  if (p.goals.length) {
    r++;
    w.row(r, ['Ziel', 'Zielformulierung', 'Bericht']);
    w.format(r, 0, r, 2, { bold: true, fill: '#D9E1F2', border: 'all' });
    const first = r + 1;
    for (const g of p.goals) w.row(++r, [`Ziel ${g.number}`, g.text, g.report ?? '']);
    w.format(first, 0, r, 2, { wrap: true, vertical: 'top', border: 'all' });
    r++;
  }
  r++;
  const tail: [string, string | null | undefined][] = [
    ['Zielerreichung', p.values.rating],
    ['Weitere Ergebnisse', p.values.remarks],
    ['Ausblick', p.values.outlook],
    ['Ort, Datum', p.signed ?? (p.values.date ? p.values.date : null)],
    ['Verfasst von', p.values.author],
  ];
  for (const [label, v] of tail) {
    if (!v) continue;
    w.row(r, [label, v]);
    w.format(r, 0, r, 0, { bold: true, vertical: 'top' });
    w.format(r, 1, r, 1, { wrap: true, vertical: 'top' });
    r++;
  }
  w.widths([26, 70, 60]);
  const sheet = w.finish();
  sheet.name = name;
  return sheet;
}

/**
 * The document as the workbook's reader sees it: every goal and project it holds, written into
 * a new workbook and read back (what an import would add, and what import-differs compares).
 */
export function documentModel(doc: ImportedDocument, o: ImportOptions): Model {
  return extract(planGrids(importPlan(doc, { model: null, names: [] }, o).plan));
}

/** The planned sheets as the grids a host would read back (for previews and comparisons). */
export function planGrids(plan: SheetPlan): Grid[] {
  return plan.sheets.map((s) => {
    const cells: GridCell[] = [];
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === '') return;
        if (typeof v === 'string') cells.push({ row: r, col: c, type: 'string', value: v });
        else if (typeof v === 'number') cells.push({ row: r, col: c, type: 'number', value: v });
        else if (typeof v === 'boolean') cells.push({ row: r, col: c, type: 'boolean', value: v });
        else if ('date' in v) cells.push({ row: r, col: c, type: 'number', value: isoToSerial(v.date), format: 'dd.mm.yyyy' });
        else cells.push({ row: r, col: c, type: 'string', value: v.text });
      }),
    );
    const merges = s.merges.map((m) => parseRange(m)!);
    return { name: s.name, visibility: 'visible' as const, cells, merges };
  });
}
