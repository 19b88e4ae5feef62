import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { t } from '../core/i18n';
import { writeError } from '../xlsx/write';
import { main } from './main';

const SAMPLE = join(__dirname, '..', '..', 'samples', 'umsetzungsstand-2019.xlsx');
const ROOT = join(__dirname, '..', '..');

async function run(...argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { stdout: (s) => (out += s), stderr: (s) => (err += s), columns: 100 });
  return { code, out, err };
}

const tmp = mkdtempSync(join(tmpdir(), 'zielwerk-cli-'));

describe('zielwerk extract', () => {
  it('prints the documented JSON shape', async () => {
    const r = await run('extract', SAMPLE, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out);
    expect(Object.keys(j)).toEqual(expect.arrayContaining(['goals', 'partners', 'skipped']));
    const g = j.goals.find((x: { id: string }) => x.id === '7.47');
    expect(Object.keys(g)).toEqual(
      expect.arrayContaining(['id', 'title', 'color', 'leads', 'participants', 'interimGoal', 'milestones', 'source']),
    );
    expect(Object.keys(g.leads[0])).toEqual(expect.arrayContaining(['name', 'organization', 'email', 'phone']));
    expect(Object.keys(g.milestones[0])).toEqual(expect.arrayContaining(['date', 'text', 'report', 'source']));
    expect(g.milestones[0].source).toEqual({ sheet: '7.47', cell: 'A15' });
    expect(Object.keys(j.partners[0])).toEqual(expect.arrayContaining(['name', 'contact', 'email', 'phone', 'goals', 'source']));
    expect(j.skipped).toEqual([{ sheet: 'Hinweise', reason: 'no-goal-data', visibility: 'visible' }]);
  });

  it('prints a readable German summary, English with --lang en', async () => {
    const de = await run('extract', SAMPLE);
    expect(de.code).toBe(0);
    expect(de.out).toContain('13 Ziele · 42 Meilensteine · 7 Partner');
    expect(de.out).toContain('Ziel 7.47  Quartiersarbeit in 5 Quartieren  (grün)');
    expect(de.out).toContain('ca. Jan.–Feb. 2019');
    expect(de.out.split('\n').every((l) => [...l].length <= 100)).toBe(true);
    const en = await run('extract', SAMPLE, '--lang', 'en');
    expect(en.out).toContain('13 goals · 42 milestones · 7 partners');
    expect(en.out).toContain('Goal 7.47');
  });

  it('gives every sheet its coverage and unread cells in the JSON', async () => {
    const j = JSON.parse((await run('extract', SAMPLE, '--json')).out);
    const byName = new Map(j.sheets.map((s: { sheet: string }) => [s.sheet, s]));
    expect(byName.get('7.47')).toMatchObject({ kind: 'goal-form', coverage: 1, unread: [], unreadCount: 0, confidence: 'high' });
    expect(byName.get('Hinweise')).toMatchObject({ kind: 'skipped', coverage: 0, unreadCount: 4 });
    expect(j.goals[0].milestones[0]).toMatchObject({ state: expect.any(String) });
  });

  it('explains how each sheet was read (--explain)', async () => {
    const r = await run('extract', join(__dirname, '..', '..', 'test', 'layouts', 'xlsx', 'rounds.xlsx'), '--explain');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Blatt „Nachfragen“: Nachfrage-Protokoll · 100 % von 24 Zellen verstanden · sicher erkannt');
    expect(r.out).toContain('Nachfrage-Protokoll (eine Spalte je Runde) · Ziele 1.5, 4.31, 7.47, 12.72');
    expect(r.out).toMatch(/A Ziel-Nr\., B Federführung, C Nachfrage 05\/2020, D Nachfrage 11\/2020,\s+E Nachfrage 05\/2021/);
    const j = JSON.parse((await run('extract', SAMPLE, '--explain', '--json')).out);
    expect(Object.keys(j)).toEqual(['sheets']);
    expect(j.sheets.find((s: { sheet: string }) => s.sheet === '1.2').regions).toEqual([
      { kind: 'goal-block', range: 'A1:C19', goals: ['1.2'], columns: [], listObject: null },
      {
        kind: 'milestones',
        range: 'A14:C17',
        goals: [],
        columns: [
          { column: 'A', role: 'date' },
          { column: 'B', role: 'text' },
          { column: 'C', role: 'report' },
        ],
        listObject: null,
      },
    ]);
  });
});

describe('zielwerk date', () => {
  it('prints one DateValue for one text and an array for several', async () => {
    const one = await run('date', '--json', 'Ca. 06/19');
    expect(JSON.parse(one.out)).toMatchObject({
      raw: 'Ca. 06/19',
      start: '2019-06-01',
      end: '2019-06-30',
      precision: 'month',
      qualifier: 'approx',
    });
    const many = await run('date', '--json', 'Bis 8/20', 'KW 12/2020', '31.02.2019');
    const values = JSON.parse(many.out);
    expect(values.map((v: { raw: string }) => v.raw)).toEqual(['Bis 8/20', 'KW 12/2020', '31.02.2019']);
    expect(values[2]).toMatchObject({ start: null, end: null, error: 'impossible-date' });
  });
  it('explains dates in text', async () => {
    const r = await run('date', 'Do, 17. Januar 2018', 'Schuljahr 2020/21');
    expect(r.out).toContain('17.01.2018');
    expect(r.out).toContain('Wochentag passt nicht: Donnerstag geschrieben, der 17.01.2018 ist ein Mittwoch');
    // German days; only the EDTF (an ISO notation by definition) stays ISO
    expect(r.out.replace(/EDTF \S+/g, '')).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect((await run('date', 'KW 12/2020')).out).toBe(
      'KW 12/2020\tKW 12/2020 · 16.03.2020 – 22.03.2020 · Genauigkeit: Woche · EDTF 2020-03-16/2020-03-22\n',
    );
    expect(r.out).toContain('Schuljahr 2020/21');
  });
});

describe('errors and usage', () => {
  it.each([
    [['extract', join(tmp, 'fehlt.xlsx')], /^Datei nicht gefunden: .*fehlt\.xlsx\n$/],
    [['extract'], /^Keine Arbeitsmappe angegeben – Hilfe: zielwerk --help\n$/],
    [['extrakt', 'x.xlsx'], /^Unbekannter Befehl „extrakt“/],
    [['extract', SAMPLE, '--jsn'], /^Unbekannte Option „--jsn“/],
    [['extract', SAMPLE, '--lang', 'fr'], /^Sprache „fr“ unbekannt/],
    [['validate', SAMPLE, '--today', '30.02.2019'], /^--today: den Tag „30\.02\.2019“ gibt es nicht/],
    [['validate', SAMPLE, '--today', '15/11/2019'], /^--today erwartet TT\.MM\.JJJJ oder JJJJ-MM-TT, nicht „15\/11\/2019“/],
    [['extrakt', 'x.xlsx'], /^Unbekannter Befehl „extrakt“ – meinten Sie „extract“\?/],
    [['zusamenfassen', 'x.xlsx'], /^Unbekannter Befehl „zusamenfassen“ – meinten Sie „zusammenfassen“\?/],
    [['tanzen', 'x.xlsx'], /^Unbekannter Befehl „tanzen“ – Hilfe/],
    [['validate', SAMPLE, '--today', '2019-02-30'], /^--today: den Tag „2019-02-30“ gibt es nicht/],
    [['validate', SAMPLE, '--today', '0000-01-01'], /^--today: „0000-01-01“ liegt vor 1900/],
    [['validate', '/dev/zero'], /^\/dev\/zero ist keine gewöhnliche Datei/],
    [['date'], /^Kein Datumstext angegeben/],
    [['extract', tmp], /ist ein Ordner/],
  ])('%j → exit 2 with one German line', async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('explains a file that is not a workbook', async () => {
    const f = join(tmp, 'liste.xlsx');
    writeFileSync(f, 'Nr.;Ziel\n');
    const r = await run('extract', f);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/keine Excel-Arbeitsmappe/);
    const en = await run('extract', f, '--lang', 'en');
    expect(en.err).toMatch(/is not an Excel workbook/);
  });

  it('prints the version, before or after the command', async () => {
    expect((await run('--version')).out).toMatch(/^zielwerk \d+\.\d+\.\d+\n$/);
    const after = await run('validate', SAMPLE, '--version');
    expect([after.code, after.out]).toEqual([0, (await run('--version')).out]);
  });

  it('prints help in German and English', async () => {
    expect((await run('--help')).out).toContain('Zielsystem-Arbeitsmappen');
    expect((await run('--help', '--lang', 'en')).out).toContain('goal-tracking workbooks');
    expect((await run('extract', '--help')).out).toContain('zielwerk extract DATEI.xlsx');
    expect((await run()).code).toBe(0);
  });
});

describe('German command names and reference days', () => {
  it('answers to the German names of the commands, in any case', async () => {
    const en = await run('validate', SAMPLE, '--json', '--today', '2019-11-15');
    for (const name of ['prüfen', 'Prüfen', 'pruefen']) {
      expect((await run(name, SAMPLE, '--json', '--today', '2019-11-15')).out).toBe(en.out);
    }
    expect(JSON.parse((await run('datum', '--json', 'Ca. 06/19')).out).start).toBe('2019-06-01');
    expect((await run('auslesen', SAMPLE)).out).toContain('13 Ziele');
    expect((await run('help', 'zusammenfassen')).out).toContain('zielwerk summarize DATEI.xlsx');
    expect((await run('struktur', '--help')).out).toContain('zielwerk structure DATEI.xlsx');
  });

  it('takes the reference day as 15.11.2019 as well as 2019-11-15', async () => {
    const iso = await run('validate', SAMPLE, '--json', '--today', '2019-11-15');
    const de = await run('validate', SAMPLE, '--json', '--today', '15.11.2019');
    expect(de.out).toBe(iso.out);
    expect((await run('validate', SAMPLE, '--json', '--today', '1.2.2020')).out).toBe(
      (await run('validate', SAMPLE, '--json', '--today', '2020-02-01')).out,
    );
  });
});

describe('writing files that cannot be written', () => {
  const out = (name: string) => join(mkdtempSync(join(tmpdir(), 'zielwerk-write-')), name);

  it('refuses a workbook Excel has open (its ~$ lock file beside it) and writes nothing', async () => {
    const target = out('sitzung.xlsx');
    writeFileSync(target, readFileSync(SAMPLE));
    writeFileSync(join(dirname(target), '~$sitzung.xlsx'), 'lock');
    const r = await run('summarize', SAMPLE, '-o', target, '--today', '15.11.2019');
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toBe(
      `${target} ist in Excel geöffnet (die Sperrdatei ~$sitzung.xlsx liegt daneben) – bitte in Excel schließen und erneut versuchen; ist Excel schon zu, die Sperrdatei löschen. Nichts geschrieben.\n`,
    );
    expect(readFileSync(target).equals(readFileSync(SAMPLE))).toBe(true);
    // in place: refused before the backup is made
    const inPlace = await run('summarize', target, '--in-place', '--today', '15.11.2019');
    expect(inPlace.code).toBe(2);
    expect(existsSync(join(dirname(target), 'sitzung.bak.xlsx'))).toBe(false);
  });

  it('refuses a folder given as the output, and an output that is no workbook, before reading', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zielwerk-dir-'));
    const folder = await run('summarize', SAMPLE, '-o', dir);
    expect(folder.err).toMatch(/muss eine Excel-Arbeitsmappe sein und auf \.xlsx \(mit Makros \.xlsm\) enden/);
    const xlsxFolder = join(dir, 'ordner.xlsx');
    mkdirSync(xlsxFolder);
    const asFile = await run('summarize', SAMPLE, '-o', xlsxFolder);
    expect([asFile.code, asFile.err]).toEqual([
      2,
      `${xlsxFolder} ist ein Ordner – bitte einen Dateinamen angeben, z. B. -o ${xlsxFolder}/zusammenfassung.xlsx; nichts geschrieben.\n`,
    ]);
    for (const name of ['aus.csv', 'aus.xls', 'aus', 'aus.ods']) {
      const r = await run('summarize', join(tmp, 'fehlt-ohnehin.xlsx'), '-o', join(dir, name), '--lang', 'en');
      expect([r.code, r.err]).toEqual([
        2,
        `The output ${join(dir, name)} must be an Excel workbook ending in .xlsx (with macros .xlsm) – nothing written.\n`,
      ]);
    }
  });

  it('explains what the file system answers, in words', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    const msg = (code: string) => {
      const e = writeError(err(code), '/daten/sitzung.xlsx');
      return t('de', `error.${e.code}`, e.params);
    };
    expect(msg('EBUSY')).toBe(
      '/daten/sitzung.xlsx ist in Excel geöffnet – bitte in Excel schließen und erneut versuchen; nichts geschrieben.',
    );
    expect(msg('EPERM')).toMatch(/in Excel geöffnet/);
    expect(msg('EACCES')).toMatch(/^In den Ordner \/daten darf nicht geschrieben werden \(schreibgeschützt oder keine Berechtigung\)/);
    expect(msg('EROFS')).toMatch(/schreibgeschützt/);
    expect(msg('EISDIR')).toMatch(/ist ein Ordner/);
    expect(msg('ENOSPC')).toMatch(/Kein Platz mehr/);
    expect(msg('EIO')).toBe('Datei kann nicht geschrieben werden: /daten/sitzung.xlsx (EIO)');
  });

  it('says which folder cannot be made when part of the path is a file', async () => {
    const r = await run('summarize', SAMPLE, '-o', join(__filename, 'aus.xlsx'), '--today', '15.11.2019');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/lässt sich nicht anlegen/);
  });
});

describe('the installed command', () => {
  it('the bundled command line (npm ci builds it) answers exactly like the sources', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zielwerk-bundle-'));
    const bundle = join(dir, 'cli.js');
    require(join(ROOT, 'scripts', 'build-cli.js')).buildCli(bundle);
    const runner = join(dir, 'run.js');
    writeFileSync(runner, `require(${JSON.stringify(bundle)}).main(process.argv.slice(2)).then((c) => (process.exitCode = c));`);
    const args = ['validate', SAMPLE, '--json', '--today', '2019-11-15'];
    const bundled = await promisify(execFile)(process.execPath, [runner, ...args], { maxBuffer: 1 << 26 }).catch((e) => e);
    const direct = await run(...args);
    expect(bundled.stdout).toBe(direct.out);
    const out = join(dir, 'summary.xlsx');
    await promisify(execFile)(process.execPath, [runner, 'summarize', SAMPLE, '-o', out, '--today', '2019-11-15']);
    expect((await run('validate', out, '--json', '--today', '2019-11-15')).out).toBe(direct.out);
  }, 60_000);

  it('runs through bin/zielwerk.js like npx zielwerk does', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'zielwerk.js'), 'date', '--json', 'Ca. 06/19'], {
      cwd: ROOT,
    });
    expect(JSON.parse(stdout).edtf).toBe('2019-06~');
  }, 30_000);

  it('exits 2 for bad input, without a stack trace', async () => {
    const err = await promisify(execFile)(process.execPath, [join(ROOT, 'bin', 'zielwerk.js'), 'extract', 'nope.xlsx'], {
      cwd: ROOT,
    }).catch((e) => e);
    expect(err.code).toBe(2);
    expect(err.stderr).toBe('Datei nicht gefunden: nope.xlsx\n');
  }, 30_000);
});

describe('zielwerk validate', () => {
  it('prints findings grouped by sheet, one line each, and exits 1 on errors', async () => {
    const r = await run('validate', SAMPLE, '--today', '2019-11-15');
    expect(r.code).toBe(1);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe('Prüfbericht · umsetzungsstand-2019.xlsx · Stichtag 15.11.2019');
    // German dates everywhere in German output, and cut texts end at a word
    expect(r.out).not.toMatch(/\d{4}-\d\d-\d\d/);
    expect(r.out).toContain('Meilenstein ohne Datum: „Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage…“');
    expect(lines).toContain('Blatt „7.47“');
    expect(
      lines.find((l) => l.startsWith('  ✗ B18  Wochentag passt nicht: „Do, 17. Januar 2018“ – der 17.01.2018 ist ein Mittwoch')),
    ).toBeDefined();
    expect(r.out).toContain('Gesamt: 1 Fehler, 77 Warnungen, 4 Hinweise (82 Befunde)');
    expect(lines.every((l) => [...l].length <= 100)).toBe(true);
  });
  it('prints JSON with findings and counts', async () => {
    const r = await run('validate', SAMPLE, '--today', '2019-11-15', '--json', '--lang', 'en');
    const j = JSON.parse(r.out);
    expect(j.counts).toEqual({ error: 1, warning: 77, info: 4 });
    expect(Object.keys(j.findings[0])).toEqual(['rule', 'severity', 'sheet', 'cell', 'goal', 'message', 'value']);
    expect(j.findings.find((f: { rule: string }) => f.rule === 'weekday-mismatch').message).toBe(
      'Weekday does not match: "Do, 17. Januar 2018" – 2018-01-17 is a Wednesday, not a Thursday (check the year)',
    );
  });
  it('exits 0 when there are no errors', async () => {
    const r = await run('validate', join(ROOT, 'test', 'corpus', '14-hidden-sheets.xlsx'), '--today', '2019-11-15');
    expect(r.code).toBe(0);
  });
});

describe('zielwerk summarize and structure', () => {
  const copy = (name: string) => {
    const f = join(tmp, name);
    writeFileSync(f, readFileSync(SAMPLE));
    return f;
  };

  it('writes the summary to -o and says what it did', async () => {
    const out = join(tmp, 'out', 'zusammenfassung.xlsx');
    const r = await run('summarize', SAMPLE, '-o', out, '--today', '2019-11-15');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 3)).toEqual([`Geschrieben: ${out}`, '  Übersicht (Zielwerk)  (neu)', '  Fällig  (neu)']);
    // the chart is drawn into the file
    expect(r.out).not.toContain('nicht gezeichnet');
    expect(existsSync(out)).toBe(true);
    const again = await run('summarize', out, '-o', out + '.2.xlsx', '--today', '2019-11-15');
    expect(again.out).toContain('  Fällig  (ersetzt)');
  });

  it('picks sheets with --sheets (German or English names) and sets the window with --weeks', async () => {
    const out = join(tmp, 'auswahl.xlsx');
    const r = await run('summarize', SAMPLE, '-o', out, '--sheets', 'Fällig,overview', '--weeks', '4', '--today', '2019-11-15');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(1, 3)).toEqual(['  Übersicht (Zielwerk)  (neu)', '  Fällig  (neu)']);
  });

  it('writes onto the input only with --in-place, keeping a backup first', async () => {
    const f = copy('inplace.xlsx');
    const refused = await run('summarize', f, '-o', f);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/würde die Eingabedatei überschreiben; dafür --in-place angeben/);
    const r = await run('summarize', f, '--in-place', '--today', '2019-11-15');
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Sicherungskopie: ${join(tmp, 'inplace.bak.xlsx')}`);
    expect(readFileSync(join(tmp, 'inplace.bak.xlsx')).equals(readFileSync(SAMPLE))).toBe(true);
  });

  it('writes in place next to charts, keeping them byte for byte', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    const f = join(tmp, 'mit-diagramm.xlsx');
    writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run('summarize', f, '--in-place', '--today', '2019-11-15');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).not.toContain('Achtung');
    expect(await (await JSZip.loadAsync(readFileSync(f))).file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
  });

  it('extends a workbook without a styles part, in place, keeping its chart byte for byte', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const chart = '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"/>';
    zip.file('xl/charts/chart1.xml', chart);
    zip.remove('xl/styles.xml');
    const f = join(tmp, 'ohne-formate.xlsx');
    writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    const r = await run('summarize', f, '--in-place', '--today', '2019-11-15');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).not.toContain('nicht gezeichnet');
    const written = await JSZip.loadAsync(readFileSync(f));
    expect(await written.file('xl/charts/chart1.xml')!.async('string')).toBe(chart);
    expect(await written.file('xl/styles.xml')!.async('string')).toContain('<cellXfs count=');
    expect((await run('validate', f, '--today', '2019-11-15')).code).toBe(1);
  });

  it('writes a workbook with macros only under a macro name (.xlsm)', async () => {
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync(SAMPLE));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file(
      '[Content_Types].xml',
      types
        .replace(
          'spreadsheetml.sheet.main+xml',
          'spreadsheetml.sheet.main+xml'.replace('openxmlformats-officedocument.spreadsheetml.sheet', 'ms-excel.sheet.macroEnabled'),
        )
        .replace(
          'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml',
          'application/vnd.ms-excel.sheet.macroEnabled.main+xml',
        ),
    );
    zip.file('xl/vbaProject.bin', 'not really VBA');
    const f = join(tmp, 'makros.xlsm');
    writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    const wrong = await run('summarize', f, '-o', join(tmp, 'makros-aus.xlsx'), '--today', '2019-11-15');
    expect([wrong.code, wrong.out]).toEqual([2, '']);
    expect(wrong.err).toBe(
      `Die Arbeitsmappe enthält Makros: die Ausgabe ${join(tmp, 'makros-aus.xlsx')} muss auf .xlsm enden, sonst öffnet Excel sie nicht – nichts geschrieben.\n`,
    );
    expect(existsSync(join(tmp, 'makros-aus.xlsx'))).toBe(false);
    const right = await run('summarize', f, '--in-place', '--today', '2019-11-15');
    expect(right.code).toBe(0);
    expect(right.out).toContain(`Sicherungskopie: ${join(tmp, 'makros.bak.xlsm')}`);
    expect(await (await JSZip.loadAsync(readFileSync(f))).file('xl/vbaProject.bin')!.async('string')).toBe('not really VBA');
    const plain = await run('summarize', SAMPLE, '-o', join(tmp, 'ohne-makros.xlsm'), '--lang', 'en');
    expect([plain.code, plain.err]).toEqual([
      2,
      `The output ${join(tmp, 'ohne-makros.xlsm')} must end in .xlsx like the input, or Excel will not open it – nothing written.\n`,
    ]);
  });

  it.each([
    [['summarize', SAMPLE], /^Ausgabedatei fehlt/],
    [
      ['summarize', SAMPLE, '-o', 'x.xlsx', '--sheets', 'Tabelle9'],
      /^Unbekanntes Blatt in --sheets: „Tabelle9“ \(möglich: Übersicht, Fällig, Partner, Projekte, Zeitplan, Prüfbericht, Änderungen\)/,
    ],
    [['summarize', SAMPLE, '-o', 'x.xlsx', '--weeks', '0'], /^--weeks erwartet eine Zahl von 1 bis 104/],
  ])('%j → usage error', async (argv, message) => {
    const r = await run(...(argv as string[]));
    expect([r.code, r.out]).toEqual([2, '']);
    expect(r.err).toMatch(message);
  });

  it('clean takes out everything Zielwerk added and keeps every other part byte for byte', async () => {
    const JSZip = (await import('jszip')).default;
    const summarized = join(tmp, 'mit-zielwerk.xlsx');
    await run('summarize', SAMPLE, '-o', summarized, '--today', '2019-11-15');
    await run('structure', summarized, '--in-place');
    const cleaned = join(tmp, 'ohne-zielwerk.xlsx');
    const r = await run('bereinigen', summarized, '-o', cleaned);
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toContain('  Zielwerk_Stand  (entfernt)');
    expect(r.out).toContain('  Fällig  (entfernt)');
    expect(r.out).toContain('  Partnerliste  (entfernt)');
    const sheetNames = async (f: string) =>
      [
        ...(await (await JSZip.loadAsync(readFileSync(f))).file('xl/workbook.xml')!.async('string')).matchAll(
          /<sheet [^>]*name="([^"]*)"/g,
        ),
      ].map((m) => m[1]);
    expect(await sheetNames(cleaned)).toEqual(await sheetNames(SAMPLE));
    // the user's sheets come out as they went in
    const before = await JSZip.loadAsync(readFileSync(SAMPLE));
    const after = await JSZip.loadAsync(readFileSync(cleaned));
    for (const name of Object.keys(before.files).filter((n) => n.startsWith('xl/worksheets/') && !before.files[n].dir)) {
      expect([name, await after.file(name)?.async('string')]).toEqual([name, await before.file(name)!.async('string')]);
    }
    // the extracted model is the same as before Zielwerk wrote anything
    expect((await run('extract', cleaned, '--json')).out).toBe((await run('extract', SAMPLE, '--json')).out);
    const again = await run('clean', cleaned, '--in-place');
    expect([again.code, again.out]).toEqual([0, `${cleaned} enthält keine Blätter von Zielwerk – nichts geschrieben.\n`]);
  });

  it('never overwrites a generated sheet changed by hand without --force, and names the cells', async () => {
    const JSZip = (await import('jszip')).default;
    const f = join(tmp, 'von-hand.xlsx');
    await run('summarize', SAMPLE, '-o', f, '--today', '2019-11-15');
    await run('structure', f, '--in-place');
    // unchanged sheets are replaced without a word, whichever command wrote them last
    expect((await run('summarize', f, '--in-place', '--sheets', 'Fällig', '--today', '2019-11-16')).code).toBe(0);
    expect((await run('structure', f, '--in-place')).code).toBe(0);
    expect((await run('summarize', f, '--in-place', '--today', '2019-11-16')).code).toBe(0);
    // a coordinator picks another colour in the Ziele table (its dropdown invites it)
    const zip = await JSZip.loadAsync(readFileSync(f));
    const wb = await zip.file('xl/workbook.xml')!.async('string');
    const rid = /<sheet [^>]*name="Ziele"[^>]*r:id="(rId\d+)"/.exec(wb)![1];
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const target =
      new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${rid}"`).exec(rels)![1];
    const part = `xl/${target.replace(/^\/?xl\//, '')}`;
    const xml = await zip.file(part)!.async('string');
    const cell = /<c r="(F\d+)"[^>]*t="inlineStr"><is><t>grün<\/t><\/is><\/c>/.exec(xml)!;
    zip.file(part, xml.replace(cell[0], cell[0].replace('grün', 'blau')));
    writeFileSync(f, await zip.generateAsync({ type: 'nodebuffer' }));
    const before = readFileSync(f);
    const refused = await run('structure', f, '--in-place');
    expect([refused.code, refused.out]).toEqual([2, '']);
    expect(refused.err).toBe(
      `In ${f} wurden Zielwerk-Blätter von Hand geändert, seit Zielwerk sie schrieb: „Ziele“ ${cell[1]} – nichts geschrieben. Die Änderungen bitte in die Zielblätter übertragen, oder mit --force trotzdem ersetzen (sie gehen dann verloren).\n`,
    );
    expect(readFileSync(f).equals(before)).toBe(true);
    // clean asks the same; --force replaces
    expect((await run('clean', f, '-o', join(tmp, 'von-hand-leer.xlsx'))).code).toBe(2);
    const forced = await run('structure', f, '--in-place', '--force');
    expect(forced.code).toBe(0);
    expect((await run('structure', f, '--in-place')).code).toBe(0);
  });

  it('structure writes the three tables', async () => {
    const out = join(tmp, 'struktur.xlsx');
    const r = await run('structure', SAMPLE, '-o', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual([`Written: ${out}`, '  Goals  (new)', '  Milestones  (new)', '  Partner list  (new)']);
  });
});
