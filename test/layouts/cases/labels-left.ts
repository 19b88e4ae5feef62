/**
 * Goal sheets with labels in one column and their values to the right: values merged across
 * columns (B:E), a label merged over three rows with a value in each (A5:A7 | B5..B7), a label
 * and its value both merged over two rows, a sheet whose labels sit in B with values in D, and
 * a "Steckbrief" with two label–value pairs per row.
 */
import { grid } from '../../helpers/grid';
import type { LayoutCase } from '../expect';
import { TITLE } from './texts';

const G12 = grid(
  '1.2',
  [
    ['Ziel Nr.:', '1.2'],
    ['Ziel:', TITLE['1.2']],
    ['Wer ist federführend?', 'Frau Hagen, Kreisjugendamt Paderborn'],
    ['Datum der telefonischen Nachfrage:', { date: '2019-11-12' }],
    ['Wer ist beteiligt?', 'Frau Dreyer, Herr Kremer'],
    [null, 'Frau Wrede, Herr Neuhaus'],
    [null, 'Frau Rustemeier (Schulaufsicht)'],
    ['Zwischenziel bis September 2019:', 'Auftragsklärung'],
    ['Anmerkungen:', 'Vorhandene Struktur nutzen: Regionalkonferenzen im Kreis Paderborn'],
    [],
    ['Maßnahmen und Meilensteine'],
    ['MM/JJ', 'Maßnahme/Meilenstein', null, null, 'Umsetzungsbericht'],
    [null, 'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen', null, null, 'Anfrage ist gestellt'],
    [null, 'Kontakt zu Kita-Träger → Frau Hagen'],
    ['02/2019', 'Nächstes Treffen; Auftragsklärung', null, null, 'Treffen hat am 19.02.2019 stattgefunden'],
  ],
  { merges: ['B2:E2', 'B3:E3', 'A5:A7', 'B8:E8', 'B9:E9', 'A11:E11', 'B12:D12', 'B13:D13', 'B14:D14', 'B15:D15'] },
);

const G429 = grid(
  '4.29',
  [
    ['Mittlerziel:', '4.29'],
    ['Zieltext:', TITLE['4.29']],
    ['Federführung:', 'Iris Wrede'],
    [null, 'Familienzentrum Westenholz'],
    [null, 'E-Mail: iris.wrede@fz-westenholz.de'],
    ['Beteiligte:', 'Andreas Neuhaus, Markus Kremer, Christiane Hagen oder Vertretung, Herr Czorny'],
    [
      'Zwischenziel bis September 2019:',
      'Bis September 2019 werden wir uns intensiv mit den Ursachen befassen, um daraus weitere Ansatzpunkte für die weitere Vorgehensweise zu erlangen.',
    ],
    [],
    [],
    ['MM/JJ', 'Maßnahme/Meilenstein', null, null, 'Umsetzungsbericht'],
    [null, 'Weitere Personen ansprechen (Erzieher, Berufsberater, u.a.)'],
    ['Di, 20.11.2018', 'Nächste Sitzung, 14 Uhr Familienzentrum Westenholz', null, null, 'Sitzung hat stattgefunden'],
    ['03/19', 'Boys’ Day: Schüler schnuppern in Kitas und Grundschulen', null, null, 'Aktion läuft'],
  ],
  { merges: ['B2:F2', 'A3:A5', 'B6:F6', 'A7:A8', 'B7:F8', 'B10:D10', 'E10:F10', 'B11:D11', 'B12:D12', 'E12:F12', 'B13:D13', 'E13:F13'] },
);

const G1064 = grid(
  '10.64',
  [
    ['Ziel-Nr.', null, '10.64'],
    ['Zielformulierung', null, TITLE['10.64']],
    ['Wer ist federführend für die Umsetzung?', null, 'Ulrike Mertens, FAW gGmbH, ulrike.mertens@faw.de, 05251 14287-122'],
    ['Wer ist beteiligt?', null, 'Jobcenter Kreis Paderborn, Agentur für Arbeit Paderborn'],
    ['Zwischenziel bis September 2019:', null, 'Gelingensbedingungen für ein „Paderborner“ Ausbildungsmodell sind formuliert'],
    [],
    ['MM/JJ', null, 'Maßnahme/Meilenstein', null, null, null, 'Umsetzungsbericht'],
    [
      '14.11.18',
      null,
      'Gelingensbedingungen formulieren für ein „Paderborner“ Ausbildungsmodell für Zugewanderte (Unterstützungsmodell mit Modulen)',
      null,
      null,
      null,
      'Themenspeicher angelegt',
    ],
    [{ date: '2019-03-20' }, null, 'Vorstellung des Ausbildungsmodells im Arbeitskreis Ausbildung'],
    ['Ende 2019', null, 'Erste Teilnehmende im Ausbildungsmodell'],
  ],
  { at: 'B2', merges: ['D3:H3', 'D4:H4', 'D5:H5', 'D6:H6', 'D8:G8', 'D9:G9', 'D10:G10', 'D11:G11'] },
);

/** A "Steckbrief": two label–value pairs in a row, the lead's e-mail beside the lead. */
const G645 = grid(
  '6.45',
  [
    ['Steckbrief Mittlerziel'],
    ['Ziel-Nr.:', '6.45', 'Farbe:', 'grün'],
    ['Kurztitel:', 'Einstieg Arbeitswelt mit Assistenzbedarf', 'Letzte Nachfrage:', { date: '2019-11-14' }],
    ['Zieltext:', TITLE['6.45']],
    ['Federführung:', 'C. Schön (CWW)', 'E-Mail:', 'c.schoen@cww-paderborn.de'],
    ['Beteiligte:', 'D. Esken (IFD), Agentur für Arbeit Paderborn, Caritas Wohn- und Werkstätten'],
    ['Zwischenziel bis September 2019:', 'Mindestens 1x Treffen bis September 2019'],
    [],
    ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
    [null, 'Transparenz zur vorhandenen Angebotsstruktur → Frau Schön sammelt die Angebote', 'Angebotsliste liegt vor'],
    [null, 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte'],
  ],
  { merges: ['A1:D1', 'B4:D4', 'B6:D6', 'B7:D7', 'C9:D9', 'C10:D10', 'C11:D11'] },
);

export const labelsLeft: LayoutCase = {
  name: 'labels-left',
  description:
    'Zielblätter mit Beschriftungen links und Werten rechts: Werte über mehrere Spalten verbunden, eine Beschriftung über drei Zeilen verbunden mit je einem Wert daneben, Beschriftungen mit und ohne Doppelpunkt oder Fragezeichen, ein Blatt mit Beschriftungen in Spalte B und Werten in D, ein Steckbrief mit zwei Beschriftung–Wert-Paaren je Zeile.',
  grids: [G12, G429, G1064, G645],
  goals: [
    {
      id: '1.2',
      title: TITLE['1.2'],
      leads: [{ name: 'Frau Hagen', organization: 'Kreisjugendamt Paderborn', email: null, phone: null }],
      participants: ['Frau Dreyer', 'Herr Kremer', 'Frau Wrede', 'Herr Neuhaus', 'Frau Rustemeier (Schulaufsicht)'],
      interimGoal: { text: 'Auftragsklärung', due: '2019-09-30' },
      statusChecks: [{ date: '2019-11-12' }],
      notesInclude: ['Vorhandene Struktur nutzen: Regionalkonferenzen im Kreis Paderborn'],
      milestones: [
        { date: null, text: 'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen', report: 'Anfrage ist gestellt' },
        { date: null, text: 'Kontakt zu Kita-Träger → Frau Hagen', report: null },
        {
          date: '02/2019',
          end: '2019-02-28',
          text: 'Nächstes Treffen; Auftragsklärung',
          report: 'Treffen hat am 19.02.2019 stattgefunden',
        },
      ],
    },
    {
      id: '4.29',
      title: TITLE['4.29'],
      leads: [{ name: 'Iris Wrede', organization: 'Familienzentrum Westenholz', email: 'iris.wrede@fz-westenholz.de', phone: null }],
      participants: ['Andreas Neuhaus', 'Markus Kremer', 'Christiane Hagen oder Vertretung', 'Herr Czorny'],
      interimGoal: {
        text: 'Bis September 2019 werden wir uns intensiv mit den Ursachen befassen, um daraus weitere Ansatzpunkte für die weitere Vorgehensweise zu erlangen.',
        due: '2019-09-30',
      },
      milestones: [
        { date: null, text: 'Weitere Personen ansprechen (Erzieher, Berufsberater, u.a.)', report: null },
        {
          date: 'Di, 20.11.2018',
          end: '2018-11-20',
          text: 'Nächste Sitzung, 14 Uhr Familienzentrum Westenholz',
          report: 'Sitzung hat stattgefunden',
        },
        { date: '03/19', end: '2019-03-31', text: 'Boys’ Day: Schüler schnuppern in Kitas und Grundschulen', report: 'Aktion läuft' },
      ],
    },
    {
      id: '10.64',
      title: TITLE['10.64'],
      leads: [{ name: 'Ulrike Mertens', organization: 'FAW gGmbH', email: 'ulrike.mertens@faw.de', phone: '05251 14287-122' }],
      participants: ['Jobcenter Kreis Paderborn', 'Agentur für Arbeit Paderborn'],
      interimGoal: { text: 'Gelingensbedingungen für ein „Paderborner“ Ausbildungsmodell sind formuliert', due: '2019-09-30' },
      milestones: [
        {
          date: '14.11.18',
          end: '2018-11-14',
          text: 'Gelingensbedingungen formulieren für ein „Paderborner“ Ausbildungsmodell für Zugewanderte (Unterstützungsmodell mit Modulen)',
          report: 'Themenspeicher angelegt',
        },
        { end: '2019-03-20', text: 'Vorstellung des Ausbildungsmodells im Arbeitskreis Ausbildung', report: null },
        { date: 'Ende 2019', end: '2019-12-31', text: 'Erste Teilnehmende im Ausbildungsmodell', report: null },
      ],
    },
    {
      id: '6.45',
      title: TITLE['6.45'],
      shortTitle: 'Einstieg Arbeitswelt mit Assistenzbedarf',
      color: 'grün',
      leads: [{ name: 'C. Schön', organization: 'CWW', email: 'c.schoen@cww-paderborn.de', phone: null }],
      participants: ['D. Esken (IFD)', 'Agentur für Arbeit Paderborn', 'Caritas Wohn- und Werkstätten'],
      interimGoal: { text: 'Mindestens 1x Treffen bis September 2019', due: '2019-09-30' },
      statusChecks: [{ date: '2019-11-14' }],
      milestones: [
        {
          date: null,
          text: 'Transparenz zur vorhandenen Angebotsstruktur → Frau Schön sammelt die Angebote',
          report: 'Angebotsliste liegt vor',
        },
        { date: null, text: 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte', report: null },
      ],
    },
  ],
};
