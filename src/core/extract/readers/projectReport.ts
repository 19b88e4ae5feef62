/**
 * Layout reader: a project's yearly report ("Projektbericht"). Its own goals one per row
 * ("Ziel 1" | goal text | what happened — or "Ziel 1: text" in one cell and the report beside
 * it), the achievement ("Die angestrebten Ziele wurden teilweise erreicht.", also under
 * "Zielerreichung"), and a closing line "Paderborn, im Juni 2021" (place and date). Ausblick,
 * author and the other labelled fields are the fact-sheet reader's labels (projectSheet.ts).
 */
import type { Grid, GridCell } from '../../grid';
import { cellAddress } from '../../grid';
import type { CellRef, ProjectGoal } from '../../model';
import { readRating } from '../labels';
import { projectLabels, PROJECT_GOAL_RE, rowsOf, text } from '../projectLabels';

export interface ProjectReport {
  goals: ProjectGoal[];
  rating: { value: string; source: CellRef } | null;
  /** "Paderborn, im Juni 2021": place and the date as written. */
  signed: { place: string; date: string; source: CellRef } | null;
  claimed: Set<GridCell>;
}

/** "Die angestrebten Ziele wurden teilweise erreicht." */
export const RATING_SENTENCE_RE = /\bziele\b.{0,40}\b(?:wurden|wurde|sind|haben)\b.{0,30}\berreicht\b/i;

/** "Paderborn, im Juni 2021", "Herford, 01.01.2019", "Paderborn, den 5. September 2018". */
export const SIGNED_RE =
  /^([A-ZÄÖÜ][\p{L} .-]{1,40}),\s*((?:im|am|den)\s+)?((?:\d{1,2}\.\s*)?(?:\d{1,2}\.\d{1,2}\.\d{2,4}|[A-Za-zäÄ]+\s+\d{4}|\d{4}))\s*$/u;

export function readProjectReport(grid: Grid): ProjectReport {
  const out: ProjectReport = { goals: [], rating: null, signed: null, claimed: new Set() };
  const ref = (c: GridCell): CellRef => ({ sheet: grid.name, cell: cellAddress(c) });
  for (const r of rowsOf(grid)) {
    const first = r.cells[0];
    const t = text(first);
    // the header of the goals table
    if (
      r.cells.length >= 2 &&
      projectLabels(t).includes('goal') &&
      r.cells.slice(1).some((c) => projectLabels(text(c)).some((l) => l === 'goalText' || l === 'goalReport'))
    ) {
      for (const c of r.cells) out.claimed.add(c);
      continue;
    }
    const g = PROJECT_GOAL_RE.exec(t);
    if (g) {
      const rest = g[2].trim();
      const [textCell, reportCell] = rest ? [null, r.cells[1]] : [r.cells[1], r.cells[2]];
      const goalText = rest || text(textCell ?? undefined);
      if (!goalText) continue;
      out.goals.push({ number: Number(g[1]), text: goalText, report: text(reportCell) || null, source: ref(first) });
      for (const c of [first, textCell, reportCell]) if (c) out.claimed.add(c);
      continue;
    }
    for (const c of r.cells) {
      const ct = text(c);
      if (!out.rating && RATING_SENTENCE_RE.test(ct) && readRating(ct)) {
        out.rating = { value: ct, source: ref(c) };
        out.claimed.add(c);
      }
      const s = SIGNED_RE.exec(ct);
      if (!out.signed && s) {
        out.signed = { place: s[1].trim(), date: s[3].trim(), source: ref(c) };
        out.claimed.add(c);
      }
    }
  }
  return out;
}

/** True when the sheet reads as a project report: its goals and how far they were reached, or an outlook. */
export function isProjectReport(r: ProjectReport, hasOutlook: boolean): boolean {
  return r.goals.length > 0 && (!!r.rating || hasOutlook || !!r.signed);
}
