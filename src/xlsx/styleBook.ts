/**
 * The workbook's styles part (xl/styles.xml), extended in place: the cell formats Zielwerk's
 * sheets need are appended as new fonts, fills, borders, number formats and cell formats;
 * everything already there keeps its index, so the user's own sheets look exactly as before.
 */
import { argb, BORDER_COLOR, type Style } from './cellStyles';
import { attributes, escapeXml, unescapeXml } from './xml';
import { MAIN_NS, STRICT_MAIN_NS } from './xmlStream';

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

  /** A styles part with only Excel's defaults: one font, the two required fills, one border, one cell format. */
  static readonly EMPTY =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

  /**
   * Null when the part is not a styles part this class can extend. Transitional and strict
   * OOXML, with or without a namespace prefix (`x:styleSheet`): new elements take the prefix.
   */
  static parse(xml: string): StyleBook | null {
    const root = /<(?:([\w.-]+):)?styleSheet\b[^>]*>/.exec(xml);
    if (!root) return null;
    const ns = attributes(root[0])[root[1] ? `xmlns:${root[1]}` : 'xmlns'];
    if (ns !== MAIN_NS && ns !== STRICT_MAIN_NS) return null;
    return new StyleBook(xml, root[1] ? `${root[1]}:` : '');
  }

  private constructor(
    private readonly xml: string,
    /** The prefix of SpreadsheetML elements in this part ("" or "x:"). */
    private readonly p: string,
  ) {
    const child: Record<string, string> = {
      numFmts: 'numFmt',
      fonts: 'font',
      fills: 'fill',
      borders: 'border',
      cellXfs: 'xf',
      dxfs: 'dxf',
    };
    for (const [tag, item] of Object.entries(child)) {
      const body = sectionBody(xml, p + tag);
      const re = new RegExp(`<${p}${item}[\\s/>]`, 'g');
      this.sections.set(tag, { tag, count: body ? (body.match(re) ?? []).length : 0, added: [] });
    }
    for (const m of (sectionBody(xml, p + 'numFmts') ?? '').matchAll(new RegExp(`<${p}numFmt\\b[^>]*>`, 'g'))) {
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
    const p = this.p;
    for (const s of this.sections.values()) {
      if (!s.added.length) continue;
      const total = s.count + s.added.length;
      const tag = p + s.tag;
      const added = p ? s.added.map((x) => x.replace(/<(\/?)(?=[a-zA-Z])/g, `<$1${p}`)).join('') : s.added.join('');
      const full = new RegExp(`<${tag}\\b([^>]*?)(/?)>`);
      const m = full.exec(xml);
      if (m) {
        const attrs = m[1].replace(/\s+count="\d*"/, '');
        if (m[2] === '/') {
          xml = xml.slice(0, m.index) + `<${tag}${attrs} count="${total}">${added}</${tag}>` + xml.slice(m.index + m[0].length);
        } else {
          const close = xml.indexOf(`</${tag}>`, m.index);
          xml =
            xml.slice(0, m.index) +
            `<${tag}${attrs} count="${total}">` +
            xml.slice(m.index + m[0].length, close) +
            added +
            xml.slice(close);
        }
      } else {
        const section = `<${tag} count="${total}">${added}</${tag}>`;
        const after = ORDER.slice(ORDER.indexOf(s.tag) + 1)
          .map((t) => xml.search(new RegExp(`<${p}${t}[\\s/>]`)))
          .filter((i) => i >= 0);
        const at = after.length ? Math.min(...after) : xml.lastIndexOf(`</${p}styleSheet>`);
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
