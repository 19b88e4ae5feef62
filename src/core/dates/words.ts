/**
 * The words of written dates, in one table: month names and abbreviations, weekdays,
 * qualifiers ("ca.", "bis", "ab"), parts of a period ("Anfang", "Mitte", "Ende"), seasons,
 * period words ("Quartal", "Halbjahr", "KW", "Schuljahr"), range words ("bis", "und"),
 * time words ("Uhr") and words for ongoing work ("laufend"). German first, some English.
 *
 * All keys are folded as `normalize` folds the input: lower case, ä → ae, ö → oe, ü → ue,
 * ß → ss, no trailing dot.
 */
import { escapeRegExp } from '../text';

/** Month number by name or abbreviation ("Jänner" is Austrian for January). */
export const MONTHS: Readonly<Record<string, number>> = {
  januar: 1,
  jan: 1,
  jaenner: 1,
  janner: 1,
  january: 1,
  februar: 2,
  febr: 2,
  feb: 2,
  february: 2,
  maerz: 3,
  marz: 3,
  maer: 3,
  mrz: 3,
  mar: 3,
  march: 3,
  april: 4,
  apr: 4,
  mai: 5,
  may: 5,
  juni: 6,
  jun: 6,
  june: 6,
  juli: 7,
  jul: 7,
  july: 7,
  august: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  dezember: 12,
  dez: 12,
  december: 12,
  dec: 12,
};

/** ISO weekday (1 = Monday … 7 = Sunday) by name or abbreviation. */
export const WEEKDAYS: Readonly<Record<string, number>> = {
  mo: 1,
  montag: 1,
  mon: 1,
  monday: 1,
  di: 2,
  dienstag: 2,
  tue: 2,
  tues: 2,
  tuesday: 2,
  mi: 3,
  mittwoch: 3,
  wed: 3,
  wednesday: 3,
  do: 4,
  donnerstag: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  fr: 5,
  freitag: 5,
  fri: 5,
  friday: 5,
  sa: 6,
  samstag: 6,
  sonnabend: 6,
  sat: 6,
  saturday: 6,
  so: 7,
  sonntag: 7,
  sun: 7,
  sunday: 7,
};

/**
 * Words written before a date, and the qualifier each one gives. `null`: a filler that is
 * dropped ("im Jahr 2019", "am 17.01.2019"). Multi-word entries before their prefixes.
 */
export const QUALIFIERS: Readonly<Record<string, 'approx' | 'by' | 'from' | null>> = {
  'bis spaetestens': 'by',
  'spaetestens bis': 'by',
  'bis spaetestens zum': 'by',
  'bis zum': 'by',
  spaetestens: 'by',
  bis: 'by',
  by: 'by',
  until: 'by',
  'no later than': 'by',
  'ab dem': 'from',
  'ab der': 'from',
  ab: 'from',
  seit: 'from',
  from: 'from',
  starting: 'from',
  since: 'from',
  voraussichtlich: 'approx',
  vorauss: 'approx',
  vsl: 'approx',
  ungefaehr: 'approx',
  circa: 'approx',
  ca: 'approx',
  etwa: 'approx',
  approx: 'approx',
  approximately: 'approx',
  about: 'approx',
  around: 'approx',
  'im jahr': null,
  'in der': null,
  'im laufe des': null,
  jahr: null,
  im: null,
  in: null,
  am: null,
  den: null,
  dem: null,
  zum: null,
  von: null,
  vom: null,
  on: null,
};

/** Parts of a year or a month; what each covers is defined in part.ts. */
export const PARTS: Readonly<Record<string, 'start' | 'mid' | 'end'>> = {
  anfang: 'start',
  beginn: 'start',
  early: 'start',
  'beginning of': 'start',
  'start of': 'start',
  mitte: 'mid',
  mid: 'mid',
  'middle of': 'mid',
  ende: 'end',
  'end of': 'end',
  end: 'end',
  late: 'end',
};

/** Meteorological seasons: the first month of each. Winter runs into the next year. */
export const SEASONS: Readonly<Record<string, 3 | 6 | 9 | 12>> = {
  fruehjahr: 3,
  fruehling: 3,
  spring: 3,
  sommer: 6,
  summer: 6,
  herbst: 9,
  autumn: 9,
  fall: 9,
  winter: 12,
};

/** Words for work without a date of its own: read as "from now on", never as an error. */
export const ONGOING: ReadonlySet<string> = new Set([
  'ab sofort',
  'sofort',
  'laufend',
  'fortlaufend',
  'kontinuierlich',
  'dauerhaft',
  'regelmaessig',
  'staendig',
  'bis auf weiteres',
  'ongoing',
  'immediately',
  'continuous',
  'continuously',
]);

/** "1. Quartal", "1. Qu.", "Q1", "Ende des 3. Quartals". */
export const QUARTER_WORDS = ['quartal', 'quartals', 'qu', 'quarter'] as const;
/** "2. Halbjahr", "2. HJ", "zweite Jahreshälfte", "Ende des 2. Halbjahres". */
export const HALF_WORDS = ['halbjahr', 'halbjahres', 'halbjahrs', 'hj', 'jahreshaelfte', 'haelfte', 'half'] as const;
/** "KW 12", "12. KW", "Kalenderwoche 12". */
export const WEEK_WORDS = ['kalenderwoche', 'woche', 'kw', 'cw', 'week', 'wk'] as const;
/** "Schuljahr 2020/21", "SJ 2020/21", "Ende des Schuljahres 2019/20". */
export const SCHOOL_YEAR_WORDS = ['schuljahr', 'schuljahres', 'schuljahrs', 'sj', 'school year'] as const;
/** "Jahr" when a part names it ("Ende des Jahres", "zum Jahresende"): a year from the context. */
export const YEAR_WORDS = ['jahr', 'jahres', 'jahrs', 'year'] as const;

/**
 * One-word parts ("zum Jahresende 2019", "Schuljahresende 2020"): the part and the words
 * they stand for.
 */
export const COMPOUND_PARTS: Readonly<Record<string, readonly ['start' | 'mid' | 'end', string]>> = {
  jahresanfang: ['start', 'jahr'],
  jahresbeginn: ['start', 'jahr'],
  jahresmitte: ['mid', 'jahr'],
  jahresende: ['end', 'jahr'],
  schuljahresanfang: ['start', 'schuljahr'],
  schuljahresbeginn: ['start', 'schuljahr'],
  schuljahresende: ['end', 'schuljahr'],
};

/** NRW school holidays by name (see holidays.ts); keys folded like the input. */
export const HOLIDAYS: Readonly<Record<string, 'ostern' | 'pfingsten' | 'sommer' | 'herbst' | 'weihnachten'>> = {
  osterferien: 'ostern',
  pfingstferien: 'pfingsten',
  sommerferien: 'sommer',
  'sommer-ferien': 'sommer',
  'grosse ferien': 'sommer',
  'grossen ferien': 'sommer',
  herbstferien: 'herbst',
  'herbst-ferien': 'herbst',
  weihnachtsferien: 'weihnachten',
  'weihnachts-ferien': 'weihnachten',
  'easter holidays': 'ostern',
  'summer holidays': 'sommer',
  'autumn holidays': 'herbst',
  'christmas holidays': 'weihnachten',
};

/** Words before a holiday, and which period around it they name (see holidays.ts). */
export const HOLIDAY_RELATIONS: Readonly<Record<string, 'in' | 'after' | 'before'>> = {
  nach: 'after',
  after: 'after',
  vor: 'before',
  before: 'before',
  zu: 'before', // "bis zu den Herbstferien"
  waehrend: 'in',
  during: 'in',
  in: 'in',
};
/** Between the two ends of any range: "10.–12.06.", "03/19 bis 05/19". */
export const THROUGH_WORDS = ['bis', 'to', 'until'] as const;
/** Between two month names, also "und": "Jan und Feb 2019" (but "10. und 12. Juni" are two days). */
export const RANGE_WORDS = [...THROUGH_WORDS, 'und', 'and'] as const;
/** Before the day after a weekday: "Mittwoch, den 5. September". */
export const ARTICLES = ['den', 'dem', 'the'] as const;
/** After a clock time: "16 Uhr", "16h". */
export const TIME_WORDS = ['uhr', 'h'] as const;
/** Week and quarter words specific enough to be read inside free text. */
export const WEEK_WORDS_IN_TEXT = ['kalenderwoche', 'kw'] as const;
export const QUARTER_WORDS_IN_TEXT = ['quartal'] as const;
/** Before a clock time: "um 16 Uhr", "von 14 bis 15 Uhr". */
export const TIME_PREFIXES = ['um', 'von', 'ab', 'gegen', 'at'] as const;

/** Ordinal words of quarters and halves. */
export const ORDINALS: Readonly<Record<string, number>> = {
  erstes: 1,
  erste: 1,
  erster: 1,
  ersten: 1,
  first: 1,
  zweites: 2,
  zweite: 2,
  zweiter: 2,
  zweiten: 2,
  second: 2,
  drittes: 3,
  dritte: 3,
  dritter: 3,
  dritten: 3,
  third: 3,
  viertes: 4,
  vierte: 4,
  vierter: 4,
  vierten: 4,
  fourth: 4,
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
};

/**
 * Regex alternation of a table's keys, longest first (so "sept" is tried before "sep");
 * a space in a key matches any one whitespace.
 *
 * @example
 * alternation(['sep', 'sept', 'im jahr'])
 * //=> 'im\\sjahr|sept|sep'
 */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => escapeRegExp(w).replace(/ /g, '\\s'))
    .join('|');
}
