/**
 * The task pane in real Chromium (Debian's /usr/bin/chromium via playwright-core), served
 * from dist/ on localhost, with the Excel fake injected instead of office.js and preloaded
 * with the sample workbook. Needs `npm run build` first (npm test does it).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST, type Opened, type PaneOptions, sampleGrids } from './harness';
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

it('stores settings in the workbook', async () => {
  const { page, context } = await open({ view: 'settings' });
  await page.getByText('Einstellungen dieser Arbeitsmappe').waitFor();
  await noViolations(page);
  await page.screenshot({ path: join(DOCS, 'taskpane-einstellungen.png'), fullPage: true });
  const weeks = page.getByLabel('Fällig in den nächsten … Wochen');
  await weeks.fill('0');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Bitte die markierten Felder prüfen.').waitFor();
  await weeks.fill('4');
  await page.getByRole('button', { name: 'Speichern' }).click();
  await page.getByText('Gespeichert.').waitFor();
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
