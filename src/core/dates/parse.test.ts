import fc from 'fast-check';
import { DateValueSchema, type DateValue } from '../model';
import { parseDate } from './parse';

type Expect = Partial<DateValue>;

/** Every form the issue, the seeds and the sample name, and what it must mean. */
const CASES: [string, Expect][] = [
  // months
  ['01/19', { start: '2019-01-01', end: '2019-01-31', precision: 'month', qualifier: null, edtf: '2019-01' }],
  ['4/19', { start: '2019-04-01', end: '2019-04-30', precision: 'month' }],
  ['02/2019', { start: '2019-02-01', end: '2019-02-28', precision: 'month' }],
  ['2019-05', { start: '2019-05-01', end: '2019-05-31', precision: 'month' }],
  ['05.2019', { start: '2019-05-01', end: '2019-05-31', precision: 'month' }],
  ['5.2019', { start: '2019-05-01', end: '2019-05-31', precision: 'month' }],
  ['Sept 2019', { start: '2019-09-01', end: '2019-09-30', precision: 'month' }],
  ['Febr. 19', { start: '2019-02-01', end: '2019-02-28', precision: 'month' }],
  ['Nov. 2019', { start: '2019-11-01', end: '2019-11-30', precision: 'month' }],
  ['Juni 2019', { start: '2019-06-01', end: '2019-06-30', precision: 'month' }],
  ['März 2020', { start: '2020-03-01', end: '2020-03-31' }],
  ['Maerz 2020', { start: '2020-03-01', end: '2020-03-31' }],
  ['Mrz. 2020', { start: '2020-03-01', end: '2020-03-31' }],
  ['Dez. 19', { start: '2019-12-01', end: '2019-12-31' }],
  ['Okt 2019', { start: '2019-10-01', end: '2019-10-31' }],
  ['Jänner 2020', { start: '2020-01-01', end: '2020-01-31' }],
  ['June 2019', { start: '2019-06-01', end: '2019-06-30' }],
  ['Febr. 2020', { start: '2020-02-01', end: '2020-02-29' }],
  // qualifiers
  ['Ca. 06/19', { start: '2019-06-01', end: '2019-06-30', precision: 'month', qualifier: 'approx', edtf: '2019-06~' }],
  ['ca 06/19', { qualifier: 'approx', start: '2019-06-01' }],
  ['circa Juni 2019', { qualifier: 'approx', start: '2019-06-01' }],
  ['etwa 06/19', { qualifier: 'approx' }],
  ['ungefähr 06/19', { qualifier: 'approx' }],
  ['voraussichtlich 06/19', { qualifier: 'approx' }],
  ['Bis 8/20', { start: '2020-08-01', end: '2020-08-31', qualifier: 'by', edtf: '../2020-08' }],
  ['bis 08/2020', { end: '2020-08-31', qualifier: 'by' }],
  ['spätestens 08/20', { end: '2020-08-31', qualifier: 'by' }],
  ['bis spätestens Ende August 2020', { end: '2020-08-31', qualifier: 'by' }],
  ['bis Ende September 2018', { end: '2018-09-30', qualifier: 'by' }],
  ['ab 09/19', { start: '2019-09-01', end: '2019-09-30', qualifier: 'from', edtf: '2019-09/..' }],
  ['ab September 2019', { start: '2019-09-01', qualifier: 'from' }],
  ['ab dem 01.10.2019', { start: '2019-10-01', precision: 'day', qualifier: 'from' }],
  ['ab KW 12/2020', { start: '2020-03-16', precision: 'week', qualifier: 'from' }],
  ['Ab sofort', { start: null, end: null, precision: 'none', qualifier: 'from', error: undefined }],
  ['sofort', { start: null, qualifier: 'from', error: undefined }],
  ['laufend', { start: null, qualifier: 'from', error: undefined }],
  ['fortlaufend', { qualifier: 'from', error: undefined }],
  ['regelmäßig', { qualifier: 'from', error: undefined }],
  // ranges
  ['Ca. Jan / Feb 2019', { start: '2019-01-01', end: '2019-02-28', precision: 'months', qualifier: 'approx' }],
  ['Jan/Feb 2019', { start: '2019-01-01', end: '2019-02-28', precision: 'months' }],
  ['Januar – März 2020', { start: '2020-01-01', end: '2020-03-31', precision: 'months' }],
  ['03/19 - 05/19', { start: '2019-03-01', end: '2019-05-31', precision: 'months' }],
  ['Juni bis August 2019', { start: '2019-06-01', end: '2019-08-31', precision: 'months' }],
  ['Nov 2019 – Feb 2020', { start: '2019-11-01', end: '2020-02-29', precision: 'months' }],
  ['Nov – Feb 2020', { start: '2019-11-01', end: '2020-02-29', precision: 'months' }],
  // days
  ['14.11.18', { start: '2018-11-14', end: '2018-11-14', precision: 'day', edtf: '2018-11-14' }],
  ['31.12.2019', { start: '2019-12-31', end: '2019-12-31', precision: 'day' }],
  ['1.3.2019', { start: '2019-03-01', precision: 'day' }],
  ['10. Juni 2020', { start: '2020-06-10', end: '2020-06-10', precision: 'day' }],
  ['10. Juni 20', { start: '2020-06-10', precision: 'day' }],
  ['2019-05-14', { start: '2019-05-14', precision: 'day' }],
  ['Mi, 14. November 2018, 16 Uhr', { start: '2018-11-14', precision: 'day', weekdayMismatch: undefined }],
  ['Di, 20.11.2018, 14 Uhr', { start: '2018-11-20', precision: 'day', weekdayMismatch: undefined }],
  ['Do., 17.01.2019 14:00–15:00 Uhr', { start: '2019-01-17', weekdayMismatch: undefined }],
  ['Donnerstag, 17. Januar 2019', { start: '2019-01-17', weekdayMismatch: undefined }],
  ['Do, 17. Januar 2018', { start: '2018-01-17', weekdayMismatch: { written: 4, actual: 3 } }],
  ['10.–12.06.2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day' }],
  ['10.-12. Juni 2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day' }],
  // parts
  ['Ende 2019', { start: '2019-09-01', end: '2019-12-31', qualifier: 'approx' }],
  ['Anfang 2020', { start: '2020-01-01', end: '2020-04-30', qualifier: 'approx' }],
  ['Mitte 2020', { start: '2020-05-01', end: '2020-08-31', qualifier: 'approx' }],
  ['Anfang Juni 2020', { start: '2020-06-01', end: '2020-06-10', qualifier: 'approx' }],
  ['Ende Sept. 2019', { start: '2019-09-21', end: '2019-09-30', qualifier: 'approx' }],
  ['bis Ende 2019', { end: '2019-12-31', qualifier: 'by' }],
  // quarters, halves, weeks
  ['Q1/2020', { start: '2020-01-01', end: '2020-03-31', precision: 'quarter' }],
  ['Q1 2020', { start: '2020-01-01', precision: 'quarter' }],
  ['Q1/20', { start: '2020-01-01', precision: 'quarter' }],
  ['1. Quartal 2020', { start: '2020-01-01', end: '2020-03-31', precision: 'quarter' }],
  ['1. Qu. 2020', { start: '2020-01-01', precision: 'quarter' }],
  ['I. Quartal 2020', { start: '2020-01-01', precision: 'quarter' }],
  ['4. Quartal 19', { start: '2019-10-01', end: '2019-12-31', precision: 'quarter' }],
  ['2. Halbjahr 2019', { start: '2019-07-01', end: '2019-12-31', precision: 'half' }],
  ['2. HJ 2019', { start: '2019-07-01', precision: 'half' }],
  ['2. Hj. 2019', { start: '2019-07-01', precision: 'half' }],
  ['H2 2019', { start: '2019-07-01', precision: 'half' }],
  ['erstes Halbjahr 2020', { start: '2020-01-01', end: '2020-06-30', precision: 'half' }],
  ['zweite Jahreshälfte 2019', { start: '2019-07-01', precision: 'half' }],
  ['KW 12/2020', { start: '2020-03-16', end: '2020-03-22', precision: 'week' }],
  ['KW12 2020', { start: '2020-03-16', precision: 'week' }],
  ['KW 12 2020', { start: '2020-03-16', precision: 'week' }],
  ['12. KW 2020', { start: '2020-03-16', precision: 'week' }],
  ['KW 12/20', { start: '2020-03-16', precision: 'week' }],
  ['KW 1/2021', { start: '2021-01-04', end: '2021-01-10', precision: 'week' }],
  ['KW 53/2020', { start: '2020-12-28', end: '2021-01-03', precision: 'week' }],
  // school years, seasons, years
  ['Schuljahr 2020/21', { start: '2020-08-01', end: '2021-07-31', precision: 'schoolYear' }],
  ['SJ 2020/21', { start: '2020-08-01', precision: 'schoolYear' }],
  ['Schuljahr 2020/2021', { start: '2020-08-01', end: '2021-07-31', precision: 'schoolYear' }],
  ['im Schuljahr 2020/21', { start: '2020-08-01', precision: 'schoolYear' }],
  ['2020/21', { start: '2020-08-01', end: '2021-07-31', precision: 'schoolYear' }],
  ['2020/2021', { start: '2020-08-01', precision: 'schoolYear' }],
  ['Frühjahr 2019', { start: '2019-03-01', end: '2019-05-31', precision: 'season', qualifier: 'approx', edtf: '2019-21~' }],
  ['Frühling 2019', { start: '2019-03-01', precision: 'season' }],
  ['Sommer 2019', { start: '2019-06-01', end: '2019-08-31', precision: 'season', edtf: '2019-22~' }],
  ['Herbst 2019', { start: '2019-09-01', end: '2019-11-30', precision: 'season' }],
  ['Winter 2019', { start: '2019-12-01', end: '2020-02-29', precision: 'season' }],
  ['Winter 2019/20', { start: '2019-12-01', end: '2020-02-29', precision: 'season' }],
  ['2019', { start: '2019-01-01', end: '2019-12-31', precision: 'year', edtf: '2019' }],
  ['Jahr 2019', { start: '2019-01-01', precision: 'year' }],
  ['im Jahr 2019', { start: '2019-01-01', precision: 'year' }],
  // English extras
  ['by 08/20', { end: '2020-08-31', qualifier: 'by' }],
  ['from 09/19', { start: '2019-09-01', qualifier: 'from' }],
  ['approx. 06/19', { start: '2019-06-01', qualifier: 'approx' }],
  ['end of 2019', { end: '2019-12-31', qualifier: 'approx' }],
  // two-digit years
  ['01/69', { start: '2069-01-01' }],
  ['01/70', { start: '1970-01-01' }],
  ['01/00', { start: '2000-01-01' }],
  // noise
  ['  06/19  ', { start: '2019-06-01' }],
  ['06/19?', { start: '2019-06-01', qualifier: null }],
  ['Juni\u00a02019', { start: '2019-06-01' }],
  // errors: never guessed
  ['31.02.2019', { error: 'impossible-date', start: null, end: null }],
  ['29.02.2019', { error: 'impossible-date' }],
  ['32.01.2019', { error: 'impossible-date' }],
  ['13/19', { error: 'invalid-month', start: null }],
  ['00/19', { error: 'invalid-month' }],
  ['13.2019', { error: 'invalid-month' }],
  ['KW 53/2019', { error: 'invalid-week' }],
  ['14.11.', { error: 'missing-year' }],
  ['10. Juni', { error: 'missing-year' }],
  ['2020/23', { error: 'unrecognized' }],
  ['nach Absprache', { error: 'unrecognized' }],
  ['tbd', { error: 'unrecognized' }],
  ['???', { error: 'unrecognized' }],
  ['Nov 2019 oder später?', { error: 'unrecognized' }],
  ['', { error: 'empty' }],
  ['   ', { error: 'empty' }],
];

describe('parseDate', () => {
  it.each(CASES)('%s', (raw, expected) => {
    const v = parseDate(raw);
    expect(v.raw).toBe(raw);
    for (const [k, val] of Object.entries(expected)) expect([k, v[k as keyof DateValue]]).toEqual([k, val]);
    expect(DateValueSchema.safeParse(v).success).toBe(true);
  });

  it('29.02.2020 exists (leap year)', () => {
    expect(parseDate('29.02.2020').start).toBe('2020-02-29');
  });

  it('never throws and always returns a valid DateValue for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => {
        const v = parseDate(s);
        expect(DateValueSchema.safeParse(v).success).toBe(true);
        if (!v.error && v.start && v.end) expect(v.start <= v.end).toBe(true);
        if (v.error) expect(v.start).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });

  it('never throws on date-shaped noise', () => {
    const piece = fc.constantFrom(
      'ca.',
      'bis',
      'ab',
      'Ende',
      'Anfang',
      'KW',
      'Q',
      '/',
      '.',
      '-',
      '–',
      'Juni',
      'Febr.',
      'Mi,',
      'Uhr',
      '2019',
      '19',
      '31',
      '13',
      '0',
      ' ',
      'Schuljahr',
      'Sommer',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (parts) => {
        const v = parseDate(parts.join(''));
        expect(DateValueSchema.safeParse(v).success).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads back every real day written as dd.mm.yyyy, d.m.yy and ISO', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1970, 0, 1)), max: new Date(Date.UTC(2069, 11, 31)), noInvalidDate: true }), (d) => {
        const y = d.getUTCFullYear();
        const m = d.getUTCMonth() + 1;
        const day = d.getUTCDate();
        const iso = `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        for (const text of [
          `${String(day).padStart(2, '0')}.${String(m).padStart(2, '0')}.${y}`,
          `${day}.${m}.${String(y).slice(2)}`,
          iso,
        ]) {
          const v = parseDate(text);
          expect([text, v.start, v.end, v.precision]).toEqual([text, iso, iso, 'day']);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('reads every month written as MM/YY and as a German month name', () => {
    const names = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2069 }), fc.integer({ min: 1, max: 12 }), (y, m) => {
        const a = parseDate(`${String(m).padStart(2, '0')}/${String(y).slice(2)}`);
        const b = parseDate(`${names[m - 1]} ${y}`);
        expect(a.start).toBe(`${y}-${String(m).padStart(2, '0')}-01`);
        expect(b.start).toBe(a.start);
        expect(b.end).toBe(a.end);
      }),
    );
  });
});
