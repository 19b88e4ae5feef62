import { DateValueSchema } from '../model';
import { dateFromCell } from './cell';

describe('dateFromCell', () => {
  it('reads a number with a date format as an Excel serial (raw: dd.mm.yyyy)', () => {
    expect(dateFromCell(43482, 'dd.mm.yyyy')).toEqual({
      raw: '17.01.2019',
      start: '2019-01-17',
      end: '2019-01-17',
      precision: 'day',
      qualifier: null,
      edtf: '2019-01-17',
    });
    expect(dateFromCell(43482.75, 'dd/mm/yyyy hh:mm')).toMatchObject({ start: '2019-01-17', raw: '17.01.2019' });
    expect(dateFromCell(43466, 'm/d/yy')).toMatchObject({ start: '2019-01-01' });
    expect(dateFromCell(43466, '[$-407]mmmm yyyy')).toMatchObject({ start: '2019-01-01', precision: 'day' });
    // a year typed into a date-formatted cell is what Excel shows: a day in 1905
    expect(dateFromCell(2019, 'dd.mm.yyyy')).toMatchObject({ start: '1905-07-11', precision: 'day' });
  });

  it('reads a plain integer 1900–2100 as a year', () => {
    expect(dateFromCell(2019)).toEqual({
      raw: '2019',
      start: '2019-01-01',
      end: '2019-12-31',
      precision: 'year',
      qualifier: null,
      edtf: '2019',
    });
    expect(dateFromCell(1900, 'General')).toMatchObject({ precision: 'year', start: '1900-01-01' });
    expect(dateFromCell(2100, '0')).toMatchObject({ precision: 'year', end: '2100-12-31' });
  });

  it('reads a plain integer 20000–80000 as a serial', () => {
    expect(dateFromCell(43466)).toMatchObject({ precision: 'day', start: '2019-01-01', raw: '01.01.2019' });
    expect(dateFromCell(20000, 'General')).toMatchObject({ start: '1954-10-03' });
    expect(dateFromCell(80000)).toMatchObject({ start: '2119-01-11' });
  });

  it('rejects other numbers without guessing', () => {
    for (const n of [12.5, 7, 0, -1, 1899, 2101, 19999, 80001, 43482.5, Number.NaN, Number.POSITIVE_INFINITY])
      expect(dateFromCell(n)).toMatchObject({ raw: String(n), start: null, end: null, precision: 'none', error: 'invalid-number' });
    expect(dateFromCell(-5, 'dd.mm.yyyy')).toMatchObject({ error: 'invalid-number' });
    expect(dateFromCell(60, 'dd.mm.yyyy')).toMatchObject({ error: 'invalid-number' }); // Excel's 29.02.1900
    expect(dateFromCell(3e6, 'dd.mm.yyyy')).toMatchObject({ error: 'invalid-number' });
  });

  it('never reads a boolean as a date', () => {
    expect(dateFromCell(true)).toEqual({ raw: 'WAHR', start: null, end: null, precision: 'none', qualifier: null, error: 'unrecognized' });
    expect(dateFromCell(false, 'dd.mm.yyyy')).toMatchObject({ raw: 'FALSCH', error: 'unrecognized' });
  });

  it('parses text and ignores empty cells', () => {
    expect(dateFromCell('Ca. 06/19')).toMatchObject({ raw: 'Ca. 06/19', qualifier: 'approx', start: '2019-06-01' });
    expect(dateFromCell('17.01.2019', 'dd.mm.yyyy')).toMatchObject({ start: '2019-01-17' });
    expect(dateFromCell(null)).toBeNull();
    expect(dateFromCell(undefined)).toBeNull();
    expect(dateFromCell('')).toBeNull();
    expect(dateFromCell('  \u00a0')).toBeNull();
  });

  it('always answers a valid DateValue', () => {
    for (const v of [43482, 2019, 12.5, true, 'nach Absprache', 'KW 53/2019'])
      expect(DateValueSchema.safeParse(dateFromCell(v)).success).toBe(true);
  });

  it('shares one frozen value per day (a workbook repeats its days)', () => {
    const a = dateFromCell(43482, 'dd.mm.yyyy')!;
    expect(dateFromCell(43482.75, 'dd.mm.yyyy')).toBe(a);
    expect(() => {
      (a as { start: string | null }).start = '1999-01-01';
    }).toThrow(TypeError);
    expect(dateFromCell(43482, 'dd.mm.yyyy')).toMatchObject({ raw: '17.01.2019', start: '2019-01-17', end: '2019-01-17' });
  });
});
