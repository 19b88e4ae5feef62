import { escapeCellText, escapeXml, unescapeXml } from './xml';

describe('XML escapes', () => {
  it('escape markup characters and characters XML cannot hold, and leave other text as it is', () => {
    expect(escapeXml('"Tom" & <Jerry>\u0001\uffff')).toBe('&quot;Tom&quot; &amp; &lt;Jerry&gt;_x0001__xFFFF_');
    expect(escapeCellText('"Tom" & <Jerry>\u0001')).toBe('"Tom" &amp; &lt;Jerry&gt;_x0001_');
    for (const plain of ['Maßnahme 7: Treffen – „Abstimmung“ ✓', '', 'x_y', '_x12_', '\t\n\r']) {
      expect(escapeXml(plain)).toBe(plain);
      expect(escapeCellText(plain)).toBe(plain);
    }
  });

  it('escape a literal _xHHHH_ in cell text, so Excel does not read it as an escape', () => {
    expect(escapeCellText('a_x0041_b')).toBe('a_x005F_x0041_b');
    expect(escapeCellText('_x005F_x0041_')).toBe('_x005F_x005F_x0041_');
    expect(escapeXml('a_x0041_b')).toBe('a_x0041_b');
  });

  it('unescape what escapeXml wrote', () => {
    expect(unescapeXml(escapeXml('"Tom" & <Jerry>'))).toBe('"Tom" & <Jerry>');
  });
});
