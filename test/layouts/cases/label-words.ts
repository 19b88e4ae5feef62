/**
 * Goal sheets that use the other label words people use for the lead (Verantwortlich,
 * Zuständig, Leitung, Koordination, Ansprechpartner:in / *in / /in), the participants
 * (Beteiligte, Mitwirkende, Kooperationspartner, Netzwerk), the interim goal (Zwischenziel
 * (bis …), Etappenziel, Teilziel) and the milestones (Maßnahmen / Meilensteine), with and
 * without colon or question mark, values below or beside them.
 */
import { grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { MMJJ, TITLE } from './texts';

const G12 = grid('1.2', [
  ['Ziel 1.2'],
  [TITLE['1.2']],
  [],
  ['Wer ist verantwortlich?'],
  ['Frau Hagen (Kreisjugendamt Paderborn)'],
  [],
  ['Beteiligte:'],
  ['Frau Dreyer, Herr Kremer, Frau Wrede'],
  [],
  ['Zwischenziel:'],
  ['Auftragsklärung'],
  [],
  ['Maßnahmen / Meilensteine:'],
  MMJJ,
  ['02/2019', 'Nächstes Treffen; Auftragsklärung'],
]);

const G221 = grid('2.21', [
  ['Ziel 2.21'],
  [TITLE['2.21']],
  [],
  ['Verantwortlich:'],
  ['Fabienne Fulland (KreisSportBund Paderborn e.V.)'],
  [],
  ['Mitwirkende'],
  ['Landessportbund NRW, Stadt Paderborn'],
  [],
  ['Zwischenziel (bis 06/2020):'],
  ['Regionale Unternehmen beteiligen'],
  [],
  ['Maßnahmen / Meilensteine'],
  MMJJ,
  ['03/20', 'Operatoren sammeln'],
  ['06/20', 'Internet-Vorlage für den Engagementnachweis'],
]);

const G327 = grid('3.27', [
  ['Ziel 3.27'],
  [TITLE['3.27']],
  [],
  ['Zuständig: Bildungs- und Integrationszentrum Kreis Paderborn'],
  [],
  ['Kooperationspartner:'],
  ['Berufskollegs, Kammern'],
  [],
  ['Etappenziel bis Ende 2020'],
  ['Interviews mit Berufskollegs: gemeinsames Verfahren festlegen'],
  [],
  ['Meilensteine'],
  MMJJ,
  ['09/20', 'Fragebogen für Schülerinnen und Schüler abstimmen'],
  ['Ende 2020', 'Interviews mit drei Berufskollegs'],
]);

const G430 = grid('4.30', [
  ['Ziel 4.30'],
  [TITLE['4.30']],
  [],
  ['Leitung', 'Herr Pägel, Herr Zumbrock'],
  [],
  ['Netzwerk', 'Kammern, Universität Paderborn, Bildungsträger'],
  [],
  ['Teilziel:', 'Erfassung der branchenspezifischen Bedarfe'],
  [],
  ['Maßnahmen'],
  MMJJ,
  ['Ca. Jan / Feb 2019', 'Bestehende Daten an Partner weitergeben'],
  ['Sept 2019', 'Erfahrungsaustausch'],
]);

const G431 = grid('4.31', [
  ['Ziel 4.31'],
  [TITLE['4.31']],
  [],
  ['Koordination:'],
  ['Matthias Groß (m.gross@bksn.de)'],
  [],
  ['Beteiligte'],
  ['Berufskollegs, Schulträger, Kammern, Bildungsträger, Regionale Netzwerkpartner'],
  [],
  ['Zwischenziel bis 09/2020:'],
  ['Weiterentwicklung Medienkompetenzraster'],
  [],
  ['Maßnahmen und Meilensteine:'],
  MMJJ,
  ['09/19', 'Verständigung über verschiedene Medienkompetenzprofile'],
  ['03/19', 'Austausch über zielgruppenspezifische Medienkonzepte'],
]);

const G645 = grid('6.45', [
  ['Ziel 6.45'],
  [TITLE['6.45']],
  [],
  ['Ansprechpartner:in'],
  ['C. Schön (CWW), D. Esken (IFD)'],
  [],
  ['Wer ist beteiligt'],
  ['Caritas Wohn- und Werkstätten, Integrationsfachdienst'],
  [],
  ['Etappenziel:'],
  ['Mindestens 1x Treffen bis September 2019'],
  [],
  ['Maßnahmen/Meilensteine'],
  MMJJ,
  [null, 'Transparenz zur vorhandenen Angebotsstruktur → Frau Schön sammelt die Angebote'],
  [null, 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte'],
]);

const G749 = grid('7.49', [
  ['Ziel 7.49'],
  [TITLE['7.49']],
  [],
  ['Ansprechpartner*in:', 'Johanna Leifeld, Bildungs- und Integrationszentrum Kreis Paderborn, 05251 308 4610'],
  ['Mitwirkende:', 'Edgar Brands, Rainhard Taubert, Markus Kahmann, Melanie Struck'],
  ['Zwischenziel (bis Sommer 2020)', 'Bewährte Patenschaftsmodelle sind beschrieben'],
  [],
  ['Maßnahmen / Meilensteine'],
  MMJJ,
  ['10/18', 'Telefonleitfragen zur Gewinnung weiterer Akteure'],
  ['11/18', 'Einladen: Quartiersverantwortliche'],
]);

const G1271 = grid('12.71', [
  ['Ziel 12.71'],
  [TITLE['12.71']],
  [],
  ['Ansprechpartner/in'],
  ['K. John-Stucke (Kreismuseum Wewelsburg)'],
  [],
  ['Kooperationspartner'],
  ['Kommunales Integrationszentrum, Schulaufsicht Grundschule, Schülervertretungen'],
  [],
  ['Teilziel bis 06/2020'],
  ['Zwei weitere Schulen tragen den Titel'],
  [],
  ['Maßnahmen & Meilensteine'],
  MMJJ,
  ['Ca. 06/19', 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR'],
]);

export const labelWords: LayoutCase = {
  name: 'label-words',
  description:
    'Zielblätter mit den anderen Beschriftungen, die Leute verwenden: Verantwortlich, Zuständig, Leitung, Koordination, Ansprechpartner:in/*in//in; Beteiligte, Mitwirkende, Kooperationspartner, Netzwerk; Zwischenziel (bis …), Etappenziel, Teilziel; Maßnahmen / Meilensteine – mit und ohne Doppelpunkt oder Fragezeichen.',
  grids: [G12, G221, G327, G430, G431, G645, G749, G1271],
  goals: [
    {
      id: '1.2',
      title: TITLE['1.2'],
      leads: [{ name: 'Frau Hagen', organization: 'Kreisjugendamt Paderborn', email: null, phone: null }],
      participants: ['Frau Dreyer', 'Herr Kremer', 'Frau Wrede'],
      interimGoal: { text: 'Auftragsklärung' },
      milestones: [{ date: '02/2019', end: '2019-02-28', text: 'Nächstes Treffen; Auftragsklärung' }],
    },
    {
      id: '2.21',
      title: TITLE['2.21'],
      leads: [{ name: 'Fabienne Fulland', organization: 'KreisSportBund Paderborn e.V.', email: null, phone: null }],
      participants: ['Landessportbund NRW', 'Stadt Paderborn'],
      interimGoal: { text: 'Regionale Unternehmen beteiligen', due: '2020-06-30' },
      milestones: [
        { date: '03/20', end: '2020-03-31', text: 'Operatoren sammeln' },
        { date: '06/20', end: '2020-06-30', text: 'Internet-Vorlage für den Engagementnachweis' },
      ],
    },
    {
      id: '3.27',
      title: TITLE['3.27'],
      leads: [
        {
          name: 'Bildungs- und Integrationszentrum Kreis Paderborn',
          organization: 'Bildungs- und Integrationszentrum Kreis Paderborn',
          email: null,
          phone: null,
        },
      ],
      participants: ['Berufskollegs', 'Kammern'],
      interimGoal: { text: 'Interviews mit Berufskollegs: gemeinsames Verfahren festlegen', due: '2020-12-31' },
      milestones: [
        { date: '09/20', end: '2020-09-30', text: 'Fragebogen für Schülerinnen und Schüler abstimmen' },
        { date: 'Ende 2020', end: '2020-12-31', text: 'Interviews mit drei Berufskollegs' },
      ],
    },
    {
      id: '4.30',
      title: TITLE['4.30'],
      leads: [
        { name: 'Herr Pägel', organization: null, email: null, phone: null },
        { name: 'Herr Zumbrock', organization: null, email: null, phone: null },
      ],
      participants: ['Kammern', 'Universität Paderborn', 'Bildungsträger'],
      interimGoal: { text: 'Erfassung der branchenspezifischen Bedarfe' },
      milestones: [
        { date: 'Ca. Jan / Feb 2019', end: '2019-02-28', text: 'Bestehende Daten an Partner weitergeben' },
        { date: 'Sept 2019', end: '2019-09-30', text: 'Erfahrungsaustausch' },
      ],
    },
    {
      id: '4.31',
      title: TITLE['4.31'],
      leads: [{ name: 'Matthias Groß', organization: null, email: 'm.gross@bksn.de', phone: null }],
      participants: ['Berufskollegs', 'Schulträger', 'Kammern', 'Bildungsträger', 'Regionale Netzwerkpartner'],
      interimGoal: { text: 'Weiterentwicklung Medienkompetenzraster', due: '2020-09-30' },
      milestones: [
        { date: '09/19', end: '2019-09-30', text: 'Verständigung über verschiedene Medienkompetenzprofile' },
        { date: '03/19', end: '2019-03-31', text: 'Austausch über zielgruppenspezifische Medienkonzepte' },
      ],
    },
    {
      id: '6.45',
      title: TITLE['6.45'],
      leads: [
        { name: 'C. Schön', organization: 'CWW', email: null, phone: null },
        { name: 'D. Esken', organization: 'IFD', email: null, phone: null },
      ],
      participants: ['Caritas Wohn- und Werkstätten', 'Integrationsfachdienst'],
      interimGoal: { text: 'Mindestens 1x Treffen bis September 2019' },
      milestones: [
        { date: null, text: 'Transparenz zur vorhandenen Angebotsstruktur → Frau Schön sammelt die Angebote' },
        { date: null, text: 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte' },
      ],
    },
    {
      id: '7.49',
      title: TITLE['7.49'],
      leads: [
        {
          name: 'Johanna Leifeld',
          organization: 'Bildungs- und Integrationszentrum Kreis Paderborn',
          email: null,
          phone: '05251 308 4610',
        },
      ],
      participants: ['Edgar Brands', 'Rainhard Taubert', 'Markus Kahmann', 'Melanie Struck'],
      interimGoal: { text: 'Bewährte Patenschaftsmodelle sind beschrieben', due: '2020-08-31' },
      milestones: [
        { date: '10/18', end: '2018-10-31', text: 'Telefonleitfragen zur Gewinnung weiterer Akteure' },
        { date: '11/18', end: '2018-11-30', text: 'Einladen: Quartiersverantwortliche' },
      ],
    },
    {
      id: '12.71',
      title: TITLE['12.71'],
      leads: [{ name: 'K. John-Stucke', organization: 'Kreismuseum Wewelsburg', email: null, phone: null }],
      participants: ['Kommunales Integrationszentrum', 'Schulaufsicht Grundschule', 'Schülervertretungen'],
      interimGoal: { text: 'Zwei weitere Schulen tragen den Titel', due: '2020-06-30' },
      milestones: [{ date: 'Ca. 06/19', end: '2019-06-30', text: 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR' }],
    },
  ],
};
