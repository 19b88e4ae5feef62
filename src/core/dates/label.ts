/**
 * Dates that label something: a date at the start of a note ("Di, 26.05.2020: Entwurf liegt
 * vor", a status log's cell holding a date and what was said) and a date in a column header
 * ("Nachfrage Mai 2020", "Telefonat 05/20", a status log's column per round).
 *
 * Both read the date words with parseDate (weekday check, qualifiers, a context year), so
 * they take every form a date cell takes; `raw` is the date words, not the whole text, and
 * the value is not marked `fromText` (the text names its date, nothing was guessed).
 */
import type { DateValue } from '../model';
import type { DateContext } from './context';
import { parseDate } from './parse';
import { findDateInText } from './text';

/** How far into a text a leading date may reach, and the longest header read as a label. */
const LEAD_LIMIT = 60;
const HEADER_LIMIT = 80;
/** What may follow a leading date: ":", a dash, ",", a line break. */
const SEPARATORS = new Set([':', ',', '-', '\u2013', '\u2014', '\u2212', '\n', '\r']);
/** "12.71", "7.47": goal ids, which parseDate would read as "MM.YY" months. */
const GOAL_ID_SHAPED = /^\d{1,2}[.:]\d{1,2}$/;
const HAS_DIGIT = /\d/;
/** Words a header may start with before its date: "Nachfrage", "2. Abfrage", "Stand". */
const MAX_LABEL_WORDS = 4;

/** A date read from words alone: a period with a start, not a goal id. */
function dated(words: string, context: DateContext | undefined): DateValue | null {
  if (!words || GOAL_ID_SHAPED.test(words)) return null;
  if (context === undefined && !HAS_DIGIT.test(words)) return null; // without a year from a context, a date has digits
  const value = parseDate(words, context);
  return value.error || value.start === null ? null : value;
}

/**
 * A date at the start of a text, followed by ":", "–", "-", "," or a line break (or
 * nothing: the whole text is the date), and the rest of the text after that separator.
 * A weekday in front is part of the date and checked ("Di, 26.05.2020"). Of several
 * readings the longest date wins ("03/19 - 05/19: …" is the range). `dateEnd` is where the
 * date words end in `text`. Null when the text does not start with a date.
 *
 * @example
 * leadingDate('Di, 26.05.2020: Entwurf liegt vor')
 * //=> { date: { raw: 'Di, 26.05.2020', start: '2020-05-26', precision: 'day' }, rest: 'Entwurf liegt vor', dateEnd: 14 }
 * @example
 * leadingDate('Mai 2020 – Gespräch mit Frau Özdemir')
 * //=> { date: { raw: 'Mai 2020', precision: 'month' }, rest: 'Gespräch mit Frau Özdemir' }
 * @example
 * leadingDate('Do, 26.05.2020\nnoch offen').date.weekdayMismatch
 * //=> { written: 4, actual: 2 }
 * @example
 * leadingDate('11.05.21 Rückmeldung per Mail')
 * //=> { date: { raw: '11.05.21', start: '2021-05-11', precision: 'day' }, rest: 'Rückmeldung per Mail' }
 * @example
 * leadingDate('Entwurf liegt vor, Termin folgt')
 * //=> null
 */
export function leadingDate(text: string, context?: DateContext): { date: DateValue; rest: string; dateEnd: number } | null {
  if (typeof text !== 'string') return null;
  const reach = Math.min(text.length, LEAD_LIMIT);
  let best: { date: DateValue; cut: number; dateEnd: number } | null = null;
  for (let i = 1; i <= reach; i++) {
    const atEnd = i === text.length;
    if (!atEnd && !SEPARATORS.has(text[i])) continue;
    const words = text.slice(0, i).trim();
    const date = dated(words, context);
    if (date) best = { date, cut: i, dateEnd: text.slice(0, i).trimEnd().length };
  }
  if (!best) {
    // a full day followed by a space is a date too ("11.05.21 Rückmeldung per Mail")
    const m = DAY_THEN_SPACE.exec(text);
    const date = m ? dated(m[1], context) : null;
    if (date && date.precision === 'day') return { date, rest: m![2].trim(), dateEnd: m![0].length - m![2].length - 1 };
    return null;
  }
  const rest = text.slice(best.cut + 1).trim();
  return { date: best.date, rest, dateEnd: best.dateEnd };
}

/** A day with its year, perhaps after a weekday, then a space and more: "Di 26.05.2020 Entwurf". */
const DAY_THEN_SPACE = /^\s*((?:\p{L}{2,10}\.?,?\s+)?\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})\s+(\S[\s\S]*)$/u;

/** A trailing remark in brackets: "Nachfrage Mai 2020 (telefonisch)", "2. Nachfrage (Mai 2020)". */
const TRAILING_REMARK = /\s*\([^()]*\)\s*$/;
const BRACKETED = /\(([^()]*)\)\s*$/;
const WORD_GAP = /\s+/g;

/**
 * The date a column header names: a status round such as "Nachfrage Mai 2020", "Nov 2020",
 * "Abfrage 11/2020", "Telefonat 05/20" or "2. Nachfrage (Mai 2020)" gives the month. Up to
 * four label words may stand before the date and a remark in brackets after it; the short
 * forms a date cell allows ("05/20") count here. With a context, a header without a year
 * ("Nachfrage Mai") takes the one year that puts it inside the context's period. Null when
 * the header names no date.
 *
 * @example
 * dateInHeader('Nachfrage Mai 2020')
 * //=> { raw: 'Mai 2020', start: '2020-05-01', end: '2020-05-31', precision: 'month' }
 * @example
 * dateInHeader('Telefonat 05/20')
 * //=> { raw: '05/20', start: '2020-05-01', precision: 'month' }
 * @example
 * dateInHeader('Nachfrage Nov', { period: { start: '2020-01-01', end: '2020-12-31' } })
 * //=> { raw: 'Nov', start: '2020-11-01', yearAssumed: true }
 * @example
 * dateInHeader('Mittlerziel 12.71')
 * //=> null
 */
export function dateInHeader(text: string, context?: DateContext): DateValue | null {
  if (typeof text !== 'string') return null;
  const header = text.trim();
  if (!header) return null;
  if (header.length <= HEADER_LIMIT) {
    for (const candidate of new Set([header, header.replace(TRAILING_REMARK, '')])) {
      const inside = BRACKETED.exec(candidate);
      const bracketed = inside ? dated(inside[1].trim(), context) : null;
      if (bracketed) return bracketed;
      const starts = [0, ...[...candidate.matchAll(WORD_GAP)].map((m) => m.index + m[0].length)].slice(0, MAX_LABEL_WORDS + 1);
      for (const from of starts) {
        const date = dated(candidate.slice(from).trim(), context);
        if (date) return date;
      }
    }
  }
  const found = findDateInText(header, context);
  if (!found) return null;
  const date: DateValue = { ...found };
  delete date.fromText;
  return Object.freeze(date);
}
