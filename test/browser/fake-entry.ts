/**
 * Replaces office.js in the browser tests: installs the Excel fake over a workbook given by
 * the test (window.__ZW_SETUP__) and exposes it as window.__ZW_FAKE__ for inspection.
 */
import { createFakeOffice, installFakeOffice } from '../fake-excel/api';
import { workbookFromGrids } from '../fake-excel/model';

interface Setup {
  grids: Parameters<typeof workbookFromGrids>[0];
  displayLanguage: string;
  excelApi: string;
  settings: Record<string, unknown>;
}

const setup = (window as unknown as { __ZW_SETUP__: Setup }).__ZW_SETUP__;
const wb = workbookFromGrids(setup.grids);
for (const [k, v] of Object.entries(setup.settings)) wb.settings.set(k, v);
const fake = createFakeOffice(wb, { displayLanguage: setup.displayLanguage, excelApi: setup.excelApi });
installFakeOffice(fake);
(window as unknown as Record<string, unknown>).__ZW_FAKE__ = {
  sheets: () => wb.sheets.map((s) => ({ name: s.name, visibility: s.visibility, selected: s.selected, cells: s.cells.size })),
  active: () => wb.active,
  stats: () => ({ ...fake.stats }),
  cell: (sheet: string, row: number, col: number) => wb.sheets.find((s) => s.name === sheet)?.cells.get(`${row},${col}`) ?? null,
  /** Types a value into a cell, as a person would. */
  setCell: (sheet: string, row: number, col: number, value: string) => {
    const s = wb.sheets.find((x) => x.name === sheet)!;
    s.cells.set(`${row},${col}`, { ...(s.cells.get(`${row},${col}`) ?? {}), value });
  },
  /** The user selects a cell or range in Excel: the sheet becomes active. */
  select: (sheet: string, address: string) => {
    const s = wb.sheets.find((x) => x.name === sheet);
    if (!s) throw new Error(`no sheet ${sheet}`);
    wb.active = sheet;
    s.selected = address;
  },
  /** A sheet's text cells (row, column, value), e.g. to read back the stored layout map. */
  texts: (sheet: string) =>
    [...(wb.sheets.find((s) => s.name === sheet)?.cells ?? [])]
      .filter(([, c]) => typeof c.value === 'string' && c.value !== '')
      .map(([k, c]) => [...k.split(',').map(Number), c.value]),
};
