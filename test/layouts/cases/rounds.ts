/**
 * A status-check log with one column per round ("Nachfrage Mai 2020 | Nov 2020 | Mai 2021"),
 * each cell a date and a note, or a note alone (the round's month is then its date), next to
 * goal sheets in the conference template that define the goals.
 */
import { formSheet, grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { TITLE } from './texts';

const G15 = formSheet('1.5', {
  title: TITLE['1.5'],
  lead: 'Ansprechperson: Frau Fitzner',
  participants: 'Hospitationsschule, Frau Lackmann, Frau Hakenberg, BIZ / K-Team, Schulberatungsstelle',
  interim: 'Siehe Maßnahmen',
  milestones: [
    ['09/19', 'Sichtung der Unterlagen zu bestehenden Fortbildungen', null],
    ['04/19', 'Flyer der Hospitationsschulen', 'Flyer liegt vor'],
  ],
});

const G431 = formSheet('4.31', {
  title: TITLE['4.31'],
  lead: 'Ansprechperson: Matthias Groß (m.gross@bksn.de)',
  participants: 'Berufskollegs, Schulträger, Kammern, Bildungsträger, Regionale Netzwerkpartner',
  interim: 'Weiterentwicklung Medienkompetenzraster',
  milestones: [
    ['09/19', 'Verständigung über verschiedene Medienkompetenzprofile', null],
    ['03/19', 'Austausch über zielgruppenspezifische Medienkonzepte', null],
    ['Ab sofort', 'Ausbau der Kooperation der Akteure / Beteiligten', null],
  ],
});

const G747 = formSheet('7.47', {
  title: TITLE['7.47'],
  lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn e.V.\nE-mail: y.krone@awo-paderborn.de / Telefon: 0 52 51 – 29066-19',
  participants: 'KreisSportBund Paderborn e.V., Bildungs- und Integrationszentrum Kreis Paderborn',
  interim: 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn',
  milestones: [
    ['03/19', 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet', null],
    ['Bis 8/20', 'Akquise weiterer Mitglieder', null],
  ],
});

const G1272 = formSheet('12.72', {
  title: TITLE['12.72'],
  lead: 'Ansprechperson: Verani Kartum',
  participants: 'VHS Paderborn, Kommunales Integrationszentrum',
  interim: 'Zusammenstellung von Projekten',
  milestones: [
    ['03/19', 'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen', 'Nov. 2019'],
    ['09/18', 'Baustein Menschenwürde', 'Nov. 2019'],
  ],
});

const LOG = grid('Nachfragen', [
  ['Telefonische Nachfragen bei den Federführenden (Mai/November)'],
  [],
  ['Ziel', 'Federführung', 'Nachfrage Mai 2020', 'Nov 2020', 'Mai 2021'],
  ['1.5', 'Frau Fitzner', 'Di, 26.05.2020: Entwurf des Ordners liegt vor', '12.11.2020 – Treffen hat stattgefunden, Flyer gedruckt'],
  [
    '4.31',
    'Matthias Groß',
    'Corona-bedingt keine Treffen',
    '19.11.2020: Medienkompetenzraster überarbeitet',
    '11.05.21 Rückmeldung per Mail: AG trifft sich digital',
  ],
  [
    '7.47',
    'Yannis Krone',
    '14.05.2020: Akquise weiterer Mitglieder läuft',
    'nicht erreicht, Herr Krone meldet sich im Dezember',
    '03.05.2021 – Strategietreffen hat stattgefunden',
  ],
  ['12.72', 'Verani Kartum', null, '03.12.2020: 7 von 10 Projekten umgesetzt', 'keine Rückmeldung'],
]);

export const rounds: LayoutCase = {
  name: 'rounds',
  description:
    'Nachfrage-Protokoll mit einer Spalte je Runde („Nachfrage Mai 2020 | Nov 2020 | Mai 2021“), Zellen mit Datum und Notiz („Di, 26.05.2020: Entwurf liegt vor“) oder nur einer Notiz, neben Zielblättern nach der Vorlage der Umsetzungskonferenz.',
  grids: [G15, G431, G747, G1272, LOG],
  goals: [
    {
      id: '1.5',
      title: TITLE['1.5'],
      leads: [{ name: 'Frau Fitzner', organization: null, email: null, phone: null }],
      participants: ['Hospitationsschule', 'Frau Lackmann', 'Frau Hakenberg', 'BIZ / K-Team', 'Schulberatungsstelle'],
      interimGoal: { text: 'Siehe Maßnahmen', due: '2019-09-30' },
      milestones: [
        { date: '09/19', end: '2019-09-30', text: 'Sichtung der Unterlagen zu bestehenden Fortbildungen', report: null },
        { date: '04/19', end: '2019-04-30', text: 'Flyer der Hospitationsschulen', report: 'Flyer liegt vor' },
      ],
      statusChecks: [
        { date: '2020-05-26', text: 'Entwurf des Ordners liegt vor' },
        { date: '2020-11-12', text: 'Treffen hat stattgefunden, Flyer gedruckt' },
      ],
    },
    {
      id: '4.31',
      title: TITLE['4.31'],
      leads: [{ name: 'Matthias Groß', organization: null, email: 'm.gross@bksn.de', phone: null }],
      participants: ['Berufskollegs', 'Schulträger', 'Kammern', 'Bildungsträger', 'Regionale Netzwerkpartner'],
      interimGoal: { text: 'Weiterentwicklung Medienkompetenzraster', due: '2019-09-30' },
      milestones: [
        { date: '09/19', end: '2019-09-30', text: 'Verständigung über verschiedene Medienkompetenzprofile' },
        { date: '03/19', end: '2019-03-31', text: 'Austausch über zielgruppenspezifische Medienkonzepte' },
        { date: 'Ab sofort', end: null, text: 'Ausbau der Kooperation der Akteure / Beteiligten' },
      ],
      statusChecks: [
        { date: '2020-05-01', text: 'Corona-bedingt keine Treffen' },
        { date: '2020-11-19', text: 'Medienkompetenzraster überarbeitet' },
        { date: '2021-05-11', text: 'Rückmeldung per Mail: AG trifft sich digital' },
      ],
    },
    {
      id: '7.47',
      title: TITLE['7.47'],
      leads: [
        {
          name: 'Yannis Krone',
          organization: 'AWO Kreisverband Paderborn e.V.',
          email: 'y.krone@awo-paderborn.de',
          phone: '0 52 51 – 29066-19',
        },
      ],
      participants: ['KreisSportBund Paderborn e.V.', 'Bildungs- und Integrationszentrum Kreis Paderborn'],
      interimGoal: { text: 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn', due: '2019-09-30' },
      milestones: [
        { date: '03/19', end: '2019-03-31', text: 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet' },
        { date: 'Bis 8/20', end: '2020-08-31', text: 'Akquise weiterer Mitglieder' },
      ],
      statusChecks: [
        { date: '2020-05-14', text: 'Akquise weiterer Mitglieder läuft' },
        { date: '2020-11-01', text: 'nicht erreicht, Herr Krone meldet sich im Dezember' },
        { date: '2021-05-03', text: 'Strategietreffen hat stattgefunden' },
      ],
    },
    {
      id: '12.72',
      title: TITLE['12.72'],
      leads: [{ name: 'Verani Kartum', organization: null, email: null, phone: null }],
      participants: ['VHS Paderborn', 'Kommunales Integrationszentrum'],
      interimGoal: { text: 'Zusammenstellung von Projekten', due: '2019-09-30' },
      milestones: [
        { date: '03/19', end: '2019-03-31', text: 'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen', report: 'Nov. 2019' },
        { date: '09/18', end: '2018-09-30', text: 'Baustein Menschenwürde', report: 'Nov. 2019' },
      ],
      statusChecks: [
        { date: '2020-12-03', text: '7 von 10 Projekten umgesetzt' },
        { date: '2021-05-01', text: 'keine Rückmeldung' },
      ],
    },
  ],
};
