import fc from 'fast-check';
import { DateValueSchema } from '../model';
import { dateInHeader, leadingDate } from './label';

const in2020 = { period: { start: '2020-01-01', end: '2020-12-31' } };

describe('leadingDate', () => {
  it.each<[string, string, Record<string, unknown>, string]>([
    ['Di, 26.05.2020: Entwurf liegt vor', 'Di, 26.05.2020', { start: '2020-05-26', precision: 'day' }, 'Entwurf liegt vor'],
    ['26.05.2020: Entwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['26.05.2020 - Entwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['26.05.2020 – Entwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['26.05.2020, Entwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['26.05.2020\nEntwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['26.05.2020\r\nEntwurf liegt vor', '26.05.2020', { start: '2020-05-26' }, 'Entwurf liegt vor'],
    ['Dienstag, 26.05.2020: Entwurf', 'Dienstag, 26.05.2020', { start: '2020-05-26' }, 'Entwurf'],
    ['Mai 2020: Entwurf liegt vor', 'Mai 2020', { start: '2020-05-01', end: '2020-05-31', precision: 'month' }, 'Entwurf liegt vor'],
    ['05/20 – Gespräch mit Frau Özdemir', '05/20', { start: '2020-05-01', precision: 'month' }, 'Gespräch mit Frau Özdemir'],
    ['2020-05-26: fertig', '2020-05-26', { start: '2020-05-26', precision: 'day' }, 'fertig'], // dashes inside the date
    ['03/19 - 05/19: Auswertung', '03/19 - 05/19', { start: '2019-03-01', end: '2019-05-31' }, 'Auswertung'], // the longest date
    ['10.–12.06.2019: Workshop', '10.–12.06.2019', { start: '2019-06-10', end: '2019-06-12' }, 'Workshop'],
    ['26.05.2020 - 10 Teilnehmer, gut', '26.05.2020', { start: '2020-05-26' }, '10 Teilnehmer, gut'],
    ['  26.05.2020 :  Entwurf  ', '26.05.2020', { start: '2020-05-26' }, 'Entwurf'],
    ['26.05.2020', '26.05.2020', { start: '2020-05-26' }, ''],
    ['ca. 06/20: Termin offen', 'ca. 06/20', { start: '2020-06-01', qualifier: 'approx' }, 'Termin offen'],
  ])('%j', (text, raw, fields, rest) => {
    const found = leadingDate(text);
    expect(found).not.toBeNull();
    expect(found!.date).toMatchObject({ raw, ...fields });
    expect(found!.date.error).toBeUndefined();
    expect(found!.date.fromText).toBeUndefined();
    expect(found!.rest).toBe(rest);
    expect(text.slice(0, found!.dateEnd).trim()).toBe(raw);
    expect(DateValueSchema.safeParse(found!.date).success).toBe(true);
  });

  it('checks the weekday and records a mismatch', () => {
    expect(leadingDate('Di, 26.05.2020: ok')!.date.weekdayMismatch).toBeUndefined();
    expect(leadingDate('Do, 26.05.2020: ok')!.date.weekdayMismatch).toEqual({ written: 4, actual: 2 });
  });

  it('takes the year of a date without one from the context', () => {
    expect(leadingDate('26.05.: Entwurf', in2020)).toMatchObject({
      date: { raw: '26.05.', start: '2020-05-26', yearAssumed: true },
      rest: 'Entwurf',
    });
    expect(leadingDate('Mai: Entwurf', in2020)).toMatchObject({ date: { start: '2020-05-01', yearAssumed: true }, rest: 'Entwurf' });
    expect(leadingDate('26.05.: Entwurf')).toBeNull();
    expect(leadingDate('Mai: Entwurf')).toBeNull();
  });

  it('takes a full day followed by a space ("11.05.21 Rückmeldung per Mail")', () => {
    expect(leadingDate('26.05.2020 Entwurf liegt vor')).toMatchObject({ date: { start: '2020-05-26' }, rest: 'Entwurf liegt vor' });
    expect(leadingDate('Di 26.05.2020 Entwurf')).toMatchObject({ date: { start: '2020-05-26' }, rest: 'Entwurf' });
  });

  it.each([
    'Entwurf liegt vor, Termin folgt',
    'Entwurf: 26.05.2020',
    'Frau Özdemir - Gespräch',
    '7.47: Flyer', // goal ids
    '12.71 - Gespräch',
    '1. Treffen: gut',
    'laufend: Gespräche',
    '31.02.2020: unmöglich',
    '26.05 Entwurf liegt vor', // no separator and no year: not a day for sure
    '7.47 Flyer',
    '',
    `${'x'.repeat(70)}: 26.05.2020`,
  ])('finds no leading date in %j', (text) => {
    expect(leadingDate(text)).toBeNull();
  });

  it('never throws, and what it finds starts the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), (s) => {
        const found = leadingDate(s);
        if (!found) return;
        expect(DateValueSchema.safeParse(found.date).success).toBe(true);
        expect(s.slice(0, found.dateEnd).trim()).toBe(found.date.raw);
        expect(s.endsWith(found.rest)).toBe(true);
      }),
      { numRuns: 1500 },
    );
    expect(leadingDate(42 as unknown as string)).toBeNull();
  });
});

describe('dateInHeader', () => {
  it.each<[string, string, Record<string, unknown>]>([
    ['Nachfrage Mai 2020', 'Mai 2020', { start: '2020-05-01', end: '2020-05-31', precision: 'month' }],
    ['Nov 2020', 'Nov 2020', { start: '2020-11-01', end: '2020-11-30', precision: 'month' }],
    ['Abfrage 11/2020', '11/2020', { start: '2020-11-01', precision: 'month' }],
    ['Telefonat 05/20', '05/20', { start: '2020-05-01', precision: 'month' }],
    ['Telefonische Nachfrage 05/2020', '05/2020', { start: '2020-05-01' }],
    ['Stand: 11/2020', '11/2020', { start: '2020-11-01' }],
    ['2. Nachfrage (Mai 2020)', 'Mai 2020', { start: '2020-05-01' }],
    ['Nachfrage Mai 2020 (telefonisch)', 'Mai 2020', { start: '2020-05-01' }],
    ['Nachfrage\nNovember 2019', 'November 2019', { start: '2019-11-01' }],
    ['Nachfrage am 26.05.2020', 'am 26.05.2020', { start: '2020-05-26', precision: 'day' }],
    ['Runde Q2/2020', 'Q2/2020', { start: '2020-04-01', precision: 'quarter' }],
    ['Stand der Umsetzung zum 30.11.2020, telefonisch erfragt bei allen Federführenden', '30.11.2020', { start: '2020-11-30' }],
  ])('%j', (text, raw, fields) => {
    const date = dateInHeader(text);
    expect(date).toMatchObject({ raw, ...fields });
    expect(date!.error).toBeUndefined();
    expect(date!.fromText).toBeUndefined();
  });

  it('takes the year of a header without one from the context', () => {
    expect(dateInHeader('Nachfrage Mai', in2020)).toMatchObject({ raw: 'Mai', start: '2020-05-01', yearAssumed: true });
    expect(dateInHeader('Nachfrage Mai')).toBeNull();
    expect(dateInHeader('Nachfrage Mai', { period: { start: '2018-01-01', end: '2023-12-31' } })).toBeNull();
  });

  it.each([
    'Nachfrage',
    'Nachfrage 1',
    '1. Nachfrage',
    'Ziel 7.47',
    'Mittlerziel 12.71',
    'Meilenstein 3',
    'Stand der Umsetzung',
    '',
    '   ',
  ])('finds no date in %j', (text) => expect(dateInHeader(text)).toBeNull());
});
