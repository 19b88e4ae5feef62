import { grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';
import { formSheet } from '../../../../test/helpers/grid';
import { extract } from '../../extract';
import { RULES, validate } from '../index';

/** A fact sheet in the layout `zielwerk import` writes (labels in A, values in B). */
const facts = (rows: [string, string][], partners: [string, string][] = []) =>
  grid('Projekt', [...rows, [], ...(partners.length ? [['Kooperationspartner', 'Rolle'], ...partners] : [])]);

const report = (rows: (string | null)[][]) => grid('Bericht', rows);

const FULL: [string, string][] = [
  ['Projekt', 'Zusammen im Quartier'],
  ['Projektträger', 'Stadt Herford'],
  ['Projektort', 'Herford'],
  ['Zielgruppe', 'Kinder, Jugendliche'],
  ['Ansprechperson', 'Dr. Viviane Vidot'],
  ['E-Mail', 'viviane.vidot@herford.de'],
  ['Telefon', '+49 5221 189 742'],
];

describe('project-field-missing', () => {
  it('names each field a fact sheet lacks, at the project name', () => {
    const f = check('project-field-missing', [
      facts([
        ['Projekt', 'Zusammen im Quartier'],
        ['Projektort', 'Herford'],
        ['Zielgruppe', 'Kinder'],
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['B1', 'Projekt „Zusammen im Quartier“: Träger fehlt'],
      ['B1', 'Projekt „Zusammen im Quartier“: Ansprechperson fehlt'],
      ['B1', 'Projekt „Zusammen im Quartier“: weder E-Mail noch Telefon der Ansprechperson'],
    ]);
    expect(f[0].severity).toBe('warning');
  });
  it('asks a report for its achievement, outlook, date and author', () => {
    const f = check('project-field-missing', [
      report([
        ['Projekt', 'Netzwerk Ehrenamt'],
        ['Ziel 1', 'Runder Tisch dreimal im Jahr', 'Hat im April getagt.'],
        ['Ausblick', 'Umstrukturierung'],
      ]),
    ]);
    expect(f.map((x) => x.message)).toEqual([
      'Projekt „Netzwerk Ehrenamt“: Bericht ohne Zielerreichung („Die angestrebten Ziele wurden … erreicht.“)',
      'Projekt „Netzwerk Ehrenamt“: Bericht ohne Datum',
      'Projekt „Netzwerk Ehrenamt“: Bericht ohne Verfasser/in',
    ]);
  });
  it('is quiet for a complete fact sheet and a complete report', () => {
    expect(check('project-field-missing', [facts(FULL)])).toEqual([]);
    expect(
      check('project-field-missing', [
        report([
          ['Projekt', 'Netzwerk Ehrenamt'],
          ['Ziel 1', 'Runder Tisch', 'Getagt.'],
          ['Zielerreichung', 'Die angestrebten Ziele wurden teilweise erreicht.'],
          ['Ausblick', 'Umstrukturierung'],
          ['Ort, Datum', 'Paderborn, im Juni 2021'],
          ['Verfasst von', 'Johanna Leifeld'],
        ]),
      ]),
    ).toEqual([]);
  });
});

describe('project-rating-unknown', () => {
  it('warns when the achievement is in words off the scale', () => {
    const f = check('project-rating-unknown', [facts([...FULL, ['Zielerreichung', 'gut gelaufen']])]);
    expect(cells(f)).toEqual([['Projekt', 'B8', 'gut gelaufen']]);
  });
  it('is quiet for "teilweise erreicht" and for a project without a rating', () => {
    expect(
      check('project-rating-unknown', [facts([...FULL, ['Zielerreichung', 'Die angestrebten Ziele wurden teilweise erreicht.']])]),
    ).toEqual([]);
    expect(check('project-rating-unknown', [facts(FULL)])).toEqual([]);
  });
});

describe('project-goal-reference', () => {
  it('reports goal-system ids the workbook does not have', () => {
    const f = check('project-goal-reference', [formSheet('7.47', {}), facts([...FULL, ['Mittlerziele', '7.47, 7.99']])]);
    expect(f.map((x) => [x.cell, x.goal, x.severity, x.message])).toEqual([
      ['B8', '7.99', 'error', 'Projekt „Zusammen im Quartier“ nennt Ziel 7.99, das es in der Arbeitsmappe nicht gibt'],
    ]);
  });
  it('warns when the project goals skip a number or repeat one', () => {
    const f = check('project-goal-reference', [
      report([
        ['Projekt', 'Netzwerk Ehrenamt'],
        ['Ziel 1', 'A', 'a'],
        ['Ziel 3', 'B', 'b'],
        ['Ziel 3', 'C', 'c'],
        ['Ausblick', 'x'],
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.severity, x.value])).toEqual([
      ['A3', 'warning', 'Ziel 3'],
      ['A4', 'warning', 'Ziel 3'],
    ]);
    expect(f[1].message).toBe('Projekt „Netzwerk Ehrenamt“: „Ziel 3“ steht zweimal');
  });
});

describe('project contacts', () => {
  it('checks a project contact e-mail and phone with the contact rules', () => {
    const g = [facts([...FULL.slice(0, 5), ['E-Mail', 'vidot at herford.de'], ['Telefon', '12']])];
    expect(cells(check('email-invalid', g))).toEqual([['Projekt', 'B6', 'vidot at herford.de']]);
    expect(cells(check('phone-implausible', g))).toEqual([['Projekt', 'B7', '12']]);
  });
});

describe('import-differs', () => {
  const rule = RULES.find((r) => r.id === 'import-differs')!;
  const sheet = formSheet('7.47', {
    lead: 'Ansprechperson: Yannis Krone',
    participants: 'AWO',
    interim: 'Siehe Roadmap',
    milestones: [['03/19', 'Feststellen, wo Quartiersarbeit stattfindet', null]],
  });
  it('lists what a document says differently, at the sheet cell it concerns', () => {
    const imported = extract([
      formSheet('7.47', {
        lead: 'Ansprechperson: Johanna Leifeld',
        participants: 'AWO',
        interim: 'Siehe Roadmap',
        milestones: [
          ['03/19', 'Feststellen, wo Quartiersarbeit stattfindet', 'Erledigt.'],
          ['8/20', 'Treffen zur Strategieplanung', null],
        ],
      }),
    ]);
    const f = validate(extract([sheet]), { today: '2020-06-30', rules: [rule], imported });
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['A4', 'Ziel 7.47: federführend laut Dokument „Johanna Leifeld“, im Blatt „Yannis Krone“'],
      ['A13', 'Ziel 7.47: Meilenstein nur im Dokument: „8/20 Treffen zur Strategieplanung“'],
      ['A13', 'Ziel 7.47: neuer Umsetzungsbericht zu „Feststellen, wo Quartiersarbeit stattfindet“: „Erledigt.“'],
    ]);
    expect(f[0].severity).toBe('warning');
  });
  it('is quiet without an import, and for a document that says the same', () => {
    expect(validate(extract([sheet]), { today: '2020-06-30', rules: [rule] })).toEqual([]);
    expect(validate(extract([sheet]), { today: '2020-06-30', rules: [rule], imported: extract([sheet]) })).toEqual([]);
  });
});
