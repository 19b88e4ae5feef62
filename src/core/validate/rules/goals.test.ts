import { formSheet, grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';

describe('goal-without-lead', () => {
  it("takes a number or TRUE in the overview's lead column for nobody, and points at that cell", () => {
    const f = check('goal-without-lead', [
      grid('Übersicht', [
        ['Nr.', 'Kurztitel', 'Federführung'],
        ['4.30', 'Übergang', true],
        ['7.47', 'Quartiere', 42],
        ['7.49', 'Vereine', 'Frau Hagen'],
      ]),
    ]);
    expect(cells(f)).toEqual([
      ['Übersicht', 'C2', null],
      ['Übersicht', 'C3', null],
    ]);
  });
  it('points at the empty lead label', () => {
    const f = check('goal-without-lead', [
      grid('1.2', [['Ziel 1.2'], ['Text'], ['Wer ist federführend für die Umsetzung?'], [], ['Wer ist beteiligt?'], ['A']]),
    ]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: 'error',
        sheet: '1.2',
        cell: 'A3',
        value: null,
        message: 'Ziel 1.2: niemand ist federführend eingetragen',
      }),
    ]);
  });
  it('accepts a lead from the overview', () => {
    const g = grid('1.2', [['Ziel 1.2'], ['Wer ist beteiligt?'], ['A']]);
    expect(
      check('goal-without-lead', [
        g,
        grid('Ü', [
          ['Nr.', 'Federführung'],
          ['1.2', 'Frau Hagen'],
        ]),
      ]),
    ).toEqual([]);
  });
});

describe('lead-without-contact', () => {
  it('warns when a lead cannot be reached', () => {
    expect(cells(check('lead-without-contact', [formSheet('1.2', { lead: 'Ansprechperson: Frau Hagen' })]))).toEqual([
      ['1.2', 'A5', 'Frau Hagen'],
    ]);
  });
  it('finds contact details in the partner list', () => {
    const partners = grid('Partner', [
      ['Organisation', 'Ansprechperson', 'E-Mail'],
      ['Kreisjugendamt', 'Christiane Hagen', 'c.hagen@kreis-paderborn.de'],
    ]);
    expect(check('lead-without-contact', [formSheet('1.2', { lead: 'Ansprechperson: Frau Hagen' }), partners])).toEqual([]);
  });
  it('is quiet with an e-mail or phone on the sheet', () => {
    expect(check('lead-without-contact', [formSheet('1.2', { lead: 'Frau Hagen, 05251 308-1' })])).toEqual([]);
  });
});

describe('goal-without-participants', () => {
  it('points at the empty label', () => {
    const g = grid('2.21', [
      ['Ziel 2.21'],
      ['Wer ist federführend?'],
      ['Frau Fulland'],
      ['Wer ist beteiligt?'],
      [],
      ['Zwischenziel bis 09/19'],
      ['x'],
    ]);
    expect(cells(check('goal-without-participants', [g]))).toEqual([['2.21', 'A4', null]]);
  });
  it('is quiet with participants', () => expect(check('goal-without-participants', [formSheet('2.21', {})])).toEqual([]));
});

describe('goal-without-interim-goal', () => {
  it('points at the label with nothing under it', () => {
    expect(cells(check('goal-without-interim-goal', [formSheet('7.49', { interim: '' })]))).toEqual([['7.49', 'A10', null]]);
  });
  it('is quiet with an interim goal', () => expect(check('goal-without-interim-goal', [formSheet('7.49', {})])).toEqual([]));
});

describe('goal-without-milestones', () => {
  it('warns and says more for blue goals', () => {
    const g = grid('3.27', [['Ziel 3.27'], ['Text'], ['Wer ist federführend?'], ['BIZ Kreis Paderborn']]);
    const f = check('goal-without-milestones', [
      g,
      grid('Ü', [
        ['Nr.', 'Farbe'],
        ['3.27', 'blau'],
      ]),
    ]);
    expect(cells(f)).toEqual([['3.27', 'A1', null]]);
    expect(f[0].message).toContain('(blau)');
  });
  it('is quiet with milestones', () => expect(check('goal-without-milestones', [formSheet('1.2', {})])).toEqual([]));
});

describe('milestones-all-undated', () => {
  it('warns when no milestone has a date', () => {
    const f = check('milestones-all-undated', [
      formSheet('6.45', {
        milestones: [
          [null, 'Transparenz', null],
          [null, '1x jährlich treffen', null],
        ],
      }),
    ]);
    expect(cells(f)).toEqual([['6.45', 'A13', null]]);
    expect(f[0].message).toBe('Ziel 6.45: kein Meilenstein hat ein Datum (2 Meilensteine) – nichts kann fällig werden');
  });
  it('says "1 Meilenstein" for a goal with a single undated milestone', () => {
    const f = check('milestones-all-undated', [formSheet('6.45', { milestones: [[null, 'Transparenz', null]] })]);
    expect(f[0].message).toBe('Ziel 6.45: kein Meilenstein hat ein Datum (1 Meilenstein) – nichts kann fällig werden');
  });
  it('counts dates taken from the text and "ab sofort"', () => {
    expect(check('milestones-all-undated', [formSheet('6.45', { milestones: [[null, 'Treffen am 17.01.2019', null]] })])).toEqual([]);
    expect(check('milestones-all-undated', [formSheet('6.45', { milestones: [['Ab sofort', 'Kooperation', null]] })])).toEqual([]);
  });
});

describe('goal-described-differently', () => {
  const overview = (lead: string, color = 'grün') =>
    grid('Übersicht', [
      ['Nr.', 'Kurztitel', 'Farbe', 'Federführung'],
      ['1.2', 'Übergang', color, lead],
    ]);
  it('reports an overview lead that is not the sheet lead, naming both cells', () => {
    const f = check('goal-described-differently', [overview('Frau Meier'), formSheet('1.2', { lead: 'Ansprechperson: Frau Hagen' })]);
    expect(f.map((x) => [x.sheet, x.cell, x.value, x.related])).toEqual([
      ['Übersicht', 'D2', 'Frau Meier', [{ sheet: '1.2', cell: 'A5' }]],
    ]);
    expect(f[0].message).toBe('Ziel 1.2: Federführung „Frau Meier“ hier, auf dem Zielblatt „Frau Hagen“ (1.2!A5)');
  });
  it('accepts the same person written differently and one of several leads', () => {
    expect(check('goal-described-differently', [overview('Hagen'), formSheet('1.2', { lead: 'Ansprechperson: Frau Hagen' })])).toEqual([]);
    expect(
      check('goal-described-differently', [
        overview('Herr Zumbrock'),
        formSheet('1.2', { lead: 'Ansprechperson: Herr Pägel, Herr Zumbrock' }),
      ]),
    ).toEqual([]);
  });
  it('reports differing colours across two overviews', () => {
    const second = grid('Übersicht alt', [
      ['Nr.', 'Farbe'],
      ['1.2', 'blau'],
    ]);
    expect(cells(check('goal-described-differently', [overview('Frau Hagen'), second, formSheet('1.2', { lead: 'Frau Hagen' })]))).toEqual([
      ['Übersicht alt', 'B2', 'blau'],
    ]);
  });
});

describe('color-unknown', () => {
  it('warns about colours other than grün and blau', () => {
    expect(
      cells(
        check('color-unknown', [
          grid('Ü', [
            ['Nr.', 'Farbe'],
            ['1.2', 'gelb'],
            ['1.5', 'Grün'],
          ]),
        ]),
      ),
    ).toEqual([['Ü', 'B2', 'gelb']]);
  });
});
