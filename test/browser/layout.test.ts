/**
 * Teaching Zielwerk a layout in the task pane (issue 19), in real Chromium with the Excel fake:
 * for each sheet kind a sheet the built-in readers cannot read is shown as not (fully) read;
 * the user teaches it through "Lesart anpassen" (kind, header row taken from the selection in
 * Excel, column roles, a goal sheet's label words), the preview shows it fully read, and after
 * "Speichern" the Struktur view shows 100 % and the workbook keeps the map in its very hidden
 * sheet, where extract() reads it back. Also "Lesart aus Datei übernehmen" with a .json file.
 * The screenshots of the editor and its preview are the user guide's (npm run docs).
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { extract } from '../../src/core/extract';
import type { Grid } from '../../src/core/grid';
import { t } from '../../src/core/i18n';
import '../../src/core/i18n/layoutCli';
import { roleLabel } from '../../src/core/extract/roles';
import { LAYOUT_SHEET, storedLayout } from '../../src/core/layout/store';
import { grid } from '../helpers/grid';
import { type TaughtCase, TAUGHT } from '../helpers/taught';
import { DOCS, fake, noViolations, startedPages, until } from './pane';

const started = startedPages();

const roleName = (role: string) => (role === 'round' || role === 'ignore' ? t('de', `layout.role.${role}`) : roleLabel('de', role));

/** The Struktur table's row of a sheet. */
const rowOf = (page: Page, sheet: string) => page.getByRole('row').filter({ has: page.getByRole('cell', { name: sheet, exact: true }) });

/** Picks an option of a Fluent dropdown. */
async function choose(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** The workbook's stored map sheet, as a grid (from the fake's cells). */
async function storedGrid(page: Page): Promise<Grid> {
  const cells = await fake<[number, number, string][]>(page, `texts(${JSON.stringify(LAYOUT_SHEET)})`);
  return {
    name: LAYOUT_SHEET,
    visibility: 'veryHidden',
    cells: cells.map(([row, col, value]) => ({ row, col, type: 'string' as const, value })).sort((a, b) => a.row - b.row || a.col - b.col),
    merges: [],
  };
}

/** Checks the view, the fake workbook and the stored map after "Speichern". */
async function expectStored(page: Page, c: TaughtCase, sheetGrid: Grid): Promise<void> {
  await page.getByText(/^Lesart gespeichert \(1 Blatt\)\.$/).waitFor();
  // the view shows the workbook read again: nothing left unread on the sheet
  const row = rowOf(page, c.sheet);
  await expect(row.getByRole('button', { name: /nicht verstanden hat/ }).count()).resolves.toBe(0);
  if (c.kind !== 'ignore') await expect(row.getByRole('cell', { name: '100 %', exact: true }).count()).resolves.toBe(1);
  const sheets = await fake<{ name: string; visibility: string }[]>(page, 'sheets()');
  expect(sheets.map((s) => [s.name, s.visibility])).toEqual([
    [c.sheet, 'Visible'],
    [LAYOUT_SHEET, 'VeryHidden'],
  ]);
  const layout = await storedGrid(page);
  const kept = storedLayout([layout]);
  expect(kept && 'map' in kept && kept.map.sheets.map((e) => e.kind)).toEqual([c.kind]);
  const model = extract([sheetGrid, layout]);
  expect(model.sheets[0]).toMatchObject({ sheet: c.sheet, coverage: 1, unreadCount: 0 });
  expect(model.goals.map((g) => g.id)).toEqual(c.goals);
  expect(model.problems).toEqual([]);
}

describe('teaching a sheet in the Struktur view', () => {
  it.each(TAUGHT.map((c) => [c.kind, c] as const))(
    'a %s sheet the built-in readers cannot read becomes fully read',
    async (_kind, c) => {
      const sheetGrid = grid(c.sheet, c.rows);
      const { page, context } = await started().open('taskpane.html', { view: 'structure', grids: [sheetGrid] });
      await page.getByText('Wie die Blätter gelesen wurden').waitFor();
      const row = rowOf(page, c.sheet);
      await expect(row.getByRole('cell', { name: '100 %', exact: true }).count()).resolves.toBe(0);

      // keyboard: the button opens the editor, whose heading takes the focus
      await page.getByRole('button', { name: `Lesart von Blatt „${c.sheet}“ anpassen` }).focus();
      await page.keyboard.press('Enter');
      const heading = page.getByRole('heading', { name: `Lesart von „${c.sheet}“` });
      await heading.waitFor();
      await until(() => heading.evaluate((h) => h === document.activeElement), true);

      await choose(page, 'Art des Blatts', t('de', `layout.kind.${c.kind}`));
      const header = c.map.header;
      if (header) {
        // the user selects a cell of the header row in Excel and takes it over
        await page.evaluate(`window.__ZW_FAKE__.select(${JSON.stringify(c.sheet)}, 'B${header.row}')`);
        await page.getByRole('button', { name: 'Zeile der Auswahl in Excel als Kopfzeile übernehmen' }).click();
        await until(() => page.getByLabel('Kopfzeile (Zeilennummer)').inputValue(), String(header.row));
        for (const [col, role] of Object.entries(header.columns)) {
          const text = String(c.rows[header.row - 1][col.charCodeAt(0) - 65] ?? '');
          await choose(page, `Spalte ${col}: ${text}`, roleName(role));
        }
      }
      if (c.kind === 'goal-sheet') {
        // a detail's cell, taken from the selection …
        await page.evaluate(`window.__ZW_FAKE__.select(${JSON.stringify(c.sheet)}, 'B3')`);
        await page.getByRole('button', { name: 'Ausgewählte Zelle in Excel für „Ziel-Nr.“ übernehmen' }).click();
        await until(() => page.getByLabel('Ziel-Nr.', { exact: true }).inputValue(), 'B3');
      }
      for (const [field, place] of Object.entries(c.map.fields ?? {})) {
        // … or the label words in front of it
        const label = t('de', `layout.field.${field}`);
        await page.getByLabel(label, { exact: true }).fill(Array.isArray(place) ? place.join('; ') : String(place));
      }

      // the preview: what would be read, before anything is stored
      const preview = page.getByRole('status').filter({ hasText: 'Vorschau: so würde Zielwerk lesen' });
      await until(() => preview.getByText('100 %', { exact: true }).count(), 1);
      const text = await preview.textContent();
      for (const goal of c.goals) expect(text).toContain(goal);
      expect(text).toContain(`Meilensteine${c.milestones}`);
      if (c.partners) expect(text).toContain(`Partner${c.partners}`);
      if (c.checks) expect(text).toContain(`Nachfragen${c.checks}`);
      await noViolations(page);
      if (c.kind === 'milestone-list') {
        await page.screenshot({ path: join(DOCS, 'lesart-editor.png'), fullPage: true });
        await preview.screenshot({ path: join(DOCS, 'lesart-vorschau.png') });
      }
      // nothing is written before "Speichern"
      expect((await fake<{ name: string }[]>(page, 'sheets()')).map((s) => s.name)).toEqual([c.sheet]);

      await page.getByRole('button', { name: 'Speichern' }).click();
      await expectStored(page, c, sheetGrid);
      // focus is back on the sheet's button
      await until(
        () => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? ''),
        `Lesart von Blatt „${c.sheet}“ anpassen`,
      );
      await noViolations(page);
      await context.close();
    },
    60_000,
  );

  it('says so when the selection is on another sheet, and cancels without writing', async () => {
    const c = TAUGHT.find((x) => x.kind === 'milestone-list')!;
    const other = grid('Anderes', [['x']]);
    const { page, context } = await started().open('taskpane.html', { view: 'structure', grids: [grid(c.sheet, c.rows), other] });
    await page.getByRole('button', { name: `Lesart von Blatt „${c.sheet}“ anpassen` }).click();
    await page.evaluate(`window.__ZW_FAKE__.select('Anderes', 'A1')`);
    await page.getByRole('button', { name: 'Zeile der Auswahl in Excel als Kopfzeile übernehmen' }).click();
    await page.getByRole('alert').getByText('Die Auswahl liegt auf Blatt „Anderes“. Bitte eine Zelle auf „Fahrplan“ auswählen.').waitFor();
    await page.getByLabel('Kopfzeile (Zeilennummer)').fill('0');
    await page.getByText('Eine Zeilennummer ab 1, z. B. 3').waitFor();
    await expect(page.getByRole('button', { name: 'Speichern' }).isDisabled()).resolves.toBe(true);
    await page.getByRole('button', { name: 'Abbrechen' }).click();
    await page.getByText('Wie die Blätter gelesen wurden').waitFor();
    expect((await fake<{ name: string }[]>(page, 'sheets()')).map((s) => s.name)).toEqual([c.sheet, 'Anderes']);
    await context.close();
  }, 60_000);
});

describe('taking a layout from a file', () => {
  it('previews a .json map and stores it; a broken file is said in German', async () => {
    const c = TAUGHT.find((x) => x.kind === 'milestone-list')!;
    const sheetGrid = grid(c.sheet, c.rows);
    const { page, context } = await started().open('taskpane.html', { view: 'structure', grids: [sheetGrid] });
    const input = page.getByLabel('Lesart aus Datei übernehmen');
    await input.waitFor();
    await input.setInputFiles({
      name: 'kaputt.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"version": 1, "sheets": [{"sheet": "Fahrplan", "kind": "tabelle"}]}'),
    });
    const alert = page.getByRole('alert');
    await alert.getByText('„kaputt.json“ ist keine gültige Lesart:').waitFor();
    await expect(alert.textContent()).resolves.toMatch(/sheets\.0\.kind: eine Blattart/);
    await input.setInputFiles({ name: 'lesart.json', mimeType: 'application/json', buffer: Buffer.from('{ nicht json') });
    await alert.getByText('„lesart.json“ ist kein gültiges JSON.').waitFor();

    const map = { version: 1, sheets: [c.map, { sheet: 'Gibt es hier nicht', kind: 'ignore' }] };
    await input.setInputFiles({ name: 'vorlage.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(map)) });
    await page.getByRole('heading', { name: 'Lesart aus „vorlage.json“' }).waitFor();
    const preview = page.getByRole('status').filter({ hasText: 'Vorschau' });
    await expect(preview.getByRole('listitem').textContent()).resolves.toMatch(
      /^Fahrplan – Meilensteinliste \(1\.2, 2\.5\): \d+ % → 100 %$/,
    );
    await preview.getByText('Diese Blätter gibt es in dieser Mappe nicht, sie werden nicht übernommen: Gibt es hier nicht').waitFor();
    await noViolations(page);
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expectStored(page, c, sheetGrid);
    await context.close();
  }, 60_000);
});
