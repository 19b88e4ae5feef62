/**
 * Documents in and out, end to end: .docx versions of the seed documents (built here with the
 * docx library) import like their text; damaged, empty and password-protected documents fail
 * in one line with exit 2; every report kind exports, opens in LibreOffice (converted to text)
 * and imports back to the same goals, milestones, status checks and projects.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../src/cli/main';
import { blocksFromText, documentModel, readDocument } from '../src/core/documents';
import { extract } from '../src/core/extract';
import type { Goal, Model } from '../src/core/model';
import { readDocxBytes } from '../src/docx/read';
import { readWorkbookFile } from '../src/xlsx/read';
import { cfb } from './helpers/cfb';
import { docxOf } from './helpers/docx';
import { convert, requireLibreOffice, soffice } from './helpers/libreoffice';

const SEEDS = join(__dirname, 'data', 'documents');
const SAMPLE = join(__dirname, '..', 'samples', 'umsetzungsstand-2019.xlsx');
const tmp = mkdtempSync(join(tmpdir(), 'zielwerk-docs-'));
const O = { lang: 'de' as const, today: '2020-06-30', beside: false };
const seedText = (n: string) => readFileSync(join(SEEDS, `seed-${n}.txt`), 'utf8');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), columns: 100 });
  return { code, out, err };
}

/** What a goal says, without where it says it. */
function essence(g: Goal) {
  return {
    id: g.id,
    title: g.title,
    leads: g.leads.map((l) => [l.name, l.organization, l.email, l.phone]),
    participants: g.participants,
    participantsNote: g.participantsNote,
    interim: [g.interimGoal?.text ?? null, g.interimGoal?.due?.end ?? null],
    milestones: g.milestones.map((m) => [m.goalIds, m.date?.start ?? null, m.date?.end ?? null, m.text, m.report, m.state]),
    checks: g.statusChecks.map((c) => [c.date?.start ?? null, c.person, c.text, c.rating]),
  };
}

function projectEssence(m: Model) {
  return m.projects.map((p) => ({
    ...p,
    source: null,
    sheets: null,
    cells: null,
    partners: p.partners.map((x) => [x.name, x.role]),
    goals: p.goals.map((g) => [g.number, g.text, g.report]),
    goalRefs: p.goalRefs.map((g) => g.id),
  }));
}

describe('.docx versions of the seeds', () => {
  for (const n of ['000', '004', '001', '002', '003']) {
    it(`seed ${n} reads from .docx as from its text`, async () => {
      const blocks = blocksFromText(seedText(n));
      const fromText = documentModel(readDocument(blocks), O);
      const fromDocx = documentModel(readDocument(await readDocxBytes(await docxOf(blocks), `seed-${n}.docx`)), O);
      expect(fromDocx.goals.map(essence)).toEqual(fromText.goals.map(essence));
      expect(projectEssence(fromDocx)).toEqual(projectEssence(fromText));
      expect(fromText.goals.length + fromText.projects.length).toBeGreaterThan(0);
    });
  }
});

describe('zielwerk import', () => {
  it('writes a new workbook from a .docx: goal sheets in the template layout and the status log', async () => {
    const doc = join(tmp, 'nachfrage.docx');
    writeFileSync(doc, await docxOf(blocksFromText(seedText('000'))));
    const out = join(tmp, 'neu.xlsx');
    const r = await run('import', doc, '-o', out);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('Protokoll einer telefonischen Nachfrage');
    const { grids } = await readWorkbookFile(out);
    expect(grids.map((g) => g.name)).toEqual(['7.47 und 7.49', 'Nachfragen']);
    const m = extract(grids);
    expect(m.goals.map((g) => [g.id, g.statusChecks.map((c) => c.date?.start)])).toEqual([
      ['7.47', ['2020-06-10']],
      ['7.49', ['2020-06-10']],
    ]);
    // the sheet's first cells are the template's
    const cells = grids[0].cells.filter((c) => c.col === 0).map((c) => String(c.value));
    expect(cells.slice(0, 2)).toEqual(['Ziel 7.47 und 7.49', 'Ziel 7.47']);
    expect(cells).toEqual(
      expect.arrayContaining([
        'Wer ist federführend für die Umsetzung?',
        'Wer ist beteiligt?',
        'Zwischenziel bis September 2019',
        'Maßnahmen und Meilensteine',
        'MM/JJ',
      ]),
    );
  });

  it('never overwrites a sheet: lists the differences, and with --beside writes an "(Import)" sheet', async () => {
    const doc = join(SEEDS, 'seed-000.txt');
    const plain = await run('import', doc, '--into', SAMPLE, '-o', join(tmp, 'into.xlsx'));
    expect(plain.code).toBe(0);
    expect(plain.out).toContain('Ziel 7.47, 7.49 hat schon ein Blatt – nicht überschrieben');
    expect(plain.out).toContain('7.47!A4  Ziel 7.47: federführend laut Dokument „Yanis Krone, Johanna Leifeld“, im Blatt „Yannis Krone“');
    expect(plain.out).toContain('Ziel 7.47: Nachfrage nur im Dokument: 10.06.2020');
    // the status check still reaches the log, beside the workbook's own
    const before = await readWorkbookFile(SAMPLE);
    const after = await readWorkbookFile(join(tmp, 'into.xlsx'));
    expect(after.grids.map((g) => g.name)).toEqual([...before.grids.map((g) => g.name), 'Nachfragen (Import)']);
    for (const g of before.grids) expect(after.grids.find((x) => x.name === g.name)?.cells).toEqual(g.cells);

    const beside = await run('import', doc, '--into', SAMPLE, '-o', join(tmp, 'beside.xlsx'), '--beside');
    expect(beside.code).toBe(0);
    const b = await readWorkbookFile(join(tmp, 'beside.xlsx'));
    expect(b.grids.map((g) => g.name).slice(-2)).toEqual(['7.47 und 7.49 (Import)', 'Nachfragen (Import)']);
  });

  it('adds to the workbook itself only with --in-place, after a backup', async () => {
    const book = join(tmp, 'mappe.xlsx');
    writeFileSync(book, readFileSync(SAMPLE));
    expect((await run('import', join(SEEDS, 'seed-001.txt'), '--into', book)).code).toBe(2);
    const r = await run('import', join(SEEDS, 'seed-001.txt'), '--into', book, '--in-place');
    expect(r.code).toBe(0);
    expect(existsSync(join(tmp, 'mappe.bak.xlsx'))).toBe(true);
    const m = extract((await readWorkbookFile(book)).grids);
    expect(m.projects.map((p) => p.name)).toEqual(['Koordination mit Migrantenselbstorganisationen (MSO)']);
    expect(m.goals).toHaveLength(13);
    const text = (await run('extract', book)).out;
    expect(text).toContain('Projekt „Koordination mit Migrantenselbstorganisationen (MSO)“ (Koordination mit Migrantenselbs)');
    expect(text).toContain('  Ziel 2: Eine Vertreterin des KI nimmt regelmäßig an den Sitzungen des Integrationsrates');
    expect(text).toContain('  Zielerreichung: teilweise erreicht');
  });

  it('refuses damaged, empty and password-protected documents in one line, exit 2', async () => {
    const files: [string, Uint8Array, string][] = [
      ['leer.docx', new Uint8Array(0), 'Das Dokument {file} ist leer.'],
      [
        'kaputt.docx',
        new TextEncoder().encode('Das ist kein Word-Dokument.'),
        'Das Dokument {file} ist beschädigt oder kein Word-Dokument (.docx).',
      ],
      [
        'abgeschnitten.docx',
        (await docxOf(blocksFromText(seedText('000')))).subarray(0, 900),
        'Das Dokument {file} ist beschädigt oder kein Word-Dokument (.docx).',
      ],
      [
        'kennwort.docx',
        cfb(['EncryptionInfo', 'EncryptedPackage']),
        'Das Dokument {file} ist mit einem Kennwort geschützt: bitte in Word den Kennwortschutz entfernen (Datei › Informationen › Dokument schützen) und erneut einlesen.',
      ],
      [
        'alt.docx',
        cfb(['WordDocument']),
        '{file} ist ein altes Word-Dokument (.doc): bitte in Word als .docx speichern und erneut einlesen.',
      ],
      ['leer-mit-inhalt.docx', await docxOf([]), 'Das Dokument {file} ist leer.'],
      [
        'einladung.docx',
        await docxOf(blocksFromText('Einladung\n\nBitte kommt alle.')),
        'In {file} steht keine Zieldokumentation, keine Nachfrage und kein Projekt, das Zielwerk erkennt.',
      ],
    ];
    for (const [name, bytes, message] of files) {
      const file = join(tmp, name);
      writeFileSync(file, bytes);
      const r = await run('import', file, '-o', join(tmp, `${name}.xlsx`));
      expect([name, r.code, r.err, r.out]).toEqual([name, 2, message.replace('{file}', file) + '\n', '']);
      expect(existsSync(join(tmp, `${name}.xlsx`))).toBe(false);
    }
    const en = await run('import', join(tmp, 'kennwort.docx'), '-o', join(tmp, 'x.xlsx'), '--lang', 'en');
    expect(en.err).toMatch(/^The document .* is password-protected/);
  });
});

requireLibreOffice('the check that it opens every Word report', 'libreoffice-writer');

/** The report converted to text by LibreOffice, or null when it could not open it. */
function libreOfficeText(file: string): string | null {
  const outDir = join(tmp, 'lo-txt');
  convert([file], 'txt:Text', outDir, join(tmp, 'lo-profile'), 180_000);
  const txt = join(outDir, file.replace(/^.*\//, '').replace(/\.docx$/, '.txt'));
  return existsSync(txt) ? readFileSync(txt, 'utf8') : null;
}

describe('zielwerk report', () => {
  const sample = () => readWorkbookFile(SAMPLE).then((r) => extract(r.grids));

  /** Exports, checks LibreOffice opens the report, imports it back; returns both models. */
  async function roundTrip(name: string, args: string[], book = SAMPLE, expectText: string[] = []): Promise<{ back: Model; docx: string }> {
    const docx = join(tmp, `${name}.docx`);
    const r = await run('report', book, ...args, '-o', docx, '--today', '2019-11-15');
    expect([r.code, r.err, r.out]).toEqual([0, '', `Bericht geschrieben: ${docx}\n`]);
    if (soffice) {
      const text = libreOfficeText(docx);
      expect(text).not.toBeNull();
      for (const t of expectText) expect(text).toContain(t);
    }
    const xlsx = join(tmp, `${name}.xlsx`);
    const i = await run('import', docx, '-o', xlsx);
    expect([i.code, i.err]).toEqual([0, '']);
    return { back: extract((await readWorkbookFile(xlsx)).grids), docx };
  }

  it('konferenz: the documentation of all goals re-imports to the same goals, milestones and status checks', async () => {
    const m = await sample();
    const { back } = await roundTrip('konferenz', ['--kind', 'konferenz'], SAMPLE, [
      'Umsetzungskonferenz',
      'Workshop zur Umsetzung des Ziels 7.47',
      'Wer ist federführend für die Umsetzung?',
      'Maßnahme/Meilenstein',
      'Feststellen, wo es welche Quartiersarbeit für welche Zielgruppe gibt',
    ]);
    expect(back.goals.map(essence)).toEqual(m.goals.map(essence));
  }, 240_000);

  it('nachfrage: the prefilled record for goal 7.47 re-imports equal; filled in, it brings the new check', async () => {
    const m = await sample();
    const { back, docx } = await roundTrip('nachfrage-747', ['--kind', 'nachfrage', '--goal', '7.47'], SAMPLE, [
      'Ziel 7.47',
      'Bisherige Nachfragen',
      'Neue Nachfrage',
      'Neuer Bericht',
      'Datum der telefonischen Nachfrage',
    ]);
    expect(back.goals.map(essence)).toEqual(m.goals.filter((g) => g.id === '7.47').map(essence));
    // the blocks of the exported record, with the new answers filled in as a caller would
    const blocks = await readDocxBytes(readFileSync(docx), docx);
    const filled = blocks.map((b) => {
      if (b.kind !== 'table') return b;
      if (b.rows[0][0] === 'Datum der telefonischen Nachfrage' && b.rows.length === 4 && b.rows[0].length === 2) {
        return {
          ...b,
          rows: [
            ['Datum der telefonischen Nachfrage', '12.05.2020'],
            ['Gesprächspartner', 'Yannis Krone'],
            ['Stand der Umsetzung', 'Treffen findet statt.'],
            ['Einschätzung', 'teilweise erreicht'],
          ],
        };
      }
      return b;
    });
    const g = documentModel(readDocument(filled), O).goals[0];
    expect(g.statusChecks.map((c) => [c.date?.start, c.person, c.text, c.rating])).toEqual([
      [
        '2019-05-14',
        'Yanis Krone',
        'Zum Treffen am 17.01.2019 kamen lediglich eine Vertreterin des KreisSportBunds, des KI und der AWO.',
        'teilweise erreicht',
      ],
      ['2020-05-12', 'Yannis Krone', 'Treffen findet statt.', 'teilweise erreicht'],
    ]);
  }, 240_000);

  it('nachfrage: goals documented together stay together', async () => {
    const book = join(tmp, 'gemeinsam.xlsx');
    expect((await run('import', join(SEEDS, 'seed-000.txt'), '-o', book)).code).toBe(0);
    const m = extract((await readWorkbookFile(book)).grids);
    const { back } = await roundTrip('nachfrage-gemeinsam', ['--kind', 'nachfrage', '--goal', '7.49'], book, ['Ziel 7.47 und 7.49']);
    expect(back.goals.map(essence)).toEqual(m.goals.map(essence));
    expect(back.sheets.map((s) => s.sheet)).toEqual(['7.47 und 7.49', 'Nachfragen']);
  }, 240_000);

  it('jahresbericht: a project report re-imports to the same project', async () => {
    const book = join(tmp, 'projekte.xlsx');
    expect((await run('import', join(SEEDS, 'seed-002.txt'), '-o', book)).code).toBe(0);
    expect((await run('import', join(SEEDS, 'seed-003.txt'), '--into', book, '--in-place')).code).toBe(0);
    const m = extract((await readWorkbookFile(book)).grids);
    expect(m.projects).toHaveLength(2);
    const missing = await run('report', book, '--kind', 'jahresbericht', '-o', join(tmp, 'x.docx'));
    expect([missing.code, missing.err]).toEqual([
      2,
      `Kein Projekt „“ in der Arbeitsmappe ${book} (vorhanden: Zusammen im Quartier: Kinder stärken - Zukunft sichern; Netzwerk Ehrenamt in der Flüchtlingshilfe).\n`,
    ]);
    for (const [name, project] of [
      ['bericht-ehrenamt', 'Netzwerk Ehrenamt'],
      ['bericht-quartier', 'Zusammen im Quartier'],
    ]) {
      const { back } = await roundTrip(name, ['--kind', 'jahresbericht', '--project', project], book, [project]);
      const want = m.projects.filter((p) => p.name.startsWith(project));
      expect(projectEssence(back)).toEqual(projectEssence({ ...m, projects: want }));
    }
  }, 240_000);

  it('summarizes projects in a "Projekte" sheet and validates them', async () => {
    const book = join(tmp, 'projekte-summe.xlsx');
    expect((await run('import', join(SEEDS, 'seed-002.txt'), '-o', book)).code).toBe(0);
    expect((await run('import', join(SEEDS, 'seed-001.txt'), '--into', book, '--in-place')).code).toBe(0);
    const out = join(tmp, 'projekte-zusammenfassung.xlsx');
    const r = await run('summarize', book, '-o', out, '--today', '2021-07-01');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Projekte  (neu)');
    const grids = (await readWorkbookFile(out)).grids;
    const sheet = grids.find((g) => g.name === 'Projekte')!;
    const text = (row: number) => sheet.cells.filter((c) => c.row === row).map((c) => String(c.value));
    expect(text(3).slice(0, 4)).toEqual(['Projekt', 'Träger', 'Ort', 'Zielgruppe']);
    expect(text(4).slice(0, 3)).toEqual([
      'Zusammen im Quartier: Kinder stärken - Zukunft sichern',
      'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
      'Herford',
    ]);
    expect(text(5)).toEqual(
      expect.arrayContaining(['Koordination mit Migrantenselbstorganisationen (MSO)', 'teilweise erreicht', 'Johanna Leifeld']),
    );
    // a complete fact sheet and a complete report: each is asked only for what its kind needs
    const v = await run('validate', book, '--json', '--today', '2021-07-01');
    const findings = JSON.parse(v.out).findings.filter((f: { rule: string }) => f.rule.startsWith('project-'));
    expect(findings.map((f: { message: string }) => f.message)).toEqual([]);
    // a workbook without projects gets no Projekte sheet
    const plain = await run('summarize', SAMPLE, '-o', join(tmp, 'ohne.xlsx'), '--today', '2019-11-15');
    expect(plain.out).not.toContain('Projekte');
  });

  it('refuses an unknown kind, goal or output name', async () => {
    expect((await run('report', SAMPLE, '--kind', 'brief', '-o', join(tmp, 'a.docx'))).err).toBe(
      '--kind erwartet nachfrage, konferenz oder jahresbericht, nicht „brief“ – Hilfe: zielwerk --help\n',
    );
    const r = await run('report', SAMPLE, '--kind', 'nachfrage', '--goal', '9.99', '-o', join(tmp, 'a.docx'));
    expect([r.code, r.err]).toEqual([2, `Ziel 9.99 steht nicht in der Arbeitsmappe ${SAMPLE}.\n`]);
    expect((await run('report', SAMPLE, '--kind', 'konferenz', '-o', join(tmp, 'a.pdf'))).code).toBe(2);
  });
});
