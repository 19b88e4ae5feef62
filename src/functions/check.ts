/**
 * ZIEL.PRUEFEN: the milestone-level checks of the validation rules, for one row, without a
 * workbook: unreadable or impossible date, weekday mismatch (date or text), date without a
 * measure, date far outside the goal period. Messages are the rules' own.
 */
import { dateFromCell } from '../core/dates/cell';
import { findDateInText } from '../core/dates/text';
import { has, t } from '../core/i18n';
import '../core/i18n/rules';
import type { DateValue } from '../core/model';
import { parseGoalId } from '../core/goalId';
import { DEFAULT_PERIOD } from '../core/validate/defaults';
import type { FunctionLang } from './words';

type Cell = string | number | boolean | null | undefined;

const UNREADABLE = new Set(['unrecognized', 'missing-year', 'invalid-number']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function day(iso: string, lang: FunctionLang): string {
  return lang === 'de' && ISO_DAY.test(iso) ? `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}` : iso;
}

/** The first problem of a row [goal id?, date, measure, report?], or "". */
export function checkMilestoneRow(cells: Cell[], lang: FunctionLang): string {
  const values = [...cells];
  // a leading goal id ("7.47") is skipped
  if (typeof values[0] === 'string' && parseGoalId(values[0]) && values.length >= 3) values.shift();
  const [dateCell, textCell] = values;
  const text = textCell === null || textCell === undefined ? '' : String(textCell).trim();
  const raw = dateCell === null || dateCell === undefined || dateCell === '' ? null : dateCell;
  const date: DateValue | null =
    raw === null ? null : typeof raw === 'number' && (raw < 1900 || raw > 2100) ? dateFromCell(raw, 'dd.mm.yyyy') : dateFromCell(raw);
  const msg = (key: string, params: Record<string, string | number>) => t(lang, key, params);
  if (date?.error) {
    if (UNREADABLE.has(date.error))
      return msg(has(`rule.date-unparseable.${date.error}`) ? `rule.date-unparseable.${date.error}` : 'rule.date-unparseable', {
        raw: date.raw,
      });
    return msg(`rule.date-impossible.${date.error}`, { raw: date.raw });
  }
  const weekdayText = (d: DateValue) =>
    msg('rule.weekday-mismatch', {
      raw: d.raw,
      date: day(d.start ?? '', lang),
      written: t(lang, `weekday.${d.weekdayMismatch!.written}`),
      actual: t(lang, `weekday.${d.weekdayMismatch!.actual}`),
    });
  if (date?.weekdayMismatch) return weekdayText(date);
  const inText = text ? findDateInText(text) : null;
  if (inText?.weekdayMismatch) return weekdayText(inText);
  if (date && !text) return msg('rule.milestone-without-text', { raw: date.raw });
  const d = date ?? inText;
  if (d?.start && d.end && (d.end < DEFAULT_PERIOD.from || d.start > DEFAULT_PERIOD.to)) {
    return msg('rule.date-outside-period', { raw: d.raw, from: DEFAULT_PERIOD.from.slice(0, 4), to: DEFAULT_PERIOD.to.slice(0, 4) });
  }
  return '';
}
