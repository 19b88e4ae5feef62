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

/**
 * `parseDate` without its memo: reads the text every time. For tests and measurements.
 *
 * @example
 * readDate('Ende 2019')
 * //=> { start: '2019-09-01', end: '2019-12-31', precision: 'months', qualifier: 'approx', edtf: '2019-09~/2019-12~' }
 */
export function readDate(raw: string): DateValue {
  if (raw.length > MAX_DATE_LENGTH) return failed(raw, 'unrecognized');
  const text = normalize(raw);
  if (!text) return failed(raw, raw.trim() ? 'unrecognized' : 'empty');
  if (ONGOING.has(text)) return ongoing(raw);

  const { rest, weekday, qualifier: written, part } = peelPrefixes(text);
  if (ONGOING.has(rest)) return ongoing(raw);
  let qualifier = written;
  const core = parseExpression(rest);
  if (core === null) return failed(raw, 'unrecognized', qualifier);
  if (!isPeriod(core)) return failed(raw, core, qualifier);

  let period: Period = core;
  if (part) {
    const narrowed = narrowToPart(core, part);
    if (!narrowed) return failed(raw, 'unrecognized', qualifier);
    period = narrowed;
  }
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

/** Cached values are shared by every cell that wrote the same text, so they are frozen. */
function freeze(value: DateValue): DateValue {
  if (value.weekdayMismatch) Object.freeze(value.weekdayMismatch);
  return Object.freeze(value);
}

/**
 * Reads a written date. Never throws, for any string: what it cannot read comes back with
 * `error` set and start/end null. Results are memoised per raw text and shared: the value
 * is frozen (a workbook writes the same few forms thousands of times).
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
 */
export function parseDate(raw: string): DateValue {
  if (typeof raw !== 'string') return failed(String(raw), 'unrecognized');
  let value = CACHE.get(raw);
  if (!value) {
    value = freeze(readDate(raw));
    if (CACHE.size >= CACHE_LIMIT) CACHE.clear();
    CACHE.set(raw, value);
  }
  return value;
}
