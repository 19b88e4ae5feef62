import { cleanText } from './grid';

describe('cleanText', () => {
  it('leaves clean text as it is, the same string', () => {
    for (const s of ['', 'Ziel 7.47', 'a b\nc', 'Frau Hagen (KI)']) expect(cleanText(s)).toBe(s);
  });
  it('cleans edge, double and special spaces, tabs, control characters and line ends', () => {
    expect(cleanText(' Ziel')).toBe('Ziel');
    expect(cleanText('Ziel ')).toBe('Ziel');
    expect(cleanText('Ziel  7.47')).toBe('Ziel 7.47');
    expect(cleanText('Ziel\u00a07.47')).toBe('Ziel 7.47');
    expect(cleanText('Ziel\u20077.47\u202f')).toBe('Ziel 7.47');
    expect(cleanText('a\tb')).toBe('a b');
    expect(cleanText('a\r\nb')).toBe('a\nb');
    expect(cleanText('a \nb')).toBe('a\nb');
  });
});
