import { DateValueSchema } from '../model';
import { dateFromCell } from './cell';

/** The year 2019 as a date cell gives it, from a plain 2019 or a serial formatted "yyyy". */
const YEAR_2019 = { raw: '2019', start: '2019-01-01', end: '2019-12-31', precision: 'year', qualifier: null, edtf: '2019' };

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
    expect(dateFromCell(43466, '[$-F800]dddd, mmmm dd, yyyy')).toMatchObject({ start: '2019-01-01', precision: 'day', raw: '01.01.2019' });
    // a year typed into a date-formatted cell is what Excel shows: a day in 1905
    expect(dateFromCell(2019, 'dd.mm.yyyy')).toMatchObject({ start: '1905-07-11', precision: 'day' });
  });

  it('keeps the precision the format shows: a month or a year, raw as Excel shows it', () => {
    const june2019 = { start: '2019-06-01', end: '2019-06-30', precision: 'month', qualifier: null, edtf: '2019-06' };
    // 43630 is 14.06.2019: the day inside the month does not matter
    for (const serial of [43617, 43630, 43646.5]) expect(dateFromCell(serial, 'mm/yyyy')).toEqual({ raw: '06/2019', ...june2019 });
    expect(dateFromCell(43630, 'mmm yy')).toEqual({ raw: 'Jun 19', ...june2019 });
    expect(dateFromCell(43630, 'MMMM YYYY')).toEqual({ raw: 'Juni 2019', ...june2019 });
    expect(dateFromCell(43630, '[$-407]mmmm yyyy;@')).toEqual({ raw: 'Juni 2019', ...june2019 });
    expect(dateFromCell(43630, '[$-de-DE]mmmm yyyy')).toMatchObject({ raw: 'Juni 2019', precision: 'month' });
    expect(dateFromCell(43630, '[$-409]mmmm yyyy')).toMatchObject({ raw: 'June 2019', precision: 'month' });
    expect(dateFromCell(43630, 'MM.JJJJ')).toMatchObject({ raw: '06.2019', precision: 'month' });
    expect(dateFromCell(43630, '"Stand "mm/yy')).toMatchObject({ raw: 'Stand 06/19', precision: 'month' });
    expect(dateFromCell(43630, 'mmmm')).toMatchObject({ raw: 'Juni', start: '2019-06-01', precision: 'month' });
    expect(dateFromCell(43526, 'mmm yyyy')).toMatchObject({ raw: 'Mrz 2019', start: '2019-03-01', end: '2019-03-31' });
    expect(dateFromCell(43830, 'mm/yyyy')).toMatchObject({ start: '2019-12-01', end: '2019-12-31' });
    expect(dateFromCell(43890, 'mm/yyyy')).toMatchObject({ start: '2020-02-01', end: '2020-02-29' });
    expect(dateFromCell(43630, 'yyyy')).toEqual(YEAR_2019);
    expect(dateFromCell(43630, 'JJJJ')).toMatchObject({ raw: '2019', precision: 'year' });
    // formats with a day stay a day, whatever else they show
    expect(dateFromCell(43630, 'dd.mm.yyyy')).toMatchObject({ raw: '14.06.2019', precision: 'day' });
    expect(dateFromCell(43630, 'd. mmmm yyyy')).toMatchObject({ raw: '14.06.2019', precision: 'day' });
    expect(dateFromCell(43630, 'ddd, mm/yyyy')).toMatchObject({ precision: 'day' });
    // minutes are not months: a time format is no date
    expect(dateFromCell(0.5, 'hh:mm')).toMatchObject({ error: 'invalid-number' });
    expect(dateFromCell(-3, 'mm/yyyy')).toMatchObject({ error: 'invalid-number' });
  });

  it('shares one frozen value per month and format', () => {
    const a = dateFromCell(43617, 'mm/yyyy')!;
    expect(dateFromCell(43640, 'mm/yyyy')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(dateFromCell(43640, 'mmmm yyyy')).not.toBe(a);
  });

  it('passes a context to text cells', () => {
    const context = { period: { start: '2020-01-01', end: '2020-12-31' } };
    expect(dateFromCell('2. Quartal', null, context)).toMatchObject({ start: '2020-04-01', yearAssumed: true });
    expect(dateFromCell('2. Quartal', null)).toMatchObject({ error: 'missing-year' });
    expect(dateFromCell(2019, 'General', context)).toMatchObject({ start: '2019-01-01', precision: 'year' });
  });

  it('reads a plain integer 1900–2100 as a year', () => {
    expect(dateFromCell(2019)).toEqual(YEAR_2019);
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
