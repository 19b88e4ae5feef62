import fc from 'fast-check';
import { isDateFormat } from './numberFormat';
import { isoToSerial, serialToIso } from './serial';

describe('Excel serial numbers (1900 date system)', () => {
  it.each<[number, string | null]>([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [60, null], // Excel's fictitious 1900-02-29
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [43466, '2019-01-01'],
    [43482.75, '2019-01-17'], // the time of day is ignored
    [2958465, '9999-12-31'],
    [2958466, null],
    [0, null],
    [0.5, null],
    [-5, null],
    [Number.NaN, null],
    [Number.POSITIVE_INFINITY, null],
  ])('serialToIso(%d) = %s', (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it.each<[string, number]>([
    ['1900-01-01', 1],
    ['1900-02-28', 59],
    ['1900-03-01', 61],
    ['2019-01-01', 43466],
    ['2020-02-29', 43890],
  ])('isoToSerial(%s) = %d', (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
  });

  it('round-trips every serial except 60, up to 9999-12-31', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((s) => s !== 60),
        (serial) => {
          expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('isDateFormat', () => {
  it.each<[string | null | undefined, boolean]>([
    ['dd.mm.yyyy', true],
    ['m/d/yy', true],
    ['mmm yy', true],
    ['[$-407]mmmm yyyy', true],
    ['[$-407]mmmm yyyy;@', true],
    ['yyyy-mm-dd', true],
    ['mmmm', true],
    ['d', true],
    ['TT.MM.JJJJ', true],
    ['dd/mm/yyyy\\ hh:mm', true],
    ['[$-F800]dddd, mmmm dd, yyyy', true],
    ['General', false],
    ['Standard', false],
    ['0.00', false],
    ['0%', false],
    ['@', false],
    ['#,##0', false],
    ['#,##0.00 [$€-407]', false],
    ['[Red]0.00', false],
    ['0.00E+00', false],
    ['[h]:mm', false],
    ['[mm]:ss', false],
    ['hh:mm:ss', false],
    ['mm:ss', false],
    ['h:mm AM/PM', false],
    ['0 "days"', false],
    ['"Monday"', false],
    ['\\d\\m\\y 0', false],
    ['0_);(0)', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%j → %s', (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
