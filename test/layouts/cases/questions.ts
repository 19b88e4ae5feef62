/**
 * Goal sheets whose milestone tables carry question headers (Wann? / Bis wann? / Was? /
 * Wer? / Stand / Ergebnis / Erledigt?), in differing order, with who is responsible and a
 * status column.
 */
import { formSheet } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { TITLE } from './texts';

const G430 = formSheet('4.30', {
  title: TITLE['4.30'],
  lead: 'Ansprechperson: Herr Pägel, Herr Zumbrock',
  participants: 'Duale Partner (Kammern, Schulen, Uni, weitere Bildungsträger, Betriebe, Schulträger, ...)',
  interim: 'Erfassung der branchenspezifischen Bedarfe / Bestandsaufnahme',
  header: ['Wann?', 'Was?', 'Wer?', 'Stand'],
  milestones: [
    ['Ca. Jan / Feb 2019', 'Bestehende Daten an Partner weitergeben', 'Herr Pägel', 'erledigt'],
    ['Sept 2019', 'Erfahrungsaustausch', 'Herr Zumbrock', 'Treffen fand am 24.09.2019 statt'],
    ['1. Halbjahr 2020', 'Branchenspezifische Untersuchung in der Region', 'Universität Paderborn', 'in Arbeit'],
  ],
});

const G645 = formSheet('6.45', {
  title: TITLE['6.45'],
  lead: 'Ansprechperson: C. Schön (CWW), D. Esken (IFD)',
  participants: 'Caritas Wohn- und Werkstätten, Integrationsfachdienst, Agentur für Arbeit Paderborn',
  interim: 'Mindestens 1x Treffen bis September 2019',
  header: ['Bis wann?', 'Was?', 'Wer?', 'Ergebnis', 'Erledigt?'],
  milestones: [
    [null, 'Transparenz zur vorhandenen Angebotsstruktur', 'Frau Schön', 'Angebotsliste an alle verschickt', 'ja'],
    ['Ende 2019', 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte', 'AG', null, 'nein'],
    ['03/20', '1x jährlich treffen', 'Frau Schön, Herr Esken', 'Treffen am 10.03.2020', 'x'],
  ],
});

const G221 = formSheet('2.21', {
  title: TITLE['2.21'],
  lead: 'Ansprechperson: Frau Fulland (fabienne.fulland@ksb-paderborn.de)',
  participants: 'Landessportbund NRW, Stadt Paderborn',
  interim: 'Regionale Unternehmen beteiligen',
  header: ['Was?', 'Bis wann?', 'Wer?', 'Erledigt?'],
  milestones: [
    ['Oberfläche / Internet', '06/19', 'KSB', '✓'],
    ['Mehr allgemeine Vereine mit ins „Boot“ holen', '09/19', 'Frau Fulland', null],
    ['Beschreibung der Tätigkeiten / keine Bewertung', '12/19', 'Frau Fulland', 'x'],
  ],
});

export const questions: LayoutCase = {
  name: 'questions',
  description:
    'Zielblätter, deren Meilensteintabellen Fragen als Spaltenköpfe tragen (Wann? / Bis wann? / Was? / Wer? / Stand / Ergebnis / Erledigt?), in wechselnder Reihenfolge.',
  grids: [G430, G645, G221],
  goals: [
    {
      id: '4.30',
      title: TITLE['4.30'],
      leads: [
        { name: 'Herr Pägel', organization: null, email: null, phone: null },
        { name: 'Herr Zumbrock', organization: null, email: null, phone: null },
      ],
      participants: ['Duale Partner (Kammern, Schulen, Uni, weitere Bildungsträger, Betriebe, Schulträger, ...)'],
      interimGoal: { text: 'Erfassung der branchenspezifischen Bedarfe / Bestandsaufnahme', due: '2019-09-30' },
      milestones: [
        {
          date: 'Ca. Jan / Feb 2019',
          end: '2019-02-28',
          text: 'Bestehende Daten an Partner weitergeben',
          responsible: 'Herr Pägel',
          state: 'done',
        },
        {
          date: 'Sept 2019',
          end: '2019-09-30',
          text: 'Erfahrungsaustausch',
          responsible: 'Herr Zumbrock',
          report: 'Treffen fand am 24.09.2019 statt',
          state: 'done',
        },
        {
          date: '1. Halbjahr 2020',
          end: '2020-06-30',
          text: 'Branchenspezifische Untersuchung in der Region',
          responsible: 'Universität Paderborn',
          state: 'in-progress',
        },
      ],
    },
    {
      id: '6.45',
      title: TITLE['6.45'],
      leads: [
        { name: 'C. Schön', organization: 'CWW', email: null, phone: null },
        { name: 'D. Esken', organization: 'IFD', email: null, phone: null },
      ],
      participants: ['Caritas Wohn- und Werkstätten', 'Integrationsfachdienst', 'Agentur für Arbeit Paderborn'],
      interimGoal: { text: 'Mindestens 1x Treffen bis September 2019', due: '2019-09-30' },
      milestones: [
        {
          date: null,
          text: 'Transparenz zur vorhandenen Angebotsstruktur',
          responsible: 'Frau Schön',
          report: 'Angebotsliste an alle verschickt',
          state: 'done',
        },
        {
          date: 'Ende 2019',
          end: '2019-12-31',
          text: 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte',
          responsible: 'AG',
          report: null,
          state: 'open',
        },
        {
          date: '03/20',
          end: '2020-03-31',
          text: '1x jährlich treffen',
          responsible: 'Frau Schön, Herr Esken',
          report: 'Treffen am 10.03.2020',
          state: 'done',
        },
      ],
    },
    {
      id: '2.21',
      title: TITLE['2.21'],
      leads: [{ name: 'Frau Fulland', organization: null, email: 'fabienne.fulland@ksb-paderborn.de', phone: null }],
      participants: ['Landessportbund NRW', 'Stadt Paderborn'],
      interimGoal: { text: 'Regionale Unternehmen beteiligen', due: '2019-09-30' },
      milestones: [
        { date: '06/19', end: '2019-06-30', text: 'Oberfläche / Internet', responsible: 'KSB', state: 'done' },
        {
          date: '09/19',
          end: '2019-09-30',
          text: 'Mehr allgemeine Vereine mit ins „Boot“ holen',
          responsible: 'Frau Fulland',
          state: 'open',
        },
        {
          date: '12/19',
          end: '2019-12-31',
          text: 'Beschreibung der Tätigkeiten / keine Bewertung',
          responsible: 'Frau Fulland',
          state: 'done',
        },
      ],
    },
  ],
};
