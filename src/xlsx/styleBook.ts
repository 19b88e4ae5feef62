/**
 * The workbook's styles part (xl/styles.xml), extended in place: the cell formats Zielwerk's
 * sheets need are appended as new fonts, fills, borders, number formats and cell formats;
 * everything already there keeps its index, so the user's own sheets look exactly as before.
 */
import { argb, BORDER_COLOR, type Style } from './cellStyles';
import { escapeXml, unescapeXml } from './xml';

interface Section {
  tag: string;
  /** Existing children, counted. */
  count: number;
  added: string[];
}

/** Where a missing section goes: before the first of these that exists. */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];

const BUILTIN_FORMATS: Record<string, number> = { General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10 };

export class StyleBook {
  private readonly sections = new Map<string, Section>();
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private readonly pieces = new Map<string, number>();
  private readonly xfs = new Map<Style, number>();
  private readonly dxfs = new Map<string, number>();

  /** Null when the part is not a styles part this class can extend. */
  static parse(xml: string): StyleBook | null {
    if (!/<styleSheet\b[^>]*xmlns="http:\/\/schemas\.openxmlformats\.org\/spreadsheetml\/2006\/main"/.test(xml)) return null;
    return new StyleBook(xml);
  }

  private constructor(private readonly xml: string) {
    const child: Record<string, RegExp> = {
      numFmts: /<numFmt[\s/>]/g,
      fonts: /<font[\s/>]/g,
      fills: /<fill[\s/>]/g,
      borders: /<border[\s/>]/g,
      cellXfs: /<xf[\s/>]/g,
      dxfs: /<dxf[\s/>]/g,
    };
    for (const [tag, re] of Object.entries(child)) {
      const body = sectionBody(xml, tag);
      this.sections.set(tag, { tag, count: body ? (body.match(re) ?? []).length : 0, added: [] });
    }
    for (const m of (sectionBody(xml, 'numFmts') ?? '').matchAll(/<numFmt\b[^>]*>/g)) {
      const id = /numFmtId="(\d+)"/.exec(m[0]);
      const code = /formatCode="([^"]*)"/.exec(m[0]);
      if (!id) continue;
      this.nextFormat = Math.max(this.nextFormat, Number(id[1]) + 1);
      if (code) this.formats.set(unescapeXml(code[1]), Number(id[1]));
    }
  }

  /** The cell format index (the `s` of a cell) for a style. */
  xf(st: Style): number {
    let id = this.xfs.get(st);
    if (id !== undefined) return id;
    const numFmt = st.numFmt ? this.numFmt(st.numFmt) : 0;
    const font = st.bold || st.italic || st.underline || st.size || st.color ? this.add('fonts', fontXml(st)) : 0;
    const fill = st.fill ? this.add('fills', fillXml(st.fill)) : 0;
    const border = st.top || st.bottom || st.sides ? this.add('borders', borderXml(st)) : 0;
    const align =
      st.wrap || st.horizontal || st.vertical
        ? `<alignment${st.horizontal ? ` horizontal="${st.horizontal}"` : ''}${st.vertical ? ` vertical="${st.vertical === 'middle' ? 'center' : st.vertical}"` : ''}${st.wrap ? ' wrapText="1"' : ''}/>`
        : '';
    const xf =
      `<xf numFmtId="${numFmt}" fontId="${font}" fillId="${fill}" borderId="${border}" xfId="0"` +
      `${numFmt ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${fill ? ' applyFill="1"' : ''}` +
      `${border ? ' applyBorder="1"' : ''}${align ? ' applyAlignment="1">' + align + '</xf>' : '/>'}`;
    id = this.add('cellXfs', xf);
    this.xfs.set(st, id);
    return id;
  }

  /** A differential format for conditional formatting: fill and optional font colour. */
  dxf(fill: string, color?: string): number {
    const xml =
      `<dxf>${color ? `<font><color rgb="${argb(color)}"/></font>` : ''}` +
      `<fill><patternFill patternType="solid"><bgColor rgb="${argb(fill)}"/></patternFill></fill></dxf>`;
    let id = this.dxfs.get(xml);
    if (id === undefined) {
      const s = this.sections.get('dxfs')!;
      id = s.count + s.added.length;
      s.added.push(xml);
      this.dxfs.set(xml, id);
    }
    return id;
  }

  /** The styles part with everything added. */
  toXml(): string {
    let xml = this.xml;
    for (const s of this.sections.values()) {
      if (!s.added.length) continue;
      const total = s.count + s.added.length;
      const full = new RegExp(`<${s.tag}\\b([^>]*?)(/?)>`);
      const m = full.exec(xml);
      if (m) {
        const attrs = m[1].replace(/(?<=\s)count="\d*"/, '');
        if (m[2] === '/') {
          xml =
            xml.slice(0, m.index) + `<${s.tag}${attrs} count="${total}">${s.added.join('')}</${s.tag}>` + xml.slice(m.index + m[0].length);
        } else {
          const close = xml.indexOf(`</${s.tag}>`, m.index);
          xml =
            xml.slice(0, m.index) +
            `<${s.tag}${attrs} count="${total}">` +
            xml.slice(m.index + m[0].length, close) +
            s.added.join('') +
            xml.slice(close);
        }
      } else {
        const section = `<${s.tag} count="${total}">${s.added.join('')}</${s.tag}>`;
        const after = ORDER.slice(ORDER.indexOf(s.tag) + 1)
          .map((t) => xml.search(new RegExp(`<${t}[\\s/>]`)))
          .filter((i) => i >= 0);
        const at = after.length ? Math.min(...after) : xml.lastIndexOf('</styleSheet>');
        xml = xml.slice(0, at) + section + xml.slice(at);
      }
    }
    return xml;
  }

  private numFmt(code: string): number {
    const builtin = BUILTIN_FORMATS[code];
    if (builtin !== undefined) return builtin;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = this.nextFormat++;
      this.formats.set(code, id);
      this.sections.get('numFmts')!.added.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    }
    return id;
  }

  private add(tag: string, xml: string): number {
    const key = `${tag}|${xml}`;
    let id = this.pieces.get(key);
    if (id === undefined) {
      const s = this.sections.get(tag)!;
      id = s.count + s.added.length;
      s.added.push(xml);
      this.pieces.set(key, id);
    }
    return id;
  }
}

function sectionBody(xml: string, tag: string): string | null {
  const m = new RegExp(`<${tag}\\b[^>]*?(/?)>`).exec(xml);
  if (!m) return null;
  if (m[1] === '/') return '';
  const close = xml.indexOf(`</${tag}>`, m.index);
  return close < 0 ? null : xml.slice(m.index + m[0].length, close);
}

function fontXml(st: Style): string {
  // name and size always: a font without a name makes LibreOffice fall back to a serif face
  return (
    `<font>${st.bold ? '<b/>' : ''}${st.italic ? '<i/>' : ''}${st.underline ? '<u/>' : ''}<sz val="${st.size ?? 11}"/>` +
    `${st.color ? `<color rgb="${argb(st.color)}"/>` : ''}<name val="Calibri"/><family val="2"/></font>`
  );
}

function fillXml(fill: string): string {
  return `<fill><patternFill patternType="solid"><fgColor rgb="${argb(fill)}"/><bgColor indexed="64"/></patternFill></fill>`;
}

function borderXml(st: Style): string {
  const line = (tag: string, on: boolean | undefined) =>
    on ? `<${tag} style="thin"><color rgb="${argb(BORDER_COLOR)}"/></${tag}>` : `<${tag}/>`;
  return `<border>${line('left', st.sides)}${line('right', st.sides)}${line('top', st.top)}${line('bottom', st.bottom)}<diagonal/></border>`;
}
