import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateGrids } from '../../bench/generate';
import { createFakeOffice, type FakeOffice, installFakeOffice } from '../../test/fake-excel/api';
import { key, workbookFromGrids } from '../../test/fake-excel/model';
import { extract } from '../core/extract';
import type { Grid } from '../core/grid';
import { blankSheet, existingSheets, type SheetPlan, summarize, summaryOptions } from '../core/summarize';
import { validate } from '../core/validate';
import { readWorkbookBuffer } from '../xlsx/read';
import { applyPlan } from './apply';
import { MIN_EXCEL_API } from './features';
import {
  checkWorkbook,
  navigate,
  removeZielwerkData,
  selectCells,
  selectedRange,
  splitAddress,
  writeLayout,
  writeStructure,
  writeSummary,
} from './host';
import { grid } from '../../test/helpers/grid';
import { TAUGHT } from '../../test/helpers/taught';
import { LAYOUT_SHEET, storedLayout } from '../core/layout/store';
import { readWorkbook } from './read';
import { DEFAULT_SETTINGS, loadSettings, saveSettings } from './settings';

const SAMPLE = readFileSync(join(__dirname, '..', '..', 'samples', 'umsetzungsstand-2019.xlsx'));
const SETTINGS = { ...DEFAULT_SETTINGS, today: '2019-11-15' };
let sampleGrids: Grid[];

beforeAll(async () => {
  sampleGrids = (await readWorkbookBuffer(SAMPLE)).grids;
});

function fakeWith(grids: Grid[], options: Parameters<typeof createFakeOffice>[1] = {}): FakeOffice {
  const fake = createFakeOffice(workbookFromGrids(grids), options);
  installFakeOffice(fake);
  return fake;
}

const cellValue = (fake: FakeOffice, sheet: string, row: number, col: number) =>
  fake.workbook.sheets.find((s) => s.name === sheet)!.cells.get(key(row, col));

describe('the fake keeps Office.js semantics', () => {
  it('throws when an unloaded property is read, and on unknown sheets', async () => {
    const fake = fakeWith(sampleGrids);
    const Excel = fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    await expect(
      Excel.run(async (context) => {
        const ws = context.workbook.worksheets.getItem('7.47');
        await context.sync();
        // eslint-disable-next-line office-addins/load-object-before-read -- reading without load is what this test checks
        return ws.name;
      }),
    ).rejects.toThrow(/PropertyNotLoaded/);
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem('gibt es nicht').activate();
        await context.sync();
      }),
    ).rejects.toThrow(/ItemNotFound/);
  });
});

describe('reading the workbook', () => {
  it('gives the same grids as the ExcelJS host, in two round trips', async () => {
    const fake = fakeWith(sampleGrids);
    const Excel = fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    const read = await Excel.run((context) => readWorkbook(context as never));
    expect(fake.stats.syncs).toBe(2);
    expect(read.grids.map((g) => [g.name, g.visibility, g.cells.length])).toEqual(
      sampleGrids.map((g) => [g.name, g.visibility, g.cells.length]),
    );
    expect(extract(read.grids)).toEqual(extract(sampleGrids));
  });

  it('checks the workbook like the command line does', async () => {
    const fake = fakeWith(sampleGrids);
    const { findings } = await checkWorkbook(SETTINGS);
    expect(findings).toEqual(validate(extract(sampleGrids), { today: '2019-11-15' }));
    expect([fake.stats.runs, fake.stats.syncs]).toEqual([1, 2]);
  });

  it('reads a used range too large for one request by its non-empty cells', async () => {
    const sparse: Grid = {
      name: 'Weit',
      visibility: 'visible',
      cells: [
        { row: 0, col: 0, type: 'string', value: 'Ziel 1.2' },
        { row: 40, col: 3000, type: 'string', value: 'weit weg' },
      ],
      merges: [],
    };
    const fake = fakeWith([...sampleGrids, sparse], { maxCellsPerGet: 20_000, excelApi: MIN_EXCEL_API });
    const Excel = fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    const read = await Excel.run((context) => readWorkbook(context as never, 20_000));
    expect(read.grids.find((g) => g.name === 'Weit')!.cells.map((c) => c.value)).toEqual(['Ziel 1.2', 'weit weg']);
    expect(read.grids.find((g) => g.name === '7.47')!.cells).toEqual(sampleGrids.find((g) => g.name === '7.47')!.cells);
  });

  it('fails on an Excel below the minimum instead of reading without merged areas', async () => {
    fakeWith(sampleGrids, { excelApi: '1.12' });
    await expect(checkWorkbook(SETTINGS)).rejects.toThrow(/ApiNotFound: getMergedAreasOrNullObject needs ExcelApi 1\.13/);
  });
});

describe('writing the summary', () => {
  it('writes every summary sheet in one more round trip (three in all)', async () => {
    const fake = fakeWith(sampleGrids);
    const result = await writeSummary(SETTINGS);
    expect([fake.stats.runs, fake.stats.syncs]).toEqual([1, 3]);
    const names = fake.workbook.sheets.map((s) => s.name);
    expect(names.slice(0, 6)).toEqual(['Übersicht (Zielwerk)', 'Fällig', 'Partner (Zielwerk)', 'Zeitplan', 'Prüfbericht', 'Änderungen']);
    expect(names.slice(6, 6 + sampleGrids.length)).toEqual(sampleGrids.map((g) => g.name));
    expect(names[names.length - 1]).toBe('Zielwerk_Stand');
    expect(fake.workbook.sheets.find((s) => s.name === 'Zielwerk_Stand')!.visibility).toBe('VeryHidden');
    expect(fake.workbook.active).toBe('Übersicht (Zielwerk)');
    expect(result.report.skipped).toEqual([]);
    const ov = fake.workbook.sheets[0];
    expect(ov.tables.map((t) => t.name)).toEqual(['ZW_Uebersicht']);
    expect(ov.conditionalFormats.map((c) => c.type)).toEqual(['IconSet', 'DataBar', 'CellValue', 'CellValue']);
    expect(ov.freeze).toEqual({ rows: 4, columns: 2 });
    expect(cellValue(fake, 'Übersicht (Zielwerk)', 12, 1)).toMatchObject({ value: '7.47', formula: '=HYPERLINK("#\'7.47\'!A1","7.47")' });
    expect(cellValue(fake, 'Übersicht (Zielwerk)', 12, 12)).toMatchObject({ value: 43599, numberFormat: 'DD.MM.YYYY' });
    const timeline = fake.workbook.sheets.find((s) => s.name === 'Zeitplan')!;
    expect(timeline.charts).toEqual([
      {
        type: 'ColumnStacked',
        source: expect.any(String),
        title: 'Meilensteine je Leitziel nach Stand',
        position: expect.any(Array),
        // every series in its legend colour: erledigt green, überfällig red, bald fällig yellow, geplant blue …
        colors: ['#70AD47', '#C00000', '#FFC000', '#4472C4', '#A5A5A5', '#D9D9D9', '#595959'],
      },
    ]);
    expect(fake.workbook.sheets.find((s) => s.name === 'Fällig')!.pageLayout).toMatchObject({
      orientation: 'Landscape',
      printTitleRows: '$4:$4',
      // a fixed, readable scale and narrow margins (points), never "fit to one page"
      zoom: { scale: expect.any(Number) },
      leftMargin: 28.8,
      rightMargin: 28.8,
    });
    // a sheet wider than a page at 8 pt repeats its first columns on the pages across
    expect(fake.workbook.sheets.find((s) => s.name === 'Übersicht (Zielwerk)')!.pageLayout).toMatchObject({ printTitleColumns: '$A:$C' });
  });

  it('asks before it replaces a generated sheet changed by hand, naming the cells', async () => {
    const fake = fakeWith(sampleGrids);
    await writeSummary(SETTINGS);
    await writeStructure(SETTINGS);
    // what Zielwerk wrote itself is replaced without a question, by either command
    expect((await writeSummary(SETTINGS)).edits).toEqual([]);
    expect((await writeStructure(SETTINGS)).edits).toEqual([]);
    const ziele = fake.workbook.sheets.find((s) => s.name === 'Ziele')!;
    const [address, cell] = [...ziele.cells].find(([, c]) => c.value === 'grün')!;
    ziele.cells.set(address, { ...cell, value: 'blau' });
    const asked = await writeStructure(SETTINGS);
    expect(asked.edits).toEqual([{ sheet: 'Ziele', cells: [expect.stringMatching(/^F\d+$/)] }]);
    expect(asked.report.written).toEqual([]);
    expect(ziele.cells.get(address)!.value).toBe('blau');
    const forced = await writeStructure(SETTINGS, { force: true });
    expect(forced.report.replaced).toContain('Ziele');
    expect((await writeStructure(SETTINGS)).edits).toEqual([]);
  });

  it('removes every sheet Zielwerk added, and only those ("Zielwerk-Daten entfernen")', async () => {
    const fake = fakeWith(sampleGrids);
    const before = JSON.stringify(fake.workbook.sheets.map((s) => [s.name, [...s.cells]]));
    await writeSummary(SETTINGS);
    await writeStructure(SETTINGS);
    expect(fake.workbook.sheets.map((s) => s.name)).toContain('Zielwerk_Stand');
    const r = await removeZielwerkData(SETTINGS);
    expect(r.plan.remove).toEqual(expect.arrayContaining(['Fällig', 'Zielwerk_Stand', 'Ziele', 'Meilensteine', 'Partnerliste']));
    expect(JSON.stringify(fake.workbook.sheets.map((s) => [s.name, [...s.cells]]))).toBe(before);
    expect((await removeZielwerkData(SETTINGS)).plan.remove).toEqual([]);
  });

  it('leaves every source cell as it was', async () => {
    const fake = fakeWith(sampleGrids);
    const before = JSON.stringify(fake.workbook.sheets.map((s) => [s.name, [...s.cells]]));
    await writeSummary(SETTINGS);
    const after = JSON.stringify(
      fake.workbook.sheets.filter((s) => sampleGrids.some((g) => g.name === s.name)).map((s) => [s.name, [...s.cells]]),
    );
    expect(after).toBe(before);
  });

  it('replaces its sheets in place on the next run', async () => {
    const fake = fakeWith(sampleGrids);
    await writeSummary(SETTINGS);
    const first = fake.workbook.sheets.map((s) => s.name);
    // the user moves Fällig behind the goal sheets
    const due = fake.workbook.sheets.splice(1, 1)[0];
    fake.workbook.sheets.splice(10, 0, due);
    fake.resetStats();
    await writeSummary({ ...SETTINGS, today: '2019-11-20' });
    expect(fake.stats.syncs).toBe(3);
    expect(fake.workbook.sheets.map((s) => s.name).sort()).toEqual([...first].sort());
    expect(fake.workbook.sheets[10].name).toBe('Fällig');
    expect(cellValue(fake, 'Fällig', 0, 0)!.value).toBe('Fällige Meilensteine – Stand 20.11.2019');
    expect(String(cellValue(fake, 'Änderungen', 2, 0)!.value)).toMatch(/^Vergleich: 15\.11\.2019 → 20\.11\.2019/);
  });

  it('writes text that looks like a formula as text', async () => {
    // (a tab before "=1+1" is cleaned away when the cell is read; the rest stays)
    const nasty = ['=HYPERLINK("http://evil.example","klick")', '+49 5251 308', '-1+2', '@SUMME(A1)', '=1+1'];
    const g: Grid = {
      name: '7.47',
      visibility: 'visible',
      merges: [],
      cells: [
        { row: 0, col: 0, type: 'string', value: 'Ziel 7.47' },
        { row: 1, col: 0, type: 'string', value: 'Wer ist federführend?' },
        { row: 2, col: 0, type: 'string', value: 'Frau Muster' },
        { row: 3, col: 0, type: 'string', value: 'MM/JJ' },
        { row: 3, col: 1, type: 'string', value: 'Maßnahme' },
        { row: 3, col: 2, type: 'string', value: 'Bericht' },
        ...nasty.flatMap((t, i) => [
          { row: 4 + i, col: 0, type: 'string' as const, value: `0${i + 1}/19` },
          { row: 4 + i, col: 1, type: 'string' as const, value: t },
        ]),
      ],
    };
    const fake = fakeWith([g]);
    await writeSummary(SETTINGS);
    const generated = fake.workbook.sheets.filter((s) => s.name !== '7.47');
    // the only formulas are the links Zielwerk built from sheet names and addresses
    const formulas = generated.flatMap((s) => [...s.cells.values()].filter((c) => c.formula).map((c) => c.formula!));
    expect(formulas.length).toBeGreaterThan(0);
    for (const f of formulas) expect(f).toMatch(/^=HYPERLINK\("#'7\.47'!A\d+","(?:[^"]|"")*"\)$/);
    const texts = generated.flatMap((s) => [...s.cells.values()].map((c) => c.value));
    for (const t of nasty) expect(texts).toContain(t);
  });

  it('needs nothing above the minimum ExcelApi: dropdowns, print setup, merged areas on exactly 1.14', async () => {
    const fake = fakeWith(sampleGrids, { excelApi: MIN_EXCEL_API });
    const summary = await writeSummary(SETTINGS);
    expect(summary.report.skipped).toEqual([]);
    expect(fake.workbook.sheets.find((s) => s.name === 'Fällig')!.pageLayout).toMatchObject({ orientation: 'Landscape' });
    const structure = await writeStructure(SETTINGS);
    expect(structure.report.skipped).toEqual([]);
    const ziele = fake.workbook.sheets.find((s) => s.name === 'Ziele')!;
    expect(ziele.tables[0].name).toBe('Ziele');
    expect(ziele.validations.length).toBeGreaterThan(0);
  });

  it('splits a very large plan into several requests instead of exceeding the 5 MB limit', async () => {
    const fake = fakeWith(generateGrids(20, 3000), { maxRequestBytes: 1_000_000 });
    const Excel = fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    const grids = generateGrids(20, 3000);
    const model = extract(grids);
    const plan = summarize(
      { model, findings: validate(model, { today: '2020-06-30' }), existing: existingSheets(grids), previous: null },
      summaryOptions({ today: '2020-06-30' }),
    );
    await Excel.run((context) => applyPlan(context as never, plan, [], 800_000));
    // applying alone would be one request; this plan needs several below the (lowered) limit
    expect(fake.stats.syncs).toBeGreaterThan(1);
    expect(fake.workbook.sheets.some((s) => s.name.startsWith('~zielwerk'))).toBe(false);
  });

  it('leaves no half-written sheet when the batch fails', async () => {
    const fake = fakeWith(sampleGrids);
    const Excel = fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> };
    const bad = blankSheet('overview', 'Kaputt');
    bad.values = [['x']];
    bad.formats = [{ range: 'A1:XFE1', bold: true }];
    const plan: SheetPlan = { lang: 'de', today: '2019-11-15', sheets: [bad] };
    await expect(Excel.run((context) => applyPlan(context as never, plan))).rejects.toThrow(/InvalidArgument|bad address/);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(sampleGrids.map((g) => g.name));
  });

  it.each([10, 500])(
    'needs the same round trips for %i goal sheets',
    async (n) => {
      const fake = fakeWith(generateGrids(n, n * 4));
      await checkWorkbook(SETTINGS);
      expect(fake.stats.syncs).toBe(2);
      fake.resetStats();
      await writeSummary(SETTINGS);
      expect(fake.stats.syncs).toBe(3);
      fake.resetStats();
      await writeStructure(SETTINGS);
      expect(fake.stats.syncs).toBe(3);
    },
    60_000,
  );
});

describe('navigating and settings', () => {
  it('selects a finding’s cell in one round trip', async () => {
    const fake = fakeWith(sampleGrids);
    await navigate('7.47', 'B18');
    expect([fake.workbook.active, fake.workbook.sheets.find((s) => s.name === '7.47')!.selected, fake.stats.syncs]).toEqual([
      '7.47',
      'B18',
      1,
    ]);
  });

  it('selects the cells Zielwerk did not understand in one round trip (the first where Excel cannot select several)', async () => {
    const selected = async (excelApi: string) => {
      const fake = fakeWith(sampleGrids, { excelApi });
      await selectCells('7.47', ['D14', 'D15', 'F2']);
      return [fake.workbook.active, fake.workbook.sheets.find((s) => s.name === '7.47')!.selected, fake.stats.syncs];
    };
    expect(await selected('1.18')).toEqual(['7.47', 'D14,D15,F2', 1]);
    expect(await selected('1.14')).toEqual(['7.47', 'D14', 1]);
  });

  it('keeps settings in the workbook and repairs bad ones', async () => {
    const fake = fakeWith(sampleGrids);
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ today: '2019-11-15', weeks: 4, bounds: { leitziel: [1, 13], mittlerziel: [1, 80] }, lang: 'en' });
    expect(loadSettings()).toEqual({ today: '2019-11-15', weeks: 4, bounds: { leitziel: [1, 13], mittlerziel: [1, 80] }, lang: 'en' });
    fake.workbook.settings.set('zielwerk.settings', { today: 'gestern', weeks: -3, bounds: { leitziel: [5, 1] }, lang: 'fr' });
    expect(loadSettings()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('teaching a layout', () => {
  const fahrplan = TAUGHT.find((c) => c.kind === 'milestone-list')!;
  const adressen = TAUGHT.find((c) => c.kind === 'partner-list')!;
  const taughtGrids = () => [grid(fahrplan.sheet, fahrplan.rows), grid(adressen.sheet, adressen.rows)];
  /** The fake's sheets as grids, the way the pane reads them. */
  const reread = (fake: FakeOffice) =>
    (fake.Excel as { run<T>(f: (c: Excel.RequestContext) => Promise<T>): Promise<T> }).run((c) => readWorkbook(c as never));

  it('reads the selection in Excel: its sheet and address, in one round trip', async () => {
    const fake = fakeWith(taughtGrids());
    fake.workbook.active = adressen.sheet;
    fake.workbook.sheets[1].selected = 'B2:C3';
    fake.resetStats();
    await expect(selectedRange()).resolves.toEqual({ sheet: adressen.sheet, address: 'B2:C3' });
    expect([fake.stats.runs, fake.stats.syncs]).toEqual([1, 1]);
    expect(splitAddress("'Plan 2020 ''neu'''!$B$4")).toEqual({ sheet: "Plan 2020 'neu'", address: 'B4' });
    expect(splitAddress('Fahrplan!A1:D1')).toEqual({ sheet: 'Fahrplan', address: 'A1:D1' });
  });

  it('stores the map in a very hidden sheet, replaces it on the next save and keeps the other entries', async () => {
    const fake = fakeWith(taughtGrids());
    const before = JSON.stringify(fake.workbook.sheets.map((s) => [s.name, [...s.cells]]));
    const first = await writeLayout({ version: 1, sheets: [fahrplan.map] }, 'de');
    expect(first.missing).toEqual([]);
    expect(first.stored.sheets[0].fingerprint).toEqual(['Bezug', 'Frist', 'Vorhaben', 'Fortschritt']);
    await writeLayout({ version: 1, sheets: [adressen.map, { sheet: 'Gibt es nicht', kind: 'ignore' }] }, 'de');
    expect(fake.workbook.sheets.map((s) => [s.name, s.visibility])).toEqual([
      [fahrplan.sheet, 'Visible'],
      [adressen.sheet, 'Visible'],
      [LAYOUT_SHEET, 'VeryHidden'],
    ]);
    // the user's cells are as they were
    expect(JSON.stringify(fake.workbook.sheets.slice(0, 2).map((s) => [s.name, [...s.cells]]))).toBe(before);
    const { grids } = await reread(fake);
    const kept = storedLayout(grids);
    expect(kept && 'map' in kept && kept.map.sheets.map((e) => e.sheet)).toEqual([fahrplan.sheet, adressen.sheet]);
    const model = extract(grids);
    expect(model.sheets.filter((x) => x.kind !== 'generated').map((x) => [x.sheet, x.coverage])).toEqual([
      [fahrplan.sheet, 1],
      [adressen.sheet, 1],
    ]);
    expect((await checkWorkbook(SETTINGS)).grids.map((g) => g.name)).toContain(LAYOUT_SHEET);
  });

  it('writes nothing when no entry names a sheet of the workbook', async () => {
    const fake = fakeWith(taughtGrids());
    const w = await writeLayout({ version: 1, sheets: [{ sheet: 'Anderswo', kind: 'ignore' }] }, 'de');
    expect([w.stored.sheets, w.missing]).toEqual([[], ['Anderswo']]);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual([fahrplan.sheet, adressen.sheet]);
  });
});
