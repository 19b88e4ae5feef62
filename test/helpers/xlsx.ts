/** Builds real .xlsx files with ExcelJS (a dev dependency) for tests of the reader, the writer and the CLI. */
import ExcelJS from 'exceljs';

export type SheetBuilder = (ws: ExcelJS.Worksheet, wb?: ExcelJS.Workbook) => void;

export async function xlsxBuffer(sheets: Record<string, SheetBuilder>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const [name, build] of Object.entries(sheets)) build(wb.addWorksheet(name), wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Writes rows from A1 (or from `at` row/col, 1-based). */
export function rows(values: unknown[][], at = { row: 1, col: 1 }): SheetBuilder {
  return (ws) => {
    values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (v !== null && v !== undefined) ws.getCell(at.row + i, at.col + j).value = v as ExcelJS.CellValue;
      }),
    );
  };
}

/** The sample's goal-sheet template as rows. */
export function goalSheetRows(id: string, milestones: unknown[][] = [['03/19', 'Erster Schritt', null]]): unknown[][] {
  return [
    [`Ziel ${id}`],
    ['Zieltext'],
    [],
    ['Wer ist federführend für die Umsetzung?'],
    ['Ansprechperson: Frau Muster (muster@example.org)'],
    [],
    ['Wer ist beteiligt?'],
    ['A, B'],
    [],
    ['Zwischenziel bis September 2019'],
    ['Zwischenziel-Text'],
    [],
    ['Maßnahmen und Meilensteine'],
    ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
    ...milestones,
  ];
}
