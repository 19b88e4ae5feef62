import { findDateInText } from './text';

describe('findDateInText', () => {
  it.each([
    [
      'Nächstes Treffen: Do, 17. Januar 2018 14.00 – 15.00 Uhr Mehrgenerationenhaus AWO Leo, Leostraße 45, 33098 Paderborn',
      'Do, 17. Januar 2018',
      '2018-01-17',
      { written: 4, actual: 3 },
    ],
    ['Nächste Sitzung: Di, 20.11.2018, 14 Uhr Familienzentrum Westenholz', 'Di, 20.11.2018', '2018-11-20', undefined],
    ['Nächstes Treffen: Mi, 14. November 2018, 16 Uhr BANG Starter Center Ostenland', 'Mi, 14. November 2018', '2018-11-14', undefined],
    ['Das Treffen findet am 17.01.2019 im Mehrgenerationenhaus AWO Leo statt.', '17.01.2019', '2019-01-17', undefined],
    ['Nächstes Treffen: Januar 2019', 'Januar 2019', '2019-01-01', undefined],
    ['Treffen im März 2020 geplant', 'März 2020', '2020-03-01', undefined],
    ['Auswertung bis 02/2019', '02/2019', '2019-02-01', undefined],
    ['Mittwoch, den 5. September 2018', 'Mittwoch, den 5. September 2018', '2018-09-05', undefined],
  ])('%s', (text, raw, start, mismatch) => {
    const v = findDateInText(text)!;
    expect(v).not.toBeNull();
    expect(v.raw).toBe(raw);
    expect(v.start).toBe(start);
    expect(v.fromText).toBe(true);
    expect(v.weekdayMismatch).toEqual(mismatch);
  });

  it.each([
    'Leostraße 45, 33098 Paderborn',
    '14.00 – 15.00 Uhr',
    'stärken die Quartiersarbeit in mindestens 5 Quartieren',
    'Ziele 7.47 und 7.49 werden gemeinsam umgesetzt',
    'Telefon: 0 52 51 – 29066-19',
    'Schulen der Sek I & Sek II',
    'Anteil steigt auf 10%',
    '',
  ])('finds nothing in %j', (text) => {
    expect(findDateInText(text)).toBeNull();
  });
});
