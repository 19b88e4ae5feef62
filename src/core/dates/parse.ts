/**
 * parseDate: German vague dates as tracking sheets write them → DateValue.
 *
 * The text is normalised (case, umlauts, dashes, times such as "16 Uhr" removed), then
 * peeled: a weekday ("Mi,"), qualifiers ("ca.", "bis", "ab"), a part ("Anfang", "Mitte",
 * "Ende"), and what remains must be one period: a day, a day range, a week, a month, a
 * month range, a quarter, a half-year, a season, a school year or a year.
 *
 * Definitions (documented once, here):
 * - Month forms cover the whole month; ranges cover both ends.
 * - "bis X" and "ab X" keep the period of X and say how it is meant (qualifier by/from).
 * - Anfang/Mitte/Ende of a year: January–April / May–August / September–December;
 *   of a month: days 1–10 / 11–20 / 21–last. Both are approximate.
 * - Seasons are meteorological (Frühjahr March–May, Sommer June–August, Herbst
 *   September–November, Winter December–February of the next year) and approximate.
 * - A school year runs from 1 August to 31 July (NRW); "2020/21" alone is a school year.
 * - Two-digit years 00–69 are 20xx, 70–99 are 19xx.
 * - "Ab sofort", "laufend" and similar: no period, qualifier from, no error.
 * - Impossible dates are errors, never corrected by guessing.
 */
import type { DateError, DateValue, Precision, Qualifier } from '../model';
import { iso, isoWeekday, isoWeekStart, isValidDay, lastDayOfMonth } from './serial';
import {
  HALF_WORDS,
  MONTHS,
  ONGOING,
  ORDINALS,
  PARTS,
  QUALIFIERS,
  QUARTER_WORDS,
  ROMAN,
  SCHOOL_YEAR_WORDS,
  SEASONS,
  WEEK_WORDS,
  WEEKDAYS,
} from './words';

interface Period {
  start: string;
  end: string;
  precision: Precision;
  edtf: string;
}

type Core = Period | { error: DateError };

const FOLD: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower case, umlauts spelled out, dashes unified, times and noise removed. */
function normalize(raw: string): string {
  let s = raw.toLowerCase();
  if (/[äöüß]/.test(s)) s = s.replace(/[äöüß]/g, (c) => FOLD[c]);
  s = s
    .replace(/[\u00a0\u2007\u202f\t\r\n]+/g, ' ')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ')
    .trim();
  // times: "16 Uhr", "14.00 – 15.00 Uhr", "14:00-15:00", "um 9:30"
  if (/uhr|\d:\d/.test(s)) {
    s = s
      .replace(/,?\s*(?:um\s+|von\s+)?\d{1,2}(?:[.:]\d{2})?\s*(?:-|bis)\s*\d{1,2}(?:[.:]\d{2})?\s*(?:uhr\b)?/g, '')
      .replace(/,?\s*(?:um\s+)?\d{1,2}(?:[.:]\d{2})?\s*uhr\b/g, '')
      .replace(/,?\s*(?:um\s+)?\d{1,2}:\d{2}\b/g, '')
      .trim();
  }
  return s.replace(/[\s,;!?]+$/, '').replace(/^[\s,;]+/, '');
}

function year(text: string): number | null {
  if (!/^\d{2}$|^\d{4}$/.test(text)) return null;
  const n = Number(text);
  if (text.length === 2) return n <= 69 ? 2000 + n : 1900 + n;
  return n >= 1000 && n <= 2999 ? n : null;
}

function monthNumber(word: string): number | undefined {
  return MONTHS[word.replace(/\.$/, '')];
}

function monthPeriod(y: number, m1: number, m2 = m1, y2 = y): Core {
  if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return { error: 'invalid-month' };
  const start = iso(y, m1, 1);
  const end = iso(y2, m2, lastDayOfMonth(y2, m2));
  if (start > end) return { error: 'unrecognized' };
  const single = m1 === m2 && y === y2;
  const ym = (yy: number, mm: number) => `${yy}-${mm < 10 ? '0' : ''}${mm}`;
  return { start, end, precision: single ? 'month' : 'months', edtf: single ? ym(y, m1) : `${ym(y, m1)}/${ym(y2, m2)}` };
}

function dayPeriod(y: number, m: number, d: number, d2 = d, m2 = m, y2 = y): Core {
  if (m < 1 || m > 12 || m2 < 1 || m2 > 12) return { error: 'invalid-month' };
  if (!isValidDay(y, m, d) || !isValidDay(y2, m2, d2)) return { error: 'impossible-date' };
  const start = iso(y, m, d);
  const end = iso(y2, m2, d2);
  if (start > end) return { error: 'unrecognized' };
  return { start, end, precision: 'day', edtf: start === end ? start : `${start}/${end}` };
}

const MONTH_ALT = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const M = `(${MONTH_ALT})\\.?`;
const Y = '(\\d{4}|\\d{2})';
const SEP = '\\s*(?:-|/|bis|und|&|\\+)\\s*';

const RE = {
  isoDay: /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  isoMonth: /^(\d{4})-(\d{1,2})$/,
  numDay: /^(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})?$/,
  numDayRange: /^(\d{1,2})\.?\s*-\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2})$/,
  nameDay: new RegExp(`^(\\d{1,2})\\.?\\s*${M}\\s*${Y}?$`),
  nameDayRange: new RegExp(`^(\\d{1,2})\\.?\\s*-\\s*(\\d{1,2})\\.?\\s*${M}\\s*${Y}$`),
  monthYear: /^(\d{1,2})\s*\/\s*(\d{4}|\d{2})$/,
  monthYearDot: /^(\d{1,2})\.(\d{4}|\d{2})$/,
  nameMonth: new RegExp(`^${M}\\s*'?${Y}$`),
  nameRange: new RegExp(`^${M}\\s*(?:${Y})?${SEP}${M}\\s*${Y}$`),
  numRange: /^(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})\s*(?:-|bis)\s*(\d{1,2})\s*[/.]\s*(\d{4}|\d{2})$/,
  numRangeShared: /^(\d{1,2})\s*-\s*(\d{1,2})\s*\/\s*(\d{4}|\d{2})$/,
  quarterQ: /^q\s*([1-4])\s*[/ .-]?\s*(\d{4}|\d{2})$/,
  quarterWord: new RegExp(
    `^([1-4]|i{1,3}|iv|${Object.keys(ORDINALS).join('|')})\\.?\\s*(?:${QUARTER_WORDS.join('|')})\\.?\\s*[/ ]?\\s*(\\d{4}|\\d{2})$`,
  ),
  halfH: /^h\s*([12])\s*[/ .-]?\s*(\d{4}|\d{2})$/,
  halfWord: new RegExp(`^([12]|${Object.keys(ORDINALS).join('|')})\\.?\\s*(?:${HALF_WORDS.join('|')})\\.?\\s*[/ ]?\\s*(\\d{4}|\\d{2})$`),
  weekFirst: new RegExp(`^(?:${WEEK_WORDS.join('|')})\\.?\\s*(\\d{1,2})\\s*[/ .-]?\\s*(\\d{4}|\\d{2})$`),
  weekAfter: new RegExp(`^(\\d{1,2})\\.\\s*(?:${WEEK_WORDS.join('|')})\\.?\\s*[/ ]?\\s*(\\d{4}|\\d{2})$`),
  schoolYear: new RegExp(`^(?:(?:${SCHOOL_YEAR_WORDS.join('|')})\\.?\\s*)?(\\d{4})\\s*[/-]\\s*(\\d{4}|\\d{2})$`),
  season: new RegExp(`^(${Object.keys(SEASONS).join('|')})\\s*(\\d{4}|\\d{2})(?:\\s*/\\s*(\\d{4}|\\d{2}))?$`),
  year: /^(\d{4})$/,
  weekday: new RegExp(
    `^(${Object.keys(WEEKDAYS)
      .sort((a, b) => b.length - a.length)
      .join('|')})\\.?(?:,\\s*|\\s+)(?=\\d|den\\s)`,
  ),
  part: new RegExp(
    `^(${Object.keys(PARTS)
      .sort((a, b) => b.length - a.length)
      .join('|')})\\s+`,
  ),
};

function ordinal(s: string): number {
  return ROMAN[s] ?? ORDINALS[s] ?? Number(s);
}

const NO_YEAR = new Error('no year');

/** A year that must be readable; otherwise the whole expression is unrecognised. */
function yr(text: string): number {
  const y = year(text);
  if (y === null) throw NO_YEAR;
  return y;
}

/** The period a core expression (no qualifier, no part) names. */
function parseCore(s: string): Core | null {
  try {
    return parseCoreUnsafe(s);
  } catch (e) {
    if (e === NO_YEAR) return null;
    throw e;
  }
}

function parseCoreUnsafe(s: string): Core | null {
  let m: RegExpExecArray | null;
  if ((m = RE.isoDay.exec(s))) return dayPeriod(Number(m[1]), Number(m[2]), Number(m[3]));
  if ((m = RE.isoMonth.exec(s))) return monthPeriod(Number(m[1]), Number(m[2]));
  if ((m = RE.numDay.exec(s))) {
    if (!m[3]) {
      // "14.11." — a day without a year; "06.19" — a month and a two-digit year
      if (!s.endsWith('.') && Number(m[1]) <= 12 && m[2].length === 2) return monthPeriod(yr(m[2]), Number(m[1]));
      if (!s.endsWith('.') && Number(m[1]) > 12 && m[2].length === 2) return { error: 'missing-year' };
      return { error: 'missing-year' };
    }
    return dayPeriod(yr(m[3]), Number(m[2]), Number(m[1]));
  }
  if ((m = RE.numDayRange.exec(s))) {
    const y = yr(m[4]);
    return dayPeriod(y, Number(m[3]), Number(m[1]), Number(m[2]));
  }
  if ((m = RE.nameDay.exec(s))) {
    if (!m[3]) return { error: 'missing-year' };
    return dayPeriod(yr(m[3]), monthNumber(m[2])!, Number(m[1]));
  }
  if ((m = RE.nameDayRange.exec(s))) {
    const mo = monthNumber(m[3])!;
    return dayPeriod(yr(m[4]), mo, Number(m[1]), Number(m[2]));
  }
  if ((m = RE.monthYear.exec(s)) || (m = RE.monthYearDot.exec(s))) {
    return monthPeriod(yr(m[2]), Number(m[1]));
  }
  if ((m = RE.nameMonth.exec(s))) return monthPeriod(yr(m[2]), monthNumber(m[1])!);
  if ((m = RE.nameRange.exec(s))) {
    const y2 = yr(m[4]);
    const m1 = monthNumber(m[1])!;
    const m2 = monthNumber(m[3])!;
    const y1 = m[2] ? yr(m[2]) : m1 <= m2 ? y2 : y2 - 1;
    return monthPeriod(y1, m1, m2, y2);
  }
  if ((m = RE.numRange.exec(s))) return monthPeriod(yr(m[2]), Number(m[1]), Number(m[3]), yr(m[4]));
  if ((m = RE.numRangeShared.exec(s))) {
    const y = yr(m[3]);
    return monthPeriod(y, Number(m[1]), Number(m[2]), y);
  }
  if ((m = RE.quarterQ.exec(s)) || (m = RE.quarterWord.exec(s))) {
    const q = ordinal(m[1]);
    const y = yr(m[2]);
    if (q < 1 || q > 4) return null;
    const p = monthPeriod(y, q * 3 - 2, q * 3) as Period;
    return { ...p, precision: 'quarter' };
  }
  if ((m = RE.halfH.exec(s)) || (m = RE.halfWord.exec(s))) {
    const h = ordinal(m[1]);
    const y = yr(m[2]);
    if (h < 1 || h > 2) return null;
    const p = monthPeriod(y, h * 6 - 5, h * 6) as Period;
    return { ...p, precision: 'half' };
  }
  if ((m = RE.weekFirst.exec(s)) || (m = RE.weekAfter.exec(s))) {
    const w = Number(m[1]);
    const y = yr(m[2]);
    const start = isoWeekStart(y, w);
    if (!start) return { error: 'invalid-week' };
    const end = addDaysIso(start, 6);
    return { start, end, precision: 'week', edtf: `${start}/${end}` };
  }
  if ((m = RE.schoolYear.exec(s))) {
    const y1 = Number(m[1]);
    const y2 = m[2].length === 2 ? Math.floor(y1 / 100) * 100 + Number(m[2]) : Number(m[2]);
    if (y2 !== y1 + 1) return null;
    return { start: iso(y1, 8, 1), end: iso(y2, 7, 31), precision: 'schoolYear', edtf: `${y1}-08/${y2}-07` };
  }
  if ((m = RE.season.exec(s))) {
    const first = SEASONS[m[1]];
    const y = yr(m[2]);
    if (m[3]) {
      const y2 = yr(m[3]);
      if (first !== 12 || y2 !== y + 1) return null;
    }
    const p = first === 12 ? (monthPeriod(y, 12, 2, y + 1) as Period) : (monthPeriod(y, first, first + 2) as Period);
    const code = { 3: 21, 6: 22, 9: 23, 12: 24 }[first as 3 | 6 | 9 | 12];
    return { ...p, precision: 'season', edtf: `${y}-${code}` };
  }
  if ((m = RE.year.exec(s))) {
    const y = Number(m[1]);
    if (y < 1000) return null;
    return { start: iso(y, 1, 1), end: iso(y, 12, 31), precision: 'year', edtf: String(y) };
  }
  return null;
}

function addDaysIso(date: string, n: number): string {
  const d = new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) + n));
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** Narrows a year or month period to its start, middle or end. */
function applyPart(p: Period, part: 'start' | 'mid' | 'end'): Period | null {
  const y = Number(p.start.slice(0, 4));
  const mo = Number(p.start.slice(5, 7));
  if (p.precision === 'year') {
    const [a, b] = part === 'start' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
    return { start: iso(y, a, 1), end: iso(y, b, lastDayOfMonth(y, b)), precision: 'months', edtf: `${y}-${pad(a)}/${y}-${pad(b)}` };
  }
  if (p.precision === 'month') {
    const last = lastDayOfMonth(y, mo);
    const [a, b] = part === 'start' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
    return { start: iso(y, mo, a), end: iso(y, mo, b), precision: 'month', edtf: `${iso(y, mo, a)}/${iso(y, mo, b)}` };
  }
  return null;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function fail(raw: string, error: DateError, qualifier: Qualifier = null): DateValue {
  return { raw, start: null, end: null, precision: 'none', qualifier, error };
}

/**
 * Reads a written date. Never throws.
 *
 * @example parseDate('Ca. 06/19') → { start: '2019-06-01', end: '2019-06-30', precision: 'month', qualifier: 'approx', edtf: '2019-06~' }
 * @example parseDate('Bis 8/20') → { start: '2020-08-01', end: '2020-08-31', precision: 'month', qualifier: 'by', edtf: '../2020-08' }
 * @example parseDate('31.02.2019') → { start: null, end: null, error: 'impossible-date' }
 */
export function parseDate(raw: string): DateValue {
  if (typeof raw !== 'string') return fail(String(raw), 'unrecognized');
  if (raw.length > 200) return fail(raw, 'unrecognized');
  // the same few forms repeat all over a workbook ("03/19", "Ca. 06/19"): remember them
  const hit = CACHE.get(raw);
  if (hit) return { ...hit };
  const value = parseUncached(raw);
  if (CACHE.size >= 10_000) CACHE.clear();
  CACHE.set(raw, value);
  return { ...value };
}

const CACHE = new Map<string, DateValue>();

function parseUncached(raw: string): DateValue {
  let s = normalize(raw);
  if (!s) return fail(raw, raw.trim() ? 'unrecognized' : 'empty');
  if (ONGOING.has(s)) return { raw, start: null, end: null, precision: 'none', qualifier: 'from' };

  let weekday: number | undefined;
  let qualifier: Qualifier = null;
  let part: 'start' | 'mid' | 'end' | undefined;
  // peel prefixes in any order: weekday, qualifiers, parts
  for (let guard = 0; guard < 6; guard++) {
    const before = s;
    const wd = RE.weekday.exec(s);
    if (wd) {
      weekday = WEEKDAYS[wd[1]];
      s = s.slice(wd[0].length);
    }
    for (const [word, q] of QUALIFIERS) {
      if (s.startsWith(word) && (s.length === word.length || /[\s.:,]/.test(s[word.length]))) {
        const rest = s.slice(word.length).replace(/^[.:,]?\s*/, '');
        if (!rest) break;
        s = rest;
        if (q && (qualifier === null || q === 'by' || q === 'from')) qualifier = q === 'approx' && qualifier ? qualifier : q;
        break;
      }
    }
    const p = RE.part.exec(s);
    if (p) {
      part = PARTS[p[1]];
      s = s.slice(p[0].length);
    }
    if (s === before) break;
  }
  if (ONGOING.has(s)) return { raw, start: null, end: null, precision: 'none', qualifier: 'from' };

  const core = parseCore(s);
  if (!core) return fail(raw, 'unrecognized', qualifier);
  if ('error' in core) return fail(raw, core.error, qualifier);
  let period: Period = core;
  if (part) {
    const narrowed = applyPart(core, part);
    if (!narrowed) return fail(raw, 'unrecognized', qualifier);
    period = narrowed;
    if (qualifier === null) qualifier = 'approx';
  }
  if (period.precision === 'season' && qualifier === null) qualifier = 'approx';

  const value: DateValue = {
    raw,
    start: period.start,
    end: period.end,
    precision: period.precision,
    qualifier,
    edtf: edtf(period, qualifier),
  };
  if (weekday !== undefined && period.precision === 'day') {
    const actual = isoWeekday(period.start);
    if (actual !== weekday) value.weekdayMismatch = { written: weekday, actual };
  }
  return value;
}

function edtf(p: Period, q: Qualifier): string {
  if (q === 'by') return p.edtf.includes('/') ? `../${p.edtf.split('/')[1]}` : `../${p.edtf}`;
  if (q === 'from') return p.edtf.includes('/') ? `${p.edtf.split('/')[0]}/..` : `${p.edtf}/..`;
  if (q === 'approx')
    return p.edtf.includes('/')
      ? p.edtf
          .split('/')
          .map((x) => `${x}~`)
          .join('/')
      : `${p.edtf}~`;
  return p.edtf;
}
