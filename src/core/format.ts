/**
 * Display formatting shared by every host: dates as people read them ("ca. Juni 2019",
 * "bis Aug. 2020", "KW 12/2020"), day dates German style, truncation for tables.
 */
import type { DateValue, IsoDate } from './model';
import { type Lang, t } from './i18n';
import { cutAtWord, oneLine } from './text';

const MONTHS: Record<Lang, string[]> = {
  de: ['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};
const SEASONS: Record<Lang, Record<number, string>> = {
  de: { 3: 'Frühjahr', 6: 'Sommer', 9: 'Herbst', 12: 'Winter' },
  en: { 3: 'Spring', 6: 'Summer', 9: 'Autumn', 12: 'Winter' },
};

function ymd(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function lastDay(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "14.11.2018" (de) or "2018-11-14" (en). @example formatDay('2018-11-14', 'de') === '14.11.2018' */
export function formatDay(iso: IsoDate, lang: Lang): string {
  if (lang === 'en') return iso;
  return `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
}

/**
 * A day as a person types it – "15.11.2019", "1.2.2020" or "2019-11-15" – as an ISO day, or
 * why it is none: not written as a day, a day the calendar lacks, or before Excel's calendar (1900).
 *
 * @example readDay('15.11.2019') → { iso: '2019-11-15' }
 */
export function readDay(text: string): { iso: IsoDate } | { error: 'format' | 'impossible' | 'early' } {
  const v = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (!iso && !german) return { error: 'format' };
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [german![3], german![2], german![1]].map(Number);
  // setUTCFullYear, not Date.UTC: that reads the years 0–99 as 1900–1999
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return { error: 'impossible' };
  // Excel's calendar starts in 1900; a day before it is a typing error
  if (y < 1900) return { error: 'early' };
  return { iso: `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}` };
}

/** ISO week number and week-year of a date. */
export function isoWeek(iso: IsoDate): { week: number; year: number } {
  const [y, m, d] = ymd(iso);
  const date = new Date(Date.UTC(y, m - 1, d));
  const day = date.getUTCDay() || 7;
  date.setUTCDate(date.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(date.getUTCFullYear(), 0, 1);
  return { week: Math.ceil(((date.getTime() - yearStart) / 86_400_000 + 1) / 7), year: date.getUTCFullYear() };
}

/**
 * A date value as text for tables and messages. Unreadable values show what was written.
 *
 * @example formatDate(parseDate('Ca. 06/19'), 'de') === 'ca. Juni 2019'
 */
export function formatDate(dv: DateValue | null, lang: Lang): string {
  if (!dv) return '';
  if (dv.error) return dv.raw;
  const prefix = dv.qualifier ? t(lang, `date.qualifier.${dv.qualifier}`) + ' ' : '';
  if (!dv.start || !dv.end)
    return dv.qualifier === 'from' ? (/sofort|immediately/i.test(dv.raw) ? dv.raw : t(lang, 'date.ongoing')) : dv.raw;
  return prefix + periodText(dv.start, dv.end, dv.precision, lang);
}

function periodText(start: IsoDate, end: IsoDate, precision: DateValue['precision'], lang: Lang): string {
  const [y1, m1, d1] = ymd(start);
  const [y2, m2, d2] = ymd(end);
  const wholeMonths = d1 === 1 && d2 === lastDay(y2, m2);
  const month = (y: number, m: number) => `${MONTHS[lang][m - 1]} ${y}`;
  switch (precision) {
    case 'day':
      if (start === end) return formatDay(start, lang);
      if (lang === 'de' && y1 === y2 && m1 === m2) return `${String(d1).padStart(2, '0')}.–${formatDay(end, lang)}`;
      return `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
    case 'week': {
      const w = isoWeek(start);
      return `${lang === 'de' ? 'KW' : 'CW'} ${w.week}/${w.year}`;
    }
    case 'month':
      if (wholeMonths && y1 === y2 && m1 === m2) return month(y1, m1);
      break;
    case 'months':
      if (wholeMonths) return y1 === y2 ? `${MONTHS[lang][m1 - 1]}–${month(y2, m2)}` : `${month(y1, m1)} – ${month(y2, m2)}`;
      break;
    case 'quarter':
      if (wholeMonths) return `Q${Math.ceil(m1 / 3)}/${y1}`;
      break;
    case 'half':
      if (wholeMonths) return lang === 'de' ? `${m1 <= 6 ? 1 : 2}. Hj. ${y1}` : `H${m1 <= 6 ? 1 : 2} ${y1}`;
      break;
    case 'season':
      if (wholeMonths && SEASONS[lang][m1]) return `${SEASONS[lang][m1]} ${m1 === 12 ? `${y1}/${String(y2).slice(2)}` : y1}`;
      break;
    case 'schoolYear':
      return `${lang === 'de' ? 'Schuljahr' : 'School year'} ${y1}/${String(y2).slice(2)}`;
    case 'year':
      if (y1 === y2 && m1 === 1 && d1 === 1 && m2 === 12 && d2 === 31) return String(y1);
      break;
    default:
      break;
  }
  // a narrowed period ("Anfang Juni 2020", "Ende 2019"): show its days
  if (lang === 'de' && y1 === y2 && m1 === m2) return `${String(d1).padStart(2, '0')}.–${formatDay(end, lang)}`;
  return wholeMonths ? `${month(y1, m1)} – ${month(y2, m2)}` : `${formatDay(start, lang)} – ${formatDay(end, lang)}`;
}

/** Cuts text to `width` characters at the end of a word, with an ellipsis; newlines become spaces. */
export function truncate(text: string, width: number): string {
  return cutAtWord(text, Math.max(0, width));
}

/** Pads to a width (counting code points, so umlauts line up). */
export function pad(text: string, width: number): string {
  const len = [...text].length;
  return len >= width ? text : text + ' '.repeat(width - len);
}

/** Breaks text into lines of at most `width` characters at spaces (long words are cut). */
export function wrapText(text: string, width: number): string[] {
  const words = oneLine(text).split(' ');
  const lines: string[] = [];
  let cur = '';
  for (let w of words) {
    while ([...w].length > width) {
      if (cur) {
        lines.push(cur);
        cur = '';
      }
      lines.push([...w].slice(0, width).join(''));
      w = [...w].slice(width).join('');
    }
    if (!cur) cur = w;
    else if ([...cur].length + 1 + [...w].length <= width) cur += ' ' + w;
    else {
      lines.push(cur);
      cur = w;
    }
  }
  if (cur) lines.push(cur);
  return lines.length ? lines : [''];
}
