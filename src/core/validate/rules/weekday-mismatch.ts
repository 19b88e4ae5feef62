/**
 * A weekday written next to a date that falls on another day, in the date cell or inside
 * the measure text. Usually the year is wrong (17 January 2018 was a Wednesday; the meeting
 * was on Thursday 17 January 2019).
 *
 * @example "Nächstes Treffen: Do, 17. Januar 2018 …" → error: 17.01.2018 ist ein Mittwoch
 */
import { findDateInText, mayHoldWeekdayDate } from '../../dates';
import type { DateValue } from '../../model';
import { goalOf, type Rule } from '../rule';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  check: ({ milestones }) => {
    const out = [];
    for (const m of milestones) {
      const inCell = m.date && !m.date.fromText && m.date.weekdayMismatch ? m.date : null;
      if (inCell && m.cells.date) out.push(detect(m, m.cells.date, inCell));
      const inText = m.date?.fromText ? m.date : m.text && mayHoldWeekdayDate(m.text) ? findDateInText(m.text) : null;
      if (inText?.weekdayMismatch && m.cells.text) out.push(detect(m, m.cells.text, inText));
    }
    return out;
  },
};

function detect(m: { source: { sheet: string }; goalIds: string[] }, cell: string, d: DateValue) {
  return {
    sheet: m.source.sheet,
    cell,
    goal: goalOf(m as never),
    value: d.raw,
    params: { raw: d.raw, date: d.start ?? '', written: d.weekdayMismatch!.written, actual: d.weekdayMismatch!.actual },
  };
}
