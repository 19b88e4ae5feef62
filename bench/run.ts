/**
 * `npm run bench [-- --json]`: speed figures, measured (never asserted in tests).
 * Each figure is the median of several runs after a warm-up.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cellText, type Grid } from '../src/core/grid';
import { extract } from '../src/core/extract';
import { validate } from '../src/core/validate';
import { describeGrids, generateGrids } from './generate';
import { writeGridsAsXlsx } from './xlsx';

const json = process.argv.includes('--json');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function time(fn: () => unknown, runs = 21): number {
  fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return median(out);
}

/** One plain pass: every cell read as text once. */
function plainPass(grids: Grid[]): number {
  let n = 0;
  for (const g of grids) for (const c of g.cells) n += cellText(c).length;
  return n;
}

const grids = generateGrids(72, 10_000);
const shape = describeGrids(grids);
const plainMs = time(() => plainPass(grids));
const extractMs = time(() => extract(grids));
const validateMs = time(() => validate(extract(grids), { today: '2020-06-30' }));

/** Wall-clock time of a command in a fresh process, median of `runs`. */
function timeProcess(args: string[], runs = 3): number {
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    execFileSync(process.execPath, args, { stdio: 'ignore' });
    out.push(performance.now() - t0);
  }
  return median(out);
}

async function cliBench(): Promise<{ ms: number; exceljsMs: number; ratio: number; target: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'zielwerk-bench-'));
  try {
    const file = join(dir, 'bench.xlsx');
    await writeGridsAsXlsx(grids, file);
    const root = join(__dirname, '..');
    // warm tsx's compile cache once, so the figure is the steady state a user sees
    execFileSync(process.execPath, [join(root, 'bin', 'zielwerk.js'), 'date', '01/19'], { stdio: 'ignore' });
    const exceljsMs = timeProcess([join(__dirname, 'exceljs-roundtrip.js'), file, join(dir, 'plain.xlsx')]);
    const ms = timeProcess([join(root, 'bin', 'zielwerk.js'), 'summarize', file, '-o', join(dir, 'summary.xlsx'), '--today', '2020-06-30']);
    return { ms: round(ms), exceljsMs: round(exceljsMs), ratio: round(ms / exceljsMs), target: 1.5 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

(async () => {
  const result = {
    workbook: { ...shape, milestones: extract(grids).goals.reduce((n, g) => n + g.milestones.length, 0) },
    extract: { ms: round(extractMs), plainPassMs: round(plainMs), ratio: round(extractMs / plainMs), target: 10 },
    validate: { ms: round(validateMs), plainPassMs: round(plainMs), ratio: round(validateMs / plainMs), target: 10 },
    summarizeCli: await cliBench(),
  };
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    const w = result.workbook;
    console.log(`Arbeitsmappe: ${w.sheets} Blätter, ${w.cells} Zellen, ${w.milestones} Meilensteine`);
    console.log(`plain pass:          ${result.extract.plainPassMs} ms`);
    console.log(`extract:             ${result.extract.ms} ms   ratio ${result.extract.ratio}×  (target ≤ ${result.extract.target}×)`);
    console.log(`extract + validate:  ${result.validate.ms} ms   ratio ${result.validate.ratio}×  (target ≤ ${result.validate.target}×)`);
    const c = result.summarizeCli;
    console.log(`zielwerk summarize:  ${c.ms} ms vs. ExcelJS read+write ${c.exceljsMs} ms   ratio ${c.ratio}×  (target ≤ ${c.target}×)`);
  }
})();
