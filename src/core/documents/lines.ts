/**
 * A document's blocks as the domain readers walk them: one item per line of text (headings
 * and list items marked) and the milestone tables. Word's form tables (a one-column form, or
 * a three-column table whose rows hold a label, a value, and further down the milestone
 * table) are opened up into lines, so a form typed as a table and one typed as paragraphs read
 * alike.
 */
import { columnRoles } from '../extract/labels';
import type { DocBlock } from './blocks';

export type Item =
  | { kind: 'line'; text: string; heading: boolean; list: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'checks'; header: string[]; rows: string[][] };

/** A header row of a table of status checks: Datum der telefonischen Nachfrage | Gesprächspartner | … */
export function isCheckHeader(row: string[]): boolean {
  let check = 0;
  for (const cell of row) {
    const r = cell ? columnRoles(cell.trim()) : [];
    if (r.includes('checkDate') || r.includes('person') || r.includes('checkText')) check++;
  }
  return check >= 2;
}

/** "MM/JJ", "MMJJ", "MM.JJJJ": the date column of the conference template. */
const MMJJ_RE = /^mm\s*[/.]?\s*jj(?:jj)?$/i;

/** True for a header row of a milestone table: a date, measure or report column and one more. */
export function isMilestoneHeader(row: string[]): boolean {
  let roles = 0;
  let key = false;
  for (const cell of row) {
    if (!cell) continue;
    if (MMJJ_RE.test(cell.trim())) {
      roles++;
      key = true;
      continue;
    }
    const r = columnRoles(cell.trim());
    if (r.includes('date') || r.includes('text') || r.includes('report')) {
      roles++;
      if (r.includes('text') || r.includes('date')) key = true;
    }
  }
  return roles >= 2 && key;
}

function lineItems(text: string, heading: boolean, list: boolean, out: Item[]): void {
  for (const l of text.split('\n')) {
    const t = l.trim();
    if (t) out.push({ kind: 'line', text: t, heading, list });
  }
}

export function toItems(blocks: DocBlock[]): Item[] {
  const out: Item[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') lineItems(b.text, true, false, out);
    else if (b.kind === 'paragraph') lineItems(b.text, false, !!b.list, out);
    else tableItems(b.rows, out);
  }
  return out;
}

function tableItems(rows: string[][], out: Item[]): void {
  let table: Extract<Item, { rows: string[][] }> | null = null;
  for (const row of rows) {
    const filled = row.filter((c) => c.trim());
    const checks = !table && isCheckHeader(row);
    if (!table && (checks || isMilestoneHeader(row))) {
      table = { kind: checks ? 'checks' : 'table', header: row.map((c) => c.trim()), rows: [] } as Extract<Item, { rows: string[][] }>;
      out.push(table);
      continue;
    }
    if (table) {
      // a label alone in the first cell after the table ("Anmerkungen:") closes it
      if (filled.length === 1 && row[0]?.trim() && /[:?]$/.test(row[0].trim())) {
        table = null;
      } else {
        if (filled.length) table.rows.push(row.map((c) => c.trim()));
        continue;
      }
    }
    for (const cell of row) lineItems(cell, false, false, out);
  }
}
