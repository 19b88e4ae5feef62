/** Words and messages of the ZIEL.* functions (German, English). */
import type { Precision } from '../core/model';

export type FunctionLang = 'de' | 'en';

export const PRECISION_WORDS: Record<FunctionLang, Record<Precision, string>> = {
  de: {
    day: 'Tag',
    week: 'Woche',
    month: 'Monat',
    months: 'Monate',
    quarter: 'Quartal',
    half: 'Halbjahr',
    season: 'Jahreszeit',
    holidays: 'Ferien',
    schoolYear: 'Schuljahr',
    year: 'Jahr',
    none: 'ohne',
  },
  en: {
    day: 'day',
    week: 'week',
    month: 'month',
    months: 'months',
    quarter: 'quarter',
    half: 'half-year',
    season: 'season',
    holidays: 'school holidays',
    schoolYear: 'school year',
    year: 'year',
    none: 'none',
  },
};

export const STATUS_WORDS: Record<FunctionLang, { done: string; open: string; overdue: string; undated: string; cancelled: string }> = {
  de: { done: 'erledigt', open: 'offen', overdue: 'überfällig', undated: 'ohne Datum', cancelled: 'entfällt' },
  en: { done: 'done', open: 'open', overdue: 'overdue', undated: 'undated', cancelled: 'cancelled' },
};

/** Error messages, German (the functions' errors carry one message; Excel shows it on the #VALUE! cell). */
const MESSAGES: Record<string, string> = {
  empty: 'Kein Wert angegeben.',
  open: '„{0}“ hat kein festes Datum (laufend / ab sofort).',
  badToday: 'Stichtag „{0}“ ist kein Datum.',
  badId: '„{0}“ ist keine Ziel-Nr. (erwartet z. B. 7.47).',
  shape: 'Die Bereiche müssen gleich viele Zeilen haben.',
  noMilestones: 'Ziel {0} hat keine Meilensteine in diesem Bereich.',
  noNext: 'Ziel {0} hat keinen offenen Meilenstein ab dem Stichtag.',
  'date.unrecognized': 'Datum „{0}“ nicht erkannt.',
  'date.impossible-date': 'Den Tag „{0}“ gibt es nicht.',
  'date.invalid-month': 'Ungültiger Monat in „{0}“.',
  'date.invalid-week': 'Diese Kalenderwoche gibt es nicht: „{0}“.',
  'date.missing-year': 'Datum „{0}“ ohne Jahr.',
  'date.invalid-number': 'Zahl „{0}“ ist kein Datum.',
  'date.empty': 'Kein Datum angegeben.',
};

export function message(key: string, arg = ''): string {
  return (MESSAGES[key] ?? key).replace('{0}', arg);
}
