/**
 * extract(grids) → Model. Each sheet is classified once (classify.ts: headings, labels, header
 * rows), its tables are found (tables.ts), and the layout readers (readers/) read what they
 * understand, claiming those cells; what no reader claimed is the sheet's unread content
 * (coverage). The goal book (book.ts) merges what all sheets say about each goal.
 *
 * Adding a layout: one reader file in readers/ (and its table kind in tables.ts, if it has a
 * header row), registered below, with its tests.
 */
import { cellAddress, type Grid } from '../grid';
import type { Model, Project, ReadProblem, SheetInfo, SheetKind, Skipped } from '../model';
import { isGeneratedGrid } from '../marker';
import { compareGoalIds } from '../goalId';
import { GoalBook } from './book';
import { classify, type SheetStructure } from './classify';
import { type SheetRead, sheetRead } from './fragments';
import { readForms, tableRegion } from './readers/form';
import { mergeProjects, readProjectSheet } from './projects';
import { readGoalRows } from './readers/goalRows';
import { readMilestoneList } from './readers/milestoneList';
import { readPartnerList } from './readers/partnerList';
import { readStatusLog, readStatusRounds } from './readers/statusLog';
import { addresses, share, SheetScan, sheetPeriod } from './sheet';
import { findTables, type TableKind, type TableRegion } from './tables';
import type { LayoutMap, SheetMap } from '../layout/schema';
import { resolveLayout } from '../layout/resolve';
import { FORM_KINDS, mappedGoal, mappedTables, nothingRead, scanLayout } from './mapped';

export { matchHeading } from './classify';

/** The layout readers of tables with a goal column (a goal's own tables are the form reader's). */
const LIST_READERS: Partial<Record<TableKind, (scan: SheetScan, t: TableRegion, out: SheetRead) => void>> = {
  overview: readGoalRows,
  'milestone-list': readMilestoneList,
  'status-log': readStatusLog,
  'status-rounds': readStatusRounds,
  'partner-list': readPartnerList,
};

/** The sheet kind a list table gives its sheet. */
const LIST_KIND: Partial<Record<TableKind, SheetKind>> = {
  overview: 'overview',
  'milestone-list': 'milestone-list',
  'status-log': 'status-log',
  'status-rounds': 'status-log',
  'partner-list': 'partner-list',
};

/** At most this many unread cells are listed per sheet (`unreadCount` counts them all). */
const UNREAD_LISTED = 200;

export interface ExtractOptions {
  /**
   * A layout map for this run (`--layout`, the pane's preview); without one, the map the
   * workbook keeps is used, if any. `null`: no map at all, not even the kept one.
   */
  layout?: LayoutMap | null;
}

/** Turns the workbook's grids into the model. Pure; never throws on odd input. */
export function extract(grids: Grid[], options: ExtractOptions = {}): Model {
  const reads: SheetRead[] = [];
  const sheets: SheetInfo[] = [];
  const skipped: Skipped[] = [];
  const layout = options.layout === null ? null : resolveLayout(grids, options.layout);
  const problems: ReadProblem[] = layout ? [...layout.problems] : [];
  const projects: Project[] = [];
  for (const grid of grids) {
    const visibility = grid.visibility;
    const info = (kind: SheetKind, goals: string[] = [], anchor: string | null = null): SheetInfo => ({
      sheet: grid.name,
      kind,
      visibility,
      goals,
      anchor,
      coverage: kind === 'generated' ? 1 : 0,
      cells: 0,
      unread: [],
      unreadCount: 0,
      confidence: 'high',
      regions: [],
    });
    if (grid.sheetKind) {
      // a chart, dialog or macro sheet: a known kind that holds no goal data, not damage
      skipped.push({ sheet: grid.name, reason: 'not-a-worksheet', visibility });
      sheets.push({ ...info('skipped'), coverage: 1 });
      continue;
    }
    if (isGeneratedGrid(grid)) {
      skipped.push({ sheet: grid.name, reason: 'generated', visibility });
      sheets.push(info('generated'));
      continue;
    }
    if (grid.truncated) {
      problems.push({
        kind: 'truncated-sheet',
        sheet: grid.name,
        cell: 'A1',
        value: String(grid.truncated.limit),
        assumed: null,
        goal: null,
      });
    }
    if (grid.missing) problems.push({ kind: 'missing-sheet', sheet: grid.name, cell: 'A1', value: grid.name, assumed: null, goal: null });
    cellProblems(grid, problems);
    if (grid.cells.length === 0) {
      // a missing sheet is not "empty": its own problem says what happened
      if (!grid.missing) skipped.push({ sheet: grid.name, reason: 'empty', visibility });
      sheets.push({ ...info('skipped'), coverage: 1 });
      continue;
    }
    const entry = layout?.bySheet.get(grid.name);
    if (entry?.kind === 'ignore') {
      // the user said there is nothing to read here: understood, not skipped for want of data
      skipped.push({ sheet: grid.name, reason: 'ignored', visibility });
      sheets.push({ ...info('skipped'), coverage: 1, cells: grid.cells.length });
      continue;
    }
    // project fact sheets and reports (readers/project*.ts) are read as projects, not goals;
    // a layout map that says what the sheet is decides
    const project = !entry || entry.kind === 'project' ? readProjectSheet(grid) : null;
    if (project) {
      projects.push(project.project);
      const share = project.filled ? project.claimed / project.filled : 1;
      sheets.push({
        ...info(
          'project',
          project.project.goalRefs.map((g) => g.id),
          project.project.source.cell,
        ),
        coverage: share,
        cells: project.filled,
        unread: project.unread.slice(0, UNREAD_LISTED),
        unreadCount: project.unread.length,
        confidence: share < 0.8 ? 'low' : 'high',
        regions: project.regions,
      });
      continue;
    }
    if (entry?.kind === 'project') {
      // the map says project, but no project could be read there
      problems.push({ kind: 'layout-nothing-read', sheet: grid.name, cell: 'A1', value: entry.kind, assumed: null, goal: null });
      skipped.push({ sheet: grid.name, reason: 'no-goal-data', visibility });
      sheets.push(info('skipped'));
      continue;
    }
    const read = readSheet(grid, entry);
    const cover = read.coverage;
    if (read.out.kind === 'skipped') {
      skipped.push({ sheet: grid.name, reason: 'no-goal-data', visibility });
      // what a layout map's entry had to say about the sheet is said even when nothing was read
      for (const p of read.out.problems) if (p.kind.startsWith('layout-')) problems.push(p);
    } else reads.push(read.out);
    sheets.push({
      ...info(read.out.kind, read.goals, read.anchor),
      coverage: share(cover),
      cells: cover.filled,
      unread: addresses(cover.unread, UNREAD_LISTED),
      unreadCount: cover.unread.length,
      confidence: read.out.kind === 'skipped' ? 'high' : read.out.confidence,
      regions: read.out.regions,
    });
  }
  const model = new GoalBook().merge(reads, sheets, problems);
  model.skipped = skipped;
  model.projects = mergeProjects(projects);
  return model;
}

/**
 * Reads one sheet with every layout reader; the coverage is what they claimed. With a layout
 * map's entry, the sheet is read as the entry says (extract/mapped.ts).
 */
export function readSheet(
  grid: Grid,
  entry?: SheetMap,
): {
  out: SheetRead;
  coverage: ReturnType<SheetScan['coverage']>;
  goals: string[];
  anchor: string | null;
} {
  const scan = new SheetScan(grid);
  if (entry) scan.layout = scanLayout(scan, entry);
  const first = scan.index.rowNumbers.length ? scan.index.texts[0] : '';
  scan.dates = sheetPeriod(grid.name, scan.index.rowStart[1] === 1 ? first : '');
  const structure = classify(scan);
  const out = sheetRead(grid.name);
  const detected = findTables(scan, structure);
  const tables = entry ? mappedTables(scan, structure, detected, entry, out.problems) : detected;
  const asForm = entry ? FORM_KINDS.includes(entry.kind) : false;
  let main: TableRegion | null = null;
  for (const t of tables) {
    if (asForm) break;
    const reader = LIST_READERS[t.kind];
    if (!reader) continue;
    reader(scan, t, out);
    if (!main || t.body.end - t.body.first > main.body.end - main.body.first) main = t;
  }
  const isForm =
    entry && !asForm ? false : readForms(scan, structure, tables, out, asForm && entry ? { goal: mappedGoal(entry) } : undefined);
  if (!isForm && main) {
    out.kind = LIST_KIND[main.kind] ?? 'skipped';
    // a list whose header names only two columns, and whose goal column holds few ids, is weak evidence
    out.confidence = main.listObject || main.headerCells.length >= 3 || holdsIds(out) ? 'high' : 'low';
  }
  if (out.kind === 'skipped') {
    // what looked like goal data on a sheet that could not be read: said, not silently skipped
    for (const t of tables) out.regions.push(tableRegion(t, []));
    for (const h of structure.headings)
      if (!h.weak) out.regions.push({ kind: 'goal-block', range: cellAddress(h.cell), goals: [], columns: [], listObject: null });
  }
  if (entry && (out.kind === 'skipped' || (isForm && out.blocks.length === 0 && out.orphans.length === 0))) {
    out.problems.push(nothingRead(scan, entry, main ?? tables[0] ?? null));
  }
  if (out.kind !== 'skipped') claimTitles(scan, structure, out);
  // the user said what the sheet is: as certain as a plain layout, unless much stays unread
  if (entry && out.kind !== 'skipped') out.confidence = 'high';
  const coverage = scan.coverage();
  // much left unread: what was read is less certain
  if (out.kind !== 'skipped' && share(coverage) < 0.8) out.confidence = 'low';
  const goals = new Set<string>();
  for (const b of out.blocks) for (const g of b.goals) goals.add(g.id.id);
  for (const r of out.regions) for (const g of r.goals) goals.add(g);
  const anchor = isForm ? (out.blocks[0]?.goals[0]?.at?.cell ?? null) : main ? cellAddress({ row: main.headerRow, col: main.first }) : null;
  return { out, coverage, goals: [...goals].sort(compareGoalIds), anchor };
}

/** True when the sheet's rows named goals by readable ids more often than not. */
function holdsIds(out: SheetRead): boolean {
  const named = out.references.length;
  const unreadable = out.problems.filter((p) => p.kind === 'goal-id-malformed').length;
  return named > 0 && named >= unreadable;
}

/**
 * Titles above the first thing read ("Umsetzungsstand der grünen Ziele – Stand November 2019"):
 * rows with a single text cell. They are understood as titles, not as goal data.
 */
function claimTitles(scan: SheetScan, structure: SheetStructure, out: SheetRead): void {
  const { rowNumbers, rowStart, cells } = scan.index;
  let firstRead = rowNumbers.length;
  for (let i = 0; i < rowNumbers.length && firstRead === rowNumbers.length; i++) {
    for (let k = rowStart[i]; k < rowStart[i + 1]; k++) {
      if (scan.isClaimed(k)) {
        firstRead = i;
        break;
      }
    }
  }
  void structure;
  let titles = 0;
  for (let i = 0; i < firstRead && titles < 3; i++) {
    if (rowStart[i + 1] - rowStart[i] !== 1 || cells[rowStart[i]].type !== 'string') continue;
    scan.claimAt(rowStart[i]);
    titles++;
    out.regions.unshift({ kind: 'title', range: cellAddress(cells[rowStart[i]]), goals: [], columns: [], listObject: null });
  }
}

/** Error values and unreadable cells of a sheet, as reading problems. */
function cellProblems(grid: Grid, problems: ReadProblem[]): void {
  const cells = grid.cells;
  for (let i = 0; i < cells.length; i++) {
    const cell = cells[i];
    if (cell.type === 'error') {
      problems.push({
        kind: 'error-value',
        sheet: grid.name,
        cell: cellAddress(cell),
        value: String(cell.value),
        assumed: null,
        goal: null,
      });
    } else if (cell.type === 'unreadable') {
      problems.push({
        kind: String(cell.value).startsWith('=') ? 'formula-without-value' : 'unreadable-cell',
        sheet: grid.name,
        cell: cellAddress(cell),
        value: String(cell.value),
        assumed: null,
        goal: null,
      });
    }
  }
}
