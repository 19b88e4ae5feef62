/**
 * Writes test/layouts/xlsx/: every layout case of test/layouts/cases as a real workbook
 * (values, number formats of date cells, merged areas, Excel Tables), so the file readers and
 * the CLI can be tried on the layouts coordinators make. Run with
 * `npx tsx scripts/make-layouts.ts` after changing a case; the files are committed.
 *
 * `npx tsx scripts/make-layouts.ts --score [case]` writes nothing: it prints how completely
 * the reader reads each case (fields right / fields stated), and the misses of the named case.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { toA1 } from '../src/core/a1';
import { extract } from '../src/core/extract';
import type { Grid, GridCell, TableArea } from '../src/core/grid';
import { readZip, writeZip } from '../src/xlsx/zip';
import { CASES } from '../test/layouts/cases';
import { score } from '../test/layouts/expect';

const DIR = join(__dirname, '..', 'test', 'layouts', 'xlsx');
/** Fixed document dates, so that writing the same case twice gives the same bytes. */
const FIXED = new Date(Date.UTC(2020, 11, 1));

function cellValue(cell: GridCell): ExcelJS.CellValue {
  switch (cell.type) {
    case 'error':
      return { error: String(cell.value) } as ExcelJS.CellErrorValue;
    case 'unreadable':
      return { formula: String(cell.value).replace(/^=/, '') } as ExcelJS.CellFormulaValue;
    default:
      return cell.value;
  }
}

function inTable(t: TableArea, cell: GridCell): boolean {
  return cell.row >= t.r1 && cell.row <= t.r2 && cell.col >= t.c1 && cell.col <= t.c2;
}

/** An Excel Table from the grid's cells in its area: the header row's texts name the columns. */
function addTable(ws: ExcelJS.Worksheet, grid: Grid, t: TableArea): void {
  const at = (r: number, c: number) => grid.cells.find((x) => x.row === r && x.col === c);
  const width = t.c2 - t.c1 + 1;
  const first = t.header ? t.r1 + 1 : t.r1;
  const columns = Array.from({ length: width }, (_, j) => ({
    name: t.header ? String(at(t.r1, t.c1 + j)?.value ?? `Spalte${j + 1}`) : `Spalte${j + 1}`,
    filterButton: true,
  }));
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = first; r <= t.r2; r++) {
    rows.push(
      Array.from({ length: width }, (_, j) => {
        const cell = at(r, t.c1 + j);
        return cell ? cellValue(cell) : null;
      }),
    );
  }
  ws.addTable({
    name: t.name,
    ref: toA1(t.r1, t.c1),
    headerRow: t.header,
    style: { theme: 'TableStyleMedium2', showRowStripes: true },
    columns,
    rows,
  });
}

/** One case as the bytes of an .xlsx file. */
export async function layoutWorkbook(grids: Grid[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zielwerk';
  wb.created = FIXED;
  wb.modified = FIXED;
  for (const grid of grids) {
    const ws = wb.addWorksheet(grid.name, { state: grid.visibility });
    const tables = grid.tables ?? [];
    for (const t of tables) addTable(ws, grid, t);
    for (const cell of grid.cells) {
      const target = ws.getCell(cell.row + 1, cell.col + 1);
      if (!tables.some((t) => inTable(t, cell))) target.value = cellValue(cell);
      if (cell.format) target.numFmt = cell.format;
    }
    for (const m of grid.merges) ws.mergeCells(m.r1 + 1, m.c1 + 1, m.r2 + 1, m.c2 + 1);
  }
  // the repo's zip writer stamps every entry with the same time: identical cases, identical files
  return Buffer.from(writeZip(readZip(Buffer.from(await wb.xlsx.writeBuffer()))));
}

async function main(): Promise<void> {
  if (process.argv.includes('--score')) {
    const only = process.argv.slice(2).find((a) => !a.startsWith('--'));
    for (const c of CASES) {
      const s = score(extract(c.grids), c);
      console.log(`${c.name.padEnd(16)} ${String(s.right).padStart(4)}/${s.fields}`);
      if (c.name === only) for (const m of s.misses) console.log(`  ${m}`);
    }
    return;
  }
  mkdirSync(DIR, { recursive: true });
  for (const f of readdirSync(DIR)) if (f.endsWith('.xlsx')) rmSync(join(DIR, f));
  for (const c of CASES) writeFileSync(join(DIR, `${c.name}.xlsx`), await layoutWorkbook(c.grids));
  console.log(`${CASES.length} layout workbooks written to ${DIR}`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
