/**
 * `npm run bench [-- --json]`: speed figures, measured (never asserted in tests).
 * Each in-process figure is the median of several runs after warm-up runs.
 */
import { execFileSync } from 'node:child_process';
import { linkSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { readWorkbookFile } from '../src/xlsx/read';
import { cellText, type Grid } from '../src/core/grid';
import { extract } from '../src/core/extract';
import { validate } from '../src/core/validate';
import { describeGrids, generateGrids } from './generate';
import { writeGridsAsXlsx } from './xlsx';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { unzipSync, zipSync } from 'fflate';
import { gzipSync } from 'node:zlib';
import { createFakeOffice, installFakeOffice } from '../test/fake-excel/api';
import { workbookFromGrids } from '../test/fake-excel/model';
import { installCustomFunctions } from '../test/fake-excel/custom-functions';
import { checkWorkbook, writeStructure, writeSummary } from '../src/excel/host';
import { DEFAULT_SETTINGS } from '../src/excel/settings';
import { fakeOfficeJs, fakeOfficeScript, launchChromium, sampleGrids } from '../test/browser/harness';
import { serve } from '../test/browser/server';

const json = process.argv.includes('--json');
const READ_CHILD = process.argv.indexOf('--read-child');
const CONSOLIDATE_CHILD = process.argv.indexOf('--consolidate-child');
const SINGLE_CHILD = process.argv.indexOf('--single-child');
/** The repository (this file runs as bench/run.ts or bundled as build/bench.js: one level down either way). */
const root = join(__dirname, '..');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median of `runs` timed runs, after `warmup` untimed ones (steady state: the JIT has compiled the code). */
function time(fn: () => unknown, runs = 21, warmup = 10): number {
  for (let i = 0; i < warmup; i++) fn();
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

/**
 * Extraction, and extraction plus validation, against the plain pass, timed in rounds: each
 * round runs the plain pass, extract, and extract + validate back to back, so a machine that
 * is busier for a while slows all three alike. Ratios are medians of the rounds' own ratios;
 * times are medians over the rounds. Warm-up rounds first (the JIT compiles the code).
 */
function extractRounds(
  rounds = 61,
  warmup = 20,
): { plainMs: number; extractMs: number; validateMs: number; extractRatio: number; validateRatio: number } {
  const plain: number[] = [];
  const x: number[] = [];
  const xv: number[] = [];
  const rx: number[] = [];
  const rxv: number[] = [];
  for (let i = 0; i < warmup + rounds; i++) {
    const t0 = performance.now();
    plainPass(grids);
    const t1 = performance.now();
    extract(grids);
    const t2 = performance.now();
    validate(extract(grids), { today: '2020-06-30' });
    const t3 = performance.now();
    if (i < warmup) continue;
    plain.push(t1 - t0);
    x.push(t2 - t1);
    xv.push(t3 - t2);
    rx.push((t2 - t1) / (t1 - t0));
    rxv.push((t3 - t2) / (t1 - t0));
  }
  return { plainMs: median(plain), extractMs: median(x), validateMs: median(xv), extractRatio: median(rx), validateRatio: median(rxv) };
}
const core = extractRounds();

/** Wall-clock and CPU time (all threads) of a command in a fresh process. */
function timeProcess(args: string[], dir: string): { ms: number; cpuMs: number } {
  const cpuFile = join(dir, 'cpu.txt');
  const t0 = performance.now();
  execFileSync(process.execPath, ['-r', join(root, 'bench', 'cpu-usage.js'), ...args], {
    stdio: 'ignore',
    env: { ...process.env, ZIELWERK_BENCH_CPU: cpuFile },
  });
  const ms = performance.now() - t0;
  return { ms, cpuMs: Number(readFileSync(cpuFile, 'utf8')) };
}

/**
 * The parts of `output` that are not copies of `input`'s (new, or changed), uncompressed, as
 * a zip of stored entries: what the floor has to deflate. Returns their total size.
 */
function writtenParts(input: string, output: string, file: string): number {
  const before = unzipSync(readFileSync(input));
  const written: Record<string, [Uint8Array, { level: 0 }]> = {};
  let bytes = 0;
  for (const [name, data] of Object.entries(unzipSync(readFileSync(output)))) {
    const old = before[name];
    if (old && old.length === data.length && old.every((b, i) => b === data[i])) continue;
    written[name] = [data, { level: 0 }];
    bytes += data.length;
  }
  writeFileSync(file, zipSync(written));
  return bytes;
}

/**
 * `zielwerk summarize` in a fresh process against the floor of reading this input and
 * writing that output: a fresh process that inflates every part of the input and deflates
 * every part the summary adds or changes (same bytes, same level, same zip library:
 * bench/zip-floor.js). Also timed: the older, lower floor that only re-deflates the input's
 * own parts (bench/zip-roundtrip.js) — Zielwerk must write its output, several times the
 * input, which that floor leaves out. Rounds of the three back to back; median ratios,
 * by wall-clock time and by CPU time.
 */
async function cliBench(file: string, dir: string) {
  // the bundled command line, as `npm ci` leaves it
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.js')], { stdio: 'inherit' });
  const cli = [join(root, 'bin', 'zielwerk.js'), 'summarize', file, '-o', join(dir, 'summary.xlsx'), '--today', '2020-06-30'];
  // one untimed run: it warms the disk cache and makes the output whose parts the floor writes
  execFileSync(process.execPath, cli, { stdio: 'ignore' });
  const parts = join(dir, 'written-parts.zip');
  const writtenBytes = writtenParts(file, join(dir, 'summary.xlsx'), parts);
  const floor = [join(root, 'bench', 'zip-floor.js'), file, parts, join(dir, 'floor.xlsx')];
  const rewrite = [join(root, 'bench', 'zip-roundtrip.js'), file, join(dir, 'plain.xlsx')];
  const runs: Record<'ours' | 'floor' | 'rewrite', { ms: number; cpuMs: number }[]> = { ours: [], floor: [], rewrite: [] };
  for (let i = 0; i < 7; i++) {
    runs.rewrite.push(timeProcess(rewrite, dir));
    runs.floor.push(timeProcess(floor, dir));
    runs.ours.push(timeProcess(cli, dir));
  }
  const med = (k: keyof typeof runs, m: 'ms' | 'cpuMs') => round(median(runs[k].map((r) => r[m])));
  const ratio = (k: 'floor' | 'rewrite', m: 'ms' | 'cpuMs') => round(median(runs.ours.map((r, i) => r[m] / runs[k][i][m])));
  return {
    ms: med('ours', 'ms'),
    cpuMs: med('ours', 'cpuMs'),
    inputBytes: statSync(file).size,
    writtenBytes,
    zipFloorMs: med('floor', 'ms'),
    zipFloorCpuMs: med('floor', 'cpuMs'),
    ratio: ratio('floor', 'ms'),
    cpuRatio: ratio('floor', 'cpuMs'),
    rewriteFloorMs: med('rewrite', 'ms'),
    rewriteRatio: ratio('rewrite', 'ms'),
    target: 1.5,
  };
}

/**
 * Reading one file into grids, in a fresh process (this bench, bundled, with --read-child):
 * the median of 9 reads after 3 warm-up reads, and the process's peak resident memory.
 */
function readBench(file: string): { file: string; bytes: number; ms: number; peakRssMb: number; cells: number } {
  const out = execFileSync(process.execPath, [__filename, '--read-child', file], { encoding: 'utf8' });
  return { file: file.startsWith(root) ? file.slice(root.length + 1) : basename(file), bytes: statSync(file).size, ...JSON.parse(out) };
}

async function readChild(file: string): Promise<void> {
  let cells = 0;
  const times: number[] = [];
  for (let i = 0; i < 12; i++) {
    const t0 = performance.now();
    const { grids } = await readWorkbookFile(file);
    if (i >= 3) times.push(performance.now() - t0);
    cells = grids.reduce((n, g) => n + g.cells.length, 0);
  }
  const peakRssMb = round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(JSON.stringify({ ms: round(median(times)), peakRssMb, cells }));
}

/** The workbooks of `count` working groups: 1–10 goal sheets each (15 milestones per goal), each group its own goals. */
async function groupWorkbooks(dir: string, count: number): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const files: string[] = [];
  let first = 0;
  for (let i = 0; i < count; i++) {
    const sheets = 1 + ((i * 7) % 10);
    const file = join(dir, `gruppe-${String(i + 1).padStart(3, '0')}.xlsx`);
    await writeGridsAsXlsx(generateGrids(sheets, sheets * 15, first), file);
    first += sheets;
    files.push(file);
  }
  return files;
}

/**
 * In a fresh process (--consolidate-child DIR OUT): what `zielwerk consolidate DIR -o OUT` does
 * (the command's own function, worker threads from build/zielwerk-worker.js): the wall time of
 * the whole run and of its parallel reading, and the process's peak resident memory (worker
 * threads included).
 */
async function consolidateChild(dir: string, out: string): Promise<void> {
  const { collectInputs } = await import('../src/cli/consolidate/inputs');
  const { consolidateFiles } = await import('../src/cli/commands/consolidate');
  const t0 = performance.now();
  const inputs = await collectInputs([dir], out);
  const run = await consolidateFiles(inputs, { today: '2020-06-30', lang: 'de' }, out);
  const ms = performance.now() - t0;
  process.stdout.write(
    JSON.stringify({
      ms: round(ms),
      readMs: round(run.readMs),
      threads: run.threads,
      peakRssMb: round(process.resourceUsage().maxRSS / 1024),
    }),
  );
}

/**
 * In a fresh process (--single-child FILE…): read + extract of each file, one after the other;
 * the sum (median of 3 passes after one warm-up pass), and the sum of the first, cold pass (as a
 * fresh worker thread meets the files).
 */
async function singleChild(files: string[]): Promise<void> {
  const sums: number[] = [];
  let coldSumMs = 0;
  for (let pass = 0; pass < 4; pass++) {
    let sum = 0;
    for (const f of files) {
      const t0 = performance.now();
      extract((await readWorkbookFile(f)).grids);
      sum += performance.now() - t0;
    }
    if (pass > 0) sums.push(sum);
    else coldSumMs = sum;
  }
  process.stdout.write(JSON.stringify({ sumMs: round(median(sums)), coldSumMs: round(coldSumMs) }));
}

/**
 * `zielwerk consolidate` on 100 generated workbooks, and on 200 for the memory added per file:
 * medians of 3 fresh processes each (no earlier output to check). The ratio compares the wall
 * time of the parallel reading (every file read, extracted and validated in a worker thread,
 * its model back in the main thread) with the ideal: the sum of the files' read + extract
 * times one by one (warm, in a fresh process) divided by the threads used; `commandRatio` the
 * whole run (with merging and writing the output workbook) against the same ideal.
 */
function consolidateBench(dir: string, files: string[]): Record<string, number> {
  execFileSync(process.execPath, [join(root, 'scripts', 'build-cli.js')], { stdio: 'inherit' });
  const child = (args: string[]) =>
    JSON.parse(execFileSync(process.execPath, [__filename, ...args], { encoding: 'utf8', maxBuffer: 1 << 26 }));
  const runs = (sub: string) => {
    const out = [0, 1, 2].map(() => {
      rmSync(join(dir, `${sub}.xlsx`), { force: true });
      return child(['--consolidate-child', join(dir, sub), join(dir, `${sub}.xlsx`)]) as {
        ms: number;
        readMs: number;
        threads: number;
        peakRssMb: number;
      };
    });
    return {
      ms: median(out.map((o) => o.ms)),
      readMs: median(out.map((o) => o.readMs)),
      threads: out[0].threads,
      peakRssMb: median(out.map((o) => o.peakRssMb)),
    };
  };
  const load = [loadavg()[0]];
  const hundred = runs('100');
  const twoHundred = runs('200');
  const single = child(['--single-child', ...files.slice(0, 100)]) as { sumMs: number; coldSumMs: number };
  load.push(loadavg()[0]);
  const ideal = single.sumMs / hundred.threads;
  return {
    files: 100,
    ms: round(hundred.ms),
    readMs: round(hundred.readMs),
    peakRssMb: hundred.peakRssMb,
    singleSumMs: single.sumMs,
    singleColdSumMs: single.coldSumMs,
    threads: hundred.threads,
    ratio: round(hundred.readMs / ideal),
    commandRatio: round(hundred.ms / ideal),
    // against the cold pass: what is left once the worker threads' JIT warm-up is not counted as overhead
    coldRatio: round(hundred.readMs / (single.coldSumMs / hundred.threads)),
    ratioTarget: 1.3,
    ms200: round(twoHundred.ms),
    peakRssMb200: twoHundred.peakRssMb,
    rssPerFileKb: round(((twoHundred.peakRssMb - hundred.peakRssMb) * 1024) / 100),
    rssPerFileKbTarget: 1024,
    loadAverage: round(median(load)),
  };
}

/** The largest file of the real-world corpus (test/data/corpus-real) that is to be read. */
function largestCorpusFile(): string {
  const dir = join(root, 'test', 'data', 'corpus-real');
  return readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.endsWith('\tread'))
    .map((l) => join(dir, l.split('\t')[0]))
    .sort((a, b) => statSync(b).size - statSync(a).size)[0];
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** 10 000 ZIEL.DATUM calls over a column of dates as offices write them (about 2 000 distinct texts). */
function functionsBench(): { datum10kMs: number; firstRunMs: number } {
  installCustomFunctions();

  const F = require('../src/functions/functions') as typeof import('../src/functions/functions');
  const forms = (i: number) => {
    const m = String((i % 12) + 1).padStart(2, '0');
    const y = 18 + ((i >> 4) % 6);
    const d = String((i % 28) + 1).padStart(2, '0');
    return [
      `${m}/${y}`,
      `Ca. ${m}/${y}`,
      `Bis ${Number(m)}/${y}`,
      `${d}.${m}.20${y}`,
      `KW ${(i % 52) + 1}/20${y}`,
      `${(i % 4) + 1}. Quartal 20${y}`,
    ][i % 6];
  };
  const inputs = Array.from({ length: 10_000 }, (_, i) => forms(i % 2000));
  const run = () => {
    let n = 0;
    for (const x of inputs) n += F.DATE(x);
    return n;
  };
  const t0 = performance.now();
  run();
  const firstRunMs = performance.now() - t0;
  return { datum10kMs: round(time(run, 9)), firstRunMs: round(firstRunMs) };
}

function sumKB(...kbs: (number | null)[]): number | null {
  return kbs.some((k) => k === null) ? null : round(kbs.reduce((a, b) => a! + b!, 0)!);
}

function gzipKB(file: string): number | null {
  return existsSync(file) ? round(gzipSync(readFileSync(file), { level: 9 }).length / 1024) : null;
}

/**
 * The task pane's first view: headless Chromium opens dist/taskpane.html, served on
 * localhost with the Excel fake (preloaded with the sample workbook) as office.js, and the
 * time runs from navigation start until the first frame in which the Überblick view shows the
 * sample's goals. Every load in a fresh browser context (empty cache), nothing intercepted;
 * median of `loads` after `warmup` untimed ones. Null without a build.
 */
async function firstViewBench(
  dist: string,
  loads = 9,
  warmup = 2,
): Promise<{ firstViewMs: number; loads: number; fastestMs: number; loadAverage: number } | null> {
  if (!existsSync(join(dist, 'taskpane.html'))) return null;
  const sample = await sampleGrids();
  const goals = String(extract(sample).goals.length);
  const server = await serve(dist, { '/office-js/office.js': fakeOfficeJs(fakeOfficeScript(), sample) });
  const browser = await launchChromium();
  const times: number[] = [];
  try {
    for (let i = 0; i < warmup + loads; i++) {
      const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, locale: 'de-DE' });
      const page = await context.newPage();
      await page.addInitScript((count: string) => {
        const w = window as unknown as { __zwFirstView?: number };
        const shown = () => {
          const heading = document.getElementById('zw-overview-h');
          return !!heading && [...(heading.parentElement?.querySelectorAll('span') ?? [])].some((e) => e.textContent === count);
        };
        const observer = new MutationObserver(() => {
          if (w.__zwFirstView !== undefined || !shown()) return;
          w.__zwFirstView = -1;
          observer.disconnect();
          requestAnimationFrame(() => (w.__zwFirstView = performance.now()));
        });
        observer.observe(document, { childList: true, subtree: true, characterData: true });
      }, goals);
      await page.goto(`${server.url}taskpane.html`);
      await page.waitForFunction(() => ((window as unknown as { __zwFirstView?: number }).__zwFirstView ?? -1) > 0, null, {
        timeout: 30_000,
      });
      const ms = await page.evaluate(() => (window as unknown as { __zwFirstView: number }).__zwFirstView);
      if (i >= warmup) times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  // other work on the machine slows every load: the load average says how busy it was
  return { firstViewMs: round(median(times)), loads, fastestMs: round(Math.min(...times)), loadAverage: round(loadavg()[0]) };
}

/** Round trips of the add-in's three jobs on workbooks of 10 and 500 goal sheets (Excel fake). */
async function syncsBench(): Promise<Record<'validate' | 'summarize' | 'structure', Record<string, number>>> {
  const out = { validate: {}, summarize: {}, structure: {} } as Record<'validate' | 'summarize' | 'structure', Record<string, number>>;
  const settings = { ...DEFAULT_SETTINGS, today: '2019-11-15' };
  for (const n of [10, 500]) {
    const fake = createFakeOffice(workbookFromGrids(generateGrids(n, n * 4)));
    installFakeOffice(fake);
    await checkWorkbook(settings);
    out.validate[n] = fake.stats.syncs;
    fake.resetStats();
    await writeSummary(settings);
    out.summarize[n] = fake.stats.syncs;
    fake.resetStats();
    await writeStructure(settings);
    out.structure[n] = fake.stats.syncs;
  }
  return out;
}

(async () => {
  if (READ_CHILD >= 0) return readChild(process.argv[READ_CHILD + 1]);
  if (CONSOLIDATE_CHILD >= 0) return consolidateChild(process.argv[CONSOLIDATE_CHILD + 1], process.argv[CONSOLIDATE_CHILD + 2]);
  if (SINGLE_CHILD >= 0) return singleChild(process.argv.slice(SINGLE_CHILD + 1));
  const dist = join(root, 'dist');
  const dir = mkdtempSync(join(tmpdir(), 'zielwerk-bench-'));
  const file = join(dir, 'bench.xlsx');
  await writeGridsAsXlsx(grids, file);
  const read = { benchWorkbook: readBench(file), largestCorpusFile: readBench(largestCorpusFile()) };
  const summarizeCli = await cliBench(file, dir);
  // the same 100 workbooks, and 100 more beside them: memory should grow with the models only
  const groups = await groupWorkbooks(join(dir, '200'), 200);
  mkdirSync(join(dir, '100'));
  for (const f of groups.slice(0, 100)) linkSync(f, join(dir, '100', basename(f)));
  const consolidateFigures = consolidateBench(dir, groups);
  rmSync(dir, { recursive: true, force: true });
  const result = {
    workbook: { ...shape, milestones: extract(grids).goals.reduce((n, g) => n + g.milestones.length, 0) },
    extract: { ms: round(core.extractMs), plainPassMs: round(core.plainMs), ratio: round(core.extractRatio), target: 10 },
    validate: { ms: round(core.validateMs), plainPassMs: round(core.plainMs), ratio: round(core.validateRatio), target: 10 },
    read,
    summarizeCli,
    consolidate: consolidateFigures,
    functions: { ...functionsBench(), target: 50 },
    bundle: {
      taskpaneGzipKB: gzipKB(join(dist, 'taskpane.js')),
      functionsGzipKB: gzipKB(join(dist, 'functions.js')),
      commandsGzipKB: gzipKB(join(dist, 'commands.js')),
      targets: { taskpaneGzipKB: 200, functionsGzipKB: 30 },
    },
    taskpane: {
      ...(await firstViewBench(dist)),
      // the pane's own scripts (bundle and guard); office.js is Microsoft's, loaded beside them
      scriptsGzipKB: sumKB(gzipKB(join(dist, 'taskpane.js')), gzipKB(join(dist, 'guard.js'))),
      officeJsLoaderGzipKB: gzipKB(join(dist, 'office-js', 'office.js')),
      targets: { firstViewMs: 400, scriptsGzipKB: 200 },
    },
    syncs: await syncsBench(),
  };
  if (json) process.stdout.write(JSON.stringify(result) + '\n');
  else {
    const w = result.workbook;
    console.log(`Arbeitsmappe: ${w.sheets} Blätter, ${w.cells} Zellen, ${w.milestones} Meilensteine`);
    console.log(`plain pass:          ${result.extract.plainPassMs} ms`);
    console.log(`extract:             ${result.extract.ms} ms   ratio ${result.extract.ratio}×  (target ≤ ${result.extract.target}×)`);
    console.log(`extract + validate:  ${result.validate.ms} ms   ratio ${result.validate.ratio}×  (target ≤ ${result.validate.target}×)`);
    const c = result.summarizeCli;
    for (const [label, r] of Object.entries(result.read)) {
      console.log(`read ${label}: ${r.ms} ms, peak ${r.peakRssMb} MB (${r.file}, ${r.bytes} bytes, ${r.cells} cells)`);
    }
    console.log(
      `zielwerk summarize:  ${c.ms} ms (CPU ${c.cpuMs} ms) vs. zip floor ${c.zipFloorMs} ms (CPU ${c.zipFloorCpuMs} ms): ratio ${c.ratio}× (CPU ${c.cpuRatio}×)  (target ≤ ${c.target}×)`,
    );
    console.log(
      `                     floor: inflate the input (${c.inputBytes} bytes), deflate the ${c.writtenBytes} bytes of parts the summary writes; input-only rewrite ${c.rewriteFloorMs} ms (ratio ${c.rewriteRatio}×)`,
    );
    const k = result.consolidate;
    console.log(
      `zielwerk consolidate: ${k.files} workbooks in ${k.ms} ms, read in ${k.readMs} ms on ${k.threads} threads (read+extract one by one: ${k.singleSumMs} ms): ratio ${k.ratio}× (target ≤ ${k.ratioTarget}×), whole command ${k.commandRatio}×, against the cold pass ${k.coldRatio}×; peak ${k.peakRssMb} MB; 200 workbooks ${k.ms200} ms, peak ${k.peakRssMb200} MB: ${k.rssPerFileKb} KB per file (target < ${k.rssPerFileKbTarget}); load average ${k.loadAverage}`,
    );
    console.log(`ZIEL.DATUM × 10 000: ${result.functions.datum10kMs} ms (first run ${result.functions.firstRunMs} ms; target ≤ 50 ms)`);
    const b = result.bundle;
    console.log(
      `bundles (gzip):      task pane ${b.taskpaneGzipKB ?? '– (npm run build)'} KB (≤ 200), functions ${b.functionsGzipKB ?? '–'} KB (≤ 30), commands ${b.commandsGzipKB ?? '–'} KB`,
    );
    const t = result.taskpane;
    console.log(
      `task pane:           first view ${t.firstViewMs ?? '– (npm run build)'} ms (median of ${t.loads ?? 0} loads, fastest ${t.fastestMs ?? '–'} ms, load average ${t.loadAverage ?? '–'}; target ≤ ${t.targets.firstViewMs} ms), scripts ${t.scriptsGzipKB ?? '–'} KB gzip (≤ ${t.targets.scriptsGzipKB}; office.js loader ${t.officeJsLoaderGzipKB ?? '–'} KB)`,
    );
    const sy = result.syncs;
    console.log(
      `round trips 10/500 goal sheets: validate ${sy.validate[10]}/${sy.validate[500]}, summarize ${sy.summarize[10]}/${sy.summarize[500]}, structure ${sy.structure[10]}/${sy.structure[500]}`,
    );
  }
})();
