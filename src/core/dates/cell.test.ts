import { dateFromCell } from './cell';

describe('dateFromCell', () => {
  it('reads real date cells as days', () => {
    expect(dateFromCell(43482, 'dd.mm.yyyy')).toMatchObject({
      raw: '17.01.2019',
      start: '2019-01-17',
      end: '2019-01-17',
      precision: 'day',
    });
    expect(dateFromCell(43482.5, 'dd/mm/yyyy hh:mm')).toMatchObject({ start: '2019-01-17' });
  });
  it('reads a bare year and a bare serial', () => {
    expect(dateFromCell(2019)).toMatchObject({ precision: 'year', start: '2019-01-01', end: '2019-12-31' });
    expect(dateFromCell(43466)).toMatchObject({ precision: 'day', start: '2019-01-01' });
  });
  it('rejects other numbers and booleans without guessing', () => {
    expect(dateFromCell(12.5)).toMatchObject({ error: 'invalid-number', start: null });
    expect(dateFromCell(7)).toMatchObject({ error: 'invalid-number' });
    expect(dateFromCell(true)).toMatchObject({ error: 'unrecognized' });
    expect(dateFromCell(Number.POSITIVE_INFINITY)).toMatchObject({ error: 'invalid-number' });
  });
  it('parses text and ignores empty cells', () => {
    expect(dateFromCell('Ca. 06/19')).toMatchObject({ qualifier: 'approx', start: '2019-06-01' });
    expect(dateFromCell(null)).toBeNull();
    expect(dateFromCell(undefined)).toBeNull();
    expect(dateFromCell('  ')).toBeNull();
  });
});
