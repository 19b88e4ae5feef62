/**
 * Sheets in layouts the built-in readers do not know (words and arrangements no reader
 * expects), one per layout-map kind, each with the map that teaches it and what must be read
 * then. Shared by the core, command-line and task-pane tests of layout maps (issue 19).
 */
import type { SheetMap } from '../../src/core/layout/schema';
import type { TestValue } from './grid';

export interface TaughtCase {
  kind: SheetMap['kind'];
  sheet: string;
  rows: TestValue[][];
  map: SheetMap;
  /** Goals read with the map, and how many milestones, checks and partners. */
  goals: string[];
  milestones: number;
  checks?: number;
  partners?: number;
}

const d = (iso: string): TestValue => ({ date: iso });

export const TAUGHT: TaughtCase[] = [
  {
    kind: 'goal-sheet',
    sheet: 'Steckbrief A',
    rows: [
      ['Steckbrief'],
      [],
      ['Kennziffer', '7.47'],
      ['Worum es geht', 'Mehr Eltern nehmen an den Elterncafés teil'],
      ['Kümmerer', 'Frau Hagen (KI), hagen@example.org'],
      ['Mitstreiter', 'Schulamt, VHS, Elternnetzwerk'],
      ['Etappe', 'Drei Elterncafés laufen regelmäßig'],
      [],
      ['Wann', 'Was', 'Wie weit'],
      ['03/19', 'Auftakt mit den Schulen', 'erledigt'],
      ['09/19', 'Erstes Elterncafé', 'läuft'],
      ['01/20', 'Auswertung', ''],
    ],
    map: {
      sheet: 'Steckbrief A',
      kind: 'goal-sheet',
      header: { row: 9, columns: { A: 'date', B: 'text', C: 'report' } },
      fields: { id: ['Kennziffer'], title: ['Worum es geht'], lead: ['Kümmerer'], participants: ['Mitstreiter'], interimGoal: ['Etappe'] },
    },
    goals: ['7.47'],
    milestones: 3,
  },
  {
    kind: 'goal-blocks',
    sheet: 'Handlungsfeld 3',
    rows: [
      ['Vorhaben', '3.11'],
      ['Verantwortet', 'Herr Yilmaz (Jugendamt)'],
      ['Zeitpunkt', 'Schritt'],
      ['05/19', 'Bedarfe erheben'],
      ['11/19', 'Konzept vorstellen'],
      [],
      ['Vorhaben', '3.12'],
      ['Verantwortet', 'Frau Berg (VHS)'],
      ['Zeitpunkt', 'Schritt'],
      ['06/20', 'Kursangebot starten'],
    ],
    map: {
      sheet: 'Handlungsfeld 3',
      kind: 'goal-blocks',
      fields: { id: ['Vorhaben'], lead: ['Verantwortet'] },
      header: { row: 3, columns: { A: 'date', B: 'text' } },
    },
    // the mapped header row names each block's table (the same words in every block)
    goals: ['3.11', '3.12'],
    milestones: 3,
  },
  {
    kind: 'milestone-list',
    sheet: 'Fahrplan',
    rows: [
      ['Bezug', 'Frist', 'Vorhaben', 'Fortschritt'],
      ['1.2', '04/19', 'Netzwerktreffen einberufen', 'erledigt'],
      ['1.2', '10/19', 'Protokoll verschicken', ''],
      ['2.5', d('2020-02-15'), 'Broschüre drucken', 'in Arbeit'],
    ],
    map: { sheet: 'Fahrplan', kind: 'milestone-list', header: { row: 1, columns: { A: 'goalId', B: 'date', C: 'text', D: 'report' } } },
    goals: ['1.2', '2.5'],
    milestones: 3,
  },
  {
    kind: 'overview',
    sheet: 'Gesamtschau',
    rows: [
      ['Bezug', 'Kurz', 'Kümmerer', 'Ampel'],
      ['4.21', 'Sprachcafés', 'Frau Kaya (Caritas)', 'grün'],
      ['4.22', 'Lotsen', 'Herr Nowak (AWO)', 'blau'],
    ],
    map: { sheet: 'Gesamtschau', kind: 'overview', header: { row: 1, columns: { A: 'goalId', B: 'shortTitle', C: 'lead', D: 'color' } } },
    goals: ['4.21', '4.22'],
    milestones: 0,
  },
  {
    kind: 'status-log',
    sheet: 'Telefonate',
    rows: [
      ['Bezug', 'Angerufen', 'Mit wem', 'Notiz'],
      ['5.30', d('2020-05-12'), 'Frau Lenz', 'läuft nach Plan'],
      ['5.31', d('2020-05-14'), 'Herr Roth', 'Verzögerung wegen Corona'],
    ],
    map: {
      sheet: 'Telefonate',
      kind: 'status-log',
      header: { row: 1, columns: { A: 'goalId', B: 'checkDate', C: 'person', D: 'checkText' } },
    },
    goals: ['5.30', '5.31'],
    milestones: 0,
    checks: 2,
  },
  {
    kind: 'partner-list',
    sheet: 'Adressbuch',
    rows: [
      ['Einrichtung', 'Mensch', 'Post'],
      ['Caritas Kreisverband', 'Frau Kaya', 'kaya@example.org'],
      ['AWO Ortsverein', 'Herr Nowak', 'nowak@example.org'],
    ],
    map: { sheet: 'Adressbuch', kind: 'partner-list', header: { row: 1, columns: { A: 'organization', B: 'contact', C: 'email' } } },
    goals: [],
    milestones: 0,
    partners: 2,
  },
  {
    kind: 'ignore',
    sheet: 'Notizzettel',
    rows: [
      ['Bezug', 'Frist'],
      ['7.47', '03/19'],
      ['Anrufen!', 'morgen'],
    ],
    map: { sheet: 'Notizzettel', kind: 'ignore' },
    goals: [],
    milestones: 0,
  },
];
