import { DateValueSchema } from '../model';
import fc from 'fast-check';
import { findDateInText, mayHoldWeekdayDate } from './text';

describe('findDateInText finds', () => {
  it.each<[string, string, Partial<{ start: string; end: string; precision: string }>, { written: number; actual: number } | undefined]>([
    [
      'Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr Mehrgenerationenhaus AWO Leo, Leostraße 45, 33098 Paderborn',
      'Do, 17. Januar 2018',
      { start: '2018-01-17', end: '2018-01-17', precision: 'day' },
      { written: 4, actual: 3 },
    ],
    [
      'Nächste Sitzung: Di, 20.11.2018, 14 Uhr Familienzentrum Westenholz',
      'Di, 20.11.2018',
      { start: '2018-11-20', precision: 'day' },
      undefined,
    ],
    [
      'Nächstes Treffen: Mi, 14. November 2018, 16 Uhr BANG Starter Center',
      'Mi, 14. November 2018',
      { start: '2018-11-14', precision: 'day' },
      undefined,
    ],
    ['Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus statt', '17.01.2019', { start: '2019-01-17', precision: 'day' }, undefined],
    ['Nächstes Treffen: Januar 2019', 'Januar 2019', { start: '2019-01-01', end: '2019-01-31', precision: 'month' }, undefined],
    ['Treffen im März 2020 geplant', 'März 2020', { start: '2020-03-01', precision: 'month' }, undefined],
    ['Auswertung bis 02/2019', '02/2019', { start: '2019-02-01', end: '2019-02-28', precision: 'month' }, undefined],
    ['Mittwoch, den 5. September 2018', 'Mittwoch, den 5. September 2018', { start: '2018-09-05' }, undefined],
    ['Termin: Fr. 18.01.19 im Rathaus', 'Fr. 18.01.19', { start: '2019-01-18' }, undefined],
    ['Treffen Mi,14.11.2018 im Rathaus', 'Mi,14.11.2018', { start: '2018-11-14' }, undefined],
    ['Also, 17.01.2019 war gut', '17.01.2019', { start: '2019-01-17' }, undefined], // "so" inside a word is no Sunday
    ['Sitzung am Sa., 7.2.2019, 9:30 Uhr', 'Sa., 7.2.2019', { start: '2019-02-07' }, { written: 6, actual: 4 }],
    ['Workshop 10.–12.06.2019 in Paderborn', '10.–12.06.2019', { start: '2019-06-10', end: '2019-06-12', precision: 'day' }, undefined],
    ['Export vom 2019-05-14', '2019-05-14', { start: '2019-05-14', precision: 'day' }, undefined],
    ['Start in KW 12/2020, Raum 4', 'KW 12/2020', { start: '2020-03-16', precision: 'week' }, undefined],
    ['Bericht im Q1/2020', 'Q1/2020', { start: '2020-01-01', precision: 'quarter' }, undefined],
    // an impossible date is skipped, the next real one is found
    ['Nicht am 31.02.2019, sondern am 03.03.2019', '03.03.2019', { start: '2019-03-03' }, undefined],
  ])('%s', (text, raw, fields, mismatch) => {
    const v = findDateInText(text)!;
    expect(v).not.toBeNull();
    expect(v).toMatchObject({ raw, fromText: true, qualifier: null, ...fields });
    expect(v.error).toBeUndefined();
    expect(v.weekdayMismatch).toEqual(mismatch);
    expect(DateValueSchema.safeParse(v).success).toBe(true);
  });

  it('prefers a day over a month named earlier', () => {
    expect(findDateInText('Im Januar 2019, genauer am 17.01.2019')).toMatchObject({ raw: '17.01.2019', precision: 'day' });
  });

  it('takes the earliest date of the same kind', () => {
    expect(findDateInText('Am 17.01.2019 und am 24.01.2019')).toMatchObject({ raw: '17.01.2019' });
  });
});

describe('findDateInText results', () => {
  it('are shared and frozen, and carry fromText', () => {
    const a = findDateInText('Treffen am Di, 20.11.2018 im Rathaus')!;
    expect(findDateInText('Nächste Sitzung: Di, 20.11.2018, 14 Uhr')).toBe(a);
    expect(a).toMatchObject({ raw: 'Di, 20.11.2018', fromText: true });
    expect(() => {
      (a as { fromText?: boolean }).fromText = false;
    }).toThrow(TypeError);
  });
});

describe('findDateInText ignores', () => {
  it.each([
    'Leostraße 45, 33098 Paderborn',
    '14.00 – 15.00 Uhr',
    'Treffen 14:00-15:00 Uhr',
    'stärken die Quartiersarbeit in mindestens 5 Quartieren',
    'Ziele 7.47 und 7.49 werden gemeinsam umgesetzt',
    'Ziel 07:47 und 07.49',
    'Telefon: 0 52 51 – 29066-19',
    'Tel. 05251/29066-19',
    'Schulen der Sek I & Sek II',
    'Anteil steigt auf 10%',
    'Anteil 12,5 %',
    'Termin 06/19 (MM/YY aus Freitext wird nicht gelesen)',
    'Version 1.2.3',
    'IP 192.168.1.1',
    'Am 17.01. um 14 Uhr',
    'Jan kommt 2019 wieder', // a name, not a month followed by its year
    '',
    'keine Zahlen hier',
  ])('%j', (text) => {
    expect(findDateInText(text)).toBeNull();
  });
});

describe('mayHoldWeekdayDate', () => {
  it('passes texts with a weekday and a day form, and only those', () => {
    expect(mayHoldWeekdayDate('Nächstes Treffen: Do, 17. Januar 2018 14.00 Uhr')).toBe(true);
    expect(mayHoldWeekdayDate('Di, 20.11.2018, 14 Uhr')).toBe(true);
    expect(mayHoldWeekdayDate('Treffen am Mittwoch, 2019-05-14')).toBe(true);
    expect(mayHoldWeekdayDate('Maßnahme 1234: Treffen am Donnerstag')).toBe(false);
    expect(mayHoldWeekdayDate('Treffen am 17.01.2019 im Rathaus')).toBe(false);
    expect(mayHoldWeekdayDate('')).toBe(false);
  });

  it('never skips a text in which a weekday mismatch can be found', () => {
    const weekday = fc.constantFrom('Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So', 'Montag', 'Donnerstag', 'Thu', 'Friday');
    const sep = fc.constantFrom(', ', '. ', ' ', ',', ', den ');
    const month = fc.constantFrom('Januar', 'Feb.', 'März', 'Sept', 'November', 'Dezember');
    const day = fc.integer({ min: 1, max: 28 });
    const date = fc.oneof(
      fc.tuple(day, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2015, max: 2025 })).map(([d, m, y]) => `${d}.${m}.${y}`),
      fc.tuple(day, month, fc.integer({ min: 2015, max: 2025 })).map(([d, m, y]) => `${d}. ${m} ${y}`),
      fc.tuple(day, month, fc.integer({ min: 2015, max: 2025 })).map(([d, m, y]) => `${d} ${m} ${y}`),
      fc
        .tuple(fc.integer({ min: 2015, max: 2025 }), fc.integer({ min: 1, max: 12 }), day)
        .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), weekday, sep, date, fc.string({ maxLength: 20 }), (before, w, s, d, after) => {
        const text = `${before} ${w}${s}${d} ${after}`;
        const found = findDateInText(text);
        if (found?.weekdayMismatch) expect(mayHoldWeekdayDate(text)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('weekdays around a day in text', () => {
  const mismatch = (t: string) => findDateInText(t)?.weekdayMismatch ?? null;
  it('takes a weekday after the day in brackets, or spelled out after it', () => {
    expect(findDateInText('Treffen 17.01.2018 (Do) im Rathaus')).toMatchObject({
      raw: '17.01.2018 (Do)',
      start: '2018-01-17',
      weekdayMismatch: { written: 4, actual: 3 },
    });
    expect(mismatch('17.01.2018, Donnerstag, 14 Uhr')).toEqual({ written: 4, actual: 3 });
    expect(findDateInText('17.01.2018 (Mi.)')).toMatchObject({ raw: '17.01.2018 (Mi.)', start: '2018-01-17' });
    expect(mismatch('17.01.2018 (Mi.)')).toBeNull();
  });
  it('reads "am Donnerstag, dem 17. Januar 2018" with its weekday', () => {
    expect(findDateInText('am Donnerstag, dem 17. Januar 2018')).toMatchObject({
      raw: 'Donnerstag, dem 17. Januar 2018',
      weekdayMismatch: { written: 4, actual: 3 },
    });
  });
  it('does not take a short word after a day for a weekday', () => {
    expect(mismatch('Treffen am 17.01.2018 so wie geplant')).toBeNull();
    expect(mismatch('am 17.01.2018, so dass alle kommen')).toBeNull();
    expect(findDateInText('am 17.01.2018, so dass alle kommen')?.raw).toBe('17.01.2018');
  });
});

describe('findDateInText with a context period', () => {
  const in2020 = { period: { start: '2020-01-01', end: '2020-12-31' } };

  it.each<[string, string, Record<string, unknown>]>([
    ['Treffen am 15.05. im Rathaus', '15.05.', { start: '2020-05-15', precision: 'day' }],
    ['Treffen am 5.05. im Rathaus', '5.05.', { start: '2020-05-05' }],
    ['Treffen am 15.5. im Rathaus', '15.5.', { start: '2020-05-15' }],
    ['Treffen am 14. November im Rathaus', '14. November', { start: '2020-11-14' }],
    ['Treffen am 3. März', '3. März', { start: '2020-03-03' }],
    ['Treffen Fr, 15.05. im Rathaus', 'Fr, 15.05.', { start: '2020-05-15' }],
  ])('%s', (text, raw, fields) => {
    const v = findDateInText(text, in2020);
    expect(v).toMatchObject({ raw, ...fields, fromText: true, yearAssumed: true });
    expect(DateValueSchema.safeParse(v).success).toBe(true);
    expect(findDateInText(text)).toBeNull(); // without a context: no year, no date
  });

  it('checks a weekday before a day without its year', () => {
    expect(findDateInText('Treffen Do, 15.05. im Rathaus', in2020)).toMatchObject({
      raw: 'Do, 15.05.',
      weekdayMismatch: { written: 4, actual: 5 },
    });
  });

  it('prefers a date with its year, and leaves ambiguous or impossible days alone', () => {
    expect(findDateInText('am 15.05. oder am 20.06.2020', in2020)).toMatchObject({ raw: '20.06.2020' });
    expect(findDateInText('Treffen am 15.05.', { period: { start: '2018-01-01', end: '2023-12-31' } })).toBeNull();
    expect(findDateInText('Treffen am 31.02.', in2020)).toBeNull();
    expect(findDateInText('Treffen am 31.02. oder am 03.03.', in2020)).toMatchObject({ raw: '03.03.' });
  });

  it.each(['Ziel 7.47. wird erreicht', 'siehe 1.2. und 1.3.', 'Kapitel 12.71.', 'Version 2.0.1', 'Raum 15.05.3'])(
    'finds no day in %j',
    (text) => {
      expect(findDateInText(text, in2020)).toBeNull();
    },
  );

  it('shares its readings per context', () => {
    const a = findDateInText('am 15.05. im Rathaus', in2020);
    expect(findDateInText('Treffen am 15.05.', in2020)).toBe(a);
    expect(findDateInText('am 15.05.', { period: { start: '2021-01-01', end: '2021-12-31' } })).toMatchObject({ start: '2021-05-15' });
  });
});
