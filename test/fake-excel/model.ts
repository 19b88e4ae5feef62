/**
 * The workbook behind the fake Excel JS API: sheets of cells with values, number formats,
 * formats, links, merges, tables, charts, conditional formats, validations, page layout.
 * Plain data, shared by the Node tests and the browser tests.
 *
 * Like Excel, a string written as a value that starts with =, +, - or @ becomes a formula,
 * unless the cell's number format is "@" (text). Tests use this to prove text stays text.
 */

export interface FakeCell {
  value: string | number | boolean;
  /** Set when Excel would have turned the written text into a formula. */
  formula?: string;
  numberFormat?: string;
  type?: 'Error';
  format?: Record<string, unknown>;
  hyperlink?: { documentReference?: string; address?: string; textToDisplay?: string };
}

export interface FakeSheet {
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<string, FakeCell>;
  merges: string[];
  tables: { name: string; address: string; style: string }[];
  charts: { type: string; source: string; title: string; position: [string, string] | null; colors?: (string | null)[] }[];
  conditionalFormats: { address: string; type: string; settings: Record<string, unknown> }[];
  validations: { address: string; rule: unknown; errorAlert: unknown }[];
  freeze: { rows: number; columns: number } | null;
  pageLayout: Record<string, unknown>;
  rowHeights: Map<number, number>;
  columnWidths: Map<number, number>;
  selected: string | null;
}

export interface FakeWorkbook {
  sheets: FakeSheet[];
  active: string | null;
  settings: Map<string, unknown>;
}

export function newSheet(name: string, visibility: FakeSheet['visibility'] = 'Visible'): FakeSheet {
  return {
    name,
    visibility,
    tabColor: '',
    cells: new Map(),
    merges: [],
    tables: [],
    charts: [],
    conditionalFormats: [],
    validations: [],
    freeze: null,
    pageLayout: {},
    rowHeights: new Map(),
    columnWidths: new Map(),
    selected: null,
  };
}

export const key = (row: number, col: number): string => `${row},${col}`;

/** Builds a fake workbook from grids (the same shape the core uses). */
export function workbookFromGrids(
  grids: {
    name: string;
    visibility: 'visible' | 'hidden' | 'veryHidden';
    cells: { row: number; col: number; type: string; value: string | number | boolean; format?: string }[];
  }[],
): FakeWorkbook {
  const vis = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;
  return {
    sheets: grids.map((g) => {
      const s = newSheet(g.name, vis[g.visibility]);
      for (const c of g.cells) {
        const cell: FakeCell = { value: c.value };
        if (c.format) cell.numberFormat = c.format;
        if (c.type === 'error') cell.type = 'Error';
        s.cells.set(key(c.row, c.col), cell);
      }
      return s;
    }),
    active: grids[0]?.name ?? null,
    settings: new Map(),
  };
}
