/** Writes the generated benchmark workbook as a real .xlsx file (ExcelJS), for the CLI benchmark. */
import ExcelJS from 'exceljs';
import { isDateFormat, serialToIso } from '../src/core/dates/serial';
import type { Grid } from '../src/core/grid';

export async function writeGridsAsXlsx(grids: Grid[], file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const g of grids) {
    const ws = wb.addWorksheet(g.name);
    for (const c of g.cells) {
      const cell = ws.getCell(c.row + 1, c.col + 1);
      if (c.type === 'number' && isDateFormat(c.format)) {
        const iso = serialToIso(c.value as number)!;
        cell.value = new Date(`${iso}T00:00:00Z`);
        cell.numFmt = c.format!;
      } else cell.value = c.value as ExcelJS.CellValue;
    }
    for (const m of g.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  await wb.xlsx.writeFile(file);
}
