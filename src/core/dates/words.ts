/**
 * The German (and some English) words of written dates, in one table: month names and
 * abbreviations, weekdays, qualifiers ("ca.", "bis", "ab"), parts of a period ("Anfang",
 * "Mitte", "Ende"), seasons and words for ongoing work ("laufend"). All keys are folded
 * (lower case, ä → ae, no trailing dot).
 */

/** Month number by name or abbreviation. */
export const MONTHS: Record<string, number> = {
  januar: 1,
  jan: 1,
  jaenner: 1,
  janner: 1,
  january: 1,
  februar: 2,
  feb: 2,
  febr: 2,
  february: 2,
  maerz: 3,
  marz: 3,
  maer: 3,
  mar: 3,
  mrz: 3,
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
  sep: 9,
  sept: 9,
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

/** ISO weekday (1 = Monday) by name or abbreviation. */
export const WEEKDAYS: Record<string, number> = {
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

/** Prefixes that qualify a date. Longest first. */
export const QUALIFIERS: [string, 'approx' | 'by' | 'from' | null][] = [
  ['bis spaetestens', 'by'],
  ['spaetestens bis', 'by'],
  ['spaetestens', 'by'],
  ['bis zum', 'by'],
  ['bis', 'by'],
  ['by', 'by'],
  ['until', 'by'],
  ['no later than', 'by'],
  ['ab dem', 'from'],
  ['ab', 'from'],
  ['seit', 'from'],
  ['from', 'from'],
  ['starting', 'from'],
  ['since', 'from'],
  ['voraussichtlich', 'approx'],
  ['ungefaehr', 'approx'],
  ['circa', 'approx'],
  ['ca', 'approx'],
  ['etwa', 'approx'],
  ['approx', 'approx'],
  ['about', 'approx'],
  ['around', 'approx'],
  ['im jahr', null],
  ['jahr', null],
  ['im', null],
  ['in', null],
  ['am', null],
  ['den', null],
  ['zum', null],
  ['on', null],
];

/** Parts of a year or month. */
export const PARTS: Record<string, 'start' | 'mid' | 'end'> = {
  anfang: 'start',
  beginn: 'start',
  early: 'start',
  'beginning of': 'start',
  'start of': 'start',
  mitte: 'mid',
  mid: 'mid',
  'middle of': 'mid',
  ende: 'end',
  end: 'end',
  'end of': 'end',
  late: 'end',
  spaet: 'end',
};

/** Meteorological seasons: first month. Winter runs into the next year. */
export const SEASONS: Record<string, number> = {
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

/** Words for work without an end date: read as "from now on", not as an error. */
export const ONGOING = new Set([
  'ab sofort',
  'sofort',
  'laufend',
  'fortlaufend',
  'kontinuierlich',
  'dauerhaft',
  'regelmaessig',
  'staendig',
  'ongoing',
  'immediately',
  'continuous',
  'continuously',
]);

export const QUARTER_WORDS = ['quartal', 'qu', 'q', 'quarter'];
export const HALF_WORDS = ['halbjahr', 'hj', 'jahreshaelfte', 'haelfte', 'half'];
export const WEEK_WORDS = ['kw', 'kalenderwoche', 'woche', 'cw', 'week', 'wk'];
export const SCHOOL_YEAR_WORDS = ['schuljahr', 'sj', 'school year'];
export const ORDINALS: Record<string, number> = {
  erstes: 1,
  erste: 1,
  erster: 1,
  first: 1,
  zweites: 2,
  zweite: 2,
  zweiter: 2,
  second: 2,
  drittes: 3,
  dritte: 3,
  third: 3,
  viertes: 4,
  vierte: 4,
  fourth: 4,
};
export const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
