/**
 * Where things come from, on sheets made from several workbooks (`zielwerk consolidate`):
 * pointers then carry their `file`. A link to such a pointer opens that file at the cell when
 * the run knows where the file lies relative to the written workbook (the command line); else
 * (the task pane, which only gets the files' contents) the text is written without a link.
 * Pointers without a file link inside the workbook, as always.
 */
import type { CellRef } from '../model';
import type { SummaryOptions } from './options';
import type { PlanValue } from './plan';

export interface SourceOptions {
  /** The address of each file relative to the written workbook ("AG Sprache/ziele.xlsx"), by its `file`. */
  hrefs?: Record<string, string>;
}

/** A link to `ref` showing `text`: inside the workbook, into its file, or plain text. */
export function refValue(ref: CellRef, text: string, o: Pick<SummaryOptions, 'sources'>): PlanValue {
  if (ref.file === undefined) return { link: ref, text };
  const href = o.sources?.hrefs?.[ref.file];
  return href === undefined ? text : { link: { sheet: ref.sheet, cell: ref.cell, file: href }, text };
}

/** The files a goal was read from (its place, then identical copies in other files). */
export function filesOf(refs: CellRef[]): string[] {
  const out: string[] = [];
  for (const r of refs) if (r.file !== undefined && !out.includes(r.file)) out.push(r.file);
  return out;
}
