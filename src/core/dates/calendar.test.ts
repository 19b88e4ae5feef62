import fc from 'fast-check';
import {
  addDays,
  addMonths,
  dayNumber,
  dayNumberToIso,
  daysBetween,
  isLeapYear,
  isoDayNumber,
  isoWeekday,
  isoWeekStart,
  isValidDay,
  lastDayOfMonth,
  weeksInYear,
} from './calendar';

/** The reference: JavaScript's own (UTC) calendar, used only here. */
const DAY_MS = 86_400_000;
const viaDate = (days: number) => new Date(days * DAY_MS).toISOString().slice(0, 10);

describe('calendar', () => {
  it('agrees with Date.UTC on every day from 0100 to 9999', () => {
    fc.assert(
      fc.property(fc.integer({ min: dayNumber(100, 1, 1), max: dayNumber(9999, 12, 31) }), (days) => {
        const iso = dayNumberToIso(days);
        expect(iso).toBe(viaDate(days));
        expect(isoDayNumber(iso)).toBe(days);
        expect(isoWeekday(iso)).toBe(((new Date(days * DAY_MS).getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 3000 },
    );
  });

  it('knows leap years and month lengths', () => {
    expect([isLeapYear(2019), isLeapYear(2020), isLeapYear(1900), isLeapYear(2000)]).toEqual([false, true, false, true]);
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => lastDayOfMonth(2019, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(isValidDay(2020, 2, 29)).toBe(true);
    expect(isValidDay(2019, 2, 29)).toBe(false);
    expect(isValidDay(2019, 0, 1)).toBe(false);
    expect(isValidDay(2019, 13, 1)).toBe(false);
    expect(isValidDay(2019, 1, 0)).toBe(false);
    expect(isValidDay(2019, 1, 1.5)).toBe(false);
  });

  it('adds days and months, counts days', () => {
    expect(addDays('2019-12-31', 1)).toBe('2020-01-01');
    expect(addDays('2020-03-01', -1)).toBe('2020-02-29');
    expect(addMonths('2019-08-31', -6)).toBe('2019-02-28');
    expect(addMonths('2019-11-15', -6)).toBe('2019-05-15');
    expect(addMonths('2019-01-31', 13)).toBe('2020-02-29');
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2019-01-01')).toBe(-365);
  });

  it('knows ISO weeks', () => {
    expect(isoWeekday('2018-01-17')).toBe(3);
    expect(isoWeekday('2019-01-17')).toBe(4);
    expect(isoWeekday('1969-12-28')).toBe(7);
    expect(isoWeekStart(2020, 1)).toBe('2019-12-30');
    expect(isoWeekStart(2021, 1)).toBe('2021-01-04');
    expect(isoWeekStart(2020, 53)).toBe('2020-12-28');
    expect(isoWeekStart(2019, 53)).toBeNull();
    expect(isoWeekStart(2020, 0)).toBeNull();
    expect(isoWeekStart(2020, 1.5)).toBeNull();
    // years with 53 weeks, 2000–2040
    const long = [];
    for (let y = 2000; y <= 2040; y++) if (weeksInYear(y) === 53) long.push(y);
    expect(long).toEqual([2004, 2009, 2015, 2020, 2026, 2032, 2037]);
  });
});
