/**
 * An Excel Table (ListObject) below a title, holding the milestones of several goals with a
 * goal-id column and a status column (erledigt / offen / in Arbeit / verschoben auf 03/21 /
 * entfällt / ✓ / x), read by the table's header row; the goals come from an overview.
 */
import { grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';

const OVERVIEW = grid('Ziele', [
  ['Nr.', 'Kurztitel', 'Federführung'],
  ['1.2', 'Übergang Kita–Grundschule', 'Frau Hagen, Kreisjugendamt Paderborn'],
  ['1.5', 'Unterstützung ESE-Unterricht', 'Frau Fitzner, Schulamt für den Kreis Paderborn'],
  ['4.29', 'Männeranteil Kita/GS 10 %', 'Iris Wrede'],
  ['12.72', '10 Demokratie-Projekte', 'Verani Kartum, Kommunales Integrationszentrum'],
]);

const TABLE = {
  ...grid(
    'Meilensteine',
    [
      ['Meilensteinplanung 2020/21'],
      [],
      ['Mittlerziel', 'Meilenstein', 'Fällig', 'Zuständig', 'Status', 'Bemerkung'],
      ['1.2', 'Bestandsaufnahme der Übergangsprojekte', '03/20', 'Frau Hagen', 'erledigt', 'Liste an alle Kitas verschickt'],
      ['1.2', 'Entwurf der Empfehlungen', '09/20', 'AG Übergang', 'in Arbeit'],
      ['1.2', 'Vorstellung in den Regionalkonferenzen', '11/20', 'Frau Hagen', 'verschoben auf 03/21', 'wegen Corona'],
      ['1.5', 'Flyer der Hospitationsschulen', { date: '2020-04-30' }, 'Frau Fitzner', '✓'],
      ['1.5', 'Fortbildungsreihe ESE Sek I', '2. Halbjahr 2020', 'Kompetenzteam', 'offen'],
      ['4.29', 'Boys’ Day in Kitas', { date: '2020-03-26' }, 'Iris Wrede', 'entfällt', 'Boys’ Day bundesweit abgesagt'],
      ['4.29', 'Ursachenanalyse vorstellen', '06/20', 'Herr Czorny', 'x'],
      ['12.72', 'Zwischenbilanz der Projekte', 'Jan. 2021', 'Verani Kartum', 'offen'],
      ['12.72', 'Fotosafari für Demokratie', '09/20', 'VHS', 'erledigt', '24 Teilnehmende'],
    ],
    { at: 'B1' },
  ),
  tables: [{ name: 'tblMeilensteine', r1: 2, c1: 1, r2: 11, c2: 6, header: true }],
};

export const questionsTable: LayoutCase = {
  name: 'questions-table',
  description:
    'Eine Excel-Tabelle (Als Tabelle formatiert) unter einer Überschrift mit den Meilensteinen mehrerer Ziele, einer Spalte für die Zielnummer und einer Statusspalte (erledigt / offen / in Arbeit / verschoben auf 03/21 / entfällt / ✓ / x); die Ziele stehen in einer Übersicht.',
  grids: [OVERVIEW, TABLE],
  goals: [
    {
      id: '1.2',
      shortTitle: 'Übergang Kita–Grundschule',
      leads: [{ name: 'Frau Hagen', organization: 'Kreisjugendamt Paderborn', email: null, phone: null }],
      milestones: [
        {
          date: '03/20',
          end: '2020-03-31',
          text: 'Bestandsaufnahme der Übergangsprojekte',
          responsible: 'Frau Hagen',
          report: 'Liste an alle Kitas verschickt',
          state: 'done',
        },
        {
          date: '09/20',
          end: '2020-09-30',
          text: 'Entwurf der Empfehlungen',
          responsible: 'AG Übergang',
          report: null,
          state: 'in-progress',
        },
        {
          date: '11/20',
          end: '2020-11-30',
          text: 'Vorstellung in den Regionalkonferenzen',
          responsible: 'Frau Hagen',
          report: 'wegen Corona',
          state: 'postponed',
          postponedTo: '2021-03-31',
        },
      ],
    },
    {
      id: '1.5',
      shortTitle: 'Unterstützung ESE-Unterricht',
      leads: [{ name: 'Frau Fitzner', organization: 'Schulamt für den Kreis Paderborn', email: null, phone: null }],
      milestones: [
        { end: '2020-04-30', text: 'Flyer der Hospitationsschulen', responsible: 'Frau Fitzner', report: null, state: 'done' },
        {
          date: '2. Halbjahr 2020',
          end: '2020-12-31',
          text: 'Fortbildungsreihe ESE Sek I',
          responsible: 'Kompetenzteam',
          report: null,
          state: 'open',
        },
      ],
    },
    {
      id: '4.29',
      shortTitle: 'Männeranteil Kita/GS 10 %',
      leads: [{ name: 'Iris Wrede', organization: null, email: null, phone: null }],
      milestones: [
        {
          end: '2020-03-26',
          text: 'Boys’ Day in Kitas',
          responsible: 'Iris Wrede',
          report: 'Boys’ Day bundesweit abgesagt',
          state: 'cancelled',
        },
        { date: '06/20', end: '2020-06-30', text: 'Ursachenanalyse vorstellen', responsible: 'Herr Czorny', report: null, state: 'done' },
      ],
    },
    {
      id: '12.72',
      shortTitle: '10 Demokratie-Projekte',
      leads: [{ name: 'Verani Kartum', organization: 'Kommunales Integrationszentrum', email: null, phone: null }],
      milestones: [
        {
          date: 'Jan. 2021',
          end: '2021-01-31',
          text: 'Zwischenbilanz der Projekte',
          responsible: 'Verani Kartum',
          report: null,
          state: 'open',
        },
        {
          date: '09/20',
          end: '2020-09-30',
          text: 'Fotosafari für Demokratie',
          responsible: 'VHS',
          report: '24 Teilnehmende',
          state: 'done',
        },
      ],
    },
  ],
};
