/**
 * The zip operations an .xlsx package needs, on plain Uint8Array and fflate (no Node API, so
 * the same code runs in the task pane): list the entries of an archive (plain zip and ZIP64,
 * duplicate names kept as they stand), inflate one within a size limit, streaming, and write
 * a new archive in which untouched entries are copied as they are (still compressed) and new
 * or changed ones are deflated once — from one text, or piece by piece as they are written
 * (EntryWriter), so a large new part never sits in memory uncompressed.
 */
import { Deflate, deflateSync, Inflate } from 'fflate';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated. */
  method: number;
  crc: number;
  /** Uncompressed size as the archive declares it. */
  size: number;
  /** The entry's data as stored in the archive (compressed when method is 8). */
  raw: Uint8Array;
}

/** Why an archive or an entry cannot be read. */
export type ZipProblem = 'not-zip' | 'corrupt' | 'encrypted' | 'method' | 'too-large';

export class ZipError extends Error {
  constructor(
    readonly problem: ZipProblem,
    detail: string,
  ) {
    super(`${problem}: ${detail}`);
    this.name = 'ZipError';
  }
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;

const utf8 = new TextDecoder('utf-8');

function u16(b: Uint8Array, p: number): number {
  return b[p] | (b[p + 1] << 8);
}

function u32(b: Uint8Array, p: number): number {
  return (b[p] | (b[p + 1] << 8) | (b[p + 2] << 16) | (b[p + 3] << 24)) >>> 0;
}

/** A little-endian 64-bit number (exact up to 2^53, far beyond any workbook). */
function u64(b: Uint8Array, p: number): number {
  return u32(b, p) + u32(b, p + 4) * 0x1_0000_0000;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]);
  return s;
}

/**
 * The entries of a zip archive in central-directory order (duplicates included). Throws
 * ZipError: `not-zip` when there is no end record, `corrupt` for broken records, `encrypted`
 * and `method` for entries that cannot be inflated here.
 */
export function readZip(buf: Uint8Array): ZipEntry[] {
  // the end record sits in the last 22 + 65535 (comment) bytes
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 65_535); i--) {
    if (u32(buf, i) === END) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new ZipError('not-zip', 'no end of central directory');
  let count = u16(buf, end + 10);
  let p = u32(buf, end + 16);
  // ZIP64: the locator stands right before the end record and points at the ZIP64 end record
  if ((count === 0xffff || p === 0xffffffff) && end >= 20 && u32(buf, end - 20) === END64_LOCATOR) {
    const at = u64(buf, end - 20 + 8);
    if (at + 56 > buf.length || u32(buf, at) !== END64) throw new ZipError('corrupt', 'ZIP64 end record');
    count = u64(buf, at + 32);
    p = u64(buf, at + 48);
  }
  const out: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || u32(buf, p) !== CENTRAL) throw new ZipError('corrupt', `central record ${i}`);
    const flags = u16(buf, p + 8);
    const method = u16(buf, p + 10);
    const crc = u32(buf, p + 16);
    let csize = u32(buf, p + 20);
    let size = u32(buf, p + 24);
    const nameLen = u16(buf, p + 28);
    const extraLen = u16(buf, p + 30);
    const commentLen = u16(buf, p + 32);
    let local = u32(buf, p + 42);
    const nameBytes = buf.subarray(p + 46, p + 46 + nameLen);
    const name = flags & 0x800 ? utf8.decode(nameBytes) : latin1(nameBytes);
    // ZIP64 extra field: the 64-bit values of the fields that hold 0xffffffff, in this order
    if (size === 0xffffffff || csize === 0xffffffff || local === 0xffffffff) {
      const extra = buf.subarray(p + 46 + nameLen, p + 46 + nameLen + extraLen);
      for (let q = 0; q + 4 <= extra.length;) {
        const id = u16(extra, q);
        const len = u16(extra, q + 2);
        if (id === 1) {
          let r = q + 4;
          if (size === 0xffffffff) ((size = u64(extra, r)), (r += 8));
          if (csize === 0xffffffff) ((csize = u64(extra, r)), (r += 8));
          if (local === 0xffffffff) local = u64(extra, r);
          break;
        }
        q += 4 + len;
      }
    }
    p += 46 + nameLen + extraLen + commentLen;
    if (flags & 1) throw new ZipError('encrypted', name);
    if (local + 30 > buf.length || u32(buf, local) !== LOCAL) throw new ZipError('corrupt', `local header of ${name}`);
    const start = local + 30 + u16(buf, local + 26) + u16(buf, local + 28);
    if (start + csize > buf.length) throw new ZipError('corrupt', `data of ${name}`);
    // a folder entry or any other entry this reader cannot inflate is kept, never read
    out.push({ name, method, crc, size, raw: buf.subarray(start, start + csize) });
  }
  return out;
}

/**
 * Inflates an entry chunk by chunk, handing each piece of output to `onData`; throws
 * ZipError `too-large` as soon as the output passes `maxBytes` (so a zip bomb costs at most
 * one chunk more), and whatever `onData` throws (a caller may stop early so).
 */
export function inflateStream(entry: ZipEntry, maxBytes: number, onData: (chunk: Uint8Array) => void): void {
  if (entry.method === 0) {
    if (entry.raw.length > maxBytes) throw new ZipError('too-large', entry.name);
    for (let p = 0; p < entry.raw.length; p += CHUNK) onData(entry.raw.subarray(p, Math.min(entry.raw.length, p + CHUNK)));
    return;
  }
  if (entry.method !== 8) throw new ZipError('method', `${entry.name}: method ${entry.method}`);
  let total = 0;
  const inflater = new Inflate((chunk) => {
    total += chunk.length;
    if (total > maxBytes) throw new ZipError('too-large', entry.name);
    if (chunk.length) onData(chunk);
  });
  try {
    // small input chunks: deflate expands at most about 1 000 : 1
    for (let p = 0; p < entry.raw.length; p += INPUT_CHUNK) {
      inflater.push(entry.raw.subarray(p, Math.min(entry.raw.length, p + INPUT_CHUNK)), p + INPUT_CHUNK >= entry.raw.length);
    }
    if (entry.raw.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (e) {
    if (e instanceof ZipError || !(e instanceof Error) || !isFflateError(e)) throw e;
    throw new ZipError('corrupt', `${entry.name}: ${e.message}`);
  }
}

const CHUNK = 1 << 16;
const INPUT_CHUNK = 1 << 14;

function isFflateError(e: Error): boolean {
  return typeof (e as { code?: unknown }).code === 'number';
}

/** The uncompressed bytes of an entry, at most `maxBytes` of them. */
export function inflate(entry: ZipEntry, maxBytes = Number.MAX_SAFE_INTEGER): Uint8Array {
  if (entry.method === 0) {
    if (entry.raw.length > maxBytes) throw new ZipError('too-large', entry.name);
    return entry.raw;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  inflateStream(entry, maxBytes, (c) => {
    chunks.push(c);
    total += c.length;
  });
  return concat(chunks, total);
}

function concat(chunks: Uint8Array[], total = chunks.reduce((n, c) => n + c.length, 0)): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const out = new Uint8Array(total);
  let p = 0;
  for (const c of chunks) {
    out.set(c, p);
    p += c.length;
  }
  return out;
}

const encoder = new TextEncoder();

/** Deflate level of new entries: the fast one (workbooks are rewritten often; the files stay small). */
const LEVEL = 1;

/** A new entry from text or bytes, deflated. */
export function deflateEntry(name: string, data: string | Uint8Array): ZipEntry {
  const bytes = typeof data === 'string' ? encoder.encode(data) : data;
  return { name, method: 8, crc: crc32(bytes), size: bytes.length, raw: deflateSync(bytes, { level: LEVEL }) };
}

/**
 * A new deflated entry written piece by piece: each piece is checksummed and handed to the
 * deflater as it comes (the deflater copies it, so the caller may reuse its buffer).
 */
export class EntryWriter {
  private crc = CRC_START;
  private size = 0;
  private compressed = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly deflater = new Deflate({ level: LEVEL }, (chunk) => {
    this.chunks.push(chunk);
    this.compressed += chunk.length;
  });

  constructor(readonly name: string) {}

  write(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.crc = crcUpdate(this.crc, bytes);
    this.size += bytes.length;
    this.deflater.push(bytes, false);
  }

  /** The finished entry; the writer takes no more pieces. */
  finish(): ZipEntry {
    this.deflater.push(new Uint8Array(0), true);
    return { name: this.name, method: 8, crc: crcEnd(this.crc), size: this.size, raw: concat(this.chunks, this.compressed) };
  }
}

/** Thrown when the entries do not fit a plain (non-ZIP64) archive. */
export class ZipTooLargeError extends Error {}

/** Writes entries as a plain zip archive (every entry as given, duplicates too). */
export function writeZip(entries: ZipEntry[]): Uint8Array {
  if (entries.length > 0xfffe) throw new ZipTooLargeError(`${entries.length} parts`);
  const names = entries.map((e) => encoder.encode(e.name));
  let size = 22;
  entries.forEach((e, i) => (size += 30 + 46 + 2 * names[i].length + e.raw.length));
  if (size > 0xfffffffe) throw new ZipTooLargeError(`${size} bytes`);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  // 1980-01-01 00:00, the zip epoch: the archive's bytes depend only on its content
  const date = (0 << 9) | (1 << 5) | 1;
  let p = 0;
  const offsets: number[] = [];
  entries.forEach((e, i) => {
    offsets.push(p);
    view.setUint32(p, LOCAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 0x800, true);
    view.setUint16(p + 8, e.method, true);
    view.setUint16(p + 10, 0, true);
    view.setUint16(p + 12, date, true);
    view.setUint32(p + 14, e.crc >>> 0, true);
    view.setUint32(p + 18, e.raw.length, true);
    view.setUint32(p + 22, e.size, true);
    view.setUint16(p + 26, names[i].length, true);
    view.setUint16(p + 28, 0, true);
    out.set(names[i], p + 30);
    out.set(e.raw, p + 30 + names[i].length);
    p += 30 + names[i].length + e.raw.length;
  });
  const cdStart = p;
  entries.forEach((e, i) => {
    view.setUint32(p, CENTRAL, true);
    view.setUint16(p + 4, 20, true);
    view.setUint16(p + 6, 20, true);
    view.setUint16(p + 8, 0x800, true);
    view.setUint16(p + 10, e.method, true);
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, date, true);
    view.setUint32(p + 16, e.crc >>> 0, true);
    view.setUint32(p + 20, e.raw.length, true);
    view.setUint32(p + 24, e.size, true);
    view.setUint16(p + 28, names[i].length, true);
    view.setUint32(p + 42, offsets[i], true);
    out.set(names[i], p + 46);
    p += 46 + names[i].length;
  });
  view.setUint32(p, END, true);
  view.setUint16(p + 8, entries.length, true);
  view.setUint16(p + 10, entries.length, true);
  view.setUint32(p + 12, p - cdStart, true);
  view.setUint32(p + 16, cdStart, true);
  return out;
}

/**
 * CRC-32 tables for slicing by 8 (eight bytes a step): table k holds the CRC of a byte
 * followed by k zero bytes. Made on first use.
 */
let tables: Int32Array | null = null;

function crcTables(): Int32Array {
  if (tables) return tables;
  const t = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) t[k * 256 + n] = (t[(k - 1) * 256 + n] >>> 8) ^ t[t[(k - 1) * 256 + n] & 0xff];
  }
  return (tables = t);
}

const CRC_START = -1;

/** The running CRC after `bytes` (start with CRC_START, end with crcEnd). */
function crcUpdate(crc: number, bytes: Uint8Array): number {
  const t = crcTables();
  let c = crc;
  let i = 0;
  const n = bytes.length;
  for (const end8 = n - (n & 7); i < end8; i += 8) {
    const a = c ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24));
    c =
      t[1792 + (a & 0xff)] ^
      t[1536 + ((a >>> 8) & 0xff)] ^
      t[1280 + ((a >>> 16) & 0xff)] ^
      t[1024 + (a >>> 24)] ^
      t[768 + bytes[i + 4]] ^
      t[512 + bytes[i + 5]] ^
      t[256 + bytes[i + 6]] ^
      t[bytes[i + 7]];
  }
  for (; i < n; i++) c = t[(c ^ bytes[i]) & 0xff] ^ (c >>> 8);
  return c;
}

function crcEnd(crc: number): number {
  return (crc ^ -1) >>> 0;
}

/** CRC-32 of bytes. */
export function crc32(bytes: Uint8Array): number {
  return crcEnd(crcUpdate(CRC_START, bytes));
}
