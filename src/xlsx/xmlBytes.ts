/**
 * Writes a large XML part as UTF-8 bytes straight into a zip entry (EntryWriter): markup and
 * escaped text go into one reused buffer that is handed on whenever it is full, so a sheet of
 * a hundred thousand cells never exists as one string, as row strings or as an encoded copy —
 * what made writing big summaries slow was building, joining and collecting those strings.
 *
 * The escaping is exactly that of xml.ts (escapeXml for attributes, escapeCellText for cell
 * text), done while encoding; the tests hold the two side by side.
 */
/** Where the bytes go (an EntryWriter); it must copy or use a piece before `write` returns. */
export interface ByteSink {
  write(bytes: Uint8Array): void;
}

const SIZE = 1 << 16;
/** Room kept free for one character's longest form (an escape such as "_x001F_", or "&quot;"). */
const SLACK = 16;
const HEX = '0123456789ABCDEF';

export class XmlBytes {
  private buf = new Uint8Array(SIZE);
  private pos = 0;

  constructor(private readonly sink: ByteSink) {}

  /** Markup as it stands: element names, attribute names, values known to need no escaping. */
  raw(s: string): void {
    this.utf8(s, NONE);
  }

  /** An attribute value, escaped as escapeXml does. */
  attr(s: string): void {
    this.utf8(s, ATTRIBUTE);
  }

  /** Cell text, escaped as escapeCellText does. */
  text(s: string): void {
    this.utf8(s, CELL_TEXT);
  }

  /** A non-negative integer, in decimal. */
  uint(n: number): void {
    if (this.pos + SLACK > SIZE) this.flush();
    const buf = this.buf;
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 1;
    for (let m = n; m >= 10; m = Math.floor(m / 10)) digits++;
    let p = (this.pos += digits);
    for (let m = n; digits > 0; digits--, m = Math.floor(m / 10)) buf[--p] = 48 + (m % 10);
  }

  /** A number as JavaScript writes it (`${n}`), the form SpreadsheetML reads. */
  number(n: number): void {
    if (Number.isInteger(n) && n >= 0 && n <= 0x7fffffff) this.uint(n);
    else this.raw(String(n));
  }

  /** Hands on everything written and the buffer's end. */
  end(): void {
    this.flush();
  }

  private flush(): void {
    if (this.pos === 0) return;
    this.sink.write(this.buf.subarray(0, this.pos));
    this.pos = 0;
  }

  /**
   * UTF-8 of `s`, escaped by `mode`: markup characters as entities, characters XML 1.0
   * cannot hold as _xHHHH_ (as Excel writes them), and in cell text a literal "_xHHHH_" as
   * "_x005F_xHHHH_" so it is not read as an escape. A lone surrogate becomes U+FFFD, as
   * TextEncoder makes it.
   */
  private utf8(s: string, mode: number): void {
    const n = s.length;
    let buf = this.buf;
    let p = this.pos;
    for (let i = 0; i < n; i++) {
      if (p + SLACK > SIZE) {
        this.pos = p;
        this.flush();
        buf = this.buf;
        p = 0;
      }
      let c = s.charCodeAt(i);
      if (c < 0x80) {
        if (mode !== NONE) {
          if (c === 38) {
            p = put(buf, p, AMP);
            continue;
          }
          if (c === 60) {
            p = put(buf, p, LT);
            continue;
          }
          if (c === 62) {
            p = put(buf, p, GT);
            continue;
          }
          if (c === 34 && mode === ATTRIBUTE) {
            p = put(buf, p, QUOT);
            continue;
          }
          if (c < 32 && c !== 9 && c !== 10 && c !== 13) {
            p = hexEscape(buf, p, c);
            continue;
          }
          if (c === 95 && mode === CELL_TEXT && isEscapeAt(s, i + 1)) {
            // "_xHHHH_" as text: "_x005F_" and the rest as it is; the match is used up, as a global regex would
            p = put(buf, p, ESCAPED_UNDERSCORE);
            for (let k = i + 1; k <= i + 6; k++) buf[p++] = s.charCodeAt(k);
            i += 6;
            continue;
          }
        }
        buf[p++] = c;
      } else if (c < 0x800) {
        buf[p++] = 0xc0 | (c >> 6);
        buf[p++] = 0x80 | (c & 63);
      } else if (c >= 0xd800 && c <= 0xdfff) {
        const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
        if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
          buf[p++] = 0xf0 | (c >> 18);
          buf[p++] = 0x80 | ((c >> 12) & 63);
          buf[p++] = 0x80 | ((c >> 6) & 63);
          buf[p++] = 0x80 | (c & 63);
        } else p = put(buf, p, REPLACEMENT);
      } else if ((c === 0xfffe || c === 0xffff) && mode !== NONE) p = hexEscape(buf, p, c);
      else {
        buf[p++] = 0xe0 | (c >> 12);
        buf[p++] = 0x80 | ((c >> 6) & 63);
        buf[p++] = 0x80 | (c & 63);
      }
    }
    this.pos = p;
  }
}

const NONE = 0;
const ATTRIBUTE = 1;
const CELL_TEXT = 2;

const bytesOf = (s: string) => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const AMP = bytesOf('&amp;');
const LT = bytesOf('&lt;');
const GT = bytesOf('&gt;');
const QUOT = bytesOf('&quot;');
const ESCAPED_UNDERSCORE = bytesOf('_x005F_');
const REPLACEMENT = new Uint8Array([0xef, 0xbf, 0xbd]);

function put(buf: Uint8Array, p: number, bytes: Uint8Array): number {
  for (let k = 0; k < bytes.length; k++) buf[p + k] = bytes[k];
  return p + bytes.length;
}

/** "_x001F_" for a character XML cannot hold. */
function hexEscape(buf: Uint8Array, p: number, c: number): number {
  buf[p] = 95;
  buf[p + 1] = 120;
  buf[p + 2] = HEX.charCodeAt((c >> 12) & 15);
  buf[p + 3] = HEX.charCodeAt((c >> 8) & 15);
  buf[p + 4] = HEX.charCodeAt((c >> 4) & 15);
  buf[p + 5] = HEX.charCodeAt(c & 15);
  buf[p + 6] = 95;
  return p + 7;
}

/** True when s holds "xHHHH_" at i (the rest of an escape after its "_"). */
function isEscapeAt(s: string, i: number): boolean {
  if (i + 5 >= s.length || s.charCodeAt(i) !== 120 || s.charCodeAt(i + 5) !== 95) return false;
  for (let k = i + 1; k < i + 5; k++) {
    const c = s.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}
