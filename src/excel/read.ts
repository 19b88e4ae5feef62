/**
 * Office.js host, read side: the workbook → Grid[]. One round trip for the sheet list (and
 * the workbook's table names), one for every sheet's used range — values, value types,
 * number formats and merged areas — whatever the number of sheets. When the used ranges are
 * too large for one request (a lone cell at XFD1048576 next to A1, or more than a few million
 * cells), the workbook is read again in blocks: large sheets by their non-empty cells.
 */
import { parseRange } from '../core/a1';
import type { Grid, GridCell, MergeArea, Visibility } from '../core/grid';
import { sortCells } from '../core/grid';

/** Excel answers at most this many cells per request (5 million) and 5 MB per payload. */
export const MAX_CELLS_PER_GET = 1_000_000;
/** Zielwerk reads at most this many cells per workbook; beyond, sheets are marked truncated. */
export const MAX_CELLS = 5_000_000;

export interface WorkbookRead {
  grids: Grid[];
  /** Names of all Excel tables in the workbook (so new ones can be named uniquely). */
  tableNames: string[];
}

interface SheetLoad {
  ws: Excel.Worksheet;
  name: string;
  visibility: Visibility;
  used: Excel.Range;
  merged: Excel.RangeAreas;
}

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

export async function readWorkbook(context: Excel.RequestContext, maxCellsPerGet = MAX_CELLS_PER_GET): Promise<WorkbookRead> {
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  const tables = context.workbook.tables;
  tables.load('items/name');
  await context.sync();

  const loads: SheetLoad[] = sheets.items.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat');
    const merged = used.getMergedAreasOrNullObject();
    merged.load('areas/items/address');
    return { ws, name: ws.name, visibility: VISIBILITY[ws.visibility] ?? 'visible', used, merged };
  });
  let grids: Grid[];
  try {
    await context.sync();
    grids = loads.map((l) => toGrid(l, l.used.isNullObject ? null : l.used, l.merged));
  } catch (e) {
    if (!isTooLarge(e)) throw e;
    grids = await readInBlocks(context, loads, maxCellsPerGet);
  }
  return { grids, tableNames: tables.items.map((t) => t.name) };
}

/** Errors Excel gives for a request or response that is too large. */
export function isTooLarge(e: unknown): boolean {
  const code = (e as { code?: string })?.code ?? '';
  const msg = (e as { message?: string })?.message ?? '';
  return /PayloadSizeLimitExceeded|ResponsePayloadSizeLimitExceeded|RequestPayloadSizeLimitExceeded|InsufficientMemory|TooManyCells/i.test(
    code + ' ' + msg,
  );
}

/**
 * The fallback for oversized used ranges: sizes first; then small sheets whole and large ones
 * by their non-empty cells (constants and formulas), up to MAX_CELLS in all.
 */
async function readInBlocks(context: Excel.RequestContext, loads: SheetLoad[], maxCellsPerGet: number): Promise<Grid[]> {
  const sized = loads.map((l) => {
    const used = l.ws.getUsedRangeOrNullObject(true);
    used.load('address,rowIndex,columnIndex,rowCount,columnCount');
    return { l, used };
  });
  await context.sync();
  // large sheets: ask where the cells are
  const areas = sized.map(({ used }) => {
    if (used.isNullObject || used.rowCount * used.columnCount <= maxCellsPerGet) return null;
    const constants = used.getSpecialCellsOrNullObject('Constants');
    const formulas = used.getSpecialCellsOrNullObject('Formulas');
    constants.load('areas/items/address,areas/items/rowCount,areas/items/columnCount');
    formulas.load('areas/items/address,areas/items/rowCount,areas/items/columnCount');
    return [constants, formulas];
  });
  if (areas.some(Boolean)) await context.sync();
  let budget = MAX_CELLS;
  const plans = sized.map(({ l, used }, i) => {
    const blocks: Excel.Range[] = [];
    let truncated = false;
    const take = (address: string, cells: number) => {
      if (cells > budget || cells > maxCellsPerGet) {
        truncated = true;
        return;
      }
      budget -= cells;
      const block = l.ws.getRange(address);
      block.load('address,rowIndex,columnIndex,rowCount,columnCount,values,valueTypes,numberFormat');
      blocks.push(block);
    };
    if (used.isNullObject) return { l, blocks, truncated };
    const found = areas[i];
    if (!found) take(used.address, used.rowCount * used.columnCount);
    else {
      for (const ra of found) {
        if (ra.isNullObject) continue;
        for (const a of ra.areas.items) take(a.address, a.rowCount * a.columnCount);
      }
    }
    return { l, blocks, truncated };
  });
  await context.sync();
  return plans.map(({ l, blocks, truncated }) => {
    const grid = toGrid(l, null, null);
    for (const b of blocks) grid.cells.push(...cellsOf(b));
    sortCells(grid.cells);
    if (truncated) grid.truncated = { keptCells: grid.cells.length, limit: MAX_CELLS };
    return grid;
  });
}

function toGrid(l: Pick<SheetLoad, 'name' | 'visibility'>, used: Excel.Range | null, merged: Excel.RangeAreas | null): Grid {
  const merges: MergeArea[] = [];
  if (merged && !merged.isNullObject) {
    for (const a of merged.areas.items) {
      const r = parseRange(a.address);
      if (r) merges.push(r);
    }
  }
  return { name: l.name, visibility: l.visibility, cells: used ? cellsOf(used) : [], merges };
}

/** The non-empty cells of a loaded range, with Office.js value types mapped to grid types. */
function cellsOf(range: Excel.Range): GridCell[] {
  const cells: GridCell[] = [];
  const { values, valueTypes, numberFormat, rowIndex, columnIndex } = range;
  for (let r = 0; r < values.length; r++) {
    const vr = values[r];
    for (let c = 0; c < vr.length; c++) {
      const v = vr[c];
      const type = valueTypes[r][c];
      if (type === 'Empty' || v === '' || v === null || v === undefined) continue;
      const fmt = numberFormat[r][c];
      const format = typeof fmt === 'string' && fmt !== 'General' ? fmt : undefined;
      const row = rowIndex + r;
      const col = columnIndex + c;
      if (type === 'Error') cells.push({ row, col, type: 'error', value: String(v) });
      else if (typeof v === 'number') cells.push({ row, col, type: 'number', value: v, ...(format ? { format } : {}) });
      else if (typeof v === 'boolean') cells.push({ row, col, type: 'boolean', value: v });
      else if (typeof v === 'string') cells.push({ row, col, type: 'string', value: v, ...(format ? { format } : {}) });
      else cells.push({ row, col, type: 'unreadable', value: String(type) });
    }
  }
  return cells;
}
