/**
 * Names and places of the sheets Zielwerk writes. A name a user's own sheet already has is
 * never taken: the generated sheet becomes "Übersicht (Zielwerk)". A generated sheet from an
 * earlier run (in either language) is replaced in place; new ones join the replaced ones (or,
 * on a first run, go to the front), in plan order; the snapshot goes last, very hidden.
 */
import { LAYOUT_SHEET, SNAPSHOT_SHEET } from '../marker';
import { maxOf } from '../text';
import type { Lang } from '../i18n';
import type { PlannedSheet, SheetKey } from './plan';

export const SHEET_NAMES: Record<SheetKey, Record<Lang, string>> = {
  overview: { de: 'Übersicht', en: 'Overview' },
  due: { de: 'Fällig', en: 'Due' },
  partners: { de: 'Partner', en: 'Partners' },
  timeline: { de: 'Zeitplan', en: 'Timeline' },
  report: { de: 'Prüfbericht', en: 'Validation' },
  changes: { de: 'Änderungen', en: 'Changes' },
  projects: { de: 'Projekte', en: 'Projects' },
  goalsTable: { de: 'Ziele', en: 'Goals' },
  milestonesTable: { de: 'Meilensteine', en: 'Milestones' },
  partnersTable: { de: 'Partnerliste', en: 'Partner list' },
  importedGoal: { de: 'Ziel', en: 'Goal' },
  importedLog: { de: 'Nachfragen', en: 'Status checks' },
  importedProject: { de: 'Projekt', en: 'Project' },
  snapshot: { de: SNAPSHOT_SHEET, en: SNAPSHOT_SHEET },
  files: { de: 'Dateien', en: 'Files' },
  layout: { de: LAYOUT_SHEET, en: LAYOUT_SHEET },
};

const SUFFIX = ' (Zielwerk)';

/** Zielwerk's very hidden sheets (the snapshot, the layout map): they go last. */
const HIDDEN_KEYS = new Set<SheetKey>(['snapshot', 'layout']);

/** A sheet of the workbook as it is now. */
export interface ExistingSheet {
  name: string;
  generated: boolean;
}

/** Every name a generated sheet of this key may carry (both languages, with and without suffix). */
export function candidateNames(key: SheetKey): string[] {
  const { de, en } = SHEET_NAMES[key];
  return [...new Set([de, en, de + SUFFIX, en + SUFFIX])];
}

/** The key of a summary or structure sheet by any of its names ("Fällig", "due", "Due"). */
export function keyByName(name: string): SheetKey | null {
  const n = name.trim().toLowerCase();
  for (const [key, names] of Object.entries(SHEET_NAMES) as [SheetKey, Record<Lang, string>][]) {
    if (key.toLowerCase() === n || names.de.toLowerCase() === n || names.en.toLowerCase() === n) return key;
  }
  return null;
}

/**
 * Sets `name`, `replaces` and `position` of each planned sheet against the workbook's
 * current sheets. Sheets are placed in plan order.
 */
export function placeSheets(planned: PlannedSheet[], existing: ExistingSheet[], lang: Lang): void {
  const claimed = new Set<string>();
  // 1. which generated sheet does each planned sheet replace?
  for (const p of planned) {
    const candidates = candidateNames(p.key);
    const old = existing.find((e) => e.generated && candidates.includes(e.name) && !claimed.has(e.name));
    p.replaces = old ? old.name : null;
    if (old) claimed.add(old.name);
  }
  // 2. names: never one of the user's sheets, never one another planned sheet keeps
  const taken = new Set(existing.filter((e) => !claimed.has(e.name)).map((e) => e.name.toLowerCase()));
  for (const p of planned) {
    const base = SHEET_NAMES[p.key][lang];
    let name = base;
    for (let i = 1; taken.has(name.toLowerCase()); i++) name = i === 1 ? base + SUFFIX : `${base} (Zielwerk ${i})`;
    p.name = name;
    taken.add(name.toLowerCase());
  }
  // 3. positions: simulate the final order
  // new sheets join the block of sheets this plan replaces; without one they go to the front
  const order: string[] = existing.map((e) => e.name);
  const replacedAt = planned.filter((p) => p.replaces && !HIDDEN_KEYS.has(p.key)).map((p) => order.indexOf(p.replaces!));
  const firstUser = existing.findIndex((e) => !e.generated);
  let insertAt = replacedAt.length ? maxOf(replacedAt) + 1 : firstUser === -1 ? existing.length : firstUser;
  for (const p of planned) {
    if (p.replaces) {
      order[order.indexOf(p.replaces)] = p.name;
    } else if (HIDDEN_KEYS.has(p.key)) {
      order.push(p.name);
    } else {
      order.splice(insertAt, 0, p.name);
      insertAt++;
    }
  }
  for (const p of planned) p.position = order.indexOf(p.name);
}
