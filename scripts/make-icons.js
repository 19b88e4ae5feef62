#!/usr/bin/env node
// Draws Zielwerk's icons and writes them as PNG into assets/ (no image library: shapes are
// drawn at 8× and averaged down, and a small encoder writes the PNG).
//   node scripts/make-icons.js            writes the icons
//   node scripts/make-icons.js --verify   checks signatures, chunk CRCs and sizes
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');

const OUT = path.join(__dirname, '..', 'assets');
const BLUE = [0x1f, 0x4e, 0x79];
const GREEN = [0x10, 0x7c, 0x41];
const WHITE = [0xff, 0xff, 0xff];

// --- PNG ----------------------------------------------------------------------------------
const CRC_TABLE = new Int32Array(256).map((_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c;
});
function crc32(buf) {
  let c = -1;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // RGBA
  const raw = Buffer.alloc((size * 4 + 1) * size);
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

// --- drawing: a shape is a function (x, y in 0..1) → [r, g, b] or null ---------------------
function render(size, shape) {
  const S = 8;
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < S; sy++) {
        for (let sx = 0; sx < S; sx++) {
          const c = shape((px + (sx + 0.5) / S) / size, (py + (sy + 0.5) / S) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a++;
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (S * S));
      }
    }
  }
  return out;
}
const roundedSquare = (x, y, r = 0.2) => {
  const dx = Math.max(r - x, 0, x - (1 - r));
  const dy = Math.max(r - y, 0, y - (1 - r));
  return dx * dx + dy * dy <= r * r;
};
const dist = (x, y, cx, cy) => Math.hypot(x - cx, y - cy);
const inRect = (x, y, x1, y1, x2, y2) => x >= x1 && x <= x2 && y >= y1 && y <= y2;
/** Distance from a point to a segment. */
function segment(x, y, ax, ay, bx, by) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

/** The Zielwerk mark: a blue rounded square with a white target and a green centre. */
function logo(x, y) {
  if (!roundedSquare(x, y)) return null;
  const d = dist(x, y, 0.5, 0.5);
  if (d < 0.1) return GREEN;
  if (d < 0.18) return WHITE;
  if (d < 0.25) return BLUE;
  if (d < 0.33) return WHITE;
  return BLUE;
}
/** Prüfen: a green circle with a white check mark. */
function check(x, y) {
  if (dist(x, y, 0.5, 0.5) > 0.46) return null;
  const w = 0.075;
  if (segment(x, y, 0.27, 0.52, 0.43, 0.68) < w || segment(x, y, 0.43, 0.68, 0.74, 0.34) < w) return WHITE;
  return GREEN;
}
/** Zusammenfassung: a sheet with rows and a bar chart. */
function summary(x, y) {
  if (!roundedSquare(x, y, 0.12)) return null;
  if (inRect(x, y, 0.14, 0.14, 0.86, 0.3)) return WHITE;
  for (const [x1, h] of [[0.18, 0.22], [0.38, 0.36], [0.58, 0.5]]) if (inRect(x, y, x1, 0.84 - h, x1 + 0.14, 0.84)) return WHITE;
  if (inRect(x, y, 0.76, 0.44, 0.86, 0.84)) return GREEN;
  return BLUE;
}

const ICONS = [
  ...[16, 20, 24, 32, 40, 48, 64, 80, 128].map((s) => [`icon-${s}.png`, s, logo]),
  ...[16, 32, 80].flatMap((s) => [
    [`check-${s}.png`, s, check],
    [`summary-${s}.png`, s, summary],
    [`pane-${s}.png`, s, logo],
  ]),
];

function verify() {
  let ok = true;
  for (const [name, size] of ICONS) {
    const b = fs.readFileSync(path.join(OUT, name));
    const sig = b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    let off = 8;
    let crcs = true;
    while (off < b.length) {
      const len = b.readUInt32BE(off);
      const td = b.subarray(off + 4, off + 8 + len);
      if (crc32(td) !== b.readUInt32BE(off + 8 + len)) crcs = false;
      off += 12 + len;
    }
    const dims = b.readUInt32BE(16) === size && b.readUInt32BE(20) === size;
    if (!(sig && crcs && dims)) {
      ok = false;
      console.error(`${name}: signature ${sig}, crc ${crcs}, size ${dims}`);
    }
  }
  console.log(ok ? `${ICONS.length} icons verified` : 'verification failed');
  process.exitCode = ok ? 0 : 1;
}

if (process.argv.includes('--verify')) verify();
else {
  fs.mkdirSync(OUT, { recursive: true });
  for (const [name, size, shape] of ICONS) fs.writeFileSync(path.join(OUT, name), encodePng(size, render(size, shape)));
  console.log(`${ICONS.length} icons written to ${OUT}`);
}
