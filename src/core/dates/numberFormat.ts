/**
 * Excel number formats: does a format show a date, how precisely (a day, a month, a year),
 * and what does Excel show for a date under it. Tells a date cell (a serial number shown as
 * "17.01.2019" or "Juni 2019") from a plain number.
 *
 * A format is read token by token, as Excel reads it: only its first section counts (a
 * serial is positive); quoted text ("…"), escaped characters (\x), padding (_x) and fill
 * (*x) are literals; brackets hold a locale ([$-407], [$-de-DE]), a colour or a condition
 * and are skipped, except elapsed time ([h], [mm], [ss]); "General"/"Standard" and
 * "AM/PM" are words of their own. Date letters: d (German T) day, m (German M) month, y
 * (German J) year, h hour, s second. An "m" or "mm" directly after hours or directly before
 * seconds (literals between them do not count) is minutes, as in Excel; "mmm" and longer is
 * always a month name.
 */
import { iso, isoWeekday } from './calendar';

/** How precisely a date format shows its date. */
export type FormatPrecision = 'day' | 'month' | 'year';

type Kind = 'day' | 'month' | 'year' | 'hour' | 'minute' | 'second' | 'ampm' | 'literal';

interface Token {
  kind: Kind;
  /** Letters in a row ("mmmm": 4); for literals, the text. */
  count: number;
  text?: string;
}

interface ParsedFormat {
  tokens: Token[];
  precision: FormatPrecision | null;
  hasHours: boolean;
  english: boolean;
}

const LETTER_KIND: Readonly<Record<string, Kind>> = { d: 'day', t: 'day', m: 'month', y: 'year', j: 'year', h: 'hour', s: 'second' };
const KEYWORDS = /^(?:general|standard)/i;
const AM_PM = /^(?:am\/pm|a\/p)/i;
const ELAPSED = /^(?:h+|m+|s+)$/i;
/** A locale in brackets: "[$-407]", "[$-de-DE]", "[$€-407]"; the part after the dash. */
const LOCALE = /^\$[^-]*-([0-9a-z-]+)$/i;

/** English month and weekday names when the locale's primary language is English (LCID xx09, "en-…"). */
function isEnglishLocale(locale: string): boolean {
  if (/^[a-z]{2}(?:-|$)/i.test(locale)) return locale.slice(0, 2).toLowerCase() === 'en';
  const lcid = parseInt(locale, 16);
  return Number.isFinite(lcid) && (lcid & 0x3ff) === 0x09;
}

/** The tokens of a format's first section. */
function tokenize(format: string): { tokens: Token[]; english: boolean } {
  const tokens: Token[] = [];
  let english = false;
  const literal = (text: string) => tokens.push({ kind: 'literal', count: text.length, text });
  let i = 0;
  while (i < format.length) {
    const c = format[i];
    if (c === ';') break;
    if (c === '"') {
      const close = format.indexOf('"', i + 1);
      const end = close < 0 ? format.length : close;
      literal(format.slice(i + 1, end));
      i = end + 1;
    } else if (c === '\\') {
      literal(format.charAt(i + 1));
      i += 2;
    } else if (c === '_') {
      literal(' ');
      i += 2;
    } else if (c === '*') {
      i += 2;
    } else if (c === '[') {
      const close = format.indexOf(']', i + 1);
      const end = close < 0 ? format.length : close;
      const inner = format.slice(i + 1, end);
      if (ELAPSED.test(inner))
        tokens.push({
          kind: LETTER_KIND[inner[0].toLowerCase()] === 'month' ? 'minute' : LETTER_KIND[inner[0].toLowerCase()],
          count: inner.length,
        });
      else {
        const locale = LOCALE.exec(inner);
        if (locale) english = isEnglishLocale(locale[1]);
      }
      i = end + 1;
    } else if ((c === 'a' || c === 'A') && AM_PM.test(format.slice(i, i + 5))) {
      tokens.push({ kind: 'ampm', count: 1 });
      i += /^am/i.test(format.slice(i, i + 2)) ? 5 : 3;
    } else if ((c === 'g' || c === 'G' || c === 's' || c === 'S') && KEYWORDS.test(format.slice(i, i + 8))) {
      i += format[i].toLowerCase() === 'g' ? 7 : 8;
    } else {
      const lower = c.toLowerCase();
      const kind = LETTER_KIND[lower];
      if (!kind) {
        literal(c);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < format.length && format[j].toLowerCase() === lower) j++;
      tokens.push({ kind, count: j - i });
      i = j;
    }
  }
  return { tokens, english };
}

/** The nearest non-literal token before or after position i. */
function neighbour(tokens: Token[], i: number, step: -1 | 1): Token | undefined {
  for (let j = i + step; j >= 0 && j < tokens.length; j += step) if (tokens[j].kind !== 'literal') return tokens[j];
  return undefined;
}

const CACHE = new Map<string, ParsedFormat>();
const CACHE_LIMIT = 1000;
const NOT_A_DATE: ParsedFormat = { tokens: [], precision: null, hasHours: false, english: false };

/** A format read once and remembered (kept small: the hot path is the cache lookup below). */
function parseAndRemember(numberFormat: string): ParsedFormat {
  const { tokens, english } = tokenize(numberFormat);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'month' && t.count <= 2 && (neighbour(tokens, i, -1)?.kind === 'hour' || neighbour(tokens, i, 1)?.kind === 'second'))
      tokens[i] = { kind: 'minute', count: t.count };
  }
  const has = (kind: Kind) => tokens.some((t) => t.kind === kind);
  const precision: FormatPrecision | null = has('day') ? 'day' : has('month') ? 'month' : has('year') ? 'year' : null;
  const parsed: ParsedFormat = { tokens, precision, hasHours: has('hour'), english };
  if (CACHE.size < CACHE_LIMIT) CACHE.set(numberFormat, parsed);
  return parsed;
}

function parseFormat(numberFormat: string | null | undefined): ParsedFormat {
  if (!numberFormat || numberFormat === 'General' || numberFormat === '@') return NOT_A_DATE;
  return CACHE.get(numberFormat) ?? parseAndRemember(numberFormat);
}

/**
 * How precisely a number format shows a date: `day` when it shows a day (or weekday),
 * `month` when it shows a month but no day ("mm/yyyy", "MMMM YYYY", "[$-407]mmmm yyyy;@"),
 * `year` for a year alone ("yyyy"); null when it shows no date (plain numbers, times).
 *
 * @example
 * dateFormatPrecision('dd.mm.yyyy')
 * //=> 'day'
 * @example
 * dateFormatPrecision('[$-407]mmmm yyyy;@')
 * //=> 'month'
 * @example
 * dateFormatPrecision('yyyy')
 * //=> 'year'
 * @example
 * dateFormatPrecision('hh:mm')
 * //=> null
 */
export function dateFormatPrecision(numberFormat: string | null | undefined): FormatPrecision | null {
  return parseFormat(numberFormat).precision;
}

/**
 * True for number formats that show a date: a day, month or year token outside quotes,
 * escapes and brackets ("mm:ss" is minutes, not a month).
 *
 * @example
 * isDateFormat('dd.mm.yyyy')
 * //=> true
 * @example
 * isDateFormat('[$-407]mmmm yyyy')
 * //=> true
 * @example
 * isDateFormat('[h]:mm')
 * //=> false
 * @example
 * isDateFormat('0 "days"')
 * //=> false
 */
export function isDateFormat(numberFormat: string | null | undefined): boolean {
  return parseFormat(numberFormat).precision !== null;
}

/**
 * True for number formats that show a time of day and no date: hours outside quotes,
 * escapes and brackets, no day, month or year. Excel stores "07:47" typed into a cell so.
 *
 * @example
 * isTimeFormat('hh:mm')
 * //=> true
 * @example
 * isTimeFormat('dd.mm.yyyy hh:mm')
 * //=> false
 */
export function isTimeFormat(numberFormat: string | null | undefined): boolean {
  const parsed = parseFormat(numberFormat);
  return parsed.precision === null && parsed.hasHours;
}

const MONTH_NAMES = {
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
/** German Excel's three-letter months ("Mrz", "Okt", "Dez"). */
const MONTH_ABBREVIATIONS = {
  de: ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const WEEKDAY_NAMES = {
  de: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};
const WEEKDAY_ABBREVIATIONS = {
  de: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  en: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** One day, month or year token as Excel shows it. */
function dateToken(t: Token, lang: 'de' | 'en', year: number, month: number, day: number, weekday: number): string {
  if (t.kind === 'year') return t.count <= 2 ? pad2(year % 100) : String(year);
  if (t.kind === 'month') {
    if (t.count <= 2) return t.count === 1 ? String(month) : pad2(month);
    if (t.count === 3) return MONTH_ABBREVIATIONS[lang][month - 1];
    return t.count === 4 ? MONTH_NAMES[lang][month - 1] : MONTH_NAMES[lang][month - 1][0];
  }
  if (t.count <= 2) return t.count === 1 ? String(day) : pad2(day);
  return t.count === 3 ? WEEKDAY_ABBREVIATIONS[lang][weekday - 1] : WEEKDAY_NAMES[lang][weekday - 1];
}

/**
 * A day as Excel shows it under a date format: month and weekday names in German (English
 * under an English locale such as [$-409]); times of day are left out. Null when the format
 * shows no date.
 *
 * @example
 * formatDateAs('mm/yyyy', 2019, 6, 1)
 * //=> '06/2019'
 * @example
 * formatDateAs('[$-407]mmmm yyyy;@', 2019, 6, 1)
 * //=> 'Juni 2019'
 * @example
 * formatDateAs('mmm yy', 2020, 3, 1)
 * //=> 'Mrz 20'
 * @example
 * formatDateAs('[$-409]mmmm yyyy', 2020, 3, 1)
 * //=> 'March 2020'
 * @example
 * formatDateAs('dd.mm.yyyy hh:mm', 2019, 1, 17)
 * //=> '17.01.2019'
 * @example
 * formatDateAs('0.00', 2020, 3, 1)
 * //=> null
 */
export function formatDateAs(numberFormat: string, year: number, month: number, day: number): string | null {
  const parsed = parseFormat(numberFormat);
  if (parsed.precision === null) return null;
  const weekday = isoWeekday(iso(year, month, day));
  const lang = parsed.english ? 'en' : 'de';
  let out = '';
  // literals wait for the next date token: next to a time of day they are dropped with it
  let pending = '';
  let inTime = false;
  for (const t of parsed.tokens) {
    if (t.kind === 'literal') {
      pending += t.text;
      continue;
    }
    if (t.kind === 'hour' || t.kind === 'minute' || t.kind === 'second' || t.kind === 'ampm') {
      pending = '';
      inTime = true;
      continue;
    }
    out += pending + dateToken(t, lang, year, month, day, weekday);
    pending = '';
    inTime = false;
  }
  if (!inTime) out += pending;
  return out.replace(/\s+/g, ' ').trim();
}
