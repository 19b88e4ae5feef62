/**
 * German vague dates: parsing written dates, dates from cells and from free text, Excel
 * serials and calendar helpers. Pure: no clock, no host, no Node.
 *
 * Modules: words (all German/English words, one table), normalize, prefix, grammar,
 * period (what each period covers), part (Anfang/Mitte/Ende), holidays (NRW school
 * holidays), context (a year from the sheet's or goal's period), edtf, weekday, year,
 * parse (parseDate), cell (dateFromCell), text (findDateInText), label (leadingDate,
 * dateInHeader), calendar, serial, numberFormat (isDateFormat, dateFormatPrecision).
 */
export { parseDate } from './parse';
export type { DateContext } from './context';
export { dateFromCell } from './cell';
export { findDateInText, mayHoldWeekdayDate, mentionsWeekday } from './text';
export { dateInHeader, leadingDate } from './label';
export {
  addDays,
  addMonths,
  dateFormatPrecision,
  dayNumber,
  daysBetween,
  easterSunday,
  formatDateAs,
  isDateFormat,
  iso,
  isLeapYear,
  isoToSerial,
  isoWeekday,
  isoWeekStart,
  isValidDay,
  lastDayOfMonth,
  serialToIso,
  weeksInYear,
} from './serial';
