/**
 * The task pane in real Chromium (Debian's /usr/bin/chromium via playwright-core), served
 * from dist/ on localhost, with the Excel fake injected instead of office.js and preloaded
 * with the sample workbook. Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { consolidate, readOne } from '../../src/core/consolidate';
import { t } from '../../src/core/i18n';
import '../../src/core/i18n/ui';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { blocksFromText } from '../../src/core/documents/blocks';
import { docxOf } from '../helpers/docx';
import { DIST, type Opened, type PaneOptions, ROOT, sampleGrids } from './harness';
import { DOCS, fake, noViolations, startedPages, until } from './pane';

const started = startedPages();

const open = (options: PaneOptions = {}): Promise<Opened> => started().open('taskpane.html', options);

it('loads the pane and shows what was found', async () => {
  const { page, context, requests } = await open();
  await page.getByText('Was Zielwerk gefunden hat').waitFor();
  // the guard script saw the bundle start and stays silent
  await expect(page.locator('html').getAttribute('data-zielwerk')).resolves.toBe('started');
  await expect(page.getByText(/Zielwerk braucht Excel/).count()).resolves.toBe(0);
  await page.getByText('Zusammenfassung erstellen').waitFor();
  const stats = await page.locator('span').filter({ hasText: /^13$/ }).count();
  expect(stats).toBeGreaterThan(0);
  await expect(page.getByText('1 Fehler, 77 Warnungen, 4 Hinweise').isVisible()).resolves.toBe(true);
  await noViolations(page);
  await page.screenshot({ path: join(DOCS, 'taskpane-ueberblick.png'), fullPage: true });
  expect(requests.filter((u) => !u.startsWith(started().url))).toEqual([]);
  await context.close();
}, 60_000);

it('lists the findings and selects a finding’s cell by click and by keyboard', async () => {
  const { page, context, requests } = await open({ view: 'check' });
  const finding = page.getByRole('button', { name: /Wochentag passt nicht: „Do, 17\. Januar 2018“/ }).first();
  await finding.waitFor();
  await expect(page.getByText('82 von 82 Befunden').isVisible()).resolves.toBe(true);
  await finding.click();
  await until(() => fake<string>(page, 'active()'), '7.47');
  const sheets = await fake<{ name: string; selected: string | null }[]>(page, 'sheets()');
  expect(sheets.find((s) => s.name === '7.47')!.selected).toBe('B18');
  // keyboard: focus another finding and press Enter
  const other = page.getByRole('button', { name: /Umsetzungsbericht enthält nur ein Datum/ }).first();
  await other.focus();
  await page.keyboard.press('Enter');
  await until(() => fake<string>(page, 'active()'), '12.72');
  // filter by severity
  await page.getByRole('checkbox', { name: /Warnung/ }).click();
  await expect(page.getByText('5 von 82 Befunden').isVisible()).resolves.toBe(true);
  await noViolations(page);
  await page.getByRole('checkbox', { name: /Warnung/ }).click();
  // rules by their titles; the id only in the tooltip
  await page.getByRole('combobox', { name: 'Regel' }).click();
  const overdue = page.getByRole('option', { name: 'Meilenstein überfällig' });
  await expect(overdue.getAttribute('title')).resolves.toBe('Regel-Kennung: milestone-overdue');
  await expect(page.getByRole('option', { name: /^[a-z]+(-[a-z]+)+$/ }).count()).resolves.toBe(0);
  await overdue.click();
  await expect(page.getByText(/^\d+ von 82 Befunden$/).textContent()).resolves.not.toBe('82 von 82 Befunden');
  await page.getByRole('combobox', { name: 'Regel' }).click();
  await page.getByRole('option', { name: 'Alle Regeln' }).click();
  await page.screenshot({ path: join(DOCS, 'taskpane-pruefen.png') });
  expect(requests.filter((u) => !u.startsWith(started().url))).toEqual([]);
  await context.close();
}, 60_000);

it('writes the summary sheets into the workbook, and a second click while running does nothing', async () => {
  const { page, context } = await open();
  const button = page.getByRole('button', { name: 'Zusammenfassung erstellen' });
  await button.waitFor();
  await until(() => button.isEnabled(), true);
  await button.click();
  await button.click({ force: true, trial: false }).catch(() => undefined);
  await page.getByText('Zusammenfassung erstellt: 6 Blätter.').waitFor();
  const names = (await fake<{ name: string }[]>(page, 'sheets()')).map((s) => s.name);
  expect(names.slice(0, 6)).toEqual(['Übersicht (Zielwerk)', 'Fällig', 'Partner (Zielwerk)', 'Zeitplan', 'Prüfbericht', 'Änderungen']);
  expect(names.filter((n) => n === 'Fällig')).toHaveLength(1);
  expect(await fake<string>(page, 'active()')).toBe('Übersicht (Zielwerk)');
  await noViolations(page);
  await context.close();
}, 60_000);

it('asks before a new summary replaces cells changed by hand, and keeps them on Abbrechen', async () => {
  const { page, context } = await open();
  const button = page.getByRole('button', { name: 'Zusammenfassung erstellen' });
  await button.waitFor();
  await until(() => button.isEnabled(), true);
  await button.click();
  await page.getByText(/Zusammenfassung erstellt/).waitFor();
  // someone types into the Fällig sheet (row 5, column D: a measure)
  await fake(page, "setCell('Fällig', 4, 3, 'Von Hand ergänzt')");
  await button.click();
  await page.getByText('Von Hand geändert – noch nichts geschrieben').waitFor();
  await expect(page.getByText('„Fällig“: D5').isVisible()).resolves.toBe(true);
  await noViolations(page);
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await expect(fake<{ value: string }>(page, "cell('Fällig', 4, 3)").then((c) => c.value)).resolves.toBe('Von Hand ergänzt');
  await button.click();
  await page.getByRole('button', { name: 'Trotzdem ersetzen' }).click();
  await page.getByText(/Zusammenfassung erstellt/).waitFor();
  await expect(fake<{ value: string }>(page, "cell('Fällig', 4, 3)").then((c) => c.value)).resolves.not.toBe('Von Hand ergänzt');
  await context.close();
}, 60_000);

it('shows the structure and writes the tables', async () => {
  const { page, context } = await open({ view: 'structure' });
  await page.getByText('Wie die Blätter gelesen wurden').waitFor();
  await expect(page.getByRole('cell', { name: 'Nachfrage-Protokoll' }).isVisible()).resolves.toBe(true);
  await noViolations(page);
  await page.screenshot({ path: join(DOCS, 'taskpane-struktur.png'), fullPage: true });
  await page.getByRole('button', { name: 'Tabellen anlegen' }).click();
  await page.getByText(/Tabellen angelegt: Ziele, Meilensteine, Partnerliste/).waitFor();
  await context.close();
}, 60_000);

it('Dokumente: reads a .docx chosen in the pane, writes its goal sheets, and offers a Word report', async () => {
  const { page, context, requests } = await open({ view: 'documents' });
  await page.getByText('Dokument einlesen').waitFor();
  // the view's bundle came from the add-in's own address, nothing else was asked for
  expect(requests.some((u) => u.endsWith('/documents.js'))).toBe(true);
  const docx = await docxOf(blocksFromText(readFileSync(join(ROOT, 'test', 'data', 'documents', 'seed-000.txt'), 'utf8')));
  await page.getByTestId('zw-doc-file').setInputFiles({ name: 'nachfrage.docx', mimeType: 'application/octet-stream', buffer: docx });
  await page.getByText('nachfrage.docx: Protokoll einer telefonischen Nachfrage').waitFor();
  await expect(page.getByTestId('zw-doc-preview').innerText()).resolves.toMatch(
    /Ziel 7\.47: Yanis Krone, Johanna Leifeld · 3 Beteiligte · 5 Meilensteine · Nachfrage 10\.06\.2020 – hat schon ein Blatt/,
  );
  await noViolations(page);
  await page.screenshot({ path: join(DOCS, 'taskpane-dokumente.png'), fullPage: true });
  // 7.47 and 7.49 have sheets: nothing is overwritten; "beside" writes the "(Import)" sheet
  await page.getByLabel(/als „\(Import\)“-Blatt daneben/).check();
  await page.getByRole('button', { name: 'In die Arbeitsmappe schreiben' }).click();
  await page.getByText('2 Blätter geschrieben').waitFor();
  const names = (await fake<{ name: string }[]>(page, 'sheets()')).map((x) => x.name);
  expect(names.slice(-2)).toEqual(['7.47 und 7.49 (Import)', 'Nachfragen (Import)']);
  expect(names.filter((n) => n === '7.47')).toHaveLength(1);
  await expect(fake(page, "cell('7.47 und 7.49 (Import)', 0, 0)")).resolves.toMatchObject({ value: 'Ziel 7.47 und 7.49' });
  // a report: a Blob link with the .docx, and the command line named for hosts that block downloads
  await page.getByRole('button', { name: 'Word-Bericht erstellen' }).click();
  const link = page.getByTestId('zw-doc-download');
  await link.waitFor();
  await expect(link.getAttribute('href')).resolves.toMatch(/^blob:/);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const bytes = readFileSync((await download.path())!);
  expect([download.suggestedFilename(), bytes[0], bytes[1], bytes.length > 3000]).toEqual(['nachfrage.docx', 0x50, 0x4b, true]);
  await expect(page.getByText(/zielwerk report MAPPE\.xlsx --kind nachfrage -o nachfrage\.docx/).isVisible()).resolves.toBe(true);
  expect(requests.filter((u) => !u.startsWith(started().url) && !u.startsWith('blob:'))).toEqual([]);
  await context.close();
}, 90_000);

it('Dokumente: a damaged document gets its one-line message', async () => {
  const { page, context } = await open({ view: 'documents' });
  await page.getByText('Dokument einlesen').waitFor();
  await page
    .getByTestId('zw-doc-file')
    .setInputFiles({ name: 'kaputt.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('kein Word') });
  await page.getByText('Das Dokument kaputt.docx ist beschädigt oder kein Word-Dokument (.docx).').waitFor();
  await context.close();
}, 60_000);

it('shows how much of a sheet was understood and selects the cells that were not', async () => {
  // a column Zielwerk cannot place beside 7.47's milestone table
  const withCosts = (await sampleGrids()).map((g) =>
    g.name === '7.47'
      ? {
          ...g,
          cells: [
            ...g.cells,
            { row: 13, col: 3, type: 'string' as const, value: 'Kosten' },
            { row: 14, col: 3, type: 'string' as const, value: '200 €' },
          ].sort((a, b) => a.row - b.row || a.col - b.col),
        }
      : g,
  );
  const { page, context } = await open({ view: 'structure', grids: withCosts });
  await page.getByText('Wie die Blätter gelesen wurden').waitFor();
  const show = page.getByRole('button', { name: 'Zellen auf Blatt „7.47“ auswählen, die Zielwerk nicht verstanden hat' });
  await show.waitFor();
  await expect(show.textContent()).resolves.toBe('2 Zellen zeigen');
  await noViolations(page);
  await show.focus();
  await page.keyboard.press('Enter');
  await until(() => fake<string | null>(page, 'active()'), '7.47');
  await until(
    () => fake<{ name: string; selected: string }[]>(page, 'sheets()').then((s) => s.find((x) => x.name === '7.47')?.selected),
    // Excel below 1.18 selects one area at a time: the first unread cell
    'D14',
  );
  await context.close();
}, 60_000);

it('consolidates two chosen workbooks into this one, loading its code only when the view opens', async () => {
  const files = [join(ROOT, 'samples', 'umsetzungsstand-2019.xlsx'), join(ROOT, 'test', 'layouts', 'xlsx', 'stacked.xlsx')];
  // what the pane should find: the same consolidation in Node
  const outcomes = await Promise.all(
    files.map(async (f) => readOne(basename(f), (await readWorkbookBuffer(readFileSync(f))).grids, { today: '2019-11-15', lang: 'de' })),
  );
  const expected = consolidate(outcomes, { today: '2019-11-15', lang: 'de' });
  const { page, context, requests } = await open();
  await page.getByText('Was Zielwerk gefunden hat').waitFor();
  const scripts = () => requests.filter((u) => u.endsWith('.js') && !u.includes('/office-js/')).map((u) => basename(u));
  expect(scripts()).toEqual(['guard.js', 'taskpane.js']);
  await page.getByRole('tab', { name: 'Zusammenführen' }).click();
  const pick = page.getByRole('button', { name: 'Arbeitsmappen wählen …' });
  await pick.waitFor();
  expect(scripts()).toContain('consolidate.js');
  await until(() => pick.isEnabled(), true);
  await page.locator('#zw-consolidate-files').setInputFiles(files);
  await page.getByText(`2 von 2 Dateien gelesen · ${expected.model.goals.length} Ziele`).waitFor();
  for (const f of expected.files) {
    const row = page.getByRole('row', { name: new RegExp(`^${f.file.replace(/\./g, '\\.')}`) });
    await expect(row.getByRole('cell').nth(1).textContent()).resolves.toBe(String(f.goals.length));
    // singular and plural as the language has them ("1 Hinweis", "23 Warnungen")
    await expect(row.getByRole('cell').nth(3).textContent()).resolves.toBe(t('de', 'ui.overview.findings', { ...f.counts }));
  }
  await noViolations(page);
  await page.screenshot({ path: join(DOCS, 'taskpane-zusammenfuehren.png'), fullPage: true });
  const before = await fake<{ syncs: number }>(page, 'stats()');
  await page.getByRole('button', { name: 'In diese Arbeitsmappe schreiben' }).click();
  await page.getByText('Zusammengeführt: 5 Blätter.').waitFor();
  const consolidated = (await fake<{ syncs: number }>(page, 'stats()')).syncs - before.syncs;
  const names = (await fake<{ name: string }[]>(page, 'sheets()')).map((x) => x.name);
  // the sample has its own Übersicht and Partner sheets: Zielwerk's take another name
  expect(names.slice(0, 5)).toEqual(['Übersicht (Zielwerk)', 'Dateien', 'Fällig', 'Partner (Zielwerk)', 'Prüfbericht']);
  expect(await fake<{ value: string }>(page, `cell('Übersicht (Zielwerk)', 3, 16)`)).toMatchObject({ value: 'Quelle' });
  expect(await fake<{ value: string }>(page, `cell('Dateien', 4, 0)`)).toMatchObject({ value: expected.files[0].file });
  // the same round trips as the summary
  await page.getByRole('tab', { name: 'Überblick' }).click();
  const summary = page.getByRole('button', { name: 'Zusammenfassung erstellen' });
  await until(() => summary.isEnabled(), true);
  const mid = await fake<{ syncs: number }>(page, 'stats()');
  await summary.click();
  await page.getByText(/Zusammenfassung erstellt/).waitFor();
  expect(consolidated).toBeLessThanOrEqual((await fake<{ syncs: number }>(page, 'stats()')).syncs - mid.syncs);
  expect(requests.filter((u) => !u.startsWith(started().url))).toEqual([]);
  await context.close();
}, 90_000);

it('stores settings in the workbook', async () => {
  const { page, context } = await open({ view: 'settings' });
  await page.getByText('Einstellungen dieser Arbeitsmappe').waitFor();
  await noViolations(page);
  const weeks = page.getByLabel('Fällig in den nächsten … Wochen');
  await weeks.fill('0');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Bitte die markierten Felder prüfen.').waitFor();
  await weeks.fill('4');
  // the reference day is typed and shown as German Excel writes days
  const today = page.getByLabel('Stichtag');
  await expect(today.getAttribute('placeholder')).resolves.toBe('TT.MM.JJJJ');
  await today.fill('31.02.2019');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Bitte die markierten Felder prüfen.').waitFor();
  await today.fill('15.11.2019');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
  await page.getByRole('tab', { name: 'Überblick' }).click();
  await page.getByText('Stichtag: 15.11.2019').waitFor();
  await page.getByRole('tab', { name: 'Einstellungen' }).click();
  await expect(page.getByLabel('Stichtag').inputValue()).resolves.toBe('15.11.2019');
  await context.close();
}, 60_000);

it('fits Einstellungen into a 320 px pane and removes Zielwerk’s sheets after asking', async () => {
  const { page, context } = await open({ view: 'settings' });
  await page.setViewportSize({ width: 320, height: 900 });
  await page.getByText('Einstellungen dieser Arbeitsmappe').waitFor();
  // no horizontal scrolling, and every tab is in view
  await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(320);
  for (const tab of await page.getByRole('tab').all()) {
    const box = (await tab.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  await page.screenshot({ path: join(DOCS, 'taskpane-einstellungen.png'), fullPage: true });
  // a summary first, then take it out again
  await page.getByRole('tab', { name: 'Überblick' }).click();
  await page.getByRole('button', { name: 'Zusammenfassung erstellen' }).click();
  await page.getByText(/Zusammenfassung erstellt/).waitFor();
  await page.getByRole('tab', { name: 'Einstellungen' }).click();
  await page.getByRole('button', { name: 'Zielwerk-Daten entfernen' }).click();
  // nothing happens before the explicit yes
  expect((await fake<{ name: string }[]>(page, 'sheets()')).map((s) => s.name)).toContain('Zielwerk_Stand');
  await page.getByRole('button', { name: 'Abbrechen' }).click();
  await page.getByRole('button', { name: 'Zielwerk-Daten entfernen' }).click();
  await page.getByRole('button', { name: 'Ja, entfernen' }).click();
  await page.getByText('Entfernt: 7 Blätter').waitFor();
  const names = (await fake<{ name: string }[]>(page, 'sheets()')).map((s) => s.name);
  expect(names).toEqual((await sampleGrids()).map((g) => g.name));
  await noViolations(page);
  await context.close();
}, 60_000);

it('speaks English when Excel’s display language is English', async () => {
  const { page, context } = await open({ displayLanguage: 'en-US' });
  await page.getByText('What Zielwerk found').waitFor();
  await expect(page.getByRole('tab', { name: 'Check' }).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('button', { name: 'Create summary' }).isVisible()).resolves.toBe(true);
  await page.getByRole('tab', { name: 'Check' }).click();
  await page
    .getByRole('button', { name: /Weekday does not match/ })
    .first()
    .waitFor();
  await noViolations(page);
  await context.close();
}, 60_000);

it('says politely that an Excel below ExcelApi 1.14 is not supported, and touches nothing', async () => {
  const { page, context } = await open({ excelApi: '1.13' });
  const alert = page.getByRole('alert');
  await alert.getByText('Zielwerk braucht Excel 2021, 2024 oder Microsoft 365').waitFor();
  await expect(alert.getByText(/ExcelApi 1\.14/).isVisible()).resolves.toBe(true);
  await expect(page.getByRole('tab').count()).resolves.toBe(0);
  expect(await fake<{ runs: number }>(page, 'stats()')).toMatchObject({ runs: 0 });
  await noViolations(page);
  await context.close();
}, 60_000);

it('ships a Content-Security-Policy that allows nothing but its own host', () => {
  for (const page of ['taskpane.html', 'commands.html', 'functions.html', 'result.html', 'support.html']) {
    const html = readFileSync(join(DIST, page), 'utf8');
    const csp = /http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';
    expect([page, csp]).toEqual([page, expect.stringContaining("default-src 'self'")]);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/https?:|\*/);
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
  }
});
