import type { Lang } from '../i18n';
import type { IsoDate } from '../model';
import type { SummaryKey } from './plan';
import type { SourceOptions } from './sources';

/** Settings of a summary run. */
export interface SummaryOptions {
  today: IsoDate;
  lang: Lang;
  /** The "due soon" window of the Fällig sheet, in weeks (default 8). */
  weeks: number;
  /** A status check older than this many months turns the light red (default 6). */
  staleMonths: number;
  /** Which summary sheets to write (default: all, in this order). */
  sheets: SummaryKey[];
  /**
   * Set when the model was consolidated from several workbooks: the Übersicht gets a
   * "Quelle" column, the Prüfbericht a "Datei" column, and links go into the files (sources.ts).
   */
  sources?: SourceOptions;
}

/** `projects` (Projekte) is written only when the workbook has project sheets. */
export const ALL_SUMMARY_SHEETS: SummaryKey[] = ['overview', 'due', 'partners', 'projects', 'timeline', 'report', 'changes'];

export function summaryOptions(o: Partial<SummaryOptions> & { today: IsoDate }): SummaryOptions {
  return { lang: 'de', weeks: 8, staleMonths: 6, sheets: ALL_SUMMARY_SHEETS, ...o };
}
