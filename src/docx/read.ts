/**
 * Word documents in: a .docx becomes the core's document blocks (headings, paragraphs, list
 * items, tables of cell texts) through mammoth, which turns the document into simple HTML,
 * read here with saxes. Isomorphic: no Node API, so the task pane reads a chosen file the same
 * way (nothing is uploaded). Only src/docx knows the .docx format.
 *
 * A damaged, empty or password-protected document is a UserError with a one-line message.
 */
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { blocksFromText, type DocBlock } from '../core/documents/blocks';
import { plainText } from '../core/documents/blocks';
import { UserError } from '../core/errors';

/** Zip ("PK\x03\x04") and OLE compound file (encrypted Office documents, old .doc) signatures. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

function utf16(text: string): number[] {
  return [...text].flatMap((c) => [c.charCodeAt(0), 0]);
}

function contains(bytes: Uint8Array, needle: number[]): boolean {
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    for (let k = 0; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return true;
  }
  return false;
}

/** Reads a document's bytes: .docx through mammoth, anything else named .txt as UTF-8 text. */
export async function readDocumentBytes(bytes: Uint8Array, file: string): Promise<DocBlock[]> {
  const lower = file.toLowerCase();
  if (lower.endsWith('.txt') || lower.endsWith('.md')) {
    if (!bytes.length) throw new UserError('doc-empty', { file });
    const blocks = blocksFromText(new TextDecoder('utf-8').decode(bytes));
    if (!blocks.length) throw new UserError('doc-empty', { file });
    return blocks;
  }
  if (!lower.endsWith('.docx') && !lower.endsWith('.docm')) throw new UserError('doc-unsupported', { file });
  return readDocxBytes(bytes, file);
}

export async function readDocxBytes(bytes: Uint8Array, file: string): Promise<DocBlock[]> {
  if (bytes.length === 0) throw new UserError('doc-empty', { file });
  // Word saves a document with a password as an encrypted OLE container (with an
  // EncryptionInfo stream), not as a zip; an OLE container without one is a Word 97–2003 .doc
  if (startsWith(bytes, OLE))
    throw new UserError(
      contains(bytes, utf16('EncryptionInfo')) || contains(bytes, utf16('EncryptedPackage')) ? 'doc-encrypted' : 'doc-legacy',
      { file },
    );
  if (!startsWith(bytes, ZIP)) throw new UserError('doc-corrupt', { file });
  let html: string;
  try {
    const copy = bytes.slice();
    const input = { buffer: copy, arrayBuffer: copy.buffer } as unknown as { arrayBuffer: ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true })).value;
  } catch (e) {
    throw new UserError('doc-corrupt', { file }, e);
  }
  const blocks = htmlBlocks(html);
  if (!blocks.length) throw new UserError('doc-empty', { file });
  return blocks;
}

/**
 * mammoth's HTML as blocks: h1–h6, p, li (of ul/ol), table rows of cells (a cell's paragraphs
 * are its lines). Inline bold stays as <b> for the core's text reduction (a bold label before
 * its value is a line of its own).
 */
export function htmlBlocks(html: string): DocBlock[] {
  const blocks: DocBlock[] = [];
  const parser = new SaxesParser({ fragment: true });
  let text: string | null = null;
  let kind: 'p' | 'li' | 'h' = 'p';
  let level = 0;
  const tables: { rows: string[][]; cell: string[] | null }[] = [];
  const flush = () => {
    if (text === null) return;
    const t = plainText(text);
    text = null;
    if (!t) return;
    const table = tables[tables.length - 1];
    if (table?.cell) table.cell.push(t);
    else if (kind === 'h') blocks.push({ kind: 'heading', level, text: t });
    else blocks.push(kind === 'li' ? { kind: 'paragraph', text: t, list: true } : { kind: 'paragraph', text: t });
  };
  parser.on('opentag', (tag) => {
    const name = tag.name.toLowerCase();
    if (/^h[1-6]$/.test(name)) {
      flush();
      kind = 'h';
      level = Number(name[1]);
      text = '';
    } else if (name === 'p' || name === 'li') {
      flush();
      kind = name === 'li' ? 'li' : 'p';
      text = '';
    } else if (name === 'br') {
      if (text !== null) text += '\n';
    } else if (name === 'strong' || name === 'b') {
      if (text !== null) text += '<b>';
    } else if (name === 'table') {
      flush();
      tables.push({ rows: [], cell: null });
    } else if (name === 'tr') {
      tables[tables.length - 1]?.rows.push([]);
    } else if (name === 'td' || name === 'th') {
      const t = tables[tables.length - 1];
      if (t) t.cell = [];
    }
  });
  parser.on('closetag', (tag) => {
    const name = tag.name.toLowerCase();
    if (/^h[1-6]$/.test(name) || name === 'p' || name === 'li') flush();
    else if (name === 'strong' || name === 'b') {
      if (text !== null) text += '</b>';
    } else if (name === 'td' || name === 'th') {
      flush();
      const t = tables[tables.length - 1];
      if (t?.cell) {
        t.rows[t.rows.length - 1]?.push(t.cell.join('\n'));
        t.cell = null;
      }
    } else if (name === 'table') {
      const t = tables.pop();
      if (!t) return;
      const outer = tables[tables.length - 1];
      // a table inside a cell: its rows become lines of that cell
      if (outer?.cell) outer.cell.push(...t.rows.map((r) => r.filter(Boolean).join(' | ')));
      else if (t.rows.some((r) => r.some(Boolean))) blocks.push({ kind: 'table', rows: t.rows });
    }
  });
  parser.on('text', (s) => {
    // text outside a paragraph (a bare cell) starts one
    if (text === null) {
      if (!s.trim()) return;
      text = '';
      kind = 'p';
    }
    text += s.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  });
  parser.write(`<root>${html}</root>`).close();
  flush();
  return blocks;
}
