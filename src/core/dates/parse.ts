/**
 * parseDate: a date as people write it in tracking sheets → DateValue.
 *
 * Steps, each in its own module: `normalize` (case, umlauts, dashes, clock times, noise),
 * `peelPrefixes` (weekday, "ca."/"bis"/"ab", "Anfang"/"Mitte"/"Ende"), `parseExpression`
 * (the period itself), `narrowToPart`, `qualifyEdtf`, `checkWeekday`.
 *
 * Conventions (what a period covers is tabled in period.ts, parts in part.ts):
 * - `raw` is the text exactly as given (not trimmed); reading ignores surrounding spaces.
 * - Two-digit years 00–69 are 20xx, 70–99 are 19xx. Four-digit years 1000–2999; a bare
 *   four-digit number ("2019") is a year only in 1900–2100.
 * - "06.19" (two-digit month) is June 2019, but "01.12" is 1 December without a year
 *   (`missing-year`): when the second number could be a month, the pair is day.month.
 *   "7.47" is not a date. "2020-21" is a school year, not ISO month 21.
 * - "1./2. Halbjahr 2019/20" are school half-years (August–January, February–July).
 * - "bis X"/"spätestens X" (`by`) and "ab X" (`from`) keep the period of their anchor X:
 *   "Bis 8/20" is 2020-08-01..2020-08-31 `by`; "bis Ende September 2018" is
 *   2018-09-21..2018-09-30 `by`. "ab X bis Y" is a plain range (no qualifier).
 * - "ca.", "etwa", "ungefähr", "voraussichtlich", parts and seasons are `approx`; an explicit
 *   `by`/`from` wins over `approx` ("bis Ende 2019" is `by`).
 * - Parts ("Anfang", "Mitte", "Ende", also "Ende des …", "Jahresende", "Schuljahresende") are
 *   thirds of the period (part.ts): "Ende Q3/2020" is September 2020, "bis Ende des
 *   Schuljahres 2019/20" April–July 2020 `by`. A school year named by one year is read only
 *   with a part: "zum Schuljahresende 2020" ends the school year 2019/20.
 * - School holidays are NRW's (holidays.ts, a table of the published dates 2015–2028):
 *   "Herbstferien 2019", "in den Osterferien 2021" are the holidays themselves;
 *   "nach den Sommerferien 2019" the first four school weeks after them, `approx`
 *   (2019-08-28..2019-09-24); "vor den Herbstferien 2020" and "bis zu den …" the four weeks
 *   before them, `by` (due on the last school day before them). "Weihnachtsferien 2019" start
 *   in December 2019. A year outside the table is an approximation, always `approx`. The
 *   precision is `holidays`.
 * - A text without a year ("Mai", "Ende Juni", "15.05.", "2. Quartal", "KW 12", "nach den
 *   Sommerferien") is `missing-year`, unless a context period is given (context.ts) and
 *   exactly one year puts the date inside it: then it is read in that year and marked
 *   `yearAssumed`. A context never changes a date that names its year.
 * - "Ab sofort", "laufend", "regelmäßig" …: no period (start/end null, precision none),
 *   qualifier `from`, no error, no EDTF.
 * - A trailing "?" or "!" is noise: "06/19?" is June 2019 with no qualifier.
 * - Clock times are dropped ("Di, 20.11.2018, 14 Uhr"); a weekday written before a day is
 *   checked (a day range: its first day) and a mismatch recorded in `weekdayMismatch`; the
 *   date is never changed.
 * - Impossible dates, months and weeks are errors, never corrected by guessing.
 * - Texts longer than 200 characters are not dates (`unrecognized`).
 */
import type { DateError, DateValue, Qualifier } from '../model';
import { assumeYear, contextPeriod, type DateContext } from './context';
import { qualifyEdtf } from './edtf';
import { parseExpression } from './grammar';
import { normalize } from './normalize';
import { narrowToPart } from './part';
import { isPeriod, type Period } from './period';
import { peelPrefixes } from './prefix';
import { checkWeekday } from './weekday';
import { alternation, ONGOING, THROUGH_WORDS } from './words';

/** Longer texts are sentences, not dates. */
export const MAX_DATE_LENGTH = 200;

/** "ab 09/19 bis 12/19": "ab" opens a range rather than qualifying it. */
const RANGE_INSIDE = new RegExp(`\\s(?:-|${alternation(THROUGH_WORDS)})\\s`);

function failed(raw: string, error: DateError, qualifier: Qualifier = null): DateValue {
  return { raw, start: null, end: null, precision: 'none', qualifier, error };
}

function ongoing(raw: string): DateValue {
  return { raw, start: null, end: null, precision: 'none', qualifier: 'from' };
}

/** A written qualifier and one the words imply: a written `by`/`from` wins, then an implied one, then `approx`. */
function withImplied(written: Qualifier, implied: Qualifier | undefined): Qualifier {
  if (!implied || written === 'by' || written === 'from') return written;
  return implied;
}

/**
 * `parseDate` without its memo: reads the text every time. For tests and measurements.
 * `year`: the year to read a text without one in (see context.ts).
 *
 * @example
 * readDate('Ende 2019')
 * //=> { start: '2019-09-01', end: '2019-12-31', precision: 'months', qualifier: 'approx', edtf: '2019-09~/2019-12~' }
 * @example
 * readDate('Ende Juni', 2020)
 * //=> { start: '2020-06-21', end: '2020-06-30', precision: 'month', qualifier: 'approx' }
 */
export function readDate(raw: string, year?: number): DateValue {
  if (raw.length > MAX_DATE_LENGTH) return failed(raw, 'unrecognized');
  const text = normalize(raw);
  if (!text) return failed(raw, raw.trim() ? 'unrecognized' : 'empty');
  if (ONGOING.has(text)) return ongoing(raw);

  const { rest, weekday, qualifier: written, part } = peelPrefixes(text);
  if (ONGOING.has(rest)) return ongoing(raw);
  let qualifier = written;
  const core = parseExpression(rest, year === undefined && !part ? undefined : { year, part });
  if (core === null) return failed(raw, 'unrecognized', qualifier);
  if (!isPeriod(core)) return failed(raw, core, qualifier);

  let period: Period = core;
  if (part) {
    const narrowed = narrowToPart(core, part);
    if (!narrowed) return failed(raw, 'unrecognized', qualifier);
    period = narrowed;
  }
  qualifier = withImplied(qualifier, core.implied);
  if (qualifier === 'from' && RANGE_INSIDE.test(rest)) qualifier = null;
  else if (qualifier === null && (part || period.precision === 'season')) qualifier = 'approx';

  const value: DateValue = {
    raw,
    start: period.start,
    end: period.end,
    precision: period.precision,
    qualifier,
    edtf: qualifyEdtf(period.edtf, qualifier),
  };
  if (period.precision === 'day') {
    const mismatch = checkWeekday(weekday, period.start);
    if (mismatch) value.weekdayMismatch = mismatch;
  }
  return value;
}

/** The same few forms repeat all over a workbook ("03/19", "Ca. 06/19"): remember them. */
const CACHE = new Map<string, DateValue>();
const CACHE_LIMIT = 10_000;
/** Dates read with a year from their context, by raw text and period. */
const IN_CONTEXT = new Map<string, DateValue>();

/** Cached values are shared by every cell that wrote the same text, so they are frozen. */
function freeze(value: DateValue): DateValue {
  if (value.weekdayMismatch) Object.freeze(value.weekdayMismatch);
  return Object.freeze(value);
}

/** A `missing-year` value read again with the year its context lends it, or the value itself. */
function inContext(raw: string, value: DateValue, context: DateContext): DateValue {
  const period = contextPeriod(context);
  if (!period) return value;
  const key = `${raw}\u0000${period.start}\u0000${period.end}`;
  let found = IN_CONTEXT.get(key);
  if (!found) {
    const read = assumeYear(period, (year) => readDate(raw, year));
    found = read ? freeze({ ...read, yearAssumed: true }) : value;
    if (IN_CONTEXT.size >= CACHE_LIMIT) IN_CONTEXT.clear();
    IN_CONTEXT.set(key, found);
  }
  return found;
}

/**
 * Reads a written date. Never throws, for any string: what it cannot read comes back with
 * `error` set and start/end null. Results are memoised per raw text and shared: the value
 * is frozen (a workbook writes the same few forms thousands of times).
 *
 * `context` (optional): the period of the sheet or goal the date was written in. A date
 * without a year takes the one year that puts it inside that period (`yearAssumed: true`);
 * with none or several, it stays `missing-year`. Dates that name a year ignore the context.
 *
 * @example
 * parseDate('Ca. 06/19')
 * //=> { raw: 'Ca. 06/19', start: '2019-06-01', end: '2019-06-30', precision: 'month', qualifier: 'approx', edtf: '2019-06~' }
 * @example
 * parseDate('Bis 8/20')
 * //=> { start: '2020-08-01', end: '2020-08-31', precision: 'month', qualifier: 'by', edtf: '../2020-08' }
 * @example
 * parseDate('Do, 17. Januar 2018')
 * //=> { start: '2018-01-17', precision: 'day', weekdayMismatch: { written: 4, actual: 3 } }
 * @example
 * parseDate('31.02.2019')
 * //=> { start: null, end: null, precision: 'none', error: 'impossible-date' }
 * @example
 * parseDate('Ende Q3/2020')
 * //=> { start: '2020-09-01', end: '2020-09-30', precision: 'month', qualifier: 'approx', edtf: '2020-09~' }
 * @example
 * parseDate('nach den Sommerferien 2019')
 * //=> { start: '2019-08-28', end: '2019-09-24', precision: 'holidays', qualifier: 'approx' }
 * @example
 * parseDate('2. Quartal', { period: { start: '2020-01-01', end: '2020-12-31' } })
 * //=> { raw: '2. Quartal', start: '2020-04-01', end: '2020-06-30', precision: 'quarter', yearAssumed: true }
 * @example
 * parseDate('2. Quartal', { period: { start: '2018-01-01', end: '2023-12-31' } })
 * //=> { start: null, error: 'missing-year' }
 */
export function parseDate(raw: string, context?: DateContext): DateValue {
  if (typeof raw !== 'string') return failed(String(raw), 'unrecognized');
  let value = CACHE.get(raw);
  if (!value) {
    value = freeze(readDate(raw));
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(raw, value);
  }
  return context === undefined || value.error !== 'missing-year' ? value : inContext(raw, value, context);
}
