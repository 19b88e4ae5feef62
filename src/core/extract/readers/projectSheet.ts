/**
 * Layout reader: a project fact sheet ("Projektsteckbrief"). Labels with their values to the
 * right (or below): Projekt, Beschreibung, Projektträger, Projektort, Kreis/kreisfreie Stadt,
 * Zielgruppe, Modul, Quartier, Zeitraum, Datum, Ansprechperson, E-Mail, Telefon, Webseite,
 * Mittlerziele — also as "Projektträger: …" in one cell — and a partner table
 * (Kooperationspartner | Rolle), or partners written "Grundschule Radewig (Direktor: …)".
 */
import type { Grid, GridCell } from '../../grid';
import { cellAddress } from '../../grid';
import type { CellRef } from '../../model';
import { type ProjectLabel, projectLabels, PROJECT_GOAL_RE, type Row, rowsOf, text } from '../projectLabels';

/** What one sheet says about a project. */
export interface ProjectFacts {
  values: Partial<Record<ProjectLabel, { value: string; source: CellRef }>>;
  partners: { name: string; role: string | null; source: CellRef }[];
  /** Cells understood. */
  claimed: Set<GridCell>;
}

/** Fact labels that only projects have (a goal sheet may have a contact, never a Träger). */
export const FACT_LABELS: ProjectLabel[] = ['provider', 'place', 'region', 'targetGroup', 'module', 'quarter', 'period'];

/** Labels whose values the fact-sheet reader takes. */
const READS: ProjectLabel[] = [
  'name',
  'description',
  ...FACT_LABELS,
  'date',
  'contactName',
  'email',
  'phone',
  'web',
  'goalRefs',
  'rating',
  'outlook',
  'remarks',
  'author',
];

export function readProjectFacts(grid: Grid): ProjectFacts {
  const rows = rowsOf(grid);
  const out: ProjectFacts = { values: {}, partners: [], claimed: new Set() };
  const ref = (c: GridCell): CellRef => ({ sheet: grid.name, cell: cellAddress(c) });
  for (let i = 0; i < rows.length; i++) {
    const r = rows[i];
    if (partnerHeader(rows, i, out, ref)) {
      // skip the table's rows
      while (i + 1 < rows.length && out.claimed.has(rows[i + 1].cells[0])) i++;
      continue;
    }
    for (let k = 0; k < r.cells.length; k++) {
      const c = r.cells[k];
      const t = text(c);
      if (!t || PROJECT_GOAL_RE.test(t)) continue;
      let labels = projectLabels(t).filter((l) => READS.includes(l));
      let value: GridCell | null = null;
      let inline: string | null = null;
      if (labels.length) {
        value = r.cells[k + 1] ?? null;
        // a label alone in its row: the value stands below it, unless that is a label too
        if (!value && r.cells.length === 1) {
          const below = rows[i + 1]?.row === r.row + 1 ? rows[i + 1].cells.find((x) => x.col === c.col) : undefined;
          if (below && !projectLabels(text(below)).length && !PROJECT_GOAL_RE.test(text(below))) value = below;
        }
      } else {
        const colon = t.indexOf(':');
        if (colon > 1 && colon <= 40) {
          labels = projectLabels(t.slice(0, colon)).filter((l) => READS.includes(l));
          if (labels.length && t.slice(colon + 1).trim()) inline = t.slice(colon + 1).trim();
        }
      }
      const label = labels[0];
      if (!label || (!value && !inline)) continue;
      const v = inline ?? text(value!);
      if (!v || out.values[label]) continue;
      out.values[label] = { value: v, source: ref(value ?? c) };
      out.claimed.add(c);
      if (value) out.claimed.add(value);
      if (value && value.col === c.col) i++;
      break;
    }
  }
  return out;
}

/** A header row "Kooperationspartner | Rolle": reads the rows below it until a gap. */
function partnerHeader(rows: Row[], i: number, out: ProjectFacts, ref: (c: GridCell) => CellRef): boolean {
  const r = rows[i];
  const p = r.cells.find((c) => projectLabels(text(c)).includes('partners'));
  if (!p) return false;
  const role = r.cells.find((c) => c !== p && projectLabels(text(c)).includes('role'));
  // without a role column, a partners label alone in its row opens a list below it
  if (!role && r.cells.length > 1) return false;
  out.claimed.add(p);
  if (role) out.claimed.add(role);
  for (let j = i + 1; j < rows.length && rows[j].row === rows[j - 1].row + 1; j++) {
    const name = rows[j].cells.find((c) => c.col === p.col);
    if (!name || projectLabels(text(name)).length) break;
    const roleCell = role ? rows[j].cells.find((c) => c.col === role.col) : undefined;
    const split = role ? { name: text(name), role: text(roleCell) || null } : splitRole(text(name));
    out.partners.push({ ...split, source: ref(name) });
    for (const c of rows[j].cells) out.claimed.add(c);
  }
  return true;
}

/** "Grundschule Radewig (Direktor: Reiner Denuccio)" → the partner and its role. */
export function splitRole(entry: string): { name: string; role: string | null } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(entry.trim());
  if (m && m[1]) return { name: m[1].replace(/[,;]$/, '').trim(), role: m[2].trim() || null };
  const dash = /^(.*?)\s+[–-]\s+(.+)$/.exec(entry.trim());
  if (dash) return { name: dash[1].trim(), role: dash[2].trim() };
  return { name: entry.trim(), role: null };
}

/**
 * A quick look before the readers: whether any cell could make the sheet a project — a fact
 * label only projects have (alone or as "Projektträger: …"), or a project goal "Ziel 1". Goal
 * sheets, the most common, have neither and are not read twice.
 */
export function mayBeProject(grid: Grid): boolean {
  const fact = (labels: ProjectLabel[]) => labels.some((l) => FACT_LABELS.includes(l));
  for (const c of grid.cells) {
    // labels and project goals are texts; numbers and dates never are
    if (c.type !== 'string') continue;
    const t = text(c);
    if (!t) continue;
    if (mayBeProjectGoal(t) && PROJECT_GOAL_RE.test(t)) return true;
    if (fact(projectLabels(t))) return true;
    const colon = t.indexOf(':');
    if (colon > 1 && colon <= 40 && fact(projectLabels(t.slice(0, colon)))) return true;
  }
  return false;
}

/** "Ziel 1", "Projektziel 2": starts with z or p (text() trimmed it). */
function mayBeProjectGoal(t: string): boolean {
  const c = t.charCodeAt(0) | 32;
  return c === 122 /* z */ || c === 112; /* p */
}

/** True when the sheet reads as a project fact sheet: a name and a fact, or three facts. */
export function isProjectFacts(f: ProjectFacts): boolean {
  const facts = FACT_LABELS.filter((l) => f.values[l]).length;
  return (!!f.values.name && facts >= 1) || facts >= 3;
}
