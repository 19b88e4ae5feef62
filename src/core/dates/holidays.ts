/**
 * School holidays in North Rhine-Westphalia (NRW), where the goal system is kept, and the
 * periods that texts such as "nach den Sommerferien 2019" name.
 *
 * Source and coverage of the table: the holiday dates published by the NRW school ministry
 * (Ferienordnung, agreed in the KMK's Ländervereinbarung), years 2015–2028; written down
 * from the published lists and cross-checked against a public data set of German school
 * holidays. Weihnachten is listed under the year of its December ("Weihnachtsferien 2019" =
 * 23.12.2019–06.01.2020). Pfingsten is NRW's single free Tuesday after Whit Monday, except
 * 2018 (a whole week); Pfingsten 2028 was not yet published and is not in the table.
 * Weihnachten 2020 starts on 21.12., the two extra free days of that winter.
 *
 * A holiday the table does not hold is never guessed silently: its period is an honest
 * approximation, marked `approx` — Ostern and Pfingsten by NRW's rule around Easter (the
 * week before to the Saturday after Easter Sunday; the Tuesday after Whit Monday), Sommer,
 * Herbst and Weihnachten as the window in which the table's years all fall (earliest start
 * to latest end, e.g. Sommerferien 22.06.–01.09.).
 *
 * | Written                        | Period                                               | Qualifier   |
 * |--------------------------------|------------------------------------------------------|-------------|
 * | Sommerferien 2019, in den …    | first to last day of the holidays                    | (none)      |
 * | nach den Sommerferien 2019     | the first four school weeks after them: the first    | `approx`    |
 * |                                | school day (Mon–Fri) after them and 27 days more      |             |
 * | vor den / bis zu den …         | the last four school weeks before them, ending on    | `by`        |
 * |                                | the last school day (Mon–Fri) before them            |             |
 *
 * The precision of all three is `holidays`.
 */
import type { IsoDate, Qualifier } from '../model';
import { addDays, easterSunday, iso, isoWeekday } from './calendar';
import type { Period } from './period';

export type Holiday = 'ostern' | 'pfingsten' | 'sommer' | 'herbst' | 'weihnachten';
/** `in`: the holidays themselves; `after`: the weeks after them; `before`: the weeks before them. */
export type HolidayRelation = 'in' | 'after' | 'before';

type Dates = readonly [IsoDate, IsoDate];

/** NRW school holidays by year: first and last day as published. */
const NRW: Readonly<Record<number, Readonly<Partial<Record<Holiday, Dates>>>>> = {
  2015: {
    ostern: ['2015-03-30', '2015-04-11'],
    pfingsten: ['2015-05-26', '2015-05-26'],
    sommer: ['2015-06-29', '2015-08-11'],
    herbst: ['2015-10-05', '2015-10-17'],
    weihnachten: ['2015-12-23', '2016-01-06'],
  },
  2016: {
    ostern: ['2016-03-21', '2016-04-02'],
    pfingsten: ['2016-05-17', '2016-05-17'],
    sommer: ['2016-07-11', '2016-08-23'],
    herbst: ['2016-10-10', '2016-10-21'],
    weihnachten: ['2016-12-23', '2017-01-06'],
  },
  2017: {
    ostern: ['2017-04-10', '2017-04-22'],
    pfingsten: ['2017-06-06', '2017-06-06'],
    sommer: ['2017-07-17', '2017-08-29'],
    herbst: ['2017-10-23', '2017-11-04'],
    weihnachten: ['2017-12-27', '2018-01-06'],
  },
  2018: {
    ostern: ['2018-03-26', '2018-04-07'],
    pfingsten: ['2018-05-22', '2018-05-25'],
    sommer: ['2018-07-16', '2018-08-28'],
    herbst: ['2018-10-15', '2018-10-27'],
    weihnachten: ['2018-12-21', '2019-01-04'],
  },
  2019: {
    ostern: ['2019-04-15', '2019-04-27'],
    pfingsten: ['2019-06-11', '2019-06-11'],
    sommer: ['2019-07-15', '2019-08-27'],
    herbst: ['2019-10-14', '2019-10-26'],
    weihnachten: ['2019-12-23', '2020-01-06'],
  },
  2020: {
    ostern: ['2020-04-06', '2020-04-18'],
    pfingsten: ['2020-06-02', '2020-06-02'],
    sommer: ['2020-06-29', '2020-08-11'],
    herbst: ['2020-10-12', '2020-10-24'],
    weihnachten: ['2020-12-21', '2021-01-06'],
  },
  2021: {
    ostern: ['2021-03-29', '2021-04-10'],
    pfingsten: ['2021-05-25', '2021-05-25'],
    sommer: ['2021-07-05', '2021-08-17'],
    herbst: ['2021-10-11', '2021-10-23'],
    weihnachten: ['2021-12-24', '2022-01-08'],
  },
  2022: {
    ostern: ['2022-04-11', '2022-04-23'],
    pfingsten: ['2022-06-07', '2022-06-07'],
    sommer: ['2022-06-27', '2022-08-09'],
    herbst: ['2022-10-04', '2022-10-15'],
    weihnachten: ['2022-12-23', '2023-01-06'],
  },
  2023: {
    ostern: ['2023-04-03', '2023-04-15'],
    pfingsten: ['2023-05-30', '2023-05-30'],
    sommer: ['2023-06-22', '2023-08-04'],
    herbst: ['2023-10-02', '2023-10-14'],
    weihnachten: ['2023-12-21', '2024-01-05'],
  },
  2024: {
    ostern: ['2024-03-25', '2024-04-06'],
    pfingsten: ['2024-05-21', '2024-05-21'],
    sommer: ['2024-07-08', '2024-08-20'],
    herbst: ['2024-10-14', '2024-10-26'],
    weihnachten: ['2024-12-23', '2025-01-06'],
  },
  2025: {
    ostern: ['2025-04-14', '2025-04-26'],
    pfingsten: ['2025-06-10', '2025-06-10'],
    sommer: ['2025-07-14', '2025-08-26'],
    herbst: ['2025-10-13', '2025-10-25'],
    weihnachten: ['2025-12-22', '2026-01-06'],
  },
  2026: {
    ostern: ['2026-03-30', '2026-04-11'],
    pfingsten: ['2026-05-26', '2026-05-26'],
    sommer: ['2026-07-20', '2026-09-01'],
    herbst: ['2026-10-17', '2026-10-31'],
    weihnachten: ['2026-12-23', '2027-01-06'],
  },
  2027: {
    ostern: ['2027-03-22', '2027-04-03'],
    pfingsten: ['2027-05-18', '2027-05-18'],
    sommer: ['2027-07-19', '2027-08-31'],
    herbst: ['2027-10-23', '2027-11-06'],
    weihnachten: ['2027-12-24', '2028-01-08'],
  },
  2028: {
    ostern: ['2028-04-10', '2028-04-22'],
    sommer: ['2028-07-10', '2028-08-22'],
    herbst: ['2028-10-23', '2028-11-04'],
    weihnachten: ['2028-12-21', '2029-01-05'],
  },
};

/** How long "nach den …" and "vor den …" reach: four school weeks. */
export const WEEKS_AROUND_HOLIDAYS = 4;

/**
 * Where a holiday lies: its first and last day, each as the earliest and latest it can be
 * (the same day when the table knows the year), and whether that is an approximation.
 */
export interface HolidaySpan {
  start: readonly [IsoDate, IsoDate];
  end: readonly [IsoDate, IsoDate];
  approx: boolean;
}

/** A month-day and the years after the holiday's year it falls in (Weihnachten ends in January). */
interface MonthDay {
  years: number;
  month: number;
  day: number;
}

function monthDay(date: IsoDate, year: number): MonthDay {
  return { years: Number(date.slice(0, 4)) - year, month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function order(a: MonthDay): number {
  return a.years * 10_000 + a.month * 100 + a.day;
}

function onYear(md: MonthDay, year: number): IsoDate {
  return iso(year + md.years, md.month, md.day);
}

/** Earliest start, latest start, earliest end and latest end of each holiday over the table's years. */
const WINDOWS = new Map<Holiday, { start: [MonthDay, MonthDay]; end: [MonthDay, MonthDay] }>();
for (const [yearText, row] of Object.entries(NRW)) {
  const year = Number(yearText);
  for (const [holiday, dates] of Object.entries(row) as [Holiday, Dates][]) {
    const s = monthDay(dates[0], year);
    const e = monthDay(dates[1], year);
    const w = WINDOWS.get(holiday);
    if (!w) {
      WINDOWS.set(holiday, { start: [s, s], end: [e, e] });
      continue;
    }
    if (order(s) < order(w.start[0])) w.start[0] = s;
    if (order(s) > order(w.start[1])) w.start[1] = s;
    if (order(e) < order(w.end[0])) w.end[0] = e;
    if (order(e) > order(w.end[1])) w.end[1] = e;
  }
}

/** The years the table covers. */
export const HOLIDAY_TABLE_YEARS: readonly [number, number] = [
  Math.min(...Object.keys(NRW).map(Number)),
  Math.max(...Object.keys(NRW).map(Number)),
];

/**
 * The published first and last day of an NRW school holiday, or null when the table does
 * not hold that year.
 *
 * @example
 * publishedHoliday('sommer', 2019)
 * //=> ['2019-07-15', '2019-08-27']
 * @example
 * publishedHoliday('weihnachten', 2019)
 * //=> ['2019-12-23', '2020-01-06']
 * @example
 * publishedHoliday('sommer', 2035)
 * //=> null
 */
export function publishedHoliday(holiday: Holiday, year: number): Dates | null {
  return NRW[year]?.[holiday] ?? null;
}

/**
 * Where an NRW school holiday of a year lies: the published days, or (a year the table does
 * not hold) an approximation — Ostern and Pfingsten by NRW's rule around Easter, the others
 * as the window every published year falls into.
 *
 * @example
 * holidaySpan('herbst', 2019)
 * //=> { start: ['2019-10-14', '2019-10-14'], end: ['2019-10-26', '2019-10-26'], approx: false }
 * @example
 * holidaySpan('ostern', 2030)
 * //=> { start: ['2030-04-15', '2030-04-15'], end: ['2030-04-27', '2030-04-27'], approx: true }
 * @example
 * holidaySpan('sommer', 2035)
 * //=> { start: ['2035-06-22', '2035-07-20'], end: ['2035-08-04', '2035-09-01'], approx: true }
 */
export function holidaySpan(holiday: Holiday, year: number): HolidaySpan {
  const published = publishedHoliday(holiday, year);
  if (published) return { start: [published[0], published[0]], end: [published[1], published[1]], approx: false };
  if (holiday === 'ostern' || holiday === 'pfingsten') {
    const easter = easterSunday(year);
    const [first, last] = holiday === 'ostern' ? [addDays(easter, -6), addDays(easter, 6)] : [addDays(easter, 51), addDays(easter, 51)];
    return { start: [first, first], end: [last, last], approx: true };
  }
  const w = WINDOWS.get(holiday)!;
  return {
    start: [onYear(w.start[0], year), onYear(w.start[1], year)],
    end: [onYear(w.end[0], year), onYear(w.end[1], year)],
    approx: true,
  };
}

/** The next Monday–Friday after a day. */
function schoolDayAfter(day: IsoDate): IsoDate {
  let d = addDays(day, 1);
  while (isoWeekday(d) > 5) d = addDays(d, 1);
  return d;
}

/** The last Monday–Friday before a day. */
function schoolDayBefore(day: IsoDate): IsoDate {
  let d = addDays(day, -1);
  while (isoWeekday(d) > 5) d = addDays(d, -1);
  return d;
}

/**
 * The period a holiday reference names (see the table above) and the qualifier it implies
 * (`implied`): `by` for the weeks before the holidays, `approx` for the weeks after them and
 * for every approximated year, none for the holidays of a published year.
 *
 * @example
 * holidayPeriod('sommer', 2019, 'after')
 * //=> { start: '2019-08-28', end: '2019-09-24', precision: 'holidays', implied: 'approx', edtf: '2019-08-28/2019-09-24' }
 * @example
 * holidayPeriod('herbst', 2020, 'before')
 * //=> { start: '2020-09-12', end: '2020-10-09', precision: 'holidays', implied: 'by' }
 * @example
 * holidayPeriod('ostern', 2021, 'in').implied
 * //=> undefined
 * @example
 * holidayPeriod('sommer', 2035, 'in')
 * //=> { start: '2035-06-22', end: '2035-09-01', implied: 'approx' }
 */
export function holidayPeriod(holiday: Holiday, year: number, relation: HolidayRelation): Period {
  const span = holidaySpan(holiday, year);
  let start: IsoDate;
  let end: IsoDate;
  let implied: Qualifier = span.approx ? 'approx' : null;
  if (relation === 'after') {
    start = schoolDayAfter(span.end[0]);
    end = addDays(schoolDayAfter(span.end[1]), WEEKS_AROUND_HOLIDAYS * 7 - 1);
    implied = 'approx';
  } else if (relation === 'before') {
    start = addDays(schoolDayBefore(span.start[0]), -(WEEKS_AROUND_HOLIDAYS * 7 - 1));
    end = schoolDayBefore(span.start[1]);
    implied = 'by';
  } else {
    start = span.start[0];
    end = span.end[1];
  }
  const period: Period = { start, end, precision: 'holidays', edtf: start === end ? start : `${start}/${end}` };
  if (implied) period.implied = implied;
  return period;
}
