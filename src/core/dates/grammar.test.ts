import fc from 'fast-check';
import { type Assume, parseExpression, RULES } from './grammar';
import { normalize } from './normalize';
import { peelPrefixes } from './prefix';

/** The plain reading of the grammar: try every rule in order. */
function linearScan(text: string, assume?: Assume) {
  for (const { re, build } of RULES) {
    const m = re.exec(text);
    if (m) return build(m, assume);
  }
  return null;
}

describe('the rule index', () => {
  it('answers exactly what trying every rule in order answers', () => {
    const piece = fc.constantFrom(
      ...[
        'q',
        'h',
        'kw',
        'sj',
        'schuljahr',
        'juni',
        'sept.',
        'maerz',
        'winter',
        'sommer',
        'quartal',
        'qu.',
        'halbjahr',
        'hj',
        'erstes',
        'i.',
        'iv',
        'quartals',
        'schuljahres',
        'jahr',
        'sommerferien',
        'weihnachtsferien',
        'nach',
        'vor',
        'zu',
        'den',
      ],
      ...['/', '.', '-', ' ', "'", 'bis', 'und'],
      ...['2019', '2020', '19', '20', '1', '2', '12', '31', '06', '53', '00'],
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }),
        fc.boolean(),
        fc.option(fc.integer({ min: 1990, max: 2040 })),
        (parts, spaced, year) => {
          const { rest: text, part } = peelPrefixes(normalize(parts.join(spaced ? ' ' : '')));
          const assume = year === null && !part ? undefined : { year: year ?? undefined, part };
          expect(parseExpression(text, assume)).toEqual(linearScan(text, assume));
        },
      ),
      { numRuns: 20000 },
    );
  });

  it('for every form of the grammar tests', () => {
    for (const raw of [
      '01/19',
      '2019-05',
      '5.2019',
      'Febr. 19',
      '10.–12.06.2019',
      '10.-12. Juni 2019',
      '10 June 2020',
      '2020 Q1',
      '2020-Q1',
      '2020-21',
      '2020/21',
      '12. KW 2020',
      'KW12 2020',
      '1. Halbjahr 2019/20',
      'I. Quartal 2020',
      'erstes Halbjahr 2020',
      'Winter 2019/20',
      '03-05/19',
      '05.2019 - 07.2019',
      '28.06.-02.07.2019',
      '10.06.2019 - 12.06.2019',
      'Ende des 3. Quartals 2020',
      'Ende des Schuljahres 2019/20',
      'zum Schuljahresende 2020',
      'Ende des Jahres 2019',
      'nach den Sommerferien 2019',
      'vor den Herbstferien 2020',
      'bis zu den Osterferien 2021',
      'während der Sommerferien 2019',
      'Weihnachtsferien 2019/20',
    ]) {
      const { rest: text, part } = peelPrefixes(normalize(raw));
      const assume = part ? { part } : undefined;
      expect([raw, parseExpression(text, assume)]).toEqual([raw, linearScan(text, assume)]);
      expect([raw, parseExpression(text, assume)]).not.toEqual([raw, null]);
    }
  });
});
