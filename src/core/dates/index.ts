/** German vague dates: parsing, dates from cells and from free text, calendar helpers. */
export { parseDate } from './parse';
export { dateFromCell } from './cell';
export { findDateInText } from './text';
export {
  addDays,
  addMonths,
  daysBetween,
  isDateFormat,
  iso,
  isoToSerial,
  isoWeekday,
  isoWeekStart,
  isValidDay,
  lastDayOfMonth,
  serialToIso,
} from './serial';
