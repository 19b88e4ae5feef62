import { addDays, daysBetween, easterSunday, isoWeekday } from './calendar';
import { HOLIDAY_TABLE_YEARS, holidayPeriod, holidaySpan, type Holiday, publishedHoliday } from './holidays';

const HOLIDAYS: Holiday[] = ['ostern', 'pfingsten', 'sommer', 'herbst', 'weihnachten'];
const [FIRST, LAST] = HOLIDAY_TABLE_YEARS;
const YEARS = Array.from({ length: LAST - FIRST + 1 }, (_, i) => FIRST + i);

/** Every published holiday of the table, as [holiday, year, first day, last day]. */
const PUBLISHED = YEARS.flatMap((year) =>
  HOLIDAYS.flatMap((h) => {
    const dates = publishedHoliday(h, year);
    return dates ? [[h, year, dates[0], dates[1]] as const] : [];
  }),
);

describe('the NRW holiday table', () => {
  it('covers 2015–2028, every holiday every year except Pfingsten 2028', () => {
    expect(HOLIDAY_TABLE_YEARS).toEqual([2015, 2028]);
    expect(PUBLISHED).toHaveLength(YEARS.length * HOLIDAYS.length - 1);
    expect(publishedHoliday('pfingsten', 2028)).toBeNull();
  });

  it.each(PUBLISHED)('%s %i: %s – %s lies where NRW holidays lie', (holiday, year, first, last) => {
    const days = daysBetween(first, last) + 1;
    expect(first <= last).toBe(true);
    expect(Number(first.slice(0, 4))).toBe(year); // listed under the year they start in
    const easter = easterSunday(year);
    switch (holiday) {
      case 'ostern': // Monday of Holy Week to the Saturday after Easter, every year of the table
        expect([first, last]).toEqual([addDays(easter, -6), addDays(easter, 6)]);
        break;
      case 'pfingsten': // the Tuesday after Whit Monday (2018: that whole week)
        expect(first).toBe(addDays(easter, 51));
        expect(days).toBeLessThanOrEqual(4);
        break;
      case 'sommer': // six weeks and two days, between late June and early September
        expect(days).toBe(44);
        expect(first >= `${year}-06-20` && last <= `${year}-09-02`).toBe(true);
        break;
      case 'herbst': // about two weeks in October/early November
        expect(days).toBeGreaterThanOrEqual(12);
        expect(days).toBeLessThanOrEqual(15);
        expect(first >= `${year}-10-01` && last <= `${year}-11-07`).toBe(true);
        break;
      case 'weihnachten': // from just before Christmas into the first week of January
        expect(first >= `${year}-12-20` && first <= `${year}-12-27`).toBe(true);
        expect(last >= `${year + 1}-01-04` && last <= `${year + 1}-01-08`).toBe(true);
        break;
    }
    // holidays start on a weekday and never end on a Sunday
    expect(isoWeekday(first)).toBeLessThanOrEqual(6);
    expect(isoWeekday(last)).toBeLessThanOrEqual(6);
  });
});

describe('holidaySpan', () => {
  it('gives the published days, not approximated, inside the table', () => {
    expect(holidaySpan('sommer', 2019)).toEqual({ start: ['2019-07-15', '2019-07-15'], end: ['2019-08-27', '2019-08-27'], approx: false });
  });

  it('approximates years outside the table honestly: windows that hold every published year', () => {
    for (const year of [2010, 2029, 2035]) {
      for (const h of ['sommer', 'herbst', 'weihnachten'] as Holiday[]) {
        const span = holidaySpan(h, year);
        expect(span.approx).toBe(true);
        for (const [hh, y, first, last] of PUBLISHED) {
          if (hh !== h) continue;
          // the published dates, moved to `year`, fall inside the window
          const shift = (d: string) => `${Number(d.slice(0, 4)) - y + year}${d.slice(4)}`;
          expect(span.start[0] <= shift(first) && shift(first) <= span.start[1]).toBe(true);
          expect(span.end[0] <= shift(last) && shift(last) <= span.end[1]).toBe(true);
        }
      }
      const easter = easterSunday(year);
      expect(holidaySpan('ostern', year)).toEqual({
        start: [addDays(easter, -6), addDays(easter, -6)],
        end: [addDays(easter, 6), addDays(easter, 6)],
        approx: true,
      });
      expect(holidaySpan('pfingsten', year)).toMatchObject({ start: [addDays(easter, 51), addDays(easter, 51)], approx: true });
    }
  });
});

describe('holidayPeriod', () => {
  it.each(PUBLISHED)('%s %i: the holidays, the four weeks after, the four weeks before', (holiday, year, first, last) => {
    expect(holidayPeriod(holiday, year, 'in')).toEqual({
      start: first,
      end: last,
      precision: 'holidays',
      edtf: first === last ? first : `${first}/${last}`,
    });

    const after = holidayPeriod(holiday, year, 'after');
    expect(isoWeekday(after.start)).toBeLessThanOrEqual(5); // a school day
    expect(daysBetween(last, after.start)).toBeGreaterThanOrEqual(1);
    expect(daysBetween(last, after.start)).toBeLessThanOrEqual(3); // the next weekday
    expect(daysBetween(after.start, after.end)).toBe(27);
    expect(after).toMatchObject({ precision: 'holidays', implied: 'approx' });

    const before = holidayPeriod(holiday, year, 'before');
    expect(isoWeekday(before.end)).toBeLessThanOrEqual(5);
    expect(daysBetween(before.end, first)).toBeGreaterThanOrEqual(1);
    expect(daysBetween(before.end, first)).toBeLessThanOrEqual(3);
    expect(daysBetween(before.start, before.end)).toBe(27);
    expect(before).toMatchObject({ precision: 'holidays', implied: 'by' });
  });

  it('widens the weeks around an approximated year by the window', () => {
    const after = holidayPeriod('sommer', 2035, 'after');
    expect(after.implied).toBe('approx');
    expect(after.start <= '2035-08-06' && after.end >= '2035-09-30').toBe(true);
    expect(holidayPeriod('sommer', 2035, 'in').implied).toBe('approx');
    expect(holidayPeriod('herbst', 2035, 'before').implied).toBe('by');
  });
});
