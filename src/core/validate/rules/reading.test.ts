import { formSheet, grid } from '../../../../test/helpers/grid';
import { cells, check } from '../../../../test/helpers/validate';

const broken = formSheet('2.21', { milestones: [[{ error: '#REF!' }, 'Zertifikat', { formula: 'SUMME(A1:A2)' }]] });

describe('read-error-value', () => {
  it('reports error values at their cell', () => {
    const f = check('read-error-value', [broken]);
    expect(cells(f)).toEqual([['2.21', 'A15', '#REF!']]);
    expect(f[0]).toMatchObject({ severity: 'error', goal: '2.21', message: 'Fehlerwert #REF! statt Daten – Formel oder Bezug prüfen' });
  });
  it('is quiet on clean sheets', () => expect(check('read-error-value', [formSheet('2.21', {})])).toEqual([]));
});

describe('read-formula-without-value', () => {
  it('reports formulas without a saved result', () => {
    expect(cells(check('read-formula-without-value', [broken]))).toEqual([['2.21', 'C15', '=SUMME(A1:A2)']]);
  });
  it('is quiet on clean sheets', () => expect(check('read-formula-without-value', [formSheet('2.21', {})])).toEqual([]));
});

const oversized = () => {
  const g = grid('x', [['Ziel 1.2']]);
  g.cells.push({ row: 5, col: 0, type: 'unreadable', value: 'Bild' });
  g.truncated = { keptCells: 2, limit: 5_000_000 };
  return g;
};

describe('read-unreadable-cell', () => {
  it('reports what the host could not read, at its cell', () => {
    const f = check('read-unreadable-cell', [oversized()]);
    expect(cells(f)).toEqual([['x', 'A6', 'Bild']]);
    expect(f[0].severity).toBe('warning');
  });
  it('is quiet on clean sheets', () => expect(check('read-unreadable-cell', [formSheet('1.2', {})])).toEqual([]));
});

describe('read-sheet-missing', () => {
  it('reports a sheet the file lists without its content, and not also as empty', () => {
    const gone = { ...grid('7.47', []), missing: true };
    const f = check('read-sheet-missing', [formSheet('1.2', {}), gone]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity])).toEqual([['7.47', 'A1', 'error']]);
    expect(check('sheet-skipped', [formSheet('1.2', {}), gone])).toEqual([]);
  });
  it('is quiet on sheets that were read', () => expect(check('read-sheet-missing', [formSheet('1.2', {})])).toEqual([]));
});

describe('sheet-truncated', () => {
  it('reports a sheet read only in part, with the reason', () => {
    const f = check('sheet-truncated', [oversized()]);
    expect(cells(f)).toEqual([['x', 'A1', '5000000']]);
    expect(f[0].message).toBe('Blatt nur teilweise gelesen: Zielwerk liest höchstens 5000000 Zellen je Arbeitsmappe');
    expect(f[0].severity).toBe('warning');
  });
  it('is quiet on sheets read whole', () => expect(check('sheet-truncated', [formSheet('1.2', {})])).toEqual([]));
});

describe('sheet-partly-read', () => {
  it('names the cells of a goal sheet it did not understand', () => {
    // a column Zielwerk cannot place in the milestone table
    const sheet = formSheet('7.47', {
      header: ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht', 'Kosten'],
      milestones: [['03/19', 'Erster Schritt', null, '200 €']],
    });
    const f = check('sheet-partly-read', [sheet]);
    expect(f.map((x) => [x.sheet, x.cell, x.severity, x.message])).toEqual([
      ['7.47', 'D14', 'warning', 'Blatt „7.47“ nur zu 88 % gelesen: 2 Zellen nicht verstanden (D14, D15)'],
    ]);
  });
  it('says when a sheet that looks like goal data could not be read at all', () => {
    const f = check('sheet-partly-read', [
      grid('Maßnahmen', [
        ['MM/JJ', 'Maßnahme/Meilenstein', 'Umsetzungsbericht'],
        ['03/19', 'Flyer', null],
      ]),
    ]);
    expect(f.map((x) => [x.cell, x.message])).toEqual([
      ['A1', 'Blatt „Maßnahmen“ sieht nach Zieldaten aus, konnte aber nicht gelesen werden (5 Zellen: A1, B1, C1, A2, B2)'],
    ]);
  });
  it('is quiet for fully read sheets and for cover pages', () => {
    expect(check('sheet-partly-read', [formSheet('1.2', {}), grid('Hinweise', [['Deckblatt'], ['Stand: 2019']])])).toEqual([]);
  });
});

describe('sheet-skipped', () => {
  it('lists skipped sheets as notes', () => {
    const f = check('sheet-skipped', [grid('Hinweise', [['Deckblatt']]), grid('Leer', []), formSheet('1.2', {})]);
    expect(f.map((x) => [x.sheet, x.severity, x.message])).toEqual([
      ['Hinweise', 'info', 'Blatt „Hinweise“ übersprungen: keine Ziele, Meilensteine oder Partner erkannt'],
      ['Leer', 'info', 'Blatt „Leer“ ist leer'],
    ]);
  });
  it('is quiet when every sheet holds goal data', () => {
    expect(check('sheet-skipped', [formSheet('1.2', {}), formSheet('1.5', {})])).toEqual([]);
  });
});

describe('sheet-hidden', () => {
  it('notes hidden sheets that were read', () => {
    const f = check('sheet-hidden', [
      formSheet('1.2', {}, { visibility: 'hidden' }),
      formSheet('1.5', {}, { visibility: 'veryHidden' }),
      formSheet('2.21', {}),
    ]);
    expect(f.map((x) => [x.sheet, x.cell, x.goal, x.severity])).toEqual([
      ['1.2', 'A1', '1.2', 'info'],
      ['1.5', 'A1', '1.5', 'info'],
    ]);
    expect(f[1].message).toContain('sehr ausgeblendet');
  });
  it('is quiet on visible sheets and on hidden sheets without goal data', () => {
    expect(check('sheet-hidden', [formSheet('1.2', {}), grid('Notizen', [['Deckblatt']], { visibility: 'hidden' })])).toEqual([]);
  });
});
