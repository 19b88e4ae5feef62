import { DateValueSchema, type DateValue } from '../model';
import { parseDate } from './parse';

type Expect = Partial<DateValue>;

/** Checks the listed fields exactly (an `undefined` field must be absent), and the schema. */
function check(raw: string, expected: Expect): void {
  const v = parseDate(raw);
  expect(v.raw).toBe(raw);
  for (const [k, val] of Object.entries(expected)) expect([k, v[k as keyof DateValue]]).toEqual([k, val]);
  expect(DateValueSchema.safeParse(v).success).toBe(true);
  if (!('error' in expected)) expect(v.error).toBeUndefined();
}

const month = (y: number, m: number, last: number): Expect => {
  const mm = String(m).padStart(2, '0');
  return { start: `${y}-${mm}-01`, end: `${y}-${mm}-${last}`, precision: 'month', qualifier: null, edtf: `${y}-${mm}` };
};

describe('months', () => {
  it.each<[string, Expect]>([
    ['01/19', month(2019, 1, 31)],
    ['4/19', month(2019, 4, 30)],
    ['02/2019', month(2019, 2, 28)],
    ['2019-05', month(2019, 5, 31)],
    ['05.2019', month(2019, 5, 31)],
    ['5.2019', month(2019, 5, 31)],
    ['06-2019', month(2019, 6, 30)],
    ['06.19', month(2019, 6, 30)],
    ['Sept 2019', month(2019, 9, 30)],
    ['Febr. 19', month(2019, 2, 28)],
    ['Febr. 2020', month(2020, 2, 29)],
    ['Nov. 2019', month(2019, 11, 30)],
    ['Juni 2019', month(2019, 6, 30)],
    ['Jan 2019', month(2019, 1, 31)],
    ['März 2020', month(2020, 3, 31)],
    ['MÄRZ 2020', month(2020, 3, 31)],
    ['Maerz 2020', month(2020, 3, 31)],
    ['Mrz. 2020', month(2020, 3, 31)],
    ['Mär. 2020', month(2020, 3, 31)],
    ['Dez. 19', month(2019, 12, 31)],
    ['Okt 2019', month(2019, 10, 31)],
    ['Jänner 2020', month(2020, 1, 31)],
    ['June 2019', month(2019, 6, 30)],
    ['Oct 2019', month(2019, 10, 31)],
    ["Juni '19", month(2019, 6, 30)],
  ])('%s', check);

  it.each<[string, number]>([
    ['01/69', 2069],
    ['01/70', 1970],
    ['01/99', 1999],
    ['01/00', 2000],
  ])('two-digit year %s → %i', (raw, year) => check(raw, { start: `${year}-01-01` }));
});

describe('qualifiers', () => {
  it.each<[string, Expect]>([
    ['Ca. 06/19', { ...month(2019, 6, 30), qualifier: 'approx', edtf: '2019-06~' }],
    ['ca 06/19', { start: '2019-06-01', end: '2019-06-30', qualifier: 'approx' }],
    ['ca.06/19', { start: '2019-06-01', qualifier: 'approx' }],
    ['circa Juni 2019', { start: '2019-06-01', qualifier: 'approx' }],
    ['etwa 06/19', { start: '2019-06-01', qualifier: 'approx' }],
    ['ungefähr 06/19', { start: '2019-06-01', qualifier: 'approx' }],
    ['voraussichtlich 06/19', { start: '2019-06-01', qualifier: 'approx' }],
    ['Bis 8/20', { start: '2020-08-01', end: '2020-08-31', precision: 'month', qualifier: 'by', edtf: '../2020-08' }],
    ['bis 08/2020', { start: '2020-08-01', end: '2020-08-31', qualifier: 'by' }],
    ['spätestens 08/20', { start: '2020-08-01', end: '2020-08-31', qualifier: 'by' }],
    ['bis spätestens Ende August 2020', { start: '2020-08-21', end: '2020-08-31', precision: 'month', qualifier: 'by' }],
    ['bis Ende September 2018', { start: '2018-09-21', end: '2018-09-30', precision: 'month', qualifier: 'by', edtf: '../2018-09-30' }],
    ['bis zum 31.12.2019', { start: '2019-12-31', precision: 'day', qualifier: 'by' }],
    ['bis ca. 06/19', { start: '2019-06-01', qualifier: 'by' }],
    ['ab 09/19', { start: '2019-09-01', end: '2019-09-30', precision: 'month', qualifier: 'from', edtf: '2019-09/..' }],
    ['ab September 2019', { start: '2019-09-01', end: '2019-09-30', qualifier: 'from' }],
    ['ab dem 01.10.2019', { start: '2019-10-01', end: '2019-10-01', precision: 'day', qualifier: 'from', edtf: '2019-10-01/..' }],
    ['ab KW 12/2020', { start: '2020-03-16', end: '2020-03-22', precision: 'week', qualifier: 'from' }],
    ['seit 2018', { start: '2018-01-01', precision: 'year', qualifier: 'from' }],
    // "ab … bis …" and "von … bis …" are closed ranges, not "from"
    ['ab 09/19 bis 12/19', { start: '2019-09-01', end: '2019-12-31', precision: 'months', qualifier: null }],
    ['von Juni bis August 2019', { start: '2019-06-01', end: '2019-08-31', precision: 'months', qualifier: null }],
  ])('%s', check);
});

describe('ongoing', () => {
  it.each([
    'Ab sofort',
    'ab sofort',
    'sofort',
    'laufend',
    'fortlaufend',
    'kontinuierlich',
    'dauerhaft',
    'regelmäßig',
    'Regelmäßig!',
    'ongoing',
    'bis auf Weiteres',
  ])('%s', (raw) => {
    check(raw, { start: null, end: null, precision: 'none', qualifier: 'from', edtf: undefined });
  });
});

describe('month ranges', () => {
  it.each<[string, Expect]>([
    ['Ca. Jan / Feb 2019', { start: '2019-01-01', end: '2019-02-28', precision: 'months', qualifier: 'approx', edtf: '2019-01~/2019-02~' }],
    ['Jan/Feb 2019', { start: '2019-01-01', end: '2019-02-28', precision: 'months', qualifier: null, edtf: '2019-01/2019-02' }],
    ['Jan und Feb 2019', { start: '2019-01-01', end: '2019-02-28', precision: 'months' }],
    ['Januar – März 2020', { start: '2020-01-01', end: '2020-03-31', precision: 'months' }],
    ['Januar — März 2020', { start: '2020-01-01', end: '2020-03-31', precision: 'months' }],
    ['03/19 - 05/19', { start: '2019-03-01', end: '2019-05-31', precision: 'months' }],
    ['03/2019 bis 05/2019', { start: '2019-03-01', end: '2019-05-31', precision: 'months' }],
    ['05.2019 - 07.2019', { start: '2019-05-01', end: '2019-07-31', precision: 'months' }],
    ['03-05/19', { start: '2019-03-01', end: '2019-05-31', precision: 'months' }],
    ['Juni bis August 2019', { start: '2019-06-01', end: '2019-08-31', precision: 'months' }],
    ['Nov 2019 – Feb 2020', { start: '2019-11-01', end: '2020-02-29', precision: 'months', edtf: '2019-11/2020-02' }],
    ['Nov – Feb 2020', { start: '2019-11-01', end: '2020-02-29', precision: 'months' }],
    ['Juni/Juni 2019', { start: '2019-06-01', end: '2019-06-30', precision: 'month' }],
    ['05/19 - 03/19', { error: 'unrecognized', start: null }],
  ])('%s', check);
});

describe('days', () => {
  it.each<[string, Expect]>([
    ['14.11.18', { start: '2018-11-14', end: '2018-11-14', precision: 'day', qualifier: null, edtf: '2018-11-14' }],
    ['31.12.2019', { start: '2019-12-31', end: '2019-12-31', precision: 'day' }],
    ['1.3.2019', { start: '2019-03-01', end: '2019-03-01', precision: 'day' }],
    ['01. 03. 2019', { start: '2019-03-01', precision: 'day' }],
    ['29.02.2020', { start: '2020-02-29', precision: 'day' }],
    ['10. Juni 2020', { start: '2020-06-10', end: '2020-06-10', precision: 'day' }],
    ['10. Juni 20', { start: '2020-06-10', precision: 'day' }],
    ['10 June 2020', { start: '2020-06-10', precision: 'day' }],
    ['2019-05-14', { start: '2019-05-14', end: '2019-05-14', precision: 'day', edtf: '2019-05-14' }],
    ['Mi, 14. November 2018, 16 Uhr', { start: '2018-11-14', precision: 'day', weekdayMismatch: undefined }],
    ['Di, 20.11.2018, 14 Uhr', { start: '2018-11-20', precision: 'day', weekdayMismatch: undefined }],
    ['Do., 17.01.2019 14:00–15:00 Uhr', { start: '2019-01-17', precision: 'day', weekdayMismatch: undefined }],
    ['Donnerstag, 17. Januar 2019', { start: '2019-01-17', precision: 'day', weekdayMismatch: undefined }],
    ['Mittwoch, den 5. September 2018', { start: '2018-09-05', weekdayMismatch: undefined }],
    ['17.01.2019, 9:30 Uhr', { start: '2019-01-17', precision: 'day' }],
    ['17.01.2019 um 14.00 Uhr', { start: '2019-01-17', precision: 'day' }],
    ['17.01.2019 14-16 Uhr', { start: '2019-01-17', precision: 'day' }],
    ['10.–12.06.2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day', edtf: '2019-06-10/2019-06-12' }],
    ['10.-12. Juni 2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day' }],
    ['28.06.-02.07.2019', { start: '2019-06-28', end: '2019-07-02', precision: 'day' }],
    ['10.06.2019 - 12.06.2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day' }],
  ])('%s', check);
});

describe('weekday check', () => {
  it.each<[string, { written: number; actual: number } | undefined]>([
    ['Do, 17. Januar 2018', { written: 4, actual: 3 }],
    ['Do 17.01.2018', { written: 4, actual: 3 }],
    ['Mo., 17.01.2018', { written: 1, actual: 3 }],
    ['Freitag, 17.01.2018', { written: 5, actual: 3 }],
    ['So, 20.01.2019', undefined],
    ['Sa. 19.01.2019', undefined],
    ['Mi, 14. November 2018', undefined],
    ['Mo, 10.-12.06.2019', undefined], // the first day counts
  ])('%s', (raw, mismatch) => {
    const v = parseDate(raw);
    expect(v.error).toBeUndefined();
    expect(v.weekdayMismatch).toEqual(mismatch);
  });

  it('records the mismatch, never moves the date', () => {
    expect(parseDate('Do, 17. Januar 2018')).toMatchObject({ start: '2018-01-17', end: '2018-01-17' });
  });
});

describe('parts of a year or month', () => {
  it.each<[string, Expect]>([
    ['Anfang 2020', { start: '2020-01-01', end: '2020-04-30', precision: 'months', qualifier: 'approx', edtf: '2020-01~/2020-04~' }],
    ['Mitte 2020', { start: '2020-05-01', end: '2020-08-31', precision: 'months', qualifier: 'approx' }],
    ['Ende 2019', { start: '2019-09-01', end: '2019-12-31', precision: 'months', qualifier: 'approx' }],
    ['Anfang Juni 2020', { start: '2020-06-01', end: '2020-06-10', precision: 'month', qualifier: 'approx' }],
    ['Mitte Juni 2020', { start: '2020-06-11', end: '2020-06-20', precision: 'month', qualifier: 'approx' }],
    [
      'Ende Sept. 2019',
      { start: '2019-09-21', end: '2019-09-30', precision: 'month', qualifier: 'approx', edtf: '2019-09-21~/2019-09-30~' },
    ],
    ['Ende Februar 2020', { start: '2020-02-21', end: '2020-02-29', precision: 'month' }],
    ['bis Ende 2019', { start: '2019-09-01', end: '2019-12-31', qualifier: 'by', edtf: '../2019-12' }],
    ['ab Mitte 2020', { start: '2020-05-01', qualifier: 'from' }],
    ['mid-2020', { start: '2020-05-01', end: '2020-08-31', qualifier: 'approx' }],
    ['end of 2019', { start: '2019-09-01', end: '2019-12-31', qualifier: 'approx' }],
    ['Anfang Juni', { error: 'missing-year' }],
    ['Ende KW 12/2020', { error: 'unrecognized' }],
    ['Ende Jan–März 2020', { error: 'unrecognized' }],
    ['zum Jahresende 2019', { start: '2019-09-01', end: '2019-12-31', precision: 'months', qualifier: 'approx' }],
    ['Jahresanfang 2020', { start: '2020-01-01', end: '2020-04-30', precision: 'months' }],
    ['Ende des Jahres 2019', { start: '2019-09-01', end: '2019-12-31', precision: 'months' }],
    ['Ende 06/2020', { start: '2020-06-21', end: '2020-06-30', precision: 'month', qualifier: 'approx' }],
    ['bis Ende 06/20', { start: '2020-06-21', end: '2020-06-30', qualifier: 'by', edtf: '../2020-06-30' }],
    ['Jahresende', { error: 'missing-year' }],
  ])('%s', check);
});

describe('parts of quarters, halves, school years and seasons: thirds of their months', () => {
  const sep2020: Expect = { start: '2020-09-01', end: '2020-09-30', precision: 'month', qualifier: 'approx', edtf: '2020-09~' };
  it.each<[string, Expect]>([
    ['Ende Q3/2020', sep2020],
    ['Ende Q3 2020', sep2020],
    ['Ende 3. Quartal 2020', sep2020],
    ['Ende des 3. Quartals 2020', sep2020],
    ['Ende III. Quartal 2020', sep2020],
    ['Anfang Q1 2021', { start: '2021-01-01', end: '2021-01-31', precision: 'month', qualifier: 'approx', edtf: '2021-01~' }],
    ['Mitte 2. Quartal 2020', { start: '2020-05-01', end: '2020-05-31', precision: 'month', qualifier: 'approx' }],
    ['Ende Q1 2020', { start: '2020-03-01', end: '2020-03-31', precision: 'month' }],
    ['bis Ende Q4/2019', { start: '2019-12-01', end: '2019-12-31', qualifier: 'by', edtf: '../2019-12' }],
    ['ab Mitte Q2 2020', { start: '2020-05-01', qualifier: 'from', edtf: '2020-05/..' }],
    ['Ende 2. Halbjahr 2019', { start: '2019-11-01', end: '2019-12-31', precision: 'months', qualifier: 'approx' }],
    ['Anfang H1 2020', { start: '2020-01-01', end: '2020-02-29', precision: 'months' }],
    ['Anfang 2. Halbjahr 2019/20', { start: '2020-02-01', end: '2020-03-31', precision: 'months' }],
    ['Ende Sommer 2019', { start: '2019-08-01', end: '2019-08-31', precision: 'month', qualifier: 'approx' }],
    ['Anfang Winter 2019/20', { start: '2019-12-01', end: '2019-12-31', precision: 'month' }],
    ['Ende 5. Quartal 2020', { error: 'unrecognized' }],
  ])('%s', check);
});

describe('school-year ends', () => {
  const end1920: Expect = { start: '2020-04-01', end: '2020-07-31', precision: 'months' };
  it.each<[string, Expect]>([
    ['bis Ende des Schuljahres 2019/20', { ...end1920, qualifier: 'by', edtf: '../2020-07' }],
    ['Ende Schuljahr 2019/20', { ...end1920, qualifier: 'approx', edtf: '2020-04~/2020-07~' }],
    ['Ende SJ 19/20', { ...end1920, qualifier: 'approx' }],
    ['Ende 2019/20', end1920],
    ['zum Schuljahresende 2020', { ...end1920, qualifier: 'approx' }],
    ['Schuljahresende 2019/20', end1920],
    ['bis zum Schuljahresende 2020', { ...end1920, qualifier: 'by' }],
    ['Ende des Schuljahres 2020', end1920], // the school year that ends in 2020
    ['Anfang Schuljahr 2020/21', { start: '2020-08-01', end: '2020-11-30', precision: 'months' }],
    ['Schuljahresbeginn 2020', { start: '2020-08-01', end: '2020-11-30', precision: 'months' }], // begins in 2020
    ['Mitte Schuljahr 2019/20', { start: '2019-12-01', end: '2020-03-31', precision: 'months' }],
    // one year without a part names no school year: which one, 2019/20 or 2020/21?
    ['Schuljahr 2020', { error: 'unrecognized' }],
    ['Mitte Schuljahr 2020', { error: 'unrecognized' }],
    ['zum Schuljahresende', { error: 'missing-year' }],
  ])('%s', check);
});

describe('NRW school holidays', () => {
  it.each<[string, Expect]>([
    [
      'Herbstferien 2019',
      { start: '2019-10-14', end: '2019-10-26', precision: 'holidays', qualifier: null, edtf: '2019-10-14/2019-10-26' },
    ],
    ['in den Osterferien 2021', { start: '2021-03-29', end: '2021-04-10', precision: 'holidays', qualifier: null }],
    ['während der Sommerferien 2019', { start: '2019-07-15', end: '2019-08-27', qualifier: null }],
    ['Pfingstferien 2019', { start: '2019-06-11', end: '2019-06-11', precision: 'holidays' }],
    ['Weihnachtsferien 2019', { start: '2019-12-23', end: '2020-01-06', precision: 'holidays' }],
    ['Weihnachtsferien 2019/20', { start: '2019-12-23', end: '2020-01-06' }],
    ['Weihnachtsferien 19/20', { start: '2019-12-23', end: '2020-01-06' }],
    // after: the first four school weeks (the first school day after them + 27 days), approx
    [
      'nach den Sommerferien 2019',
      { start: '2019-08-28', end: '2019-09-24', precision: 'holidays', qualifier: 'approx', edtf: '2019-08-28~/2019-09-24~' },
    ],
    ['nach den Herbstferien 2019', { start: '2019-10-28', end: '2019-11-24', qualifier: 'approx' }], // they end on a Saturday
    ['nach den großen Ferien 2019', { start: '2019-08-28', end: '2019-09-24' }],
    ['nach Sommerferien 2019', { start: '2019-08-28' }],
    ['Nach den Pfingstferien 2020', { start: '2020-06-03', end: '2020-06-30' }],
    ['nach den Weihnachtsferien 2019', { start: '2020-01-07', end: '2020-02-03' }],
    // before: the four weeks up to the last school day before them, by
    [
      'vor den Herbstferien 2020',
      { start: '2020-09-12', end: '2020-10-09', precision: 'holidays', qualifier: 'by', edtf: '../2020-10-09' },
    ],
    ['bis zu den Sommerferien 2020', { end: '2020-06-26', qualifier: 'by' }],
    ['vor den Sommerferien 2023', { end: '2023-06-21', qualifier: 'by' }], // they start on a Thursday
    ['ca. vor den Osterferien 2021', { end: '2021-03-26', qualifier: 'by' }],
    ['bis nach den Sommerferien 2019', { start: '2019-08-28', end: '2019-09-24', qualifier: 'by' }],
    ['ab den Sommerferien 2019', { start: '2019-07-15', qualifier: 'from', edtf: '2019-07-15/..' }],
    ['after the summer holidays 2019', { start: '2019-08-28', qualifier: 'approx' }],
    // outside the table: an approximation, always approx
    ['Sommerferien 2035', { start: '2035-06-22', end: '2035-09-01', qualifier: 'approx' }],
    ['Osterferien 2030', { start: '2030-04-15', end: '2030-04-27', qualifier: 'approx' }],
    ['Pfingstferien 2028', { start: '2028-06-06', end: '2028-06-06', qualifier: 'approx' }],
    ['nach den Sommerferien', { error: 'missing-year' }],
    ['Herbstferien', { error: 'missing-year' }],
    ['Sommerferien 2019/20', { error: 'unrecognized' }],
    ['Weihnachtsferien 2019/21', { error: 'unrecognized' }],
    ['Ende der Sommerferien 2019', { error: 'unrecognized' }],
  ])('%s', check);
});

describe('dates without a year take it from their context', () => {
  const in2020 = { period: { start: '2020-01-01', end: '2020-12-31' } };
  const goalPeriod = { period: { start: '2018-01-01', end: '2023-12-31' } };
  const schoolYear = { period: { start: '2019-08-01', end: '2020-07-31' } };

  it.each<[string, Expect]>([
    ['2. Quartal', { start: '2020-04-01', end: '2020-06-30', precision: 'quarter', edtf: '2020-04/2020-06' }],
    ['Q4', { start: '2020-10-01', precision: 'quarter' }],
    ['2. Halbjahr', { start: '2020-07-01', end: '2020-12-31', precision: 'half' }],
    ['Mai', { start: '2020-05-01', end: '2020-05-31', precision: 'month' }],
    ['Ende Juni', { start: '2020-06-21', end: '2020-06-30', precision: 'month', qualifier: 'approx' }],
    ['bis Ende Juni', { end: '2020-06-30', qualifier: 'by' }],
    ['15.05.', { start: '2020-05-15', end: '2020-05-15', precision: 'day' }],
    ['15.05', { start: '2020-05-15' }],
    ['Fr, 15.05.', { start: '2020-05-15', precision: 'day' }],
    ['Do, 15.05.', { start: '2020-05-15', weekdayMismatch: { written: 4, actual: 5 } }],
    ['10. Juni', { start: '2020-06-10', precision: 'day' }],
    ['KW 12', { start: '2020-03-16', precision: 'week' }],
    ['Juni bis August', { start: '2020-06-01', end: '2020-08-31', precision: 'months' }],
    ['nach den Sommerferien', { start: '2020-08-12', precision: 'holidays', qualifier: 'approx' }],
    ['vor den Herbstferien', { end: '2020-10-09', qualifier: 'by' }],
    ['nach den Weihnachtsferien', { start: '2020-01-07', end: '2020-02-03' }], // the holidays of 2019
    ['Jahresende', { start: '2020-09-01', end: '2020-12-31', precision: 'months' }],
  ])('%s in 2020', (raw, expected) => {
    const v = parseDate(raw, in2020);
    expect(v).toMatchObject({ raw, ...expected, yearAssumed: true });
    expect(v.error).toBeUndefined();
    expect(DateValueSchema.safeParse(v).success).toBe(true);
  });

  it('takes the one year that puts the date inside a longer period', () => {
    expect(parseDate('nach den Weihnachtsferien', schoolYear)).toMatchObject({ start: '2020-01-07', yearAssumed: true });
    expect(parseDate('zum Schuljahresende', schoolYear)).toMatchObject({ start: '2020-04-01', end: '2020-07-31', yearAssumed: true });
    expect(parseDate('Nov – Feb', schoolYear)).toMatchObject({ start: '2019-11-01', end: '2020-02-29', yearAssumed: true });
    // only 2020 is a leap year between 2019 and 2021
    expect(parseDate('29.02.', { period: { start: '2019-01-01', end: '2021-12-31' } })).toMatchObject({ start: '2020-02-29' });
  });

  it.each(['Mai', '2. Quartal', '15.05.', 'nach den Sommerferien', 'KW 12'])(
    'keeps missing-year when several years fit: %s in 2018–2023',
    (raw) => {
      expect(parseDate(raw, goalPeriod)).toMatchObject({ raw, start: null, error: 'missing-year' });
      expect(parseDate(raw, goalPeriod).yearAssumed).toBeUndefined();
    },
  );

  it('reads a month inside a school year in the one calendar year it falls in', () => {
    expect(parseDate('Mai', schoolYear)).toMatchObject({ start: '2020-05-01', yearAssumed: true });
    expect(parseDate('Oktober', schoolYear)).toMatchObject({ start: '2019-10-01', yearAssumed: true });
  });

  it('keeps missing-year when no year fits, or the context is broken', () => {
    expect(parseDate('Nov – Feb', in2020)).toMatchObject({ error: 'missing-year' }); // Nov 2019 – Feb 2020 is not inside 2020
    expect(parseDate('Q3', { period: { start: '2020-01-01', end: '2020-05-31' } })).toMatchObject({ error: 'missing-year' });
    expect(parseDate('29.02.', { period: { start: '2021-01-01', end: '2023-12-31' } })).toMatchObject({ error: 'missing-year' });
    expect(parseDate('Mai', {})).toMatchObject({ error: 'missing-year' });
    expect(parseDate('Mai', { period: { start: '2020-12-31', end: '2020-01-01' } })).toMatchObject({ error: 'missing-year' });
    expect(parseDate('Mai', { period: { start: '2020', end: '2020-12-31' } })).toMatchObject({ error: 'missing-year' });
  });

  it('never changes a date that names its year, nor other errors', () => {
    for (const raw of ['Mai 2019', '2. Quartal 2019', '15.05.2019', 'nach den Sommerferien 2019', '31.02.', '13/19', 'nach Absprache'])
      expect(parseDate(raw, in2020)).toBe(parseDate(raw));
  });

  it('remembers readings per context, shared and frozen', () => {
    const a = parseDate('Mai', in2020);
    expect(parseDate('Mai', { period: { ...in2020.period } })).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    expect(parseDate('Mai', { period: { start: '2021-01-01', end: '2021-12-31' } })).toMatchObject({ start: '2021-05-01' });
    expect(parseDate('Mai')).toMatchObject({ error: 'missing-year' }); // the memo without context is untouched
    expect(parseDate('Mai', in2020)).toBe(a);
  });
});

describe('quarters and halves', () => {
  const q1: Expect = { start: '2020-01-01', end: '2020-03-31', precision: 'quarter', qualifier: null, edtf: '2020-01/2020-03' };
  const h2: Expect = { start: '2019-07-01', end: '2019-12-31', precision: 'half', qualifier: null, edtf: '2019-07/2019-12' };
  it.each<[string, Expect]>([
    ['Q1/2020', q1],
    ['Q1 2020', q1],
    ['Q1/20', q1],
    ['Q1-2020', q1],
    ['2020-Q1', q1],
    ['1. Quartal 2020', q1],
    ['1. Qu. 2020', q1],
    ['I. Quartal 2020', q1],
    ['erstes Quartal 2020', q1],
    ['4. Quartal 19', { start: '2019-10-01', end: '2019-12-31', precision: 'quarter' }],
    ['IV. Quartal 2019', { start: '2019-10-01', end: '2019-12-31', precision: 'quarter' }],
    ['2. Halbjahr 2019', h2],
    ['2. HJ 2019', h2],
    ['2. Hj. 2019', h2],
    ['H2 2019', h2],
    ['zweite Jahreshälfte 2019', h2],
    ['1. Halbjahr 2020', { start: '2020-01-01', end: '2020-06-30', precision: 'half' }],
    ['erstes Halbjahr 2020', { start: '2020-01-01', end: '2020-06-30', precision: 'half' }],
    // school half-years
    ['1. Halbjahr 2019/20', { start: '2019-08-01', end: '2020-01-31', precision: 'half' }],
    ['2. Halbjahr 2019/20', { start: '2020-02-01', end: '2020-07-31', precision: 'half' }],
    ['5. Quartal 2020', { error: 'unrecognized' }],
    ['3. Halbjahr 2020', { error: 'unrecognized' }],
  ])('%s', check);
});

describe('ISO weeks', () => {
  const kw12: Expect = { start: '2020-03-16', end: '2020-03-22', precision: 'week', qualifier: null, edtf: '2020-03-16/2020-03-22' };
  it.each<[string, Expect]>([
    ['KW 12/2020', kw12],
    ['KW12 2020', kw12],
    ['KW 12 2020', kw12],
    ['12. KW 2020', kw12],
    ['KW 12/20', kw12],
    ['Kalenderwoche 12/2020', kw12],
    ['KW 1/2021', { start: '2021-01-04', end: '2021-01-10' }],
    ['KW 1/2020', { start: '2019-12-30', end: '2020-01-05' }],
    ['KW 53/2020', { start: '2020-12-28', end: '2021-01-03' }],
    ['KW 53/2015', { start: '2015-12-28', end: '2016-01-03' }],
    ['KW 53/2019', { error: 'invalid-week', start: null }],
    ['KW 0/2020', { error: 'invalid-week' }],
    ['KW 54/2020', { error: 'invalid-week' }],
    ['KW 12', { error: 'missing-year' }],
  ])('%s', check);
});

describe('school years, seasons, years', () => {
  const sy: Expect = { start: '2020-08-01', end: '2021-07-31', precision: 'schoolYear', qualifier: null, edtf: '2020-08/2021-07' };
  it.each<[string, Expect]>([
    ['Schuljahr 2020/21', sy],
    ['SJ 2020/21', sy],
    ['Schuljahr 2020/2021', sy],
    ['im Schuljahr 2020/21', sy],
    ['2020/21', sy],
    ['2020/2021', sy],
    ['2020-21', sy],
    ['SJ 20/21', sy],
    ['1999/00', { start: '1999-08-01', end: '2000-07-31', precision: 'schoolYear' }],
    ['2020/23', { error: 'unrecognized', start: null }],
    ['Schuljahr 2020/19', { error: 'unrecognized' }],
    ['Frühjahr 2019', { start: '2019-03-01', end: '2019-05-31', precision: 'season', qualifier: 'approx', edtf: '2019-21~' }],
    ['Frühling 2019', { start: '2019-03-01', end: '2019-05-31', precision: 'season', qualifier: 'approx' }],
    ['Sommer 2019', { start: '2019-06-01', end: '2019-08-31', precision: 'season', qualifier: 'approx', edtf: '2019-22~' }],
    ['Herbst 2019', { start: '2019-09-01', end: '2019-11-30', precision: 'season', qualifier: 'approx', edtf: '2019-23~' }],
    ['Winter 2019', { start: '2019-12-01', end: '2020-02-29', precision: 'season', qualifier: 'approx', edtf: '2019-24~' }],
    ['Winter 2019/20', { start: '2019-12-01', end: '2020-02-29', precision: 'season', qualifier: 'approx' }],
    ['Winter 2019/2020', { start: '2019-12-01', end: '2020-02-29', precision: 'season' }],
    ['bis Herbst 2019', { start: '2019-09-01', end: '2019-11-30', qualifier: 'by', edtf: '../2019-23' }],
    ['Winter 2019/21', { error: 'unrecognized' }],
    ['Sommer 2019/20', { error: 'unrecognized' }],
    ['2019', { start: '2019-01-01', end: '2019-12-31', precision: 'year', qualifier: null, edtf: '2019' }],
    ['Jahr 2019', { start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['im Jahr 2019', { start: '2019-01-01', end: '2019-12-31', precision: 'year' }],
    ['2019.', { start: '2019-01-01', precision: 'year' }],
    ['2500', { error: 'unrecognized' }],
  ])('%s', check);
});

describe('English extras', () => {
  it.each<[string, Expect]>([
    ['by 08/20', { start: '2020-08-01', end: '2020-08-31', qualifier: 'by' }],
    ['from 09/19', { start: '2019-09-01', qualifier: 'from' }],
    ['approx. 06/19', { start: '2019-06-01', qualifier: 'approx' }],
    ['end of 2019', { start: '2019-09-01', end: '2019-12-31', qualifier: 'approx' }],
    ['Q1 2020', { start: '2020-01-01', precision: 'quarter' }],
    ['summer 2019', { start: '2019-06-01', precision: 'season' }],
  ])('%s', check);
});

describe('impossible and incomplete dates are errors, never corrected', () => {
  const none = { start: null, end: null, precision: 'none' as const, edtf: undefined };
  it.each<[string, Expect]>([
    ['31.02.2019', { ...none, error: 'impossible-date' }],
    ['29.02.2019', { ...none, error: 'impossible-date' }],
    ['32.01.2019', { ...none, error: 'impossible-date' }],
    ['00.01.2019', { ...none, error: 'impossible-date' }],
    ['31. April 2019', { ...none, error: 'impossible-date' }],
    ['2019-02-30', { ...none, error: 'impossible-date' }],
    ['13/19', { ...none, error: 'invalid-month' }],
    ['00/19', { ...none, error: 'invalid-month' }],
    ['13.2019', { ...none, error: 'invalid-month' }],
    ['2019-13', { ...none, error: 'invalid-month' }],
    ['01.13.2019', { ...none, error: 'invalid-month' }],
    ['ca. 13/19', { ...none, error: 'invalid-month', qualifier: 'approx' }],
    ['10.06.', { ...none, error: 'missing-year' }],
    ['14.11.', { ...none, error: 'missing-year' }],
    ['01.12', { ...none, error: 'missing-year' }], // 1 December, not January 2012
    ['10. Juni', { ...none, error: 'missing-year' }],
    ['Juni', { ...none, error: 'missing-year' }],
    ['2. Quartal', { ...none, error: 'missing-year' }],
    ['Q2', { ...none, error: 'missing-year' }],
    ['2. Halbjahr', { ...none, error: 'missing-year' }],
    ['Juni bis August', { ...none, error: 'missing-year' }],
    ['nach den Sommerferien', { ...none, error: 'missing-year' }],
    ['31.02.', { ...none, error: 'impossible-date' }],
    ['29.02.', { ...none, error: 'missing-year' }],
  ])('%s', check);
});

describe('unrecognised', () => {
  it.each([
    'nach Absprache',
    'tbd',
    'TBD',
    '???',
    'Nov 2019 oder später?',
    'siehe oben',
    'x',
    '1',
    '12',
    '123',
    '33098',
    '7.47',
    'Sek I',
    '50%',
    'Juni 2019 und Juli 2020 und',
  ])('%s', (raw) => check(raw, { start: null, end: null, precision: 'none', error: 'unrecognized' }));
  it('texts longer than 200 characters', () => {
    check(`${'x'.repeat(200)} 06/19`, { error: 'unrecognized' });
  });
  it.each(['', '   ', '\u00a0', '\t\n'])('empty %j', (raw) =>
    check(raw, { start: null, end: null, precision: 'none', qualifier: null, error: 'empty' }),
  );
});

describe('noise around the date', () => {
  it.each<[string, Expect]>([
    ['  06/19  ', month(2019, 6, 30)],
    ['06/19?', month(2019, 6, 30)],
    ['06/19!', month(2019, 6, 30)],
    ['(ca. 06/19)', { start: '2019-06-01', qualifier: 'approx' }],
    ['„Juni 2019“', month(2019, 6, 30)],
    ['Juni\u00a02019', month(2019, 6, 30)],
    ['Juni \u202f 2019', month(2019, 6, 30)],
    ['Ca.   Jan  /  Feb   2019', { start: '2019-01-01', end: '2019-02-28', qualifier: 'approx' }],
    ['03/19\u201305/19', { start: '2019-03-01', end: '2019-05-31', precision: 'months' }],
    ['31.12.2019,', { start: '2019-12-31', precision: 'day' }],
  ])('%j', check);
});

describe('results', () => {
  it('are shared and frozen: a change cannot leak into the next reading', () => {
    const a = parseDate('Do, 17. Januar 2018');
    expect(parseDate('Do, 17. Januar 2018')).toBe(a);
    expect(() => {
      a.start = '1999-01-01';
    }).toThrow(TypeError);
    expect(() => {
      a.weekdayMismatch!.written = 7;
    }).toThrow(TypeError);
    expect(parseDate('Do, 17. Januar 2018')).toMatchObject({ start: '2018-01-17', weekdayMismatch: { written: 4, actual: 3 } });
  });
  it('never throw for non-strings passed from untyped code', () => {
    expect(parseDate(42 as unknown as string)).toMatchObject({ raw: '42', error: 'unrecognized' });
  });
});
