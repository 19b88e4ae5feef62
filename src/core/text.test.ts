import fc from 'fast-check';
import {
  cutAtWord,
  escapeRegExp,
  firstCharCode,
  isSpace,
  oneLine,
  replaceParens,
  replaceParenWith,
  trailingParen,
  trimEndWhere,
  ungender,
  wordCount,
} from './text';

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

describe('bracket helpers do what their regular expressions did, in linear time', () => {
  const bracketText = fc.array(fc.constantFrom('(', ')', 'a', '@', ' ', '\u00a0', 'Ä', '\t'), { maxLength: 14 }).map((cs) => cs.join(''));
  it('replaceParens = replace(/\\([^)]*\\)/g, by)', () => {
    expect(replaceParens('AWO (Kreisverband) Paderborn (Nord', ' ')).toBe('AWO   Paderborn (Nord');
    fc.assert(fc.property(bracketText, fc.constantFrom('', ' '), (t, by) => replaceParens(t, by) === t.replace(/\([^)]*\)/g, by)));
  });
  it('trailingParen = /^(.*?)\\s*\\(([^)]*)\\)\\s*$/', () => {
    expect(trailingParen('C. Schön (CWW) ')).toEqual({ before: 'C. Schön', inner: 'CWW' });
    expect(trailingParen('C. Schön (CWW) x')).toBeNull();
    fc.assert(
      fc.property(bracketText, (t) => {
        const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(t);
        const got = trailingParen(t);
        return m ? got !== null && got.before === m[1] && got.inner === m[2] : got === null;
      }),
    );
  });
  it('replaceParenWith = replace(/\\s*\\([^)]*@[^)]*\\)\\s*/, " ")', () => {
    expect(replaceParenWith('Frau Fulland (f.fulland@ksb.de) KSB', '@')).toBe('Frau Fulland KSB');
    fc.assert(fc.property(bracketText, (t) => replaceParenWith(t, '@') === t.replace(/\s*\([^)]*@[^)]*\)\s*/, ' ')));
  });
  it('answer at once on thousands of unclosed brackets', () => {
    const t = '(a@'.repeat(20000);
    // compared as booleans: a failure must not print 60 000 characters
    expect(replaceParens(t, ' ') === t).toBe(true);
    const p = trailingParen(t + ')');
    expect([p?.before, p?.inner === t.slice(1)]).toEqual(['', true]);
    expect(replaceParenWith(t, '@') === t).toBe(true);
  });
});

describe('oneLine and trimEndWhere do what their regular expressions did, in linear time', () => {
  const spacey = fc.array(fc.constantFrom(' ', '\n', '\t', '\r', '\u00a0', 'a', ':', '.'), { maxLength: 14 }).map((cs) => cs.join(''));
  it('oneLine = replace(/\\s*\\n\\s*/g, " ")', () => {
    expect(oneLine('Treffen\n  im Rathaus \n\n mit allen')).toBe('Treffen im Rathaus mit allen');
    fc.assert(fc.property(spacey, (t) => oneLine(t) === t.replace(/\s*\n\s*/g, ' ')));
  });
  it('trimEndWhere = replace(/[set]+$/, "")', () => {
    const drop = (ch: string) => isSpace(ch) || ch === ':' || ch === '.';
    fc.assert(fc.property(spacey, (t) => trimEndWhere(t, drop) === t.replace(/[\s:.]+$/, '')));
  });
  it('wordCount = trim().split(/\\s+/).length for a text with words', () => {
    expect(wordCount(' Duale Partner (Kammern)\u2003Schulen ')).toBe(4);
    expect(wordCount(' \n ')).toBe(0);
    fc.assert(fc.property(spacey, (t) => wordCount(t) === (t.trim() ? t.trim().split(/\s+/).length : 0)));
  });
  it('isSpace = /^\\s$/', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 2 }), spacey), (t) => isSpace(t) === /^\s$/.test(t)));
    for (const ch of ['\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'ä']) expect(isSpace(ch)).toBe(/^\s$/.test(ch));
  });
  it('answer at once on long runs of spaces', () => {
    const t = `a${' '.repeat(50000)}b`;
    expect(oneLine(t) === t).toBe(true);
    expect(trimEndWhere(t, isSpace) === t).toBe(true);
  });
});

describe('ungender', () => {
  it('reduces gender forms to the word they follow', () => {
    for (const t of [
      'Ansprechpartner*in',
      'Ansprechpartner:in',
      'Ansprechpartner_in',
      'Ansprechpartner/in',
      'Ansprechpartner/-in',
      'Ansprechpartner(in)',
      'Ansprechpartner/In',
    ])
      expect(ungender(t)).toBe('Ansprechpartner');
    expect(ungender('Partner:innen: Stadt')).toBe('Partner: Stadt');
    expect(ungender('Ansprechperson: Inge Lenz')).toBe('Ansprechperson: Inge Lenz');
  });
  it('changes what the gender expression finds, and nothing else', () => {
    const gender = /(\p{L})(?:[:*_]|\/-?)(?:in|innen)\b|\((?:in|innen)\)/giu;
    const texts = fc
      .array(fc.constantFrom('r', 'P', ':', '*', '_', '/', '-', '(', ')', 'i', 'n', 'I', 'N', 'e', ' ', 'ä'), { maxLength: 16 })
      .map((cs) => cs.join(''));
    fc.assert(fc.property(texts, (t) => ungender(t) === t.replace(gender, '$1')));
  });
});

describe('cutAtWord', () => {
  it('ends a cut text at a word with "…", never inside one', () => {
    const text = 'Kontakt zu Frau Schlüter → Frau Dreyer; Anfrage Regionalkonferenzen';
    for (let max = 10; max < text.length; max++) {
      const cut = cutAtWord(text, max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(cut.endsWith('…')).toBe(true);
      // what stands before the ellipsis is the start of the text, ending where a word ends
      const head = cut.slice(0, -1);
      expect(text.startsWith(head)).toBe(true);
      expect(text[head.length]).toMatch(/[\s;]/);
    }
    expect(cutAtWord(text, 200)).toBe(text);
    expect(cutAtWord('Sichtung der Unterlagen zu bestehenden Fortbildungen → Frau Hagen', 56)).toBe(
      'Sichtung der Unterlagen zu bestehenden Fortbildungen…',
    );
  });
  it('cuts a single word longer than the room where the room ends, and puts text on one line', () => {
    expect(cutAtWord('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…');
    expect(cutAtWord('Treffen\n  im Rathaus', 40)).toBe('Treffen im Rathaus');
    expect(cutAtWord('Kita-/Schulsozialarbeit', 12)).toBe('Kita-/…');
  });
});
