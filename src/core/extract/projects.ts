/**
 * Project sheets: each sheet is tried with the two project layout readers (fact sheet,
 * report) before the goal readers; a sheet either reads as a project or not at all as one.
 * Projects described on several sheets (a fact sheet and a report) are merged by name.
 */
import { parseDate } from '../dates';
import { findGoalIds } from '../goalId';
import type { Grid } from '../grid';
import type { CellRef, Project, Region } from '../model';
import { fold } from '../text';
import { readRating } from './labels';
import { isProjectFacts, mayBeProject, type ProjectFacts, readProjectFacts } from './readers/projectSheet';
import { isProjectReport, type ProjectReport, readProjectReport } from './readers/projectReport';

export interface ProjectSheetRead {
  project: Project;
  /** Non-empty cells and those understood. */
  filled: number;
  claimed: number;
  unread: string[];
  regions: Region[];
}

/** Reads a sheet as a project, or returns null when it is not one. */
export function readProjectSheet(grid: Grid): ProjectSheetRead | null {
  if (grid.cells.length === 0 || grid.cells.length > 5000 || !mayBeProject(grid)) return null;
  const facts = readProjectFacts(grid);
  const report = readProjectReport(grid);
  if (!isProjectFacts(facts) && !isProjectReport(report, !!facts.values.outlook)) return null;
  const project = toProject(grid, facts, report);
  const claimed = new Set([...facts.claimed, ...report.claimed]);
  const unread: string[] = [];
  let filled = 0;
  for (const c of grid.cells) {
    if (c.type === 'string' && !String(c.value).trim()) continue;
    filled++;
    if (!claimed.has(c)) unread.push(`${colName(c.col)}${c.row + 1}`);
  }
  const region: Region = {
    kind: 'project',
    range: project.source.cell,
    goals: project.goalRefs.map((g) => g.id),
    columns: [],
    listObject: null,
  };
  return { project, filled, claimed: filled - unread.length, unread, regions: [region] };
}

function colName(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function toProject(grid: Grid, facts: ProjectFacts, report: ProjectReport): Project {
  const v = (k: keyof ProjectFacts['values']) => facts.values[k]?.value ?? null;
  const cells: Record<string, CellRef> = {};
  for (const [k, x] of Object.entries(facts.values)) if (x) cells[k] = x.source;
  const ratingText = report.rating?.value ?? v('rating');
  if (report.rating) cells.rating = report.rating.source;
  let date = v('date');
  let place = v('place');
  // "Ort, Datum: Paderborn, im Juni 2021"
  const signedInField = date ? /^([^,\d]{2,40}),\s*(?:im|am|den)?\s*(.+)$/.exec(date) : null;
  if (signedInField) {
    place ??= signedInField[1].trim();
    date = signedInField[2].trim();
  }
  if (!date && report.signed) {
    date = report.signed.date;
    cells.date = report.signed.source;
  }
  if (!place && report.signed) {
    place = report.signed.place;
    cells.place = report.signed.source;
  }
  const name = v('name') ?? grid.name;
  const source = facts.values.name?.source ?? { sheet: grid.name, cell: 'A1' };
  const contactName = v('contactName');
  const email = v('email');
  const phone = v('phone');
  const web = v('web');
  const refs = facts.values.goalRefs;
  return {
    name,
    description: v('description'),
    provider: v('provider'),
    place,
    region: v('region'),
    targetGroup: v('targetGroup'),
    module: v('module'),
    quarter: v('quarter'),
    period: v('period'),
    date: date ? parseDate(date.replace(/^(?:im|am|den)\s+/i, '')) : null,
    contact: contactName || email || phone || web ? { name: contactName, email, phone, web } : null,
    partners: facts.partners,
    goals: report.goals,
    rating: ratingText ? readRating(ratingText) : null,
    ratingText,
    outlook: v('outlook'),
    remarks: v('remarks'),
    author: v('author'),
    goalRefs: refs ? findGoalIds(refs.value).ids.map((g) => ({ id: g.id, raw: g.raw, source: refs.source })) : [],
    source,
    sheets: [grid.name],
    cells,
  };
}

/** Projects of several sheets with the same name are one project: the first sheet's values win. */
export function mergeProjects(reads: Project[]): Project[] {
  const byName = new Map<string, Project>();
  const out: Project[] = [];
  for (const p of reads) {
    const key = fold(p.name)
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
    const old = byName.get(key);
    if (!old) {
      const copy = { ...p, sheets: [...p.sheets], cells: { ...p.cells } };
      byName.set(key, copy);
      out.push(copy);
      continue;
    }
    for (const k of Object.keys(p) as (keyof Project)[]) {
      const mine = old[k];
      const theirs = p[k];
      if ((mine === null || (Array.isArray(mine) && mine.length === 0)) && theirs !== null) (old as Record<string, unknown>)[k] = theirs;
    }
    old.sheets.push(...p.sheets);
    for (const [k, c] of Object.entries(p.cells)) old.cells[k] ??= c;
  }
  return out;
}
