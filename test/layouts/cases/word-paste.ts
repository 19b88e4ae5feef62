/**
 * Milestone tables pasted from Word: a measure (and its report) continues in the next rows,
 * whose date cell is empty or merged with the row above. The continuation belongs to the
 * measure above; an undated row that starts a measure of its own is a milestone of its own.
 */
import { formSheet } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { TITLE } from './texts';

const G15 = formSheet(
  '1.5',
  {
    title: TITLE['1.5'],
    lead: 'Ansprechperson: Frau Fitzner',
    participants: 'Hospitationsschule, Frau Lackmann, Frau Hakenberg, BIZ / K-Team, Schulberatungsstelle',
    interim: 'Siehe Maßnahmen',
    milestones: [
      ['09/19', 'Sichtung der Unterlagen zu bestehenden Fortbildungen →', 'Unterlagen gesichtet'],
      [null, 'anschließend Entscheidung, ob diese in einem Ordner für Schulen der Sek I zur Verfügung gestellt werden sollen', null],
      [null, '(angelehnt an Kooperationsordner der GS)', null],
      ['04/19', 'Flyer der Hospitationsschulen', 'Flyer liegt vor'],
      [null, 'Schulen der Sek I auf Angebot der Hospitationstage für ESE Sek I hinweisen', null],
      ['03/19', 'Prüfung, ob es Lücken im Fortbildungsangebot gibt,', 'Lücken bei ESE Sek I festgestellt'],
      [null, 'und Abstimmung mit dem Kompetenzteam', null],
      [null, 'Bestehende Unterstützungsangebote stärker bewerben', null],
    ],
  },
  { merges: ['A15:A17', 'C15:C17'] },
);

const G747 = formSheet('7.47', {
  title: TITLE['7.47'],
  lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn e.V.',
  participants: 'KreisSportBund Paderborn e.V., Bildungs- und Integrationszentrum Kreis Paderborn',
  interimLabel: 'Zwischenziel bis September 2019',
  interim: 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn',
  milestones: [
    [
      '01/19',
      'In der Dokumentation zur Umsetzungskonferenz wird ein nächstes Treffen angekündigt,',
      'Zum Treffen kamen lediglich eine Vertreterin',
    ],
    [
      null,
      'sodass sich Interessenten noch melden können. Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus AWO Leo statt.',
      'des KreisSportBunds, des KI und der AWO',
    ],
    ['03/19', 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet', null],
    [
      '4/19',
      'Vorstellung unserer Ziele und Vorhaben bei der AG Altersgerechte Quartiersentwicklung',
      'Die AG konnte als Kooperationspartnerin',
    ],
    [null, 'in den Städten und Gemeinden des Kreises Paderborn', 'nicht gewonnen werden.'],
    ['Bis 8/20', 'Akquise weiterer Mitglieder', null],
    ['8/20', 'Treffen zur Strategieplanung', null],
  ],
});

const G1271 = formSheet(
  '12.71',
  {
    title: TITLE['12.71'],
    lead: 'Ansprechperson: K. John-Stucke (Kreismuseum Wewelsburg)',
    participants: 'Kommunales Integrationszentrum, Schulaufsicht Grundschule',
    interim: 'Einladung der SV der weiterführenden Schulen zu dem großen Lokaltreffen',
    milestones: [
      [null, 'Information der Grundschulen / Schulleiter-Dienstbesprechung', null],
      [null, 'Infos an alle Schulaufsichten der Sek I & Sek II schicken,', null],
      [null, 'damit diese Schulleitungen & Schülervertretungen informieren', null],
      ['Ca. 06/19', 'Großes Lokaltreffen mit „Event“-Charakter', 'Lokaltreffen fand am 24.09.2019 statt'],
      [null, 'für SV der SoR & Nicht-SoR', null],
      [null, 'Übersicht über Projekte der SoR im Kreis Paderborn an allen Schulen', null],
    ],
  },
  { merges: ['A18:A19', 'C18:C19'] },
);

export const wordPaste: LayoutCase = {
  name: 'word-paste',
  description:
    'Aus Word eingefügte Meilensteintabellen: eine Maßnahme (und ihr Bericht) läuft in den nächsten Zeilen weiter, deren Datumszelle leer oder mit der Zeile darüber verbunden ist; dazwischen undatierte Zeilen, die eine eigene Maßnahme beginnen.',
  grids: [G15, G747, G1271],
  goals: [
    {
      id: '1.5',
      title: TITLE['1.5'],
      leads: [{ name: 'Frau Fitzner', organization: null, email: null, phone: null }],
      milestones: [
        {
          date: '09/19',
          end: '2019-09-30',
          text: 'Sichtung der Unterlagen zu bestehenden Fortbildungen →\nanschließend Entscheidung, ob diese in einem Ordner für Schulen der Sek I zur Verfügung gestellt werden sollen\n(angelehnt an Kooperationsordner der GS)',
          report: 'Unterlagen gesichtet',
        },
        { date: '04/19', end: '2019-04-30', text: 'Flyer der Hospitationsschulen', report: 'Flyer liegt vor' },
        { date: null, text: 'Schulen der Sek I auf Angebot der Hospitationstage für ESE Sek I hinweisen', report: null },
        {
          date: '03/19',
          end: '2019-03-31',
          text: 'Prüfung, ob es Lücken im Fortbildungsangebot gibt,\nund Abstimmung mit dem Kompetenzteam',
          report: 'Lücken bei ESE Sek I festgestellt',
        },
        { date: null, text: 'Bestehende Unterstützungsangebote stärker bewerben', report: null },
      ],
    },
    {
      id: '7.47',
      title: TITLE['7.47'],
      leads: [{ name: 'Yannis Krone', organization: 'AWO Kreisverband Paderborn e.V.', email: null, phone: null }],
      milestones: [
        {
          date: '01/19',
          end: '2019-01-31',
          text: 'In der Dokumentation zur Umsetzungskonferenz wird ein nächstes Treffen angekündigt,\nsodass sich Interessenten noch melden können. Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus AWO Leo statt.',
          report: 'Zum Treffen kamen lediglich eine Vertreterin\ndes KreisSportBunds, des KI und der AWO',
        },
        { date: '03/19', end: '2019-03-31', text: 'Feststellen, wo Quartiersarbeit für welche Zielgruppe stattfindet', report: null },
        {
          date: '4/19',
          end: '2019-04-30',
          text: 'Vorstellung unserer Ziele und Vorhaben bei der AG Altersgerechte Quartiersentwicklung\nin den Städten und Gemeinden des Kreises Paderborn',
          report: 'Die AG konnte als Kooperationspartnerin\nnicht gewonnen werden.',
        },
        { date: 'Bis 8/20', end: '2020-08-31', text: 'Akquise weiterer Mitglieder', report: null },
        { date: '8/20', end: '2020-08-31', text: 'Treffen zur Strategieplanung', report: null },
      ],
    },
    {
      id: '12.71',
      title: TITLE['12.71'],
      leads: [{ name: 'K. John-Stucke', organization: 'Kreismuseum Wewelsburg', email: null, phone: null }],
      milestones: [
        { date: null, text: 'Information der Grundschulen / Schulleiter-Dienstbesprechung', report: null },
        {
          date: null,
          text: 'Infos an alle Schulaufsichten der Sek I & Sek II schicken,\ndamit diese Schulleitungen & Schülervertretungen informieren',
          report: null,
        },
        {
          date: 'Ca. 06/19',
          end: '2019-06-30',
          text: 'Großes Lokaltreffen mit „Event“-Charakter\nfür SV der SoR & Nicht-SoR',
          report: 'Lokaltreffen fand am 24.09.2019 statt',
        },
        { date: null, text: 'Übersicht über Projekte der SoR im Kreis Paderborn an allen Schulen', report: null },
      ],
    },
  ],
};
