/**
 * Several goals on one sheet, a sheet per Leitziel: stacked blocks, each with its id (beside
 * a label, alone in a cell, or in a heading), its own labels and its own milestone table.
 * The second sheet's blocks start in column C.
 */
import { grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { MMJJ, TITLE } from './texts';

const LZ7 = grid(
  'LZ 7 Quartier',
  [
    ['Leitziel 7: Integration gelingt im Quartier'],
    [],
    ['Ziel Nr.:', '7.47'],
    ['Zielformulierung:', TITLE['7.47']],
    ['Federführung:', 'Yannis Krone, AWO Kreisverband Paderborn e.V., y.krone@awo-paderborn.de, 0 52 51 – 29066-19'],
    ['Beteiligte:', 'KreisSportBund Paderborn e.V., Bildungs- und Integrationszentrum Kreis Paderborn'],
    ['Zwischenziel bis September 2019:', 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn'],
    [],
    ['Maßnahmen und Meilensteine'],
    MMJJ,
    [
      '01/19',
      'In der Dokumentation zur Umsetzungskonferenz wird ein nächstes Treffen angekündigt, sodass sich Interessenten noch melden können. Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus AWO Leo statt.',
      'Zum Treffen kamen lediglich eine Vertreterin des KreisSportBunds, des KI und der AWO',
    ],
    ['03/19', 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet'],
    [
      '4/19',
      'Vorstellung unserer Ziele und Vorhaben bei der AG Altersgerechte Quartiersentwicklung in den Städten und Gemeinden des Kreises Paderborn',
      'Die AG konnte als Kooperationspartnerin nicht gewonnen werden.',
    ],
    ['Bis 8/20', 'Akquise weiterer Mitglieder'],
    ['8/20', 'Treffen zur Strategieplanung'],
    [],
    [],
    ['7.48', TITLE['7.48']],
    ['Federführung:', 'Birgit Tewes, Caritasverband Paderborn e.V., b.tewes@caritas-paderborn.de'],
    ['Beteiligte:', 'Projekt Sprachschlüssel, AWO Kreisverband Paderborn e.V., Volkshochschule Paderborn'],
    ['Zwischenziel bis September 2019:', 'Übersicht über die bestehenden Sprachpatenprojekte im Kreis'],
    [],
    MMJJ,
    ['11/18', 'Bestandsaufnahme der Sprachpatenprojekte', 'Liste liegt vor'],
    ['Febr. 19', 'Austauschtreffen der Patinnen und Paten im Mehrgenerationenhaus'],
    ['Ca. 06/19', 'Qualifizierungsreihe für neue Sprachpatinnen und Sprachpaten'],
    [],
    ['Mittlerziel-Nr.', '7.49'],
    [TITLE['7.49']],
    ['Wer ist federführend?', 'Johanna Leifeld (BIZ)'],
    ['Wer ist beteiligt?', 'Edgar Brands, Rainhard Taubert, Markus Kahmann, Melanie Struck'],
    ['Zwischenziel bis September 2019'],
    ['Maßnahmen und Meilensteine'],
    MMJJ,
    ['10/18', 'Telefonleitfragen zur Gewinnung weiterer Akteure'],
    ['11/18', 'Einladen: Quartiersverantwortliche'],
    ['01/19', 'Nächstes Treffen Themen: Definition Quartier & Vorstellung bewährter Projekte'],
  ],
  { merges: ['A29:C29'] },
);

const LZ12 = grid(
  'LZ 12 Demokratie',
  [
    ['Leitziel 12 – Demokratie und Vielfalt stärken'],
    [],
    ['Mittlerziel-Nr.', 12.71],
    ['Ziel:', TITLE['12.71']],
    ['Ansprechperson:', 'K. John-Stucke (Kreismuseum Wewelsburg)'],
    [
      'Beteiligte:',
      'Lokalkoordination „Schule ohne Rassismus – Schule mit Courage“, Kommunales Integrationszentrum, Schulaufsicht Grundschule',
    ],
    ['Zwischenziel bis September 2019:', 'Einladung der SV der weiterführenden Schulen zu dem großen Lokaltreffen'],
    [],
    MMJJ,
    [null, 'Information der Grundschulen / Schulleiter-Dienstbesprechung', 'erfolgt am 12.03.2019'],
    [
      'Ca. 06/19',
      'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR',
      'Lokaltreffen fand am 24.09.2019 in der Wewelsburg statt',
    ],
    [null, 'Übersicht über Projekte der SoR im Kreis Paderborn an allen Schulen'],
    [],
    [],
    ['Mittlerziel 12.72'],
    [TITLE['12.72']],
    ['Ansprechperson:', 'Verani Kartum'],
    ['Beteiligte:', 'VHS Paderborn, Kommunales Integrationszentrum, Kreismuseum Wewelsburg'],
    ['Zwischenziel bis 12/2019:', 'Zusammenstellung von Projekten; Zwischenbilanz der Projekte'],
    [],
    MMJJ,
    ['03/19', 'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen', 'Nov. 2019'],
    ['03/19', 'Lehrerfortbildung / Formate', 'Nov. 2019'],
    ['09/18', 'Baustein Menschenwürde'],
    ['09/18', 'Hingucker - Zivilcourage üben'],
    ['03/19', 'Fotosafari für Demokratie VHS, Wewelsburg Wanderausstellung'],
  ],
  { at: 'C2', merges: ['D5:F5', 'C17:F17'] },
);

export const stacked: LayoutCase = {
  name: 'stacked',
  description:
    'Ein Blatt je Leitziel mit mehreren Mittlerzielen untereinander, jedes mit eigener Nummer (neben „Ziel Nr.:“/„Mittlerziel-Nr.“, allein in einer Zelle oder als Überschrift), eigenen Beschriftungen und eigener Meilensteintabelle; auf dem zweiten Blatt beginnen die Blöcke in Spalte C.',
  grids: [LZ7, LZ12],
  goals: [
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
        {
          date: '01/19',
          end: '2019-01-31',
          text: 'In der Dokumentation zur Umsetzungskonferenz wird ein nächstes Treffen angekündigt, sodass sich Interessenten noch melden können. Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus AWO Leo statt.',
          report: 'Zum Treffen kamen lediglich eine Vertreterin des KreisSportBunds, des KI und der AWO',
        },
        { date: '03/19', end: '2019-03-31', text: 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet', report: null },
        {
          date: '4/19',
          end: '2019-04-30',
          text: 'Vorstellung unserer Ziele und Vorhaben bei der AG Altersgerechte Quartiersentwicklung in den Städten und Gemeinden des Kreises Paderborn',
          report: 'Die AG konnte als Kooperationspartnerin nicht gewonnen werden.',
        },
        { date: 'Bis 8/20', end: '2020-08-31', text: 'Akquise weiterer Mitglieder', report: null },
        { date: '8/20', end: '2020-08-31', text: 'Treffen zur Strategieplanung', report: null },
      ],
    },
    {
      id: '7.48',
      title: TITLE['7.48'],
      leads: [{ name: 'Birgit Tewes', organization: 'Caritasverband Paderborn e.V.', email: 'b.tewes@caritas-paderborn.de', phone: null }],
      participants: ['Projekt Sprachschlüssel', 'AWO Kreisverband Paderborn e.V.', 'Volkshochschule Paderborn'],
      interimGoal: { text: 'Übersicht über die bestehenden Sprachpatenprojekte im Kreis', due: '2019-09-30' },
      milestones: [
        { date: '11/18', end: '2018-11-30', text: 'Bestandsaufnahme der Sprachpatenprojekte', report: 'Liste liegt vor' },
        { date: 'Febr. 19', end: '2019-02-28', text: 'Austauschtreffen der Patinnen und Paten im Mehrgenerationenhaus', report: null },
        { date: 'Ca. 06/19', end: '2019-06-30', text: 'Qualifizierungsreihe für neue Sprachpatinnen und Sprachpaten', report: null },
      ],
    },
    {
      id: '7.49',
      title: TITLE['7.49'],
      leads: [{ name: 'Johanna Leifeld', organization: 'BIZ', email: null, phone: null }],
      participants: ['Edgar Brands', 'Rainhard Taubert', 'Markus Kahmann', 'Melanie Struck'],
      interimGoal: { text: null, due: '2019-09-30' },
      milestones: [
        { date: '10/18', end: '2018-10-31', text: 'Telefonleitfragen zur Gewinnung weiterer Akteure' },
        { date: '11/18', end: '2018-11-30', text: 'Einladen: Quartiersverantwortliche' },
        { date: '01/19', end: '2019-01-31', text: 'Nächstes Treffen Themen: Definition Quartier & Vorstellung bewährter Projekte' },
      ],
    },
    {
      id: '12.71',
      title: TITLE['12.71'],
      leads: [{ name: 'K. John-Stucke', organization: 'Kreismuseum Wewelsburg', email: null, phone: null }],
      participants: [
        'Lokalkoordination „Schule ohne Rassismus – Schule mit Courage“',
        'Kommunales Integrationszentrum',
        'Schulaufsicht Grundschule',
      ],
      interimGoal: { text: 'Einladung der SV der weiterführenden Schulen zu dem großen Lokaltreffen', due: '2019-09-30' },
      milestones: [
        { date: null, text: 'Information der Grundschulen / Schulleiter-Dienstbesprechung', report: 'erfolgt am 12.03.2019' },
        {
          date: 'Ca. 06/19',
          end: '2019-06-30',
          text: 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR',
          report: 'Lokaltreffen fand am 24.09.2019 in der Wewelsburg statt',
        },
        { date: null, text: 'Übersicht über Projekte der SoR im Kreis Paderborn an allen Schulen', report: null },
      ],
    },
    {
      id: '12.72',
      title: TITLE['12.72'],
      leads: [{ name: 'Verani Kartum', organization: null, email: null, phone: null }],
      participants: ['VHS Paderborn', 'Kommunales Integrationszentrum', 'Kreismuseum Wewelsburg'],
      interimGoal: { text: 'Zusammenstellung von Projekten; Zwischenbilanz der Projekte', due: '2019-12-31' },
      milestones: [
        { date: '03/19', end: '2019-03-31', text: 'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen', report: 'Nov. 2019' },
        { date: '03/19', end: '2019-03-31', text: 'Lehrerfortbildung / Formate', report: 'Nov. 2019' },
        { date: '09/18', end: '2018-09-30', text: 'Baustein Menschenwürde', report: null },
        { date: '09/18', end: '2018-09-30', text: 'Hingucker - Zivilcourage üben', report: null },
        { date: '03/19', end: '2019-03-31', text: 'Fotosafari für Demokratie VHS, Wewelsburg Wanderausstellung', report: null },
      ],
    },
  ],
};
