import { parseDate } from './dates';
import { formatDate, formatDay, isoWeek, readDay, truncate, wrapText } from './format';

describe('formatDate', () => {
  it.each([
    ['Ca. 06/19', 'ca. Juni 2019', 'approx. Jun 2019'],
    ['Bis 8/20', 'bis Aug. 2020', 'by Aug 2020'],
    ['ab 09/19', 'ab Sept. 2019', 'from Sep 2019'],
    ['14.11.18', '14.11.2018', '2018-11-14'],
    ['10.–12.06.2019', '10.–12.06.2019', '2019-06-10 – 2019-06-12'],
    ['Ca. Jan / Feb 2019', 'ca. Jan.–Feb. 2019', 'approx. Jan–Feb 2019'],
    ['Nov 2019 – Feb 2020', 'Nov. 2019 – Feb. 2020', 'Nov 2019 – Feb 2020'],
    ['KW 12/2020', 'KW 12/2020', 'CW 12/2020'],
    ['Q1/2020', 'Q1/2020', 'Q1/2020'],
    ['2. Halbjahr 2019', '2. Hj. 2019', 'H2 2019'],
    ['Sommer 2019', 'ca. Sommer 2019', 'approx. Summer 2019'],
    ['Winter 2019', 'ca. Winter 2019/20', 'approx. Winter 2019/20'],
    ['Schuljahr 2020/21', 'Schuljahr 2020/21', 'School year 2020/21'],
    ['2019', '2019', '2019'],
    ['Ende 2019', 'ca. Sept.–Dez. 2019', 'approx. Sep–Dec 2019'],
    ['Anfang Juni 2020', 'ca. 01.–10.06.2020', 'approx. 2020-06-01 – 2020-06-10'],
    ['Ab sofort', 'Ab sofort', 'Ab sofort'],
    ['laufend', 'laufend', 'ongoing'],
    ['nach Absprache', 'nach Absprache', 'nach Absprache'],
  ])('%s', (raw, de, en) => {
    expect(formatDate(parseDate(raw), 'de')).toBe(de);
    expect(formatDate(parseDate(raw), 'en')).toBe(en);
  });
  it('is empty for no date', () => expect(formatDate(null, 'de')).toBe(''));
});

describe('days as people type them', () => {
  it('reads 15.11.2019, 1.2.2020 and 2019-11-15, and says why anything else is no day', () => {
    expect(readDay('15.11.2019')).toEqual({ iso: '2019-11-15' });
    expect(readDay(' 1.2.2020 ')).toEqual({ iso: '2020-02-01' });
    expect(readDay('2019-11-15')).toEqual({ iso: '2019-11-15' });
    expect(readDay('30.02.2019')).toEqual({ error: 'impossible' });
    expect(readDay('15/11/2019')).toEqual({ error: 'format' });
    expect(readDay('15.11.19')).toEqual({ error: 'format' });
    expect(readDay('01.01.0999')).toEqual({ error: 'early' });
  });
  it('writes days German style in German, ISO in English', () => {
    expect(formatDay('2019-11-15', 'de')).toBe('15.11.2019');
    expect(formatDay('2019-11-15', 'en')).toBe('2019-11-15');
  });
});

describe('text helpers', () => {
  it('computes ISO weeks across year ends', () => {
    expect(isoWeek('2021-01-03')).toEqual({ week: 53, year: 2020 });
    expect(isoWeek('2019-12-30')).toEqual({ week: 1, year: 2020 });
  });
  it('truncates and wraps', () => {
    expect(truncate('abcdef', 4)).toBe('abc…');
    // a cut ends at a word, never inside one ("Anfrage Regionalkonf")
    expect(truncate('Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen', 50)).toBe(
      'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage…',
    );
    expect(truncate('ab\ncd', 10)).toBe('ab cd');
    expect(wrapText('eins zwei drei vier', 9)).toEqual(['eins zwei', 'drei vier']);
    expect(wrapText('Donaudampfschifffahrt', 10)).toEqual(['Donaudampf', 'schifffahr', 't']);
  });
});
