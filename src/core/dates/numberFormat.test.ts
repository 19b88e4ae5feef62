import { dateFormatPrecision, formatDateAs, isDateFormat, isTimeFormat } from './numberFormat';

describe('dateFormatPrecision', () => {
  it.each<[string | null | undefined, 'day' | 'month' | 'year' | null]>([
    // days
    ['dd.mm.yyyy', 'day'],
    ['m/d/yy', 'day'],
    ['d', 'day'],
    ['TT.MM.JJJJ', 'day'],
    ['dd/mm/yyyy\\ hh:mm', 'day'],
    ['[$-F800]dddd, mmmm dd, yyyy', 'day'],
    ['dddd', 'day'], // a weekday pins a day
    ['yyyy-mm-dd;@', 'day'],
    // months
    ['mm/yyyy', 'month'],
    ['mm/yy', 'month'],
    ['mmm yy', 'month'],
    ['MMMM YYYY', 'month'],
    ['MMMM JJJJ', 'month'],
    ['MM.JJJJ', 'month'],
    ['[$-407]mmmm yyyy', 'month'],
    ['[$-407]mmmm yyyy;@', 'month'],
    ['[$-de-DE]mmm yyyy', 'month'],
    ['mmmm', 'month'],
    ['"Stand: "mm/yyyy', 'month'],
    ['mmm yyyy;[Red]-0', 'month'],
    // years
    ['yyyy', 'year'],
    ['JJJJ', 'year'],
    ['"Jahr "yyyy', 'year'],
    // no date
    ['hh:mm', null],
    ['mm:ss', null], // minutes before seconds
    ['h:mm', null], // minutes after hours
    ['hh "Uhr" mm', null], // literals between hours and minutes do not count
    ['[h]:mm', null],
    ['[mm]:ss', null],
    ['h:mm AM/PM', null],
    ['General', null],
    ['Standard', null],
    ['@', null],
    ['0.00', null],
    ['0.00E+00', null],
    ['#,##0.00 [$€-407]', null],
    ['0 "Tage"', null], // quoted letters are literals
    ['\\d\\m\\y 0', null], // escaped letters too
    ['0_m', null], // "_m" is a space as wide as m
    ['0*m', null], // "*m" fills with m
    ['0;"mm/yyyy"', null], // the first section decides
    ['', null],
    [null, null],
    [undefined, null],
  ])('%j → %s', (format, expected) => {
    expect(dateFormatPrecision(format)).toBe(expected);
    expect(isDateFormat(format)).toBe(expected !== null);
  });
});

describe('isTimeFormat', () => {
  it.each<[string, boolean]>([
    ['hh:mm', true],
    ['[h]:mm:ss', true],
    ['h:mm AM/PM', true],
    ['mm:ss', false], // minutes and seconds, no time of day's hour
    ['dd.mm.yyyy hh:mm', false],
    ['0.00', false],
  ])('%j → %s', (format, expected) => expect(isTimeFormat(format)).toBe(expected));
});

describe('formatDateAs', () => {
  it.each<[string, [number, number, number], string | null]>([
    ['mm/yyyy', [2019, 6, 14], '06/2019'],
    ['m/yy', [2019, 6, 14], '6/19'],
    ['mmm yy', [2019, 3, 1], 'Mrz 19'],
    ['mmm yy', [2019, 10, 1], 'Okt 19'],
    ['MMMM YYYY', [2020, 3, 1], 'März 2020'],
    ['[$-407]mmmm yyyy;@', [2019, 6, 1], 'Juni 2019'],
    ['[$-409]mmmm yyyy', [2020, 3, 1], 'March 2020'],
    ['[$-en-GB]mmm yyyy', [2020, 10, 1], 'Oct 2020'],
    ['mmmmm yy', [2020, 3, 1], 'M 20'],
    ['"Stand: "mm/yyyy', [2019, 6, 1], 'Stand: 06/2019'],
    ['yyyy', [2019, 6, 1], '2019'],
    ['\\Q mm/yy', [2019, 6, 1], 'Q 06/19'],
    ['dd.mm.yyyy', [2019, 1, 17], '17.01.2019'],
    ['dddd, d. mmmm yyyy', [2019, 1, 17], 'Donnerstag, 17. Januar 2019'],
    ['ddd dd.mm.', [2019, 1, 17], 'Do 17.01.'],
    ['dd.mm.yyyy hh:mm', [2019, 1, 17], '17.01.2019'],
    ['hh:mm dd.mm.yyyy', [2019, 1, 17], '17.01.2019'],
    ['0.00', [2019, 1, 17], null],
  ])('%j', (format, [y, m, d], expected) => expect(formatDateAs(format, y, m, d)).toBe(expected));
});
