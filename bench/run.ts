/**
 * `npm run bench [-- --json]`: speed figures, measured (never asserted in tests).
 * Each figure is the median of several runs after a warm-up.
 */
import { cellText, type Grid } from '../src/core/grid';
import { extract } from '../src/core/extract';
import { validate } from '../src/core/validate';
import { describeGrids, generateGrids } from './generate';

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

const result = {
  workbook: { ...shape, milestones: extract(grids).goals.reduce((n, g) => n + g.milestones.length, 0) },
  extract: { ms: round(extractMs), plainPassMs: round(plainMs), ratio: round(extractMs / plainMs), target: 10 },
  validate: { ms: round(validateMs), plainPassMs: round(plainMs), ratio: round(validateMs / plainMs), target: 10 },
};

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

if (json) process.stdout.write(JSON.stringify(result) + '\n');
else {
  const w = result.workbook;
  console.log(`Arbeitsmappe: ${w.sheets} Blätter, ${w.cells} Zellen, ${w.milestones} Meilensteine`);
  console.log(`plain pass:          ${result.extract.plainPassMs} ms`);
  console.log(`extract:             ${result.extract.ms} ms   ratio ${result.extract.ratio}×  (target ≤ ${result.extract.target}×)`);
  console.log(`extract + validate:  ${result.validate.ms} ms   ratio ${result.validate.ratio}×  (target ≤ ${result.validate.target}×)`);
}
