import fc from 'fast-check';
import { escapeRegExp, firstCharCode } from './text';

describe('firstCharCode', () => {
  /** The reference: what /^\s*(\S)/ finds, ASCII letters lower-cased. */
  const reference = (t: string): number => {
    const m = /^\s*(\S)/.exec(t);
    if (!m) return 0;
    const c = m[1].charCodeAt(0);
    return c >= 65 && c <= 90 ? c + 32 : c;
  };
  it('finds the first character that is not white space, as \\s means it', () => {
    expect(firstCharCode('  Ziel 7.47')).toBe(122);
    expect(firstCharCode('\u2003\u00a0\tzwischenziel')).toBe(122);
    expect(firstCharCode(' \n ')).toBe(0);
    expect(firstCharCode('Ärger')).toBe(196);
    const spaces = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b');
    const text = fc.tuple(fc.array(spaces, { maxLength: 4 }), fc.string({ maxLength: 6 })).map(([s, t]) => s.join('') + t);
    fc.assert(fc.property(text, (t) => firstCharCode(t) === reference(t)));
  });
});

describe('escapeRegExp', () => {
  it('makes any text match itself literally', () => {
    expect(new RegExp(escapeRegExp('e.V. (AWO)*')).test('AWO e.V. (AWO)*!')).toBe(true);
    fc.assert(fc.property(fc.string(), (t) => new RegExp(`^${escapeRegExp(t)}$`).test(t)));
  });
});
