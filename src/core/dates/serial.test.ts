import fc from 'fast-check';
import { addDays, addMonths, isDateFormat, isoToSerial, isoWeekday, isoWeekStart, lastDayOfMonth, serialToIso } from './serial';

describe('Excel serial numbers', () => {
  it('maps known serials', () => {
    expect(serialToIso(43466)).toBe('2019-01-01');
    expect(serialToIso(43482.75)).toBe('2019-01-17');
    expect(serialToIso(1)).toBe('1900-01-01');
    expect(serialToIso(59)).toBe('1900-02-28');
    expect(serialToIso(61)).toBe('1900-03-01');
    expect(serialToIso(0)).toBeNull();
    expect(serialToIso(-5)).toBeNull();
    expect(serialToIso(Number.NaN)).toBeNull();
    expect(isoToSerial('2019-01-01')).toBe(43466);
    expect(isoToSerial('1900-03-01')).toBe(61);
  });
  it('round-trips every day from 1900-03-01 to 2199', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 109_572 }), (serial) => {
        expect(isoToSerial(serialToIso(serial)!)).toBe(serial);
      }),
    );
  });
});

describe('calendar helpers', () => {
  it('knows weekdays, month lengths, ISO weeks', () => {
    expect(isoWeekday('2018-01-17')).toBe(3);
    expect(isoWeekday('2019-01-17')).toBe(4);
    expect(isoWeekday('1969-12-28')).toBe(7);
    expect(lastDayOfMonth(2019, 2)).toBe(28);
    expect(lastDayOfMonth(2000, 2)).toBe(29);
    expect(lastDayOfMonth(1900, 2)).toBe(28);
    expect(isoWeekStart(2020, 1)).toBe('2019-12-30');
    expect(isoWeekStart(2020, 53)).toBe('2020-12-28');
    expect(isoWeekStart(2019, 53)).toBeNull();
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addMonths('2019-08-31', -6)).toBe('2019-02-28');
    expect(addMonths('2019-11-15', -6)).toBe('2019-05-15');
    expect(addMonths('2019-01-31', 13)).toBe('2020-02-29');
  });
});

describe('isDateFormat', () => {
  it.each([
    ['dd.mm.yyyy', true],
    ['m/d/yy', true],
    ['mmm yy', true],
    ['[$-407]mmmm yyyy;@', true],
    ['yyyy-mm-dd', true],
    ['mmmm', true],
    ['TT.MM.JJJJ', true],
    ['dd/mm/yyyy\\ hh:mm', true],
    ['General', false],
    ['0.00', false],
    ['0%', false],
    ['@', false],
    ['#,##0', false],
    ['[h]:mm', false],
    ['hh:mm:ss', false],
    ['0 "days"', false],
    ['#,##0.00 [$€-407]', false],
    ['[Red]0.00', false],
  ])('%s → %s', (fmt, expected) => {
    expect(isDateFormat(fmt)).toBe(expected);
  });
});
