import fc from 'fast-check';
import { RowSweep } from './sweep';

describe('RowSweep', () => {
  it('gives, for each row, exactly the ranges spanning it, in the order given', () => {
    const span = fc.tuple(fc.nat(30), fc.nat(10)).map(([r1, h]) => ({ r1, r2: r1 + h }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 40 }), (boxes) => {
        const sweep = new RowSweep(boxes);
        let before: unknown[] = [];
        for (let row = 0; row <= 45; row++) {
          const changed = sweep.moveTo(row);
          const expected = boxes.filter((b) => b.r1 <= row && row <= b.r2);
          expect(sweep.active).toEqual(expected);
          expect(sweep.active.every((b, i) => b === expected[i])).toBe(true);
          expect(changed).toBe(before.length !== expected.length || before.some((b, i) => b !== expected[i]));
          before = expected;
        }
      }),
    );
  });

  it('knows the rows the ranges cover, and refuses to go back', () => {
    const sweep = new RowSweep([
      { r1: 4, r2: 9 },
      { r1: 2, r2: 3 },
    ]);
    expect([sweep.firstRow, sweep.lastRow]).toEqual([2, 9]);
    expect(new RowSweep([]).lastRow).toBe(-1);
    sweep.moveTo(5);
    expect(() => sweep.moveTo(4)).toThrow();
  });
});
