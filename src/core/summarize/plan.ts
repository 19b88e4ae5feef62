/**
 * SheetPlan: a declarative description of the sheets Zielwerk writes. The core decides
 * everything (names, positions, which generated sheet to replace, values, formats, tables,
 * dropdowns, conditional formats, print setup, links, charts); each host only carries it
 * out and reports what it could not do (ExcelJS draws no charts).
 *
 * Values are written from A1 as one 2-D array. Strings are always text — a host must never
 * let a string become a formula — and links are built only from `CellRef`s the core made.
 */
import type { CellRef, IsoDate } from '../model';

/** A cell value: text, number, boolean, empty, a real date, or a link (inside the workbook, or into the `file` of the CellRef). */
export type PlanValue = string | number | boolean | null | { date: IsoDate } | { link: CellRef; text: string };

export type SummaryKey = 'overview' | 'due' | 'partners' | 'timeline' | 'report' | 'changes' | 'projects';
export type StructureKey = 'goalsTable' | 'milestonesTable' | 'partnersTable';
/** Sheets an import writes: user data in the template layout, never replaced by a later run. */
export type ImportKey = 'importedGoal' | 'importedLog' | 'importedProject';
export type SheetKey = SummaryKey | StructureKey | ImportKey | 'snapshot' | 'files' | 'layout';

export interface CellFormat {
  /** A1 range. */
  range: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** Font colour, "#RRGGBB". */
  color?: string;
  /** Fill colour, "#RRGGBB". */
  fill?: string;
  wrap?: boolean;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  /** Thin borders: around every cell, or a line under the range. */
  border?: 'all' | 'bottom' | 'top';
}

export interface TablePlan {
  /** Workbook-unique table name. */
  name: string;
  /** A1 range including the header row. */
  range: string;
  style: string;
}

export interface ValidationPlan {
  range: string;
  /** Allowed values, or a range reference such as "'Ziele'!$A$5:$A$80". */
  list: string[] | { source: string };
  /** Shown when the typed value is not in the list (German or English). */
  error: string;
}

export type ConditionalPlan =
  | { range: string; type: 'iconSet'; icons: '3TrafficLights1'; showValue: boolean }
  | { range: string; type: 'dataBar'; color: string }
  | { range: string; type: 'equals'; value: string | number; fill: string; color?: string };

export interface PrintPlan {
  landscape: boolean;
  /**
   * Print scale in percent: the sheet fits one A4 page wide where that keeps its smallest
   * text at 8 pt or more; otherwise it prints at the scale that keeps 8 pt and runs onto
   * further pages across, with `repeatColumns` on each.
   */
  scale: number;
  /** Pages across at that scale (1 = fits the width). */
  pagesAcross: number;
  /** Page margins in inches. */
  margins: PrintMargins;
  /** Rows repeated on every page, e.g. "4:4". */
  repeatRows?: string;
  /** Columns repeated on every page across, e.g. "A:B". */
  repeatColumns?: string;
  header?: string;
  footer?: string;
}

export interface PrintMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
  header: number;
  footer: number;
}

export interface ChartPlan {
  type: 'columnStacked' | 'barStacked' | 'column';
  /** Data range with series names in the first row and categories in the first column. */
  source: string;
  title: string;
  /** Where the chart goes (top-left cell and size in columns × rows). */
  anchor: string;
  width: number;
  height: number;
  /** Fill colour of each series in order ("#RRGGBB"), so the chart speaks the sheet's legend; absent: the host's palette. */
  colors?: string[];
}

export interface PlannedSheet {
  key: SheetKey;
  /** Final name. */
  name: string;
  /** A generated sheet of the workbook this one replaces (same position), or null. */
  replaces: string | null;
  /** 0-based position among the workbook's sheets after applying (new sheets only). */
  position: number;
  visibility: 'visible' | 'veryHidden';
  tabColor?: string;
  values: PlanValue[][];
  columns: { width: number }[];
  /** Row heights in points, for rows whose wrapped text needs more than one line. */
  rowHeights: { row: number; height: number }[];
  formats: CellFormat[];
  merges: string[];
  tables: TablePlan[];
  validations: ValidationPlan[];
  conditional: ConditionalPlan[];
  freeze: { rows: number; columns: number } | null;
  print: PrintPlan | null;
  charts: ChartPlan[];
}

export interface SheetPlan {
  lang: 'de' | 'en';
  /** The reference day the plan was made for. */
  today: IsoDate;
  sheets: PlannedSheet[];
  /** Generated sheets to take out of the workbook without a replacement (`zielwerk clean`, "Zielwerk-Daten entfernen"). */
  remove?: string[];
}

/** What a host did with a plan. */
export interface ApplyReport {
  written: string[];
  replaced: string[];
  /** Features the host could not apply, per sheet (e.g. charts in ExcelJS). */
  skipped: { sheet: string; feature: 'chart' | 'conditional' | 'validation' | 'table' | 'print' | 'freeze' | 'tabColor'; reason: string }[];
}

/**
 * True for text a spreadsheet could mistake for a formula: its first visible character is
 * =, +, - or @ (also after tabs, spaces or line breaks). Hosts write such text as text.
 *
 * @example looksLikeFormula('=HYPERLINK("x")') === true
 * @example looksLikeFormula('\n+49 5251') === true
 */
export function looksLikeFormula(text: string): boolean {
  return /^[\s\u00a0]*[=+\-@]/.test(text);
}

/** An empty sheet of the plan, to be filled by a sheet builder. */
export function blankSheet(key: SheetKey, name: string): PlannedSheet {
  return {
    key,
    name,
    replaces: null,
    position: 0,
    visibility: 'visible',
    values: [],
    columns: [],
    rowHeights: [],
    formats: [],
    merges: [],
    tables: [],
    validations: [],
    conditional: [],
    freeze: null,
    print: null,
    charts: [],
  };
}
