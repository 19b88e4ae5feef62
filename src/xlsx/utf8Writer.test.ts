import fc from 'fast-check';
import { Utf8Writer } from './utf8Writer';

/** What a Utf8Writer hands on for these pieces, as one byte string. */
function written(pieces: string[]): Buffer {
  const chunks: Buffer[] = [];
  const w = new Utf8Writer({ write: (b) => chunks.push(Buffer.from(b)) });
  for (const p of pieces) w.write(p);
  w.end();
  return Buffer.concat(chunks);
}

const encoded = (s: string) => Buffer.from(new TextEncoder().encode(s));

describe('Utf8Writer', () => {
  it('writes what TextEncoder makes of each piece (surrogate pairs and lone halves included)', () => {
    const piece = fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('\ud83d\ude00', '\ud83d', '\ude00', 'ä', '€', '<c r="A1"/>'));
    fc.assert(fc.property(fc.array(piece), (pieces) => written(pieces).equals(Buffer.concat(pieces.map(encoded)))));
  });

  it('hands on text far longer than its buffer, nothing lost or split at the seams', () => {
    const long = 'Maßnahme & Bericht <✓> \ud83d\ude00 '.repeat(20_000);
    expect(written([long, 'x', long]).equals(encoded(long + 'x' + long))).toBe(true);
    // a four-byte character at every possible offset of a seam
    const pieces = Array.from({ length: 70_000 }, (_, i) => (i % 7 === 0 ? '\ud83d\ude00' : 'ab'));
    expect(written(pieces).equals(encoded(pieces.join('')))).toBe(true);
  });
});
