/** Property tests: parseDate never throws, always answers a valid DateValue, and reads back what it should. */
import fc from 'fast-check';
import { DateValueSchema, type DateValue } from '../model';
import { dayNumber, isValidDay, lastDayOfMonth } from './calendar';
import { findDateInText } from './text';
import { parseDate, readDate } from './parse';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function isRealIso(date: string): boolean {
  return ISO.test(date) && isValidDay(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/** The invariants every result must keep. */
function assertWellFormed(v: DateValue): void {
  expect(DateValueSchema.safeParse(v).success).toBe(true);
  if (v.error) {
    expect([v.start, v.end, v.precision, v.edtf]).toEqual([null, null, 'none', undefined]);
    return;
  }
  if (v.start !== null || v.end !== null) {
    expect(isRealIso(v.start!)).toBe(true);
    expect(isRealIso(v.end!)).toBe(true);
    expect(v.start! <= v.end!).toBe(true);
    expect(v.precision).not.toBe('none');
    expect(typeof v.edtf).toBe('string');
  } else {
    expect([v.precision, v.qualifier]).toEqual(['none', 'from']); // "Ab sofort"
  }
}

const pad = (n: number) => String(n).padStart(2, '0');
const NAMES = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const ABBREVS = ['Jan.', 'Febr.', 'Mrz.', 'Apr.', 'Mai', 'Jun.', 'Jul.', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'];

/** A real day between 1970 and 2069 (the two-digit-year window), as integers. */
const realDay = fc
  .record({ y: fc.integer({ min: 1970, max: 2069 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, lastDayOfMonth(y, m)) }));

describe('parseDate never throws and always answers a well-formed DateValue', () => {
  it('for arbitrary ASCII strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => assertWellFormed(parseDate(s))),
      { numRuns: 3000 },
    );
  });

  it('for arbitrary Unicode strings (any code point, graphemes)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => assertWellFormed(parseDate(s))),
      { numRuns: 2000 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (s) => assertWellFormed(parseDate(s))),
      { numRuns: 2000 },
    );
  });

  it('for date-shaped noise built from the grammar’s own pieces', () => {
    const piece = fc.constantFrom(
      ...[
        'ca.',
        'bis',
        'ab',
        'ab sofort',
        'spätestens',
        'Ende',
        'Anfang',
        'Mitte',
        'KW',
        'Q',
        'H',
        'Quartal',
        'Halbjahr',
        'Hj.',
        'Schuljahr',
        'SJ',
      ],
      ...['/', '.', '-', '–', ',', ' ', '  ', '\u00a0', '?', 'Uhr', ':', "'"],
      ...['Juni', 'Febr.', 'März', 'Mi,', 'Donnerstag', 'den', 'Sommer', 'Winter', 'im Jahr'],
      ...['2019', '2020', '19', '20', '31', '29', '13', '12', '1', '0', '00', '53', '99', '2500'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (parts) => assertWellFormed(parseDate(parts.join('')))),
      { numRuns: 2500 },
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 9 }), (parts) => assertWellFormed(parseDate(parts.join(' ')))),
      { numRuns: 2500 },
    );
  });

  it('for random day/month/year numbers, valid or not, in every notation', () => {
    const num = fc.integer({ min: 0, max: 99 });
    const year = fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1000, max: 3000 }), fc.integer({ min: 0, max: 99999 }));
    fc.assert(
      fc.property(num, num, year, (a, b, y) => {
        for (const text of [
          `${a}.${b}.${y}`,
          `${pad(a)}.${pad(b)}.${y}`,
          `${a}/${y}`,
          `${a}.${y}`,
          `${y}-${pad(a)}-${pad(b)}`,
          `${y}-${pad(a)}`,
          `${a}.-${b}.${pad(a)}.${y}`,
          `KW ${a}/${y}`,
          `Q${a} ${y}`,
          `${a}. Halbjahr ${y}`,
          `${y}/${b}`,
          `${a}. ${NAMES[b % 12]} ${y}`,
        ])
          assertWellFormed(parseDate(text));
      }),
      { numRuns: 600 },
    );
  });
});

describe('parseDate reads back what was written', () => {
  it('every real day as dd.mm.yyyy, d.m.yy, ISO and "d. Monat yyyy"', () => {
    fc.assert(
      fc.property(realDay, ({ y, m, d }) => {
        const iso = `${y}-${pad(m)}-${pad(d)}`;
        for (const text of [
          `${pad(d)}.${pad(m)}.${y}`,
          `${d}.${m}.${String(y).slice(2)}`,
          iso,
          `${d}. ${NAMES[m - 1]} ${y}`,
          `${d}. ${ABBREVS[m - 1]} ${y}`,
        ]) {
          const v = parseDate(text);
          expect([text, v.start, v.end, v.precision, v.qualifier, v.error]).toEqual([text, iso, iso, 'day', null, undefined]);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('every month as MM/YY, MM/YYYY, MM.YYYY, ISO and by name (full and abbreviated)', () => {
    fc.assert(
      fc.property(realDay, ({ y, m }) => {
        const start = `${y}-${pad(m)}-01`;
        const end = `${y}-${pad(m)}-${lastDayOfMonth(y, m)}`;
        for (const text of [
          `${pad(m)}/${String(y).slice(2)}`,
          `${m}/${y}`,
          `${pad(m)}.${y}`,
          `${y}-${pad(m)}`,
          `${NAMES[m - 1]} ${y}`,
          `${ABBREVS[m - 1]} ${y}`,
        ]) {
          const v = parseDate(text);
          expect([text, v.start, v.end, v.precision]).toEqual([text, start, end, 'month']);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a written weekday is flagged exactly when it is wrong', () => {
    const WEEKDAYS = ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'];
    fc.assert(
      fc.property(realDay, fc.integer({ min: 1, max: 7 }), ({ y, m, d }, written) => {
        const actual = ((((dayNumber(y, m, d) + 3) % 7) + 7) % 7) + 1;
        const v = parseDate(`${WEEKDAYS[written - 1]}, ${pad(d)}.${pad(m)}.${y}`);
        expect(v.start).toBe(`${y}-${pad(m)}-${pad(d)}`);
        expect(v.weekdayMismatch).toEqual(written === actual ? undefined : { written, actual });
      }),
      { numRuns: 500 },
    );
  });

  it('every ISO week 1–52 of every year is seven days, Monday to Sunday', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1970, max: 2069 }), fc.integer({ min: 1, max: 52 }), (y, w) => {
        const v = parseDate(`KW ${w}/${y}`);
        expect(v.precision).toBe('week');
        const s = v.start!;
        const e = v.end!;
        const days = (iso: string) => dayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
        expect(days(e) - days(s)).toBe(6);
        expect((((days(s) + 3) % 7) + 7) % 7).toBe(0); // Monday
      }),
    );
  });
});

describe('a context period', () => {
  const isoDay = realDay.map(({ y, m, d }) => `${y}-${pad(m)}-${pad(d)}`);
  const period = fc.tuple(isoDay, isoDay).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
  const yearless = fc.constantFrom(
    ...['Mai', 'Ende Juni', 'bis Ende Juni', '15.05.', '29.02.', '10. Juni', '2. Quartal', 'Q4', '2. Halbjahr', 'KW 12', 'KW 53'],
    ...['Juni bis August', 'Nov – Feb', 'nach den Sommerferien', 'vor den Herbstferien', 'in den Osterferien', 'nach den Weihnachtsferien'],
    ...['Jahresende', 'zum Schuljahresende', 'Anfang Schuljahr', 'Do, 15.05.', 'Mitte Mai'],
  );

  it('never changes a date that names its year, or any other error', () => {
    const piece = fc.constantFrom(
      ...['ca.', 'bis', 'ab', 'Ende', 'Anfang', 'Mitte', 'KW', 'Q', 'Quartal', 'Halbjahr', 'Schuljahr', 'nach den', 'Sommerferien'],
      ...['/', '.', '-', ' ', 'Juni', 'Mai', 'Winter', '2019', '2020', '19', '20', '31', '29', '13', '12', '1', '05.'],
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }), period, (parts, p) => {
        const text = parts.join(' ');
        const plain = parseDate(text);
        const inContext = parseDate(text, { period: p });
        if (plain.error === 'missing-year') {
          if (inContext !== plain) {
            expect(inContext).toMatchObject({ raw: text, yearAssumed: true });
            expect(inContext.error).toBeUndefined();
          }
        } else expect(inContext).toBe(plain);
      }),
      { numRuns: 3000 },
    );
  });

  it('lends a year only when exactly one puts the date inside the period', () => {
    fc.assert(
      fc.property(yearless, period, (text, p) => {
        const v = parseDate(text, { period: p });
        assertWellFormed(v);
        const fitting = [];
        for (let y = Number(p.start.slice(0, 4)) - 1; y <= Number(p.end.slice(0, 4)); y++) {
          const r = readDate(text, y);
          if (!r.error && r.start! >= p.start && r.end! <= p.end) fitting.push(r);
        }
        if (fitting.length === 1) {
          expect(v).toMatchObject({ raw: text, start: fitting[0].start, end: fitting[0].end, yearAssumed: true });
          expect(v.start! >= p.start && v.end! <= p.end).toBe(true);
        } else expect(v).toBe(parseDate(text)); // still missing-year, the shared value
      }),
      { numRuns: 1500 },
    );
  });

  it('in one calendar year reads a date as if that year were written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1971, max: 2068 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const year = { period: { start: `${y}-01-01`, end: `${y}-12-31` } };
        for (const [without, withYear] of [
          [NAMES[m - 1], `${NAMES[m - 1]} ${y}`],
          [`Ende ${NAMES[m - 1]}`, `Ende ${NAMES[m - 1]} ${y}`],
          [`${pad(d)}.${pad(m)}.`, `${pad(d)}.${pad(m)}.${y}`],
          [`${((m - 1) % 4) + 1}. Quartal`, `${((m - 1) % 4) + 1}. Quartal ${y}`],
          ['Herbstferien', `Herbstferien ${y}`],
        ]) {
          const a = parseDate(without, year);
          const b = parseDate(withYear);
          expect([without, a.start, a.end, a.precision, a.qualifier, a.yearAssumed]).toEqual([
            without,
            b.start,
            b.end,
            b.precision,
            b.qualifier,
            true,
          ]);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('findDateInText never throws', () => {
  it('for arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (s, withContext) => {
        const v = findDateInText(s, withContext ? { period: { start: '2020-01-01', end: '2020-12-31' } } : undefined);
        if (v) {
          assertWellFormed(v);
          expect(v.fromText).toBe(true);
          expect(s.includes(v.raw)).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('finds any real day written into a sentence', () => {
    fc.assert(
      fc.property(realDay, fc.string({ maxLength: 20 }), ({ y, m, d }, tail) => {
        const v = findDateInText(`Das Treffen findet am ${pad(d)}.${pad(m)}.${y} statt ${tail.replace(/\d/g, '')}`);
        expect(v?.start).toBe(`${y}-${pad(m)}-${pad(d)}`);
      }),
      { numRuns: 300 },
    );
  });
});
