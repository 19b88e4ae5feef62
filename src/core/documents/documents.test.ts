import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blocksFromText, plainText } from './blocks';
import { documentModel, readDocument } from './index';

const SEEDS = join(__dirname, '..', '..', '..', 'test', 'data', 'documents');
const seed = (n: string) => readFileSync(join(SEEDS, `seed-${n}.txt`), 'utf8');
const O = { lang: 'de' as const, today: '2020-06-30', beside: false };
const modelOf = (text: string) => documentModel(readDocument(blocksFromText(text)), O);

describe('text blocks', () => {
  it('reads headings, list items, tables and soft line breaks', () => {
    const b = blocksFromText(
      '# Titel\n\nZeile eins  \nZeile zwei\n\n- Punkt\n1. Was sind Kompetenzen?\n10. Juni 2020\nMM/JJ\tMaßnahme\n03/19\tTreffen',
    );
    expect(b).toEqual([
      { kind: 'heading', level: 1, text: 'Titel' },
      { kind: 'paragraph', text: 'Zeile eins\nZeile zwei' },
      { kind: 'paragraph', text: 'Punkt', list: true },
      { kind: 'paragraph', text: '1. Was sind Kompetenzen?', list: true },
      { kind: 'paragraph', text: '10. Juni 2020' },
      {
        kind: 'table',
        rows: [
          ['MM/JJ', 'Maßnahme'],
          ['03/19', 'Treffen'],
        ],
      },
    ]);
  });
  it('reduces markup to text and puts a bold label before its value on a line of its own', () => {
    expect(plainText('<b>Zwischenziel bis September 2019</b> Mindestens 1x Treffen')).toBe(
      'Zwischenziel bis September 2019\nMindestens 1x Treffen',
    );
    expect(plainText('<b>Nächstes Treffen:</b> Di, 20.11.2018')).toBe('Nächstes Treffen: Di, 20.11.2018');
    expect(plainText('Mail: [a@b.de](mailto:a@b.de) &amp; <https://x.de>')).toBe('Mail: a@b.de & https://x.de');
  });
});

describe('seed 000: the status-check record of goals 7.47 and 7.49', () => {
  const doc = readDocument(blocksFromText(seed('000')));
  const m = documentModel(doc, O);
  it('is one section for both goals, with the check of 10 June 2020', () => {
    expect(doc.kind).toBe('nachfrage');
    expect(doc.goals.map((s) => s.ids.map((x) => x.id))).toEqual([['7.47', '7.49']]);
    expect(m.goals.map((g) => g.id)).toEqual(['7.47', '7.49']);
    expect(m.sheets.map((s) => [s.sheet, s.kind])).toEqual([
      ['7.47 und 7.49', 'goal-form'],
      ['Nachfragen', 'status-log'],
    ]);
  });
  it('gives both goals their texts, leads, participants, interim goal and shared milestones', () => {
    const [a, b] = m.goals;
    expect(a.title).toMatch(/^In den kommenden fünf Jahren lösen wir uns/);
    expect(b.title).toMatch(/^In den kommenden fünf Jahren entwickeln wir bewährte Patenschaftsmodelle/);
    for (const g of [a, b]) {
      expect(g.leads.map((l) => [l.name, l.organization])).toEqual([
        ['Yanis Krone', 'AWO'],
        ['Johanna Leifeld', 'Bildungs- und Integrationszentrum Kreis Paderborn'],
      ]);
      expect(g.participants).toEqual([
        'KreisSportBund Paderborn e.V.',
        'ARBEITERWOHLFAHRT Kreisverband Paderborn e.V.',
        'Bildungs- und Integrationszentrum Kreis Paderborn, Stadt Paderborn',
      ]);
      expect(g.interimGoal?.text).toMatch(/^Akquise weiterer Kooperationspartner\*innen aus der Quartiersarbeit im Kreis Paderborn\./);
      expect(g.interimGoal?.due?.end).toBe('2019-09-30');
      expect(
        g.milestones.map((x) => [x.date?.raw ?? null, x.date?.end ?? null, x.text.slice(0, 30), x.report?.slice(0, 25) ?? null]),
      ).toEqual([
        ['01/19', '2019-01-31', 'In der Dokumentation zur Umset', 'Zum Treffen kamen ledigli'],
        ['03/19', '2019-03-31', 'Feststellen, wo Quartiersarbei', null],
        ['4/19', '2019-04-30', 'Vorstellung unserer Ziele und ', 'Die AG konnte als Koopera'],
        ['Bis 8/20', '2020-08-31', 'Akquise weiterer Mitglieder', null],
        ['8/20', '2020-08-31', 'Treffen zur Strategieplanung', null],
      ]);
      expect(g.milestones.every((x) => x.goalIds.join() === '7.47,7.49')).toBe(true);
      expect(g.statusChecks.map((c) => [c.date?.start, c.person])).toEqual([['2020-06-10', 'Yanis Krone, Johanna Leifeld']]);
      expect(g.statusChecks[0].text).toMatch(/^08\.10\. und 18\.10\.2018\. Herr Krone hat zurückgemeldet/);
    }
  });
});

describe('seed 004: the documentation of the Umsetzungskonferenz', () => {
  const m = modelOf(seed('004'));
  const g = (id: string) => m.goals.find((x) => x.id === id)!;
  it('imports its 13 goals, one sheet each, every sheet fully read', () => {
    expect(m.goals.map((x) => x.id)).toEqual([
      '1.2',
      '1.5',
      '2.21',
      '3.27',
      '4.29',
      '4.30',
      '4.31',
      '6.45',
      '7.47',
      '7.49',
      '10.64',
      '12.71',
      '12.72',
    ]);
    expect(m.sheets.every((s) => s.kind === 'goal-form' && s.coverage === 1)).toBe(true);
  });
  it('takes each goal from its most complete section (the typed form, not the flip chart)', () => {
    expect(g('1.2').leads.map((l) => l.name)).toEqual(['Frau Hagen']);
    expect(g('1.2').participants).toEqual([
      'Frau Dreyer',
      'Herr Kremer',
      'Frau Wrede',
      'Herr Neuhaus',
      'Frau Rustemeier',
      'Frau Hagen',
      '(Frau Schlüter?)',
    ]);
    expect(g('1.2').interimGoal?.text).toBe('Auftragsklärung !?');
    expect(g('1.2').milestones.map((x) => [x.date?.raw ?? null, x.text])).toEqual([
      [null, 'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen'],
      [null, 'Kontakt zu Kita-Träger → Frau Hagen'],
      ['02/2019', 'Nächstes Treffen; Auftragsklärung'],
    ]);
    expect(g('2.21').leads.map((l) => [l.name, l.email])).toEqual([['Frau Fulland', 'fabienne.fulland@ksb-paderborn.de']]);
    expect(g('2.21').milestones.map((x) => x.text)).toEqual([
      'Oberfläche / Internet',
      '→ Mehr allgemeine Vereine mit ins „Boot“ holen',
      'Beschreibung der Tätigkeiten / keine Bewertung',
      'Zeiträume',
    ]);
  });
  it('reads leads with their organisation, e-mail and phone', () => {
    expect(g('7.47').leads.map((l) => [l.name, l.email, l.phone])).toEqual([
      ['Yannis Krone', 'y.krone@awo-paderborn.de', '0 52 51 – 29066-19'],
    ]);
    expect(g('10.64').leads.map((l) => [l.name, l.organization, l.email, l.phone])).toEqual([
      ['Ulrike Mertens', 'FAW gGmbH', 'ulrike.mertens@faw.de', '05251 14287-122'],
    ]);
    expect(g('4.30').leads.map((l) => l.name)).toEqual(['Herr Pägel', 'Herr Zumbrock']);
    expect(g('6.45').leads.map((l) => [l.name, l.organization])).toEqual([
      ['C. Schön', 'CWW'],
      ['D. Esken', 'IFD'],
    ]);
  });
  it('reads participants, pointers and interim goals as the sheets would', () => {
    expect(g('4.29').participants).toEqual(['Andreas Neuhaus', 'Markus Kremer', 'Christiane Hagen oder Vertretung', 'Herr Czorny']);
    expect(g('7.47').participantsNote).toBe('Arbeitsgruppenform');
    expect(g('12.72').participantsNote).toBe('Siehe Liste');
    expect(g('6.45').interimGoal?.text).toBe('Mindestens 1x Treffen bis September 2019');
    expect(g('7.49').participants).toEqual(['Edgar Brands', 'Rainhard Taubert', 'Markus Kahmann', 'Melanie Struck']);
    expect(g('3.27').title).toMatch(/^Die Berufskollegs und die Kammern erheben die Gründe/);
  });
  it('reads every MM/JJ table', () => {
    expect(m.goals.map((x) => x.milestones.length)).toEqual([3, 5, 4, 0, 2, 2, 3, 5, 4, 3, 2, 4, 5]);
    expect(g('4.30').milestones.map((x) => [x.date?.raw, x.date?.qualifier])).toEqual([
      ['Ca. Jan / Feb 2019', 'approx'],
      ['Sept 2019', null],
    ]);
    expect(g('12.72').milestones.map((x) => x.report)).toEqual(Array(5).fill('Nov. 2019'));
  });
});

describe('seeds 001, 002, 003: projects', () => {
  const project = (n: string) => {
    const p = modelOf(seed(n)).projects;
    expect(p).toHaveLength(1);
    return p[0];
  };
  it('reads a yearly report: goals with what happened, achievement, outlook, place, date, author (001)', () => {
    const p = project('001');
    expect(p.name).toBe('Koordination mit Migrantenselbstorganisationen (MSO)');
    expect(p.description).toMatch(/^In Paderborn gibt es eine Vielzahl von Migrantenselbstorganisationen/);
    expect(p.goals.map((x) => [x.number, x.text.slice(0, 40), x.report?.slice(0, 30)])).toEqual([
      [1, 'Jährlich finden mindestens sechs Besuche', 'Geplante Besuche konnten wegen'],
      [2, 'Eine Vertreterin des KI nimmt regelmäßig', 'Im Schuljahr 2020/21 haben auf'],
    ]);
    expect(p.goals[0].report).toMatch(/Es waren sieben MSO vertreten\.$/);
    expect([p.rating, p.ratingText]).toEqual(['teilweise erreicht', 'Die angestrebten Ziele wurden teilweise erreicht.']);
    expect(p.remarks).toMatch(/^Über die vereinbarten Ziele hinaus organisierte/);
    expect(p.outlook).toMatch(/^Im Schuljahr 2021\/22 stehen Umstrukturierungsmaßnahmen/);
    expect([p.place, p.date?.start, p.date?.end, p.author]).toEqual(['Paderborn', '2021-06-01', '2021-06-30', 'Johanna Leifeld']);
  });
  it('reads a fact sheet: provider, place, target group, module, quarter, contact, partners with roles (002)', () => {
    const p = project('002');
    expect(p.name).toBe('Zusammen im Quartier: Kinder stärken - Zukunft sichern');
    expect([p.provider, p.place, p.region, p.targetGroup, p.module, p.quarter]).toEqual([
      'Ministerium für Arbeit, Gesundheit und Soziales des Landes Nordrhein-Westfalen',
      'Herford',
      'Herford',
      'Kinder und Jugendliche',
      '1',
      'Quartier "Im kleinen Felde"',
    ]);
    expect(p.contact).toEqual({
      name: 'Dr. Viviane Vidot',
      email: 'Viviane.Vidot@Herford.de',
      phone: '+49 5221 189 742',
      web: 'www.herford.de/Meine-Stadt/Rathaus-Verwaltung/Dezernat-3',
    });
    expect(p.partners.map((x) => [x.name, x.role])).toEqual([
      ['Abteilung Bildung und Sport', 'Leitung: Heidi, Pahmeyer'],
      ['Abteilung Soziales', 'Leitung: Frank Schlömann'],
      ['Abteilung Jungend', 'Leitung: Andreas Spilker'],
      ['Grundschule Radevig', 'Direktor: Reiner Denuccio'],
      ['Verein für soziale Arbeit und Beratung Herford e.V.', 'Geschäftsführer: Willi Böke'],
    ]);
    expect(p.goals.map((x) => x.number)).toEqual([1, 2, 3, 4, 5]);
    expect(p.goals[3].text).toBe('Rückstufungen in der Schule verhindern');
    expect(p.date?.start).toBe('2019-01-01');
    expect(p.description).toMatch(
      /Kreisangehörige Kommune im Regierungsbezirk Detmold[\s\S]*Eine kümmernde und koordinierende Sozialarbeiterin/,
    );
    expect(p.remarks).toBe('BzR: Detmold');
  });
  it('reads a report with four goals (003)', () => {
    const p = project('003');
    expect(p.name).toBe('Netzwerk Ehrenamt in der Flüchtlingshilfe');
    expect(p.goals.map((x) => x.number)).toEqual([1, 2, 3, 4]);
    expect(p.goals[3].report).toBe('Auf Grund der Covid-19-Pandemie konnten keine Veranstaltungen durchgeführt werden.');
    expect([p.rating, p.author, p.date?.raw]).toEqual(['teilweise erreicht', 'Johanna Leifeld', 'Juni 2021']);
  });
  it('reads a document without goals or a project as nothing', () => {
    expect(readDocument(blocksFromText('Einladung\n\nLiebe Kolleginnen und Kollegen, bitte kommt alle.')).kind).toBe('unknown');
  });
});
