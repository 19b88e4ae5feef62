import { formSheet, grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';

describe('goal-id-repaired', () => {
  it('says what was assumed', () => {
    const f = check('goal-id-repaired', [formSheet('x', { heading: 'Ziel 07:47' })]);
    expect(f).toEqual([
      expect.objectContaining({
        severity: 'info',
        sheet: 'x',
        cell: 'A1',
        goal: '7.47',
        value: '07:47',
        message: 'Ziel-Nr. „07:47“ als 7.47 gelesen',
      }),
    ]);
  });
  it('explains ids that Excel turned into dates', () => {
    const f = check('goal-id-repaired', [
      grid('Ü', [
        ['Nr.', 'Kurztitel'],
        [{ date: '2019-02-01', format: 'dd.mm.' }, 'x'],
      ]),
    ]);
    expect(f[0].message).toContain('als Datum (2019-02-01) gespeichert; als 1.2 gelesen');
  });
  it('explains ids that Excel turned into times of day, and leaves midnight and whole hours unread', () => {
    const f = check('goal-id-repaired', [
      grid('Ü', [
        ['Nr.', 'Kurztitel'],
        [{ number: (7 * 60 + 47) / 1440, format: 'hh:mm' }, 'x'],
        [{ number: 0.5, format: 'h:mm' }, 'y'],
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.goal, x.value, x.message])).toEqual([
      ['A2', '7.47', '07:47', 'Excel hat die Ziel-Nr. als Uhrzeit (07:47) gespeichert; als 7.47 gelesen – Spalte als Text formatieren'],
    ]);
    expect(
      cells(
        check('goal-id-malformed', [
          grid('Ü', [
            ['Nr.', 'Kurztitel'],
            [{ number: 0.5, format: 'h:mm' }, 'y'],
          ]),
        ]),
      ),
    ).toEqual([['Ü', 'A2', '12:00']]);
  });
  it('is quiet for normal ids', () => expect(check('goal-id-repaired', [formSheet('7.47', {})])).toEqual([]));
});

describe('goal-id-as-number', () => {
  it('warns about ids stored as numbers', () => {
    expect(
      cells(
        check('goal-id-as-number', [
          grid('Ü', [
            ['Nr.', 'Kurztitel'],
            [4.3, 'x'],
          ]),
        ]),
      ),
    ).toEqual([['Ü', 'A2', '4.3']]);
  });
  it('is quiet for text ids', () =>
    expect(
      check('goal-id-as-number', [
        grid('Ü', [
          ['Nr.', 'Kurztitel'],
          ['4.30', 'x'],
        ]),
      ]),
    ).toEqual([]));
});

describe('goal-id-malformed', () => {
  it('reports unreadable id headings and overview ids', () => {
    const f = check('goal-id-malformed', [
      formSheet('x', { heading: 'Ziel 7' }),
      grid('Ü', [
        ['Nr.', 'Kurztitel'],
        ['sieben', 'x'],
        ['7.47', 'y'],
      ]),
    ]);
    expect(cells(f)).toEqual([
      ['x', 'A1', 'Ziel 7'],
      ['Ü', 'A2', 'sieben'],
    ]);
  });
  it('reports a goal sheet without any id and keeps its milestones', () => {
    const f = check('goal-id-malformed', [
      formSheet('Tabelle3', { heading: 'Workshop-Ergebnisse', title: 'Die Berufskollegs vereinbaren …' }),
    ]);
    expect(f.map((x) => [x.sheet, x.cell, x.value, x.message])).toEqual([
      ['Tabelle3', 'A4', null, 'Zielblatt „Tabelle3“ ohne Ziel-Nr. – Überschrift „Ziel 7.47“ ergänzen oder das Blatt so benennen'],
    ]);
    expect(check('milestone-overdue', [formSheet('Tabelle3', { heading: 'Workshop-Ergebnisse' })]).map((x) => x.cell)).toEqual(['A15']);
  });
  it('reports goal cells of lists that hold no readable id, and leaves empty ones alone', () => {
    const f = check('goal-id-malformed', [
      formSheet('7.47', {}),
      grid('Nachfragen', [
        ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
        ['7.47', '14.11.2019', 'Frau Hagen'],
        ['abc', '14.11.2019', 'Frau X'],
        [null, '15.11.2019', 'Frau Y'],
      ]),
      grid('Partner', [
        ['Organisation', 'Ansprechperson', 'Ziele'],
        ['AWO', 'Herr X', 'alle'],
        ['VHS', 'Frau Z', '7.47, 7.49'],
      ]),
    ]);
    expect(cells(f)).toEqual([
      ['Nachfragen', 'A3', 'abc'],
      ['Partner', 'C2', 'alle'],
    ]);
  });
  it('is quiet for readable ids', () => expect(check('goal-id-malformed', [formSheet('7.47', {})])).toEqual([]));
});

describe('goal-id-out-of-range', () => {
  it('reports goals and references outside Leitziel 1–12 / Mittlerziel 1–72', () => {
    const f = check('goal-id-out-of-range', [
      formSheet('13.80', {}),
      grid('Partner', [
        ['Organisation', 'Ansprechperson', 'Ziele'],
        ['AWO', 'Herr X', '7.99'],
      ]),
    ]);
    expect(cells(f)).toEqual([
      ['13.80', 'A1', '13.80'],
      ['Partner', 'C2', '7.99'],
    ]);
    expect(f[0].message).toBe('Ziel 13.80 liegt außerhalb des Zielsystems (Leitziel 1–12, Mittlerziel 1–72)');
  });
  it('uses configurable bounds', () => {
    expect(check('goal-id-out-of-range', [formSheet('13.80', {})], { bounds: { leitziel: [1, 13], mittlerziel: [1, 80] } })).toEqual([]);
  });
  it('is quiet inside the system', () => expect(check('goal-id-out-of-range', [formSheet('12.72', {})])).toEqual([]));
});

describe('mittlerziel-reused', () => {
  it('reports a Mittlerziel number under two Leitziele, naming both', () => {
    const f = check('mittlerziel-reused', [formSheet('5.47', {}), formSheet('7.47', {})]);
    expect(cells(f)).toEqual([['7.47', 'A1', '7.47']]);
    expect(f[0].related).toEqual([{ sheet: '5.47', cell: 'A1' }]);
    expect(f[0].message).toContain('schon an 5.47 vergeben (5.47!A1)');
  });
  it('is quiet for unique numbers', () => expect(check('mittlerziel-reused', [formSheet('7.47', {}), formSheet('7.49', {})])).toEqual([]));
});

describe('goal-duplicate', () => {
  it('reports a second sheet claiming the same id', () => {
    const f = check('goal-duplicate', [formSheet('7.47', {}), formSheet('7.47 (2)', { heading: 'Ziel 7.47' })]);
    expect(cells(f)).toEqual([['7.47 (2)', 'A1', '7.47']]);
    expect(f[0].message).toBe('Ziel 7.47 ist doppelt: auch auf Blatt „7.47“ (A1)');
  });
  it('is quiet for distinct ids', () => expect(check('goal-duplicate', [formSheet('7.47', {}), formSheet('7.49', {})])).toEqual([]));
});

describe('unknown-goal-reference', () => {
  const lists = [
    grid('Meilensteine', [
      ['Ziel', 'MM/JJ', 'Maßnahme'],
      ['9.99', '03/19', 'x'],
      ['7.47', '03/19', 'y'],
    ]),
    grid('Partner', [
      ['Organisation', 'Ansprechperson', 'Ziele'],
      ['AWO', 'Herr X', '7.47, 8.50'],
    ]),
    grid('Nachfragen', [
      ['Ziel', 'Datum der telefonischen Nachfrage', 'Gesprächspartner'],
      ['6.45', '14.05.2019', 'Frau Y'],
    ]),
  ];
  it('reports rows naming goals nobody defines', () => {
    const f = check('unknown-goal-reference', [formSheet('7.47', {}), ...lists]);
    expect(f.map((x) => [x.sheet, x.cell, x.value, x.message])).toEqual([
      ['Meilensteine', 'A2', '9.99', 'Meilenstein nennt unbekanntes Ziel 9.99 (kein Zielblatt, nicht in der Übersicht)'],
      ['Partner', 'C2', '8.50', 'Partner nennt unbekanntes Ziel 8.50 (kein Zielblatt, nicht in der Übersicht)'],
      ['Nachfragen', 'A2', '6.45', 'Nachfrage zu unbekanntem Ziel 6.45 (kein Zielblatt, nicht in der Übersicht)'],
    ]);
  });
  it('is quiet when every goal is known', () => {
    expect(
      check('unknown-goal-reference', [
        formSheet('7.47', {}),
        formSheet('9.99', {}),
        formSheet('8.50', {}),
        formSheet('6.45', {}),
        ...lists,
      ]),
    ).toEqual([]);
  });
});
