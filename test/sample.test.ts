/**
 * The bundled sample extracts completely: every goal, lead, participant list, interim goal,
 * status check, milestone, report and date is pinned here (read through the ExcelJS host).
 */
import { join } from 'node:path';
import { extract } from '../src/core/extract';
import { type Model, ModelSchema } from '../src/core/model';
import { readWorkbookFile } from '../src/xlsx/read';

export const SAMPLE = join(__dirname, '..', 'samples', 'umsetzungsstand-2019.xlsx');

let model: Model;
beforeAll(async () => {
  model = extract((await readWorkbookFile(SAMPLE)).grids);
});

type Row = [
  cell: string,
  raw: string | null,
  start: string | null,
  end: string | null,
  fromText: boolean,
  text: string,
  report: string | null,
];

const GOALS: {
  id: string;
  shortTitle: string;
  color: string;
  rating: string | null;
  title: string;
  leads: (string | null)[][];
  participants: string[];
  interim: [string | null, string | null] | null;
  checks: (string | null)[][];
  milestones: Row[];
}[] = [
  {
    id: '1.2',
    shortTitle: 'Übergang Kita–Grundschule',
    color: 'grün',
    rating: null,
    title:
      'Empfehlungen für den Übergang Kita-Grundschule (unter besonderer Berücksichtigung von Kindern mit Förderbedarf) werden gemeinsam mit den Fachkräften der Kitas und Grundschulen im Zuständigkeitsbereich des Kreisjugendamtes bis 2022 entwickelt und umgesetzt.',
    leads: [['Frau Hagen', null, null, null]],
    participants: ['Frau Dreyer', 'Herr Kremer', 'Frau Wrede', 'Herr Neuhaus', 'Frau Rustemeier', 'Frau Hagen', '(Frau Schlüter?)'],
    interim: ['Auftragsklärung !?', '2019-09-30'],
    checks: [],
    milestones: [
      ['A15', null, null, null, false, 'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen', null],
      ['A16', null, null, null, false, 'Kontakt zu Kita-Träger → Frau Hagen', null],
      ['A17', '02/2019', '2019-02-01', '2019-02-28', false, 'Nächstes Treffen; Auftragsklärung', null],
    ],
  },
  {
    id: '1.5',
    shortTitle: 'Unterstützung ESE-Unterricht',
    color: 'grün',
    rating: null,
    title:
      'Für Kolleginnen und Kollegen, die Schülerinnen und Schüler mit dem Förderbedarf „Emotionale und soziale Entwicklung“ neu unterrichten, steht besonders in der Anfangszeit eine strukturierte Unterstützung und praxisbezogene Fortbildung zur Verfügung.',
    leads: [['Frau Fitzner', null, null, null]],
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
    interim: ['Siehe Maßnahmen. Nächstes Treffen: Juni 2019', '2019-09-30'],
    checks: [],
    milestones: [
      [
        'A15',
        '09/19',
        '2019-09-01',
        '2019-09-30',
        false,
        'Sichtung der Unterlagen zu bestehenden Fortbildungen → anschließend Entscheidung, ob diese in einem Ordner für Schulen der Sek I zur Verfügung gestellt werden sollen',
        null,
      ],
      ['A16', '04/19', '2019-04-01', '2019-04-30', false, 'Flyer der Hospitationsschulen', null],
      ['A17', null, null, null, false, 'Schulen der Sek I auf Angebot der Hospitationstage für ESE Sek I hinweisen', null],
      ['A18', '03/19', '2019-03-01', '2019-03-31', false, 'Prüfung, ob es Lücken im Fortbildungsangebot gibt', null],
      ['A19', null, null, null, false, 'Bestehende Unterstützungsangebote stärker bewerben', null],
    ],
  },
  {
    id: '2.21',
    shortTitle: 'Zertifikat Ehrenamt',
    color: 'grün',
    rating: null,
    title:
      'Der KreisSportBund, der Landessportbund NRW und regionale Großunternehmen entwickeln gemeinsam das Format eines Zertifikats, um Ehrenamtlichen solche sozialen Kompetenzen zu bescheinigen, die in Bewerbungsverfahren hilfreich sind.',
    leads: [['Frau Fulland', null, 'fabienne.fulland@ksb-paderborn.de', null]],
    participants: [],
    interim: ['Regionale Unternehmen beteiligen', '2019-09-30'],
    checks: [],
    milestones: [
      ['A15', null, null, null, false, 'Oberfläche / Internet', null],
      ['A16', null, null, null, false, '→ Mehr allgemeine Vereine mit ins „Boot“ holen', null],
      ['A17', null, null, null, false, 'Beschreibung der Tätigkeiten / keine Bewertung', null],
      ['A18', null, null, null, false, 'Zeiträume', null],
    ],
  },
  {
    id: '3.27',
    shortTitle: 'Gründe für Ausbildungsabbrüche',
    color: 'blau',
    rating: null,
    title:
      'Die Berufskollegs und die Kammern erheben die Gründe für die Abbrüche in der dualen Ausbildung und in den vollzeitschulischen Ausbildungsgängen.',
    leads: [['Bildungs- und Integrationszentrum Kreis Paderborn', 'Bildungs- und Integrationszentrum Kreis Paderborn', null, null]],
    participants: ['Berufskollegs', 'Kammern'],
    interim: ['Interviews mit Berufskollegs: gemeinsames Verfahren festlegen', '2019-09-30'],
    checks: [],
    milestones: [],
  },
  {
    id: '4.29',
    shortTitle: 'Männeranteil Kita/GS 10 %',
    color: 'grün',
    rating: null,
    title: 'Der Anteil der Männer an den Beschäftigten in Kindergärten und Familienzentren und Grundschulen steigt auf 10%.',
    leads: [['Iris Wrede', null, null, null]],
    participants: ['Andreas Neuhaus', 'Markus Kremer', 'Christiane Hagen oder Vertretung', 'Herr Czorny'],
    interim: [
      'Bis September 2019 werden wir uns intensiv mit den Ursachen befassen, um daraus weitere Ansatzpunkte für die weitere Vorgehensweise zu erlangen.',
      '2019-09-30',
    ],
    checks: [],
    milestones: [
      ['A15', null, null, null, false, 'Weitere Personen ansprechen (Erzieher, Berufsberater, u.a.)', null],
      [
        'A16',
        'Di, 20.11.2018',
        '2018-11-20',
        '2018-11-20',
        true,
        'Nächste Sitzung: Di, 20.11.2018, 14 Uhr Familienzentrum Westenholz',
        null,
      ],
    ],
  },
  {
    id: '4.30',
    shortTitle: 'Berufsbilder der Zukunft',
    color: 'grün',
    rating: null,
    title:
      'Die Schulaufsicht für die Berufskollegs klärt mit den Bildungsakteuren im Kreis Paderborn, insbesondere mit den Hochschulen, wie sich Berufsbilder zukünftig entwickeln.',
    leads: [
      ['Herr Pägel', null, null, null],
      ['Herr Zumbrock', null, null, null],
    ],
    participants: ['Duale Partner (Kammern, Schulen, Uni, weitere Bildungsträger, Betriebe, Schulträger, ...)'],
    interim: ['Erfassung der branchenspezifischen Bedarfe / Bestandsaufnahme', '2019-09-30'],
    checks: [],
    milestones: [
      ['A15', 'Ca. Jan / Feb 2019', '2019-01-01', '2019-02-28', false, 'Bestehende Daten an Partner weitergeben', null],
      ['A16', 'Sept 2019', '2019-09-01', '2019-09-30', false, 'Erfahrungsaustausch', null],
    ],
  },
  {
    id: '4.31',
    shortTitle: 'Medienkompetenzen Berufskollegs',
    color: 'grün',
    rating: 'teilweise erreicht',
    title:
      'Die Berufskollegs vereinbaren mit den regionalen Partnern, z. B. Kammern, Agentur für Arbeit, Bildungsträgern, Unternehmen, welche Medienkompetenzen im beruflichen Alltag gefordert sind.',
    leads: [['Matthias Groß', null, 'm.gross@bksn.de', null]],
    participants: ['Berufskollegs', 'Schulträger', 'Kammern', 'Bildungsträger', 'Regionale Netzwerkpartner'],
    interim: ['Weiterentwicklung Medienkompetenzraster', '2019-09-30'],
    checks: [['2019-11-08', 'Matthias Groß', 'teilweise erreicht']],
    milestones: [
      ['A15', '09/19', '2019-09-01', '2019-09-30', false, 'Verständigung über verschiedene Medienkompetenzprofile', null],
      ['A16', '03/19', '2019-03-01', '2019-03-31', false, 'Austausch über zielgruppenspezifische Medienkonzepte', null],
      ['A17', 'Ab sofort', null, null, false, 'Ausbau der Kooperation der Akteure / Beteiligten', null],
    ],
  },
  {
    id: '6.45',
    shortTitle: 'Einstieg Arbeitswelt mit Assistenzbedarf',
    color: 'grün',
    rating: null,
    title:
      'Sozialwirtschaft, Unternehmen und weitere Akteure (Universität, Medizin, Vereine ...) kooperieren, damit Jugendliche, Auszubildende und Menschen mit Assistenzbedarf einen guten Einstieg in die Arbeitswelt finden.',
    leads: [
      ['C. Schön', 'CWW', null, null],
      ['D. Esken', 'IFD', null, null],
    ],
    participants: [], // 'Mail an: c.schoen@cww-paderborn.de bis Ende September 2018' is a note, not a participant
    interim: ['Mindestens 1x Treffen bis September 2019', '2019-09-30'],
    checks: [],
    milestones: [
      ['A15', null, null, null, false, 'Transparenz zur vorhandenen Angebotsstruktur → Frau Schön sammelt die Angebote', null],
      ['A16', null, null, null, false, 'Definition der Arbeitsinhalte und Arbeitsschwerpunkte', null],
      ['A17', null, null, null, false, '1x jährlich treffen!?', null],
      ['A18', null, null, null, false, 'Transparenz schaffen. Welche Netzwerke gibt es bereits? Meilenstein', null],
      ['A19', null, null, null, false, 'Übergänge Schule – Beruf', null],
    ],
  },
  {
    id: '7.47',
    shortTitle: 'Quartiersarbeit in 5 Quartieren',
    color: 'grün',
    rating: 'teilweise erreicht',
    title:
      'In den kommenden fünf Jahren lösen wir uns von den zielgruppenspezifischen Angeboten für Geflüchtete und stärken die Quartiersarbeit in mindestens 5 Quartieren im Kreis Paderborn, um Beteiligung zu fördern und Begegnung zu schaffen (=wirksame Integrationsarbeit).',
    leads: [['Yannis Krone', 'Quartiersmanagement AWO Kreisverband Paderborn e.V.', 'y.krone@awo-paderborn.de', '0 52 51 – 29066-19']],
    participants: [], // 'Arbeitsgruppenform' is a note, not a participant
    interim: ['Siehe Roadmap', '2019-09-30'],
    checks: [['2019-05-14', 'Yanis Krone', 'teilweise erreicht']],
    milestones: [
      ['A15', '03/19', '2019-03-01', '2019-03-31', false, 'Feststellen, wo es welche Quartiersarbeit für welche Zielgruppe gibt', null],
      ['A16', '05/19', '2019-05-01', '2019-05-31', false, 'Bis zu diesem Datum Kontaktaufnahme / Hospitation', null],
      ['A17', '09/19', '2019-09-01', '2019-09-30', false, 'Zugänge für weitere Zielgruppen erarbeiten', null],
      [
        'A18',
        'Do, 17. Januar 2018',
        '2018-01-17',
        '2018-01-17',
        true,
        'Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr Mehrgenerationenhaus AWO Leo, Leostraße 45, 33098 Paderborn',
        null,
      ],
    ],
  },
  {
    id: '7.49',
    shortTitle: 'Patenschaftsmodelle',
    color: 'grün',
    rating: 'offen',
    title:
      'In den kommenden fünf Jahren entwickeln wir bewährte Patenschaftsmodelle zu den Themen Familie, Arbeit, Wohnraum, soziale und berufliche Integration im Rahmen der Quartiersarbeit weiter.',
    leads: [['Johanna Leifeld', 'BIZ', null, null]],
    participants: ['Edgar Brands', 'Rainhard Taubert', 'Markus Kahmann', 'Melanie Struck'],
    interim: [null, '2019-09-30'],
    checks: [['2019-05-14', 'Johanna Leifeld', 'offen']],
    milestones: [
      ['A15', '10/18', '2018-10-01', '2018-10-31', false, 'Telefonleitfragen zur Gewinnung weiterer Akteure', null],
      ['A16', '11/18', '2018-11-01', '2018-11-30', false, 'Einladen: Quartiersverantwortliche', null],
      [
        'A17',
        '01/19',
        '2019-01-01',
        '2019-01-31',
        false,
        'Nächstes Treffen Themen: Definition Quartier & Vorstellung bewährter Projekte',
        null,
      ],
    ],
  },
  {
    id: '10.64',
    shortTitle: 'Qualifizierung Migrant/innen',
    color: 'grün',
    rating: null,
    title:
      'Jobcenter, Agentur für Arbeit, und weitere Akteure bieten Migrantinnen und Migranten auf der Basis ihrer schulischen und beruflichen Kompetenzen Qualifizierungen und einen passenden Einstieg in Beschäftigung an, um die Arbeitslosigkeit der Ausländer von 15 auf 10% zu senken.',
    leads: [['Ulrike Mertens', 'FAW gGmbH', 'ulrike.mertens@faw.de', '05251 14287-122']],
    participants: [],
    interim: [null, '2019-09-30'],
    checks: [],
    milestones: [
      [
        'A15',
        'Mi, 14. November 2018',
        '2018-11-14',
        '2018-11-14',
        true,
        'Nächstes Treffen: Mi, 14. November 2018, 16 Uhr BANG Starter Center Ostenland, Osterloher Straße 85, 33129 Delbrück',
        null,
      ],
      [
        'A16',
        '14.11.18',
        '2018-11-14',
        '2018-11-14',
        false,
        'Gelingensbedingungen formulieren für ein „Paderborner“ Ausbildungsmodell für Zugewanderte (Unterstützungsmodell mit Modulen)',
        null,
      ],
    ],
  },
  {
    id: '12.71',
    shortTitle: 'Schule ohne Rassismus +5',
    color: 'grün',
    rating: null,
    title: 'Bis 2023 gibt es 5 weitere Schulen, die sich am Programm „Schule ohne Rassismus – Schule mit Courage“ beteiligen.',
    leads: [['K. John-Stucke', 'Kreismuseum Wewelsburg', null, null]],
    participants: [
      'Lokalkoordination „Schule ohne Rassismus – Schule mit Courage“',
      'Kommunales Integrationszentrum',
      'Schulaufsicht Grundschule',
      'Schülervertretungen',
    ],
    interim: [
      'Einladung der SV der weiterführenden Schulen zu dem großen Lokaltreffen, nächstes Treffen nach den Sommerferien 2019 in der Wewelsburg',
      '2019-09-30',
    ],
    checks: [],
    milestones: [
      ['A15', null, null, null, false, 'Information der Grundschulen / Schulleiter-Dienstbesprechung', null],
      [
        'A16',
        null,
        null,
        null,
        false,
        'Infos an alle Schulaufsichten der Sek I & Sek II schicken, damit diese Schulleitungen & Schülervertretungen informieren',
        null,
      ],
      ['A17', 'Ca. 06/19', '2019-06-01', '2019-06-30', false, 'Großes Lokaltreffen mit „Event“-Charakter für SV der SoR & Nicht-SoR', null],
      ['A18', null, null, null, false, 'Übersicht über Projekte der SoR im Kreis Paderborn an allen Schulen', null],
    ],
  },
  {
    id: '12.72',
    shortTitle: '10 Demokratie-Projekte',
    color: 'grün',
    rating: 'teilweise erreicht',
    title:
      'Bis zum 31.12.2019 bieten die VHS, das KI und weitere Fachdienste (z. B. offene Jugendarbeit) min. 10 Projekte differenziert für Kinder, Jugendliche und Erwachsene an, die demokratische und soziale Grundwerte unserer Gesellschaft vermitteln.',
    leads: [['Verani Kartum', null, null, null]],
    participants: [], // 'Siehe Liste' is a note, not a participant
    interim: ['Zusammenstellung von Projekten; Zwischenbilanz der Projekte; Nächstes Treffen: Januar 2019', '2019-09-30'],
    checks: [['2019-11-12', 'Verani Kartum', 'teilweise erreicht']],
    milestones: [
      ['A15', '03/19', '2019-03-01', '2019-03-31', false, 'Worldcafé / Planspiel Diskussionsforum / Jugendtreff / Schulen', 'Nov. 2019'],
      ['A16', '03/19', '2019-03-01', '2019-03-31', false, 'Lehrerfortbildung / Formate', 'Nov. 2019'],
      ['A17', '09/18', '2018-09-01', '2018-09-30', false, 'Baustein Menschenwürde', 'Nov. 2019'],
      ['A18', '09/18', '2018-09-01', '2018-09-30', false, 'Hingucker - Zivilcourage üben', 'Nov. 2019'],
      ['A19', '03/19', '2019-03-01', '2019-03-31', false, 'Fotosafari für Demokratie VHS, Wewelsburg Wanderausstellung', 'Nov. 2019'],
    ],
  },
];

it('is a valid model', () => {
  expect(ModelSchema.safeParse(model).success).toBe(true);
});

it('reads every sheet as what it is', () => {
  expect(model.sheets.map((s) => [s.sheet, s.kind])).toEqual([
    ['Hinweise', 'skipped'],
    ['Übersicht', 'overview'],
    ...['1.2', '1.5', '2.21', '3.27', '4.29', '4.30', '4.31', '6.45', '7.47', '7.49', '10.64', '12.71', '12.72'].map((s) => [
      s,
      'goal-form',
    ]),
    ['Partner', 'partner-list'],
    ['Nachfragen', 'status-log'],
  ]);
  expect(model.skipped).toEqual([{ sheet: 'Hinweise', reason: 'no-goal-data', visibility: 'visible' }]);
  expect(model.problems).toEqual([]);
  expect(model.orphans).toEqual({ milestones: [], statusChecks: [] });
});

it('finds all 13 goals in order', () => {
  expect(model.goals.map((g) => g.id)).toEqual(GOALS.map((g) => g.id));
});

describe.each(GOALS)('goal $id', (expected) => {
  const goal = () => model.goals.find((g) => g.id === expected.id)!;
  it('has its titles, colour and rating', () => {
    expect([goal().shortTitle, goal().color, goal().rating, goal().title]).toEqual([
      expected.shortTitle,
      expected.color,
      expected.rating,
      expected.title,
    ]);
    expect(goal().source).toEqual({ sheet: expected.id, cell: 'A1' });
  });
  it('has its leads and participants', () => {
    expect(goal().leads.map((l) => [l.name, l.organization, l.email, l.phone])).toEqual(expected.leads);
    expect(goal().participants).toEqual(expected.participants);
  });
  it('has its interim goal and status checks', () => {
    const ig = goal().interimGoal;
    expect(ig ? [ig.text, ig.due?.end ?? null] : null).toEqual(expected.interim);
    expect(goal().statusChecks.map((c) => [c.date?.start ?? null, c.person, c.rating])).toEqual(expected.checks);
  });
  it('has every milestone with its date and report', () => {
    expect(
      goal().milestones.map((m): Row => [
        m.source.cell,
        m.date?.raw ?? null,
        m.date?.start ?? null,
        m.date?.end ?? null,
        !!m.date?.fromText,
        m.text,
        m.report,
      ]),
    ).toEqual(expected.milestones);
    for (const m of goal().milestones) expect(m.goalIds).toEqual([expected.id]);
  });
});

it('reads the partner list', () => {
  expect(model.partners.map((p) => [p.name, p.contact, p.email, p.phone, p.goals, p.source.cell])).toEqual([
    ['KreisSportBund Paderborn e.V.', 'Frau Fulland', 'fabienne.fulland@ksb-paderborn.de', null, ['2.21', '7.47'], 'A2'],
    ['ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.', 'Yannis Krone', 'y.krone@awo-paderborn.de', '05251 29066-19', ['7.47', '7.49'], 'A3'],
    ['Bildungs- und Integrationszentrum Kreis Paderborn', 'Johanna Leifeld', null, '05251 308 4610', ['3.27', '7.47', '7.49'], 'A4'],
    ['FAW gGmbH', 'Ulrike Mertens', 'ulrike.mertens@faw.de', '05251 14287-122', ['10.64'], 'A5'],
    ['Berufskolleg Schloß Neuhaus', 'Matthias Groß', 'm.gross@bksn.de', null, ['4.31'], 'A6'],
    ['CWW Paderborn', 'C. Schön', 'c.schoen@cww-paderborn.de', null, ['6.45'], 'A7'],
    ['Kreismuseum Wewelsburg', 'K. John-Stucke', null, null, ['12.71', '12.72'], 'A8'],
  ]);
});

it('counts 42 milestones, 21 of them dated in the table and 3 by their text', () => {
  const all = model.goals.flatMap((g) => g.milestones);
  expect(all).toHaveLength(42);
  expect(all.filter((m) => m.date && !m.date.fromText && m.date.start)).toHaveLength(21);
  expect(all.filter((m) => m.date?.fromText)).toHaveLength(3);
});
