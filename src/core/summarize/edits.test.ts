import type { Grid } from '../grid';
import { gridFingerprint, handEdits, packFingerprint, planFingerprint, unpackFingerprint } from './edits';
import { blankSheet, type SheetPlan } from './plan';

const sheet = blankSheet('due', 'Fällig');
sheet.values = [
  ['Fällige Meilensteine', null, null],
  ['Erzeugt von Zielwerk am 15.11.2019', null, null],
  ['Ziel', 'Termin', 'Maßnahme'],
  [{ link: { sheet: '7.47', cell: 'A1' }, text: '7.47' }, { date: '2019-03-31' }, 'Feststellen, wo es Quartiersarbeit gibt'],
  ['12.70', 43555, true],
];

/** The sheet as a host reads it back: dates as serials, links as their text, "12.70" maybe as a number. */
function readBack(edit?: (cells: Grid['cells']) => void): Grid {
  const cells: Grid['cells'] = [
    { row: 0, col: 0, type: 'string', value: 'Fällige Meilensteine' },
    { row: 1, col: 0, type: 'string', value: 'Erzeugt von Zielwerk am 15.11.2019' },
    { row: 2, col: 0, type: 'string', value: 'Ziel' },
    { row: 2, col: 1, type: 'string', value: 'Termin' },
    { row: 2, col: 2, type: 'string', value: 'Maßnahme' },
    { row: 3, col: 0, type: 'string', value: '7.47' },
    { row: 3, col: 1, type: 'number', value: 43555, format: 'DD.MM.YYYY' },
    { row: 3, col: 2, type: 'string', value: 'Feststellen, wo es Quartiersarbeit gibt' },
    { row: 4, col: 0, type: 'number', value: 12.7 },
    { row: 4, col: 1, type: 'number', value: 43555 },
    { row: 4, col: 2, type: 'boolean', value: true },
  ];
  edit?.(cells);
  return { name: 'Fällig', visibility: 'visible', cells, merges: [] } as unknown as Grid;
}

const plan: SheetPlan = { lang: 'de', today: '2019-11-16', sheets: [{ ...blankSheet('due', 'Fällig'), replaces: 'Fällig' }] };

describe('hand edits of generated sheets', () => {
  it('sees nothing in a sheet as Zielwerk wrote it, however the host reads it back', () => {
    expect(gridFingerprint(readBack())).toEqual(planFingerprint(sheet));
    expect(handEdits([readBack()], plan, { Fällig: planFingerprint(sheet) })).toEqual([]);
  });
  it('names the cells changed, added or emptied', () => {
    const stored = { Fällig: unpackFingerprint(packFingerprint(planFingerprint(sheet))) };
    const changed = readBack((cells) => (cells[7].value = 'Feststellen, wo es keine gibt'));
    expect(handEdits([changed], plan, stored)).toEqual([{ sheet: 'Fällig', cells: ['C4'] }]);
    const added = readBack((cells) => cells.push({ row: 6, col: 3, type: 'string', value: 'Notiz' }));
    expect(handEdits([added], plan, stored)).toEqual([{ sheet: 'Fällig', cells: ['D7'] }]);
    const emptied = readBack((cells) => cells.splice(9, 1));
    expect(handEdits([emptied], plan, stored)).toEqual([{ sheet: 'Fällig', cells: ['B5'] }]);
  });
  it('does not judge a sheet it has no fingerprint of (written by an older Zielwerk)', () => {
    expect(handEdits([readBack((cells) => (cells[7].value = 'anders'))], plan, {})).toEqual([]);
  });
});
