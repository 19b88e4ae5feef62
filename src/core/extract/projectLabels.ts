/**
 * Labels of project sheets (fact sheet "Projektsteckbrief", yearly report "Projektbericht"),
 * German and English, in one table like labels.ts; and the label/value pairs of a sheet that
 * both project readers walk. Words are compared folded (lower case, ä → ae, no punctuation).
 */
import type { Grid, GridCell } from '../grid';
import { cellText } from '../grid';
import type { ProjectField } from '../model';
import { fold } from '../text';

export type ProjectLabel = ProjectField | 'name' | 'partners' | 'role' | 'goal' | 'goalText' | 'goalReport' | 'goalList';

export const PROJECT_LABEL_WORDS: Readonly<Record<ProjectLabel, string[]>> = {
  name: ['Projekt', 'Projektname', 'Projekttitel', 'Name des Projekts', 'Titel des Projekts', 'Project', 'Project name'],
  description: [
    'Beschreibung',
    'Projektbeschreibung',
    'Kurzbeschreibung',
    'Örtliche Rahmenbedingungen / Eckdaten / Problemlagen',
    'Örtliche Rahmenbedingungen',
    'Ausgangslage',
    'Handlungsansatz / Methode',
    'Handlungsansatz',
    'Methode',
    'Description',
  ],
  provider: ['Träger', 'Projektträger', 'Träger des Projekts', 'Zuwendungsgeber', 'Provider', 'Sponsor'],
  place: ['Ort', 'Projektort', 'Place', 'Location'],
  region: ['Kreis/kreisfreie Stadt', 'Kreis / kreisfreie Stadt', 'Kreis', 'Kommune', 'Region', 'District'],
  targetGroup: ['Zielgruppe', 'Zielgruppen', 'Target group'],
  module: ['Modul', 'Module', 'Förderbaustein'],
  quarter: ['Quartier', 'Projektstandort/Quartier', 'Projektstandort / Quartier', 'Projektstandort', 'Stadtteil', 'Neighbourhood'],
  period: ['Zeitraum', 'Laufzeit', 'Projektlaufzeit', 'Berichtszeitraum', 'Schuljahr', 'Period'],
  date: ['Datum', 'Stand', 'Ort, Datum', 'Date'],
  contactName: [
    'Ansprechperson',
    'Ansprechpartner',
    'Ansprechpartnerin',
    'Ansprechpartner/in',
    'Ansprechpartner*in',
    'Kontakt',
    'Kontaktperson',
    'Contact',
  ],
  email: ['E-Mail', 'Email', 'Mail', 'E-Mail-Adresse', 'E-mail'],
  phone: ['Telefon', 'Tel.', 'Tel', 'Telefonnummer', 'Phone'],
  web: ['Webseite', 'Internet', 'Homepage', 'Web', 'Website'],
  rating: ['Zielerreichung', 'Einschätzung', 'Bewertung', 'Zielerreichungsgrad', 'Achievement'],
  outlook: ['Ausblick', 'Outlook'],
  remarks: ['Weitere Ergebnisse', 'Darüber hinaus', 'Sonstiges', 'Further results'],
  author: ['Verfasst von', 'Verfasser', 'Verfasserin', 'Autor', 'Autorin', 'Bericht von', 'Author'],
  goalRefs: ['Mittlerziele', 'Mittlerziel', 'Ziele des Zielsystems', 'Bezug zum Zielsystem', 'Goals of the goal system'],
  partners: [
    'Kooperationspartner',
    'Kooperationspartnerinnen',
    'Am Projekt Beteiligte',
    'Am Projekt Beteiligte / Kooperationspartner',
    'Partner',
    'Beteiligte',
    'Partners',
  ],
  role: ['Rolle', 'Funktion', 'Aufgabe', 'Role'],
  goal: ['Ziel', 'Nr.', 'Projektziel', 'Goal'],
  goalText: ['Zielformulierung', 'Ziel', 'Formulierung', 'Goal text'],
  goalReport: ['Bericht', 'Umsetzung', 'Umsetzungsbericht', 'Was ist passiert', 'Report'],
  /** A list of the project's goals, one item each (a fact sheet's "Ziele / erwartete Ergebnisse"). */
  goalList: ['Ziele / erwartete Ergebnisse', 'Ziele', 'Projektziele', 'Erwartete Ergebnisse', 'Expected results'],
};

function key(text: string): string {
  return fold(text)
    .replace(/[:?]\s*$/, '')
    .replace(/[^a-z0-9/,*]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

const BY_WORD = new Map<string, ProjectLabel[]>();
for (const [label, words] of Object.entries(PROJECT_LABEL_WORDS) as [ProjectLabel, string[]][]) {
  for (const w of words) {
    const k = key(w);
    BY_WORD.set(k, [...(BY_WORD.get(k) ?? []), label]);
  }
}

const HAS_DIGIT = /\d/;

/** The longest label's length, with room for a colon, question mark and spaces. */
const MAX_LABEL = Math.max(...Object.values(PROJECT_LABEL_WORDS).flatMap((ws) => ws.map((w) => w.length))) + 4;
/** The letters labels start with (folded): most cell texts start with none of them and need no folding. */
const FIRST_LETTERS = new Set([...BY_WORD.keys()].map((k) => k.charAt(0)));

/** The labels a cell text can be ("Projektträger:" → provider). */
export function projectLabels(text: string): ProjectLabel[] {
  // no label has a digit and folding keeps digits: dates, ids and numbers are never labels
  if (text.length > MAX_LABEL || !FIRST_LETTERS.has(firstLetter(text)) || HAS_DIGIT.test(text)) return [];
  return BY_WORD.get(key(text)) ?? [];
}

/** The first character key() keeps of the text, folded as key() folds it ("– Ärger" → "a"); '' for none. */
function firstLetter(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 42 || c === 44 || c === 47) return text.charAt(i);
    if (c >= 65 && c <= 90) return String.fromCharCode(c + 32);
    if (c >= 0x80) {
      const f = fold(text.charAt(i));
      const d = f.charCodeAt(0);
      if ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)) return f.charAt(0);
    }
  }
  return '';
}

/** "Ziel 1", "Ziel 2:", "Projektziel 3" — a project's own goal, not an id of the goal system. */
export const PROJECT_GOAL_RE = /^\s*(?:projekt)?ziel\s+(\d{1,2})\s*[:.)]?\s*(?![.,]?\d)(.*)$/is;

/** A row of a sheet: its cells, left to right. */
export interface Row {
  row: number;
  cells: GridCell[];
}

export function rowsOf(grid: Grid): Row[] {
  const rows: Row[] = [];
  for (const c of grid.cells) {
    const last = rows[rows.length - 1];
    if (last && last.row === c.row) last.cells.push(c);
    else rows.push({ row: c.row, cells: [c] });
  }
  return rows;
}

export function text(cell: GridCell | undefined): string {
  return cell ? cellText(cell).trim() : '';
}
