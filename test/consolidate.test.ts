/**
 * `zielwerk consolidate` over a folder of working groups' workbooks in different layouts, as a
 * coordinator collects them: layout test workbooks, workbooks built here with a goal copied
 * identically and one kept differently, a damaged file, a workbook open in Excel (its ~$ lock
 * file beside it), a file without read permission and a previous consolidation.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { cellText, type Grid } from '../src/core/grid';
import { ruleTitle } from '../src/core/validate';
import { readWorkbookBuffer } from '../src/xlsx/read';
import { inflate, readZip } from '../src/xlsx/zip';
import { goalSheetRows, rows, xlsxBuffer } from './helpers/xlsx';

const ROOT = join(__dirname, '..');
const LAYOUTS = join(ROOT, 'test', 'layouts', 'xlsx');
const TODAY = '2019-11-15';

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), columns: 200 });
  return { code, out, err };
}

const partnerSheet = (name: string) =>
  rows([
    ['Organisation', 'Ansprechperson', 'E-Mail', 'Telefon', 'Ziele'],
    [name, 'Ute Vogt', 'u.vogt@example.org', '', '11.60'],
  ]);

/** The values of a sheet as rows of text (from A1). */
function table(g: Grid): string[][] {
  const out: string[][] = [];
  for (const c of g.cells) (out[c.row] ??= [])[c.col] = cellText(c);
  return Array.from(out, (r) => Array.from(r ?? [], (v) => v ?? ''));
}

let dir: string;
let output: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zielwerk-consolidate-'));
  mkdirSync(join(dir, 'AG Sprache'));
  mkdirSync(join(dir, 'AG Schule', 'alt'), { recursive: true });
  mkdirSync(join(dir, 'Layouts'));
  copyFileSync(join(LAYOUTS, 'stacked.xlsx'), join(dir, 'Layouts', 'stacked.xlsx'));
  copyFileSync(join(LAYOUTS, 'questions.xlsx'), join(dir, 'Layouts', 'questions.xlsx'));
  const copied = goalSheetRows('11.60', [['03/19', 'Auftakttreffen', 'Fand am 12.03.2019 statt.']]);
  // AG Sprache: 11.60 and 11.61, a partner list; open in Excel right now
  writeFileSync(
    join(dir, 'AG Sprache', 'ziele.xlsx'),
    await xlsxBuffer({ '11.60': rows(copied), '11.61': rows(goalSheetRows('11.61')), Partner: partnerSheet('AWO Kreisverband Paderborn') }),
  );
  writeFileSync(join(dir, 'AG Sprache', '~$ziele.xlsx'), 'Yannis Krone');
  // AG Schule: 11.60 copied as it is, 11.61 with another lead, its own 11.62; the partner spelt otherwise
  const otherLead = goalSheetRows('11.61');
  otherLead[4] = ['Ansprechperson: Herr Beispiel (beispiel@example.org)'];
  writeFileSync(
    join(dir, 'AG Schule', 'ziele.xlsx'),
    await xlsxBuffer({
      '11.60': rows(copied),
      '11.61': rows(otherLead),
      '11.62': rows(goalSheetRows('11.62')),
      Partner: partnerSheet('Arbeiterwohlfahrt Kreisverband Paderborn e.V.'),
    }),
  );
  // a damaged file: the first 2 000 bytes of a workbook
  writeFileSync(join(dir, 'AG Schule', 'alt', 'kaputt.xlsx'), readFileSync(join(LAYOUTS, 'state.xlsx')).subarray(0, 2000));
  output = join(dir, 'gesamt.xlsx');
}, 60_000);

describe('zielwerk consolidate', () => {
  let first: { code: number; out: string; err: string };
  beforeAll(async () => {
    first = await run('consolidate', dir, '-o', output, '--today', TODAY);
  }, 120_000);

  it('reads every workbook of the folder, lists the damaged one with its reason and exits 1', () => {
    expect(first.code).toBe(1);
    const lines = first.out.split('\n');
    expect(lines[0]).toMatch(/^Zusammenführen: 5 Arbeitsmappen, \d Threads?$/);
    expect(lines.find((l) => l.includes('AG Schule/alt/kaputt.xlsx'))).toContain(
      'nicht lesbar: AG Schule/alt/kaputt.xlsx ist beschädigt oder unvollständig',
    );
    expect(lines.find((l) => l.includes('AG Sprache/ziele.xlsx'))).toContain('(in Excel geöffnet)');
    expect(first.out).toContain('Gesamt: 12 Ziele aus 4 von 5 Dateien');
    // progress, one plain line per file (stderr is no terminal here)
    expect(first.err.trim().split('\n')).toHaveLength(5);
    expect(first.err).toMatch(/^\[5\/5\] /m);
  });

  it('writes Übersicht with the source of every goal, Dateien, Fällig, Partner and Prüfbericht', async () => {
    const { grids } = await readWorkbookBuffer(readFileSync(output));
    expect(grids.map((g) => g.name)).toEqual(['Übersicht', 'Dateien', 'Fällig', 'Partner', 'Prüfbericht']);
    const overview = table(grids[0]);
    const head = overview[3];
    expect(head[head.length - 1]).toBe('Quelle');
    const byId = new Map(overview.slice(4).map((r) => [r[1], r[r.length - 1]]));
    // the identical copy counts once and names both files; the differing one is there twice
    expect(byId.get('11.60')).toBe('AG Schule/ziele.xlsx, AG Sprache/ziele.xlsx');
    expect(
      overview
        .slice(4)
        .filter((r) => r[1] === '11.61')
        .map((r) => r[r.length - 1]),
    ).toEqual(['AG Schule/ziele.xlsx', 'AG Sprache/ziele.xlsx']);
    expect(byId.get('7.47')).toBe('Layouts/stacked.xlsx');
    expect(byId.get('2.21')).toBe('Layouts/questions.xlsx');
    const files = table(grids[1]);
    expect(files[3].slice(0, 6)).toEqual(['Datei', 'Stand', 'Anzahl Ziele', 'Ziele', 'Zielblätter', 'Verstanden']);
    expect(files.slice(4, 9).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ['AG Schule/alt/kaputt.xlsx', 'nicht lesbar', '', ''],
      ['AG Schule/ziele.xlsx', 'gelesen', '3', '11.60, 11.61, 11.62'],
      ['AG Sprache/ziele.xlsx', 'gelesen', '2', '11.60, 11.61'],
      ['Layouts/questions.xlsx', 'gelesen', '3', '2.21, 4.30, 6.45'],
      ['Layouts/stacked.xlsx', 'gelesen', '5', '7.47, 7.48, 7.49, 12.71, 12.72'],
    ]);
    expect(files[4][9]).toContain('beschädigt oder unvollständig');
    expect(files[6][9]).toContain('in Excel geöffnet');
    const report = table(grids[4]);
    expect(report[3].slice(0, 5)).toEqual(['Datei', 'Schwere', 'Ziel', 'Blatt', 'Zelle']);
    // the Regel column shows each rule's title (the id stays in the JSON)
    const copies = ruleTitle('de', 'goal-in-several-files');
    const names = ruleTitle('de', 'near-duplicate-across-files');
    const across = report.filter((r) => r[7] === copies || r[7] === names);
    // both partner spellings resemble a lead's organisation in the stacked layout ("AWO Kreisverband Paderborn e.V.")
    expect(across.map((r) => [r[0], r[1], r[2], r[3], r[4], r[7]])).toEqual([
      ['AG Schule/ziele.xlsx', 'Warnung', '11.60', 'Partner', 'A2', names],
      ['AG Sprache/ziele.xlsx', 'Hinweis', '11.60', '11.60', 'A1', copies],
      ['AG Sprache/ziele.xlsx', 'Fehler', '11.61', '11.61', 'A1', copies],
      ['AG Sprache/ziele.xlsx', 'Warnung', '11.60', 'Partner', 'A2', names],
    ]);
    expect(across[0][5]).toBe(
      '„Arbeiterwohlfahrt Kreisverband Paderborn e.V.“ und „AWO Kreisverband Paderborn e.V.“ in Layouts/stacked.xlsx (LZ 7 Quartier!B5) – dieselbe Organisation? Schreibweise in den Mappen vereinheitlichen',
    );
    expect(across[2][5]).toBe(
      'Ziel 11.61 steht auch in AG Schule/ziele.xlsx (11.61!A1) – mit anderer Federführung: hier Frau Muster, dort Herr Beispiel. Welche gilt?',
    );
    // every finding of every file is there, with its file
    expect(new Set(report.slice(4).map((r) => r[0]))).toEqual(
      new Set(['AG Schule/ziele.xlsx', 'AG Sprache/ziele.xlsx', 'Layouts/questions.xlsx', 'Layouts/stacked.xlsx']),
    );
    const partners = table(grids[3]);
    // the AWO in three spellings (two partner lists, a lead and a participant in the stacked layout) is one partner of its goals
    const awo = partners.slice(4).filter((r) => /Kreisverband Paderborn/.test(r[0] ?? ''));
    expect(awo).toHaveLength(1);
    const goalCols = partners[3].slice(5);
    expect(goalCols.filter((id, i) => awo[0][5 + i]).sort()).toEqual(['11.60', '7.47', '7.48']);
  });

  it('links each goal to its cell in its file, relative to the written workbook', () => {
    const zip = new Map(readZip(readFileSync(output)).map((e) => [e.name, new TextDecoder().decode(inflate(e))]));
    const rels = zip.get('xl/worksheets/_rels/sheet1.xml.rels')!;
    expect(rels).toContain('Target="AG%20Schule/ziele.xlsx" TargetMode="External"');
    expect(rels).toContain('Target="Layouts/stacked.xlsx" TargetMode="External"');
    const sheet = zip.get('xl/worksheets/sheet1.xml')!;
    const link = /<hyperlink ref="B\d+" r:id="(rIdLink\d+)" location="'LZ 7 Quartier'![A-Z]+\d+" display="7\.47"\/>/.exec(sheet);
    expect(link).not.toBeNull();
    expect(rels).toMatch(new RegExp(`Id="${link![1]}"[^>]*Target="Layouts/stacked.xlsx" TargetMode="External"`));
  });

  it('skips its own earlier output, replaces it, and prints the model with a file on every pointer (--json)', async () => {
    const r = await run('consolidate', dir, '-o', output, '--today', TODAY, '--json');
    expect(r.code).toBe(1);
    const j = JSON.parse(r.out);
    expect(j.files.map((f: { file: string; status: string }) => [f.file, f.status])).toEqual([
      ['AG Schule/alt/kaputt.xlsx', 'failed'],
      ['AG Schule/ziele.xlsx', 'read'],
      ['AG Sprache/ziele.xlsx', 'read'],
      ['Layouts/questions.xlsx', 'read'],
      ['Layouts/stacked.xlsx', 'read'],
    ]);
    // a copy of the output under another name is recognised as Zielwerk's
    copyFileSync(output, join(dir, 'gesamt-mai.xlsx'));
    const again = JSON.parse((await run('consolidate', dir, '--today', TODAY, '--json')).out);
    expect(again.files.find((f: { file: string }) => f.file === 'gesamt-mai.xlsx')).toMatchObject({ status: 'generated', goals: [] });
    const untagged: string[] = [];
    const walk = (v: unknown, path: string) => {
      if (!v || typeof v !== 'object') return;
      const o = v as Record<string, unknown>;
      if (typeof o.sheet === 'string' && typeof o.file !== 'string') untagged.push(path);
      for (const k of Object.keys(o)) walk(o[k], `${path}.${k}`);
    };
    walk({ goals: j.goals, partners: j.partners, sheets: j.sheets, problems: j.problems, findings: j.findings }, '');
    expect(untagged).toEqual([]);
    expect(j.goals.find((g: { id: string }) => g.id === '7.47').milestones[0].source).toEqual({
      sheet: 'LZ 7 Quartier',
      cell: expect.any(String),
      file: 'Layouts/stacked.xlsx',
    });
    expect(j.counts.error).toBeGreaterThan(0);
  }, 120_000);

  it('refuses wrong usage with exit 2 and never overwrites a workbook it did not make', async () => {
    expect((await run('consolidate')).code).toBe(2);
    expect((await run('consolidate', dir)).code).toBe(2);
    expect((await run('consolidate', dir, '-o', join(dir, 'x.xlsm'))).err).toContain('muss auf .xlsx enden');
    const empty = mkdtempSync(join(tmpdir(), 'zielwerk-empty-'));
    expect(await run('consolidate', empty, '-o', join(empty, 'g.xlsx'))).toMatchObject({
      code: 2,
      err: expect.stringContaining('Keine Arbeitsmappen'),
    });
    const foreign = join(dir, 'Layouts', 'stacked.xlsx');
    const r = await run('consolidate', join(dir, 'AG Sprache'), '-o', foreign);
    expect(r.code).toBe(2);
    expect(r.err).toContain('gibt es schon und ist keine von Zielwerk erzeugte Mappe');
    expect(readFileSync(foreign).equals(readFileSync(join(LAYOUTS, 'stacked.xlsx')))).toBe(true);
  });
});

describe('a file without read permission', () => {
  it('is listed with its reason and the rest consolidated', async () => {
    const locked = mkdtempSync(join(tmpdir(), 'zielwerk-locked-'));
    chmodSync(locked, 0o777);
    copyFileSync(join(LAYOUTS, 'stacked.xlsx'), join(locked, 'offen.xlsx'));
    copyFileSync(join(LAYOUTS, 'questions.xlsx'), join(locked, 'gesperrt.xlsx'));
    chmodSync(join(locked, 'offen.xlsx'), 0o644);
    chmodSync(join(locked, 'gesperrt.xlsx'), 0o000);
    // root reads anything: then the command runs as an unprivileged user, as a coordinator would
    const asRoot = process.getuid?.() === 0;
    let out: string;
    let code: number;
    if (asRoot) {
      try {
        out = execFileSync(process.execPath, [join(ROOT, 'bin', 'zielwerk.js'), 'consolidate', locked, '--json', '--today', TODAY], {
          uid: 65534,
          gid: 65534,
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          env: { ...process.env, HOME: locked },
        });
        code = 0;
      } catch (e) {
        out = (e as { stdout: string }).stdout;
        code = (e as { status: number }).status;
      }
    } else {
      const r = await run('consolidate', locked, '--json', '--today', TODAY);
      out = r.out;
      code = r.code;
    }
    expect(code).toBe(1);
    const j = JSON.parse(out);
    expect(j.files.map((f: { file: string; status: string; note: string | null }) => [f.file, f.status, f.note])).toEqual([
      ['gesperrt.xlsx', 'failed', 'Keine Berechtigung, gesperrt.xlsx zu lesen. Ist die Datei anderswo geöffnet oder gesperrt?'],
      ['offen.xlsx', 'read', null],
    ]);
    expect(j.goals.map((g: { id: string }) => g.id)).toEqual(['7.47', '7.48', '7.49', '12.71', '12.72']);
  }, 120_000);
});
