/**
 * A weekday written next to a date that falls on another day: in a milestone's date cell,
 * inside its measure text, or in a status check's date. Usually the year is wrong
 * (17 January 2018 was a Wednesday; the meeting was on Thursday 17 January 2019).
 *
 * @example "Nächstes Treffen: Do, 17. Januar 2018 …" → error: 17.01.2018 ist ein Mittwoch
 * @example Nachfragen, Datum "Di, 04.11.2019" → error at that cell: the 4th was a Monday
 */
import { findDateInText, mayHoldWeekdayDate } from '../../dates';
import type { DateValue } from '../../model';
import type { Milestone } from '../../model';
import type { Detection } from '../finding';
import { cellOf, goalOf, type Rule, sheetOf } from '../rule';

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  severity: 'error',
  check: ({ milestones, statusChecks }) => {
    const out: Detection[] = [];
    for (const m of milestones) {
      const inCell = m.date && !m.date.fromText && m.date.weekdayMismatch ? m.date : null;
      const dateCell = inCell && cellOf(m, 'date');
      if (inCell && dateCell) out.push(detect(m, dateCell, inCell));
      const inText = m.date?.fromText ? m.date : m.text && mayHoldWeekdayDate(m.text) ? findDateInText(m.text) : null;
      const textCell = inText?.weekdayMismatch && cellOf(m, 'text');
      if (inText && textCell) out.push(detect(m, textCell, inText));
    }
    for (const { check, goal } of statusChecks) {
      const d = check.date;
      if (d?.weekdayMismatch) out.push(detection(check.source.sheet, check.source.cell, goal, d));
    }
    return out;
  },
};

function detect(m: Milestone, cell: string, d: DateValue): Detection {
  return detection(sheetOf(m), cell, goalOf(m), d);
}

function detection(sheet: string, cell: string, goal: string | null, d: DateValue): Detection {
  return {
    sheet,
    cell,
    goal,
    value: d.raw,
    params: { raw: d.raw, date: d.start ?? '', written: d.weekdayMismatch!.written, actual: d.weekdayMismatch!.actual },
  };
}
