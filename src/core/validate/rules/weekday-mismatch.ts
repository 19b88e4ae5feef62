/**
 * A weekday written next to a date that falls on another day, in the date cell or inside
 * the measure text. Usually the year is wrong (17 January 2018 was a Wednesday; the meeting
 * was on Thursday 17 January 2019).
 *
 * @example "Nächstes Treffen: Do, 17. Januar 2018 …" → error: 17.01.2018 ist ein Mittwoch
 */
import { findDateInText, mayHoldWeekdayDate } from '../../dates';
import type { DateValue } from '../../model';
import type { Milestone } from '../../model';
import { cellOf, goalOf, type Rule, sheetOf } from '../rule';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  check: ({ milestones }) => {
    const out = [];
    for (const m of milestones) {
      const inCell = m.date && !m.date.fromText && m.date.weekdayMismatch ? m.date : null;
      const dateCell = inCell && cellOf(m, 'date');
      if (inCell && dateCell) out.push(detect(m, dateCell, inCell));
      const inText = m.date?.fromText ? m.date : m.text && mayHoldWeekdayDate(m.text) ? findDateInText(m.text) : null;
      const textCell = inText?.weekdayMismatch && cellOf(m, 'text');
      if (inText && textCell) out.push(detect(m, textCell, inText));
    }
    return out;
  },
};

function detect(m: Milestone, cell: string, d: DateValue) {
  return {
    sheet: sheetOf(m),
    cell,
    goal: goalOf(m),
    value: d.raw,
    params: { raw: d.raw, date: d.start ?? '', written: d.weekdayMismatch!.written, actual: d.weekdayMismatch!.actual },
  };
}
