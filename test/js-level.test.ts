/**
 * Copied scripts at the one JavaScript level (scripts/js-level.js): left alone when they parse
 * at it, lowered when they do not, as an office.js update with newer syntax would be.
 */
const { atTargetLevel, parsesAt } = require('../scripts/js-level.js') as {
  atTargetLevel(content: string | Buffer, file?: string): string | Buffer;
  parsesAt(code: string, ecmaVersion?: number): boolean;
};

describe('a copied script', () => {
  it('stays byte for byte when it parses at the target level', () => {
    const es5 = Buffer.from('var Office = window.Office || {}; Office.x = function (a) { return a != null ? a : 1; };');
    expect(atTargetLevel(es5)).toBe(es5);
  });

  it('is lowered when it uses newer syntax, and then parses at the level', () => {
    const newer =
      'class Host { static #count = 0; static { Host.ready = true; } get(a) { return a?.b ?? Host.#count; } }\nwindow.Host = Host;';
    expect(parsesAt(newer)).toBe(false);
    const lowered = String(atTargetLevel(newer, 'excel-win32-16.02.js'));
    expect(parsesAt(lowered)).toBe(true);
    // still the same program
    const w: { Host?: { ready: boolean; new (): { get(a: unknown): unknown } } } = {};
    new Function('window', lowered)(w);
    expect(w.Host!.ready).toBe(true);
    expect(new w.Host!().get({ b: 7 })).toBe(7);
    expect(new w.Host!().get(null)).toBe(0);
  });
});
