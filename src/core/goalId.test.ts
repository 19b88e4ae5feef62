import { compareGoalIds, findGoalIds, goalIdsFromCell, parseGoalId } from './goalId';
import { isoToSerial } from './dates/serial';

describe('parseGoalId', () => {
  it.each([
    ['7.47', '7.47', null],
    ['Ziel 7.47', '7.47', null],
    ['Ziel Nr. 1.2', '1.2', null],
    ['Ziel-Nr. 1.2', '1.2', null],
    ['Mittlerziel 12.72', '12.72', null],
    ['07.47', '7.47', 'leading-zero'],
    ['07:47', '7.47', 'separator'],
    ['Ziel 07:47', '7.47', 'separator'],
    ['7,47', '7.47', 'separator'],
    ['7 . 47', '7.47', 'spaces'],
    ['Ziel 7.47:', '7.47', null],
    ['Goal 4.30', '4.30', null],
  ])('%s → %s', (text, id, repair) => {
    const p = parseGoalId(text)!;
    expect(p.id).toBe(id);
    expect(p.repair).toBe(repair);
  });
  it.each(['Ziel 7', 'Ziele der Arbeitsgruppe', '14.11.18', '7.47a', '', 'Zielsystem 7.47'])('rejects %j', (text) => {
    expect(parseGoalId(text)).toBeNull();
  });
  it('keeps Mittlerziel 30 apart from 3', () => {
    expect(parseGoalId('4.30')!.id).toBe('4.30');
    expect(parseGoalId('4.3')!.id).toBe('4.3');
  });
});

describe('findGoalIds', () => {
  it('reads lists', () => {
    expect(findGoalIds('2.21, 7.47').ids.map((g) => g.id)).toEqual(['2.21', '7.47']);
    expect(findGoalIds('Ziel 07:47 und 07.49').ids.map((g) => g.id)).toEqual(['7.47', '7.49']);
    expect(findGoalIds('3.27; 7.47 / 7.49').ids.map((g) => g.id)).toEqual(['3.27', '7.47', '7.49']);
    expect(findGoalIds('7.47, alle').rest).toEqual(['alle']);
  });
});

describe('goalIdsFromCell', () => {
  it('reads numbers and flags them', () => {
    expect(goalIdsFromCell({ row: 0, col: 0, type: 'number', value: 7.47 }).ids[0]).toMatchObject({ id: '7.47', repair: 'number-cell' });
    expect(goalIdsFromCell({ row: 0, col: 0, type: 'number', value: 4.3 }).ids[0]).toMatchObject({ id: '4.3', repair: 'number-cell' });
    expect(goalIdsFromCell({ row: 0, col: 0, type: 'number', value: 12 }).ids).toEqual([]);
  });
  it('reads a German Excel date back as day.month', () => {
    const cell = { row: 0, col: 0, type: 'number' as const, value: isoToSerial('2019-02-01'), format: 'dd.mm.' };
    expect(goalIdsFromCell(cell).ids[0]).toMatchObject({ id: '1.2', repair: 'date-cell' });
  });
});

it('orders ids by Leitziel, then Mittlerziel', () => {
  expect(['10.64', '2.21', '1.5', '1.2', '12.71'].sort(compareGoalIds)).toEqual(['1.2', '1.5', '2.21', '10.64', '12.71']);
});
