/**
 * 75 real workbooks from the test suites of spreadsheet libraries (test/data/corpus-real, with
 * MANIFEST.tsv naming each file's source and what a reader should do with it). Through the
 * bundled command line, in one child process with a capped heap:
 * - every `read` file is read (exit 0 or 1), no chart, dialog or macro sheet is called missing;
 * - every `refuse` file gets its one-line message (exit 2);
 * - `summarize` on every readable file keeps every part that is not Zielwerk's byte for byte
 *   (zip entries compared, duplicates included), and LibreOffice opens every output and finds
 *   the summary in it (one headless conversion for all files).
 * Times and memory are measured and written to test/.out/corpus-real.tsv, never asserted.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import { packageExtension } from '../src/xlsx/package';
import { readZip, type ZipEntry } from '../src/xlsx/zip';
import { convert, requireLibreOffice, soffice } from './helpers/libreoffice';

const ROOT = join(__dirname, '..');
const DIR = join(ROOT, 'test', 'data', 'corpus-real');
const MANIFEST = readFileSync(join(DIR, 'MANIFEST.tsv'), 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter(Boolean)
  .map((line) => {
    const [file, repository, path, , , kind, expect] = line.split('\t');
    return { file, repository, path, kind, expect: expect as 'read' | 'refuse' };
  });
const READ = MANIFEST.filter((m) => m.expect === 'read');

interface Outcome {
  code: number;
  out: string;
  err: string;
  ms: number;
  rssMb: number;
}

/** Parts Zielwerk may change; every other part must come out byte for byte. */
const OURS = /^(\[Content_Types\]\.xml|xl\/workbook\.xml|xl\/_rels\/workbook\.xml\.rels|xl\/styles\.xml|xl\/calcChain\.xml|docProps\/.*)$/;

let tmp: string;
let results: Record<string, Outcome>;

beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'zielwerk-corpus-real-'));
  const bundle = join(tmp, 'cli.js');
  require(join(ROOT, 'scripts', 'build-cli.js')).buildCli(bundle);
  const jobs: { key: string; argv: string[] }[] = [];
  for (const m of MANIFEST) {
    jobs.push({ key: `validate ${m.file}`, argv: ['validate', join(DIR, m.file), '--json', '--today', '2019-11-15'] });
  }
  for (const m of READ) {
    jobs.push({ key: `summarize ${m.file}`, argv: ['summarize', join(DIR, m.file), '-o', outputOf(m.file), '--today', '2019-11-15'] });
  }
  writeFileSync(join(tmp, 'jobs.json'), JSON.stringify(jobs));
  const runner = join(tmp, 'run.js');
  writeFileSync(
    runner,
    `const { main } = require(${JSON.stringify(bundle)});
const jobs = require(${JSON.stringify(join(tmp, 'jobs.json'))});
(async () => {
  const results = {};
  for (const job of jobs) {
    let out = '';
    let err = '';
    const t0 = performance.now();
    const code = await main(job.argv, { stdout: (s) => (out += s), stderr: (s) => (err += s) });
    results[job.key] = { code, out, err, ms: Math.round(performance.now() - t0), rssMb: Math.round(process.memoryUsage().rss / 2 ** 20) };
  }
  require('node:fs').writeFileSync(${JSON.stringify(join(tmp, 'results.json'))}, JSON.stringify(results));
})();`,
  );
  // a capped heap: a reader that materialised ranges would die here instead of passing slowly
  execFileSync(process.execPath, ['--max-old-space-size=768', runner], { stdio: 'inherit', timeout: 300_000 });
  results = JSON.parse(readFileSync(join(tmp, 'results.json'), 'utf8'));
  mkdirSync(join(ROOT, 'test', '.out'), { recursive: true });
  writeFileSync(
    join(ROOT, 'test', '.out', 'corpus-real.tsv'),
    ['job\texit\tms\trssMb', ...Object.entries(results).map(([k, r]) => `${k}\t${r.code}\t${r.ms}\t${r.rssMb}`)].join('\n') + '\n',
  );
}, 600_000);

afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The output of a file: named by the kind of workbook (a macro workbook misnamed .xlsx gets .xlsm). */
function outputOf(file: string): string {
  const ext = packageExtension(readFileSync(join(DIR, file))) ?? extname(file);
  return join(tmp, 'out', `${basename(file, extname(file))}-zusammenfassung${ext}`);
}

it('holds the 75 files of the manifest, each with its source', () => {
  expect(MANIFEST.length).toBe(75);
  for (const m of MANIFEST)
    expect({ file: m.file, there: existsSync(join(DIR, m.file)), source: !!m.repository && !!m.path }).toEqual({
      file: m.file,
      there: true,
      source: true,
    });
});

describe.each(MANIFEST.map((m) => [m.file, m.expect] as const))('%s (%s)', (file, expected) => {
  it(expected === 'read' ? 'is read: exit 0 or 1, nothing reported missing' : 'is refused with one German line', () => {
    const r = results[`validate ${file}`];
    expect(r.err.includes('Interner Fehler')).toBe(false);
    if (expected === 'refuse') {
      expect([r.code, r.out]).toEqual([2, '']);
      expect(r.err.trim().split('\n')).toHaveLength(1);
      expect(r.err).toContain(join(DIR, file));
      return;
    }
    expect([r.code, r.err]).toEqual([r.code === 1 ? 1 : 0, '']);
    const { findings } = JSON.parse(r.out) as { findings: { rule: string; sheet: string }[] };
    expect(findings.filter((f) => f.rule === 'read-sheet-missing')).toEqual([]);
  });

  if (expected === 'read') {
    it('summarize keeps every part that is not Zielwerk’s byte for byte', () => {
      const r = results[`summarize ${file}`];
      expect([r.code, r.err]).toEqual([0, '']);
      const before = readZip(readFileSync(join(DIR, file)));
      const after = byName(readZip(readFileSync(outputOf(file))));
      for (const [name, entries] of byName(before)) {
        if (OURS.test(name)) continue;
        // duplicate entries stay, each as it was
        const got = after.get(name) ?? [];
        expect({ name, entries: got.length }).toEqual({ name, entries: entries.length });
        entries.forEach((e, i) => expect({ name, i, same: Buffer.from(got[i].raw).equals(e.raw) }).toEqual({ name, i, same: true }));
      }
    });
  }
});

function byName(entries: ZipEntry[]): Map<string, ZipEntry[]> {
  const out = new Map<string, ZipEntry[]>();
  for (const e of entries) out.set(e.name, [...(out.get(e.name) ?? []), e]);
  return out;
}

(soffice ? it : it.skip)(
  'LibreOffice opens every summarize output and finds the overview in it',
  () => {
    const outDir = join(tmp, 'lo');
    const files = READ.map((m) => outputOf(m.file));
    // every sheet as CSV (sheet -1): the generated overview must be there with its marker line
    convert(files, 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', outDir, join(tmp, 'lo-profile'));
    const written = existsSync(outDir) ? readdirSync(outDir) : [];
    for (const f of files) {
      const stem = basename(f, extname(f));
      const overview = written.find((w) => w.startsWith(`${stem}-Übersicht`));
      const text = overview ? readFileSync(join(outDir, overview), 'utf8') : '';
      expect({
        file: basename(f),
        opened: written.some((w) => w.startsWith(`${stem}-`)),
        overview: text.includes('Erzeugt von Zielwerk'),
      }).toEqual({
        file: basename(f),
        opened: true,
        overview: true,
      });
    }
  },
  900_000,
);

requireLibreOffice('the check that it opens every summarize output', 'libreoffice-calc');
