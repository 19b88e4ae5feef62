/** Small XML helpers for the package writer: escaping and reading attributes of one tag. */

/** Characters XML 1.0 cannot hold; Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this finds
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const SPECIAL = /[&<>"]/g;
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text or attribute value as XML. */
export function escapeXml(s: string): string {
  // most text needs nothing: one scan finds out
  if (!ATTRIBUTE_SPECIAL.test(s)) return s;
  let out = SPECIAL.test(s) ? s.replace(SPECIAL, (c) => ENTITY[c]) : s;
  SPECIAL.lastIndex = 0;
  if (INVALID.test(out)) out = out.replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  INVALID.lastIndex = 0;
  return out;
}

/**
 * Cell text as XML: like escapeXml, and a literal "_x0041_" in the text is itself escaped
 * (as "_x005F_x0041_") so Excel does not read it as an encoded character.
 */
export function escapeCellText(s: string): string {
  if (!CELL_TEXT_SPECIAL.test(s)) return s;
  let out = s.includes('_x') ? s.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1') : s;
  // element content: quotes need no escaping (JSON snapshots are full of them)
  if (TEXT_SPECIAL.test(out)) out = out.replace(/[&<>]/g, (c) => ENTITY[c]);
  if (INVALID.test(out)) out = out.replace(INVALID, (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}_`);
  INVALID.lastIndex = 0;
  return out;
}

const TEXT_SPECIAL = /[&<>]/;
/** Anything either escape would change (markup characters, characters XML cannot hold, "_x"). */
// eslint-disable-next-line no-control-regex -- control characters are exactly what these find
const ATTRIBUTE_SPECIAL = /[&<>"\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
// eslint-disable-next-line no-control-regex
const CELL_TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|_x/;

/** The attributes of one start tag, values unescaped. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]{1,256})\s{0,64}=\s{0,64}(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unescapeXml(m[2] ?? m[3]);
  return out;
}

export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(?:(lt|gt|quot|apos|amp)|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec: string, hex: string) => {
    if (name) return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[name]!;
    return String.fromCodePoint(dec ? Number(dec) : parseInt(hex, 16));
  });
}
