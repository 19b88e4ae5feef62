import fc from 'fast-check';
import { escapeCellText, escapeXml } from './xml';
import { XmlBytes } from './xmlBytes';

/** What XmlBytes writes, as one string (decoded as UTF-8). */
function written(write: (x: XmlBytes) => void): string {
  const chunks: Uint8Array[] = [];
  const x = new XmlBytes({ write: (b) => chunks.push(b.slice()) });
  write(x);
  x.end();
  return Buffer.concat(chunks).toString('utf8');
}

const encoded = (s: string) => Buffer.from(new TextEncoder().encode(s)).toString('utf8');

/** Text with what escaping is about: markup characters, control characters, escapes, surrogates (paired and lone). */
const tricky = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '&',
        '<',
        '>',
        '"',
        "'",
        '\u0001',
        '\u000b',
        '\t',
        '\n',
        '\ufffe',
        '\uffff',
        '_x0041_',
        '_x005F_x0041_',
        '_X0041_',
        '_x00g1_',
      ),
      fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'ä', '€', '✓'),
    ),
  )
  .map((parts) => parts.join(''));

describe('XmlBytes', () => {
  it('escapes cell text as escapeCellText and encodes it as TextEncoder does', () => {
    fc.assert(fc.property(tricky, (s) => written((x) => x.text(s)) === encoded(escapeCellText(s))));
  });

  it('escapes attribute values as escapeXml', () => {
    fc.assert(fc.property(tricky, (s) => written((x) => x.attr(s)) === encoded(escapeXml(s))));
  });

  it('writes markup unchanged and numbers as JavaScript does', () => {
    const numbers = [0, 7, 10, 99, 100, 43_831, 2_147_483_647, 2_147_483_648, -1, -12.5, 0.1, 1e21, 1.5e-7];
    expect(written((x) => numbers.forEach((n) => (x.raw(' '), x.number(n))))).toBe(numbers.map((n) => ` ${n}`).join(''));
    expect(written((x) => x.raw('<c r="A1">ä'))).toBe('<c r="A1">ä');
  });

  it('hands on text longer than its buffer in pieces, nothing lost at the seams', () => {
    const long = 'Maßnahme & Bericht <✓> _x0041_ \ud83d\ude00 '.repeat(20_000);
    expect(written((x) => x.text(long))).toBe(encoded(escapeCellText(long)));
    const many = Array.from({ length: 30_000 }, (_, i) => i * 7919);
    expect(written((x) => many.forEach((n) => (x.uint(n), x.raw(','))))).toBe(many.map((n) => `${n},`).join(''));
  });
});
