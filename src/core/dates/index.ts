/**
 * German vague dates: parsing written dates, dates from cells and from free text, Excel
 * serials and calendar helpers. Pure: no clock, no host, no Node.
 *
 * Modules: words (all German/English words, one table), normalize, prefix, grammar,
 * period (what each period covers), part (Anfang/Mitte/Ende), edtf, weekday, year,
 * parse (parseDate), cell (dateFromCell), text (findDateInText), calendar, serial,
 * numberFormat (isDateFormat).
 */
export { parseDate } from './parse';
export { dateFromCell } from './cell';
export { findDateInText, mayHoldWeekdayDate, mentionsWeekday } from './text';
export {
  addDays,
  addMonths,
  dayNumber,
  daysBetween,
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
