import { columnIndex, columnLetters, fromA1, parseRange, quoteSheetName, rangeA1, toA1 } from './a1';

describe('A1 addresses', () => {
  it('converts columns both ways', () => {
    for (const [i, s] of [
      [0, 'A'],
      [25, 'Z'],
      [26, 'AA'],
      [27, 'AB'],
      [701, 'ZZ'],
      [702, 'AAA'],
      [16383, 'XFD'],
    ] as const) {
      expect(columnLetters(i)).toBe(s);
      expect(columnIndex(s)).toBe(i);
    }
    expect(columnIndex('a1')).toBe(-1);
  });
  it('parses and formats cells and ranges', () => {
    expect(toA1(6, 1)).toBe('B7');
    expect(fromA1('$B$7')).toEqual({ row: 6, col: 1 });
    expect(fromA1('XFD1048576')).toEqual({ row: 1048575, col: 16383 });
    expect(fromA1('XFE1')).toBeNull();
    expect(fromA1('A0')).toBeNull();
    expect(parseRange("'My Sheet'!C3:A1")).toEqual({ r1: 0, c1: 0, r2: 2, c2: 2 });
    expect(rangeA1(0, 0, 0, 0)).toBe('A1');
    expect(rangeA1(0, 0, 2, 2)).toBe('A1:C3');
  });
  it('shares the addresses it made before, and still makes any address', () => {
    expect(toA1(41, 3)).toBe('D42');
    expect(toA1(41, 3)).toBe(toA1(41, 3));
    expect(toA1(0, 63)).toBe('BL1');
    // outside the shared part of the sheet
    expect(toA1(8191, 63)).toBe('BL8192');
    expect(toA1(8192, 0)).toBe('A8193');
    expect(toA1(0, 64)).toBe('BM1');
    expect(toA1(1048575, 16383)).toBe('XFD1048576');
    for (let r = 0; r < 300; r += 7) for (let c = 0; c < 80; c += 3) expect(toA1(r, c)).toBe(columnLetters(c) + (r + 1));
  });
  it('quotes sheet names', () => {
    expect(quoteSheetName("Bob's")).toBe("'Bob''s'");
  });
});
