import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createFakeOffice, type FakeOffice, installFakeOffice } from '../../test/fake-excel/api';
import { workbookFromGrids } from '../../test/fake-excel/model';
import type { Grid } from '../core/grid';
import { readWorkbookBuffer } from '../xlsx/read';

let grids: Grid[];
beforeAll(async () => {
  grids = (await readWorkbookBuffer(readFileSync(join(__dirname, '..', '..', 'samples', 'umsetzungsstand-2019.xlsx')))).grids;
});

/** The command module over a fresh fake (it registers its handler when Office is ready). */
function commandsWith(excelApi: string): { fake: FakeOffice; commands: typeof import('./commands') } {
  const fake = createFakeOffice(workbookFromGrids(grids), { excelApi });
  installFakeOffice(fake);
  let commands!: typeof import('./commands');
  jest.isolateModules(() => {
    commands = require('./commands');
  });
  return { fake, commands };
}

/** Title and lines of the result dialog the command opened. */
function dialog(fake: FakeOffice): { title: string | null; lines: string[]; error: boolean } {
  const q = new URL((fake.Office as unknown as { lastDialog: string }).lastDialog).searchParams;
  return { title: q.get('title'), lines: q.getAll('line'), error: q.get('error') === '1' };
}

describe('Zusammenfassung (ribbon command)', () => {
  beforeAll(() => {
    (globalThis as unknown as { window: unknown }).window = { location: { href: 'https://localhost:3000/commands.html' } };
  });
  afterAll(() => {
    delete (globalThis as unknown as { window?: unknown }).window;
  });

  it('writes the summary sheets and reports them', async () => {
    const { fake, commands } = commandsWith('1.14');
    const completed = jest.fn();
    await commands.zielwerkSummarize({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.workbook.sheets.map((s) => s.name)).toContain('Fällig');
    expect(dialog(fake)).toMatchObject({ title: 'Zusammenfassung erstellt', error: false });
  });

  it('on an Excel below ExcelApi 1.14 says which Excel Zielwerk needs and writes nothing', async () => {
    const { fake, commands } = commandsWith('1.13');
    const before = fake.workbook.sheets.map((s) => s.name);
    const completed = jest.fn();
    await commands.zielwerkSummarize({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    expect(fake.workbook.sheets.map((s) => s.name)).toEqual(before);
    expect(fake.stats.runs).toBe(0);
    expect(dialog(fake)).toEqual({
      title: 'Zielwerk braucht Excel 2021, 2024 oder Microsoft 365',
      lines: [expect.stringContaining('Diese Excel-Version kann Zielwerk nicht ausführen'), expect.stringContaining('ExcelApi 1.14')],
      error: true,
    });
  });
});
