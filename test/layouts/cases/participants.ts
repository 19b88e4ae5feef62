/**
 * Participant cells as goal sheets fill them: names and organisations, but also "Siehe
 * Liste", "Arbeitsgruppenform", "alle Schulen im Kreis", a sentence, or a report of how the
 * group came together followed by a bullet list. Only people and organisations count as
 * participants; the rest is kept in the goal's notes.
 */
import { formSheet } from '../../helpers/grid';
import type { ExpectedGoal, LayoutCase } from '../expect';
import { TITLE } from './texts';

const G747 = formSheet('7.47', {
  title: TITLE['7.47'],
  lead: 'Ansprechpartner: Yannis Krone, AWO Kreisverband Paderborn e.V.',
  participants: 'Arbeitsgruppenform',
  interim: 'Siehe Roadmap',
  milestones: [['03/19', 'Feststellen, wo es welche Quartiersarbeit für welche Zielgruppe gibt', null]],
});

const G749 = formSheet('7.49', {
  title: TITLE['7.49'],
  lead: 'Ansprechperson: Johanna Leifeld (BIZ)',
  participants: [
    '08.10. und 18.10.2018. Herr Krone hat zurückgemeldet, dass kaum Interessenbekundungen für eine Mitarbeit bei ihm eingegangen seien. Auch die Zielgruppe 7.49 war relativ klein. Es wurde beschlossen, die Ziele 7.47 und 7.49 gemeinsam umzusetzen. An diesem gemeinsamen Zieleprozess arbeiten bis jetzt folgende Kooperationspartner mit:',
    '- KreisSportBund Paderborn e.V.',
    '- ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.',
    '- Bildungs- und Integrationszentrum Kreis Paderborn',
    '- Stadt Paderborn',
  ].join('\n'),
  interim: 'Akquise weiterer Kooperationspartner*innen aus der Quartiersarbeit im Kreis Paderborn',
  milestones: [['10/18', 'Telefonleitfragen zur Gewinnung weiterer Akteure', null]],
});

const G1271 = formSheet('12.71', {
  title: TITLE['12.71'],
  lead: 'Ansprechperson: K. John-Stucke (Kreismuseum Wewelsburg)',
  participants: 'Kommunales Integrationszentrum, Schulaufsicht Grundschule, alle Schulen im Kreis',
  interim: 'Einladung der SV der weiterführenden Schulen zu dem großen Lokaltreffen',
  milestones: [['Ca. 06/19', 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR', null]],
});

const G1272 = formSheet('12.72', {
  title: TITLE['12.72'],
  lead: 'Ansprechperson: Verani Kartum',
  participants: 'Siehe Liste',
  interim: 'Zusammenstellung von Projekten',
  milestones: [['03/19', 'Lehrerfortbildung / Formate', 'Nov. 2019']],
});

const G645 = formSheet('6.45', {
  title: TITLE['6.45'],
  lead: 'Ansprechperson: C. Schön (CWW), D. Esken (IFD)',
  participants: 'Mail an: c.schoen@cww-paderborn.de bis Ende September 2018',
  interim: 'Mindestens 1x Treffen bis September 2019',
  milestones: [[null, 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte', null]],
});

const G1064 = formSheet('10.64', {
  title: TITLE['10.64'],
  lead: 'Ansprechperson: Ulrike Mertens, FAW gGmbH',
  participants: 'Bei Interesse an einer Mitarbeit zur Umsetzung des Zieles melden Sie sich gerne bei Frau Mertens.',
  interim: 'Gelingensbedingungen formulieren',
  milestones: [['14.11.18', 'Gelingensbedingungen formulieren für ein „Paderborner“ Ausbildungsmodell für Zugewanderte', null]],
});

const G429 = formSheet('4.29', {
  title: TITLE['4.29'],
  lead: 'Ansprechperson: Iris Wrede',
  participants: 'Andreas Neuhaus, Markus Kremer, Christiane Hagen oder Vertretung, Herr Czorny\nWeitere Partner werden noch gesucht.',
  interim: 'Ursachen für den geringen Männeranteil sind erhoben',
  milestones: [[null, 'Weitere Personen ansprechen (Erzieher, Berufsberater, u.a.)', null]],
});

const G15 = formSheet('1.5', {
  title: TITLE['1.5'],
  lead: 'Ansprechperson: Frau Fitzner',
  participants:
    'Hospitationsschule, Frau Lackmann, Frau Hakenberg, BIZ / K-Team, Schulberatungsstelle, Frau Schlüter, Astrid-Lindgren-Schule, Hr. Brands (Koll.)',
  interim: 'Siehe Maßnahmen',
  milestones: [['04/19', 'Flyer der Hospitationsschulen', null]],
});

/** A goal of this case with its title from the documentation. */
function goal(id: string, rest: Omit<ExpectedGoal, 'id' | 'title'>): ExpectedGoal {
  return { id, title: TITLE[id], ...rest };
}

export const participants: LayoutCase = {
  name: 'participants',
  description:
    'Zielblätter, deren Feld „Wer ist beteiligt?“ nicht nur Namen und Organisationen enthält: „Siehe Liste“, „Arbeitsgruppenform“, „alle Schulen im Kreis“, einen Satz oder einen Bericht mit anschließender Aufzählung.',
  grids: [G747, G749, G1271, G1272, G645, G1064, G429, G15],
  goals: [
    goal('1.5', {
      leads: [{ name: 'Frau Fitzner' }],
      participants: [
        'Hospitationsschule',
        'Frau Lackmann',
        'Frau Hakenberg',
        'BIZ / K-Team',
        'Schulberatungsstelle',
        'Frau Schlüter',
        'Astrid-Lindgren-Schule',
        'Hr. Brands (Koll.)',
      ],
      milestones: [{ date: '04/19', text: 'Flyer der Hospitationsschulen' }],
    }),
    goal('4.29', {
      leads: [{ name: 'Iris Wrede' }],
      participants: ['Andreas Neuhaus', 'Markus Kremer', 'Christiane Hagen oder Vertretung', 'Herr Czorny'],
      notesInclude: ['Weitere Partner werden noch gesucht.'],
      milestones: [{ date: null, text: 'Weitere Personen ansprechen (Erzieher, Berufsberater, u.a.)' }],
    }),
    goal('6.45', {
      leads: [
        { name: 'C. Schön', organization: 'CWW' },
        { name: 'D. Esken', organization: 'IFD' },
      ],
      participants: [],
      notesInclude: ['Mail an: c.schoen@cww-paderborn.de bis Ende September 2018'],
      milestones: [{ date: null, text: 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte' }],
    }),
    goal('7.47', {
      leads: [{ name: 'Yannis Krone', organization: 'AWO Kreisverband Paderborn e.V.' }],
      participants: [],
      notesInclude: ['Arbeitsgruppenform'],
      milestones: [{ date: '03/19', text: 'Feststellen, wo es welche Quartiersarbeit für welche Zielgruppe gibt' }],
    }),
    goal('7.49', {
      leads: [{ name: 'Johanna Leifeld', organization: 'BIZ' }],
      participants: [
        'KreisSportBund Paderborn e.V.',
        'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.',
        'Bildungs- und Integrationszentrum Kreis Paderborn',
        'Stadt Paderborn',
      ],
      notesInclude: ['Herr Krone hat zurückgemeldet, dass kaum Interessenbekundungen für eine Mitarbeit bei ihm eingegangen seien.'],
      milestones: [{ date: '10/18', text: 'Telefonleitfragen zur Gewinnung weiterer Akteure' }],
    }),
    goal('10.64', {
      leads: [{ name: 'Ulrike Mertens', organization: 'FAW gGmbH' }],
      participants: [],
      notesInclude: ['Bei Interesse an einer Mitarbeit zur Umsetzung des Zieles melden Sie sich gerne bei Frau Mertens.'],
      milestones: [{ date: '14.11.18', text: 'Gelingensbedingungen formulieren für ein „Paderborner“ Ausbildungsmodell für Zugewanderte' }],
    }),
    goal('12.71', {
      leads: [{ name: 'K. John-Stucke', organization: 'Kreismuseum Wewelsburg' }],
      participants: ['Kommunales Integrationszentrum', 'Schulaufsicht Grundschule'],
      notesInclude: ['alle Schulen im Kreis'],
      milestones: [{ date: 'Ca. 06/19', text: 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR' }],
    }),
    goal('12.72', {
      leads: [{ name: 'Verani Kartum' }],
      participants: [],
      notesInclude: ['Siehe Liste'],
      milestones: [{ date: '03/19', text: 'Lehrerfortbildung / Formate', report: 'Nov. 2019' }],
    }),
  ],
};
