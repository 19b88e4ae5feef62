/**
 * A document as Zielwerk reads it: a sequence of blocks — headings, paragraphs (list items
 * marked), tables of cell texts. The .docx host (src/docx/read.ts, mammoth) and the plain-text
 * reader below both produce exactly this, so the domain reading (goals.ts, projects.ts) never
 * knows where a document came from.
 *
 * A paragraph's soft line breaks (Shift+Enter in Word, a Markdown line ending in two spaces)
 * stay inside its text as "\n"; separate paragraphs are separate blocks.
 */
import { parseDate } from '../dates';
import { matchLabel } from '../extract/labels';

export type DocBlock =
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'paragraph'; text: string; list?: boolean }
  | { kind: 'table'; rows: string[][] };

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Decodes the few HTML entities text exports carry ("&amp;", "&#8211;"). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/**
 * Inline markup of text exports reduced to its text: HTML tags (paragraph and line breaks
 * become "\n"), Markdown emphasis, links ("[x](mailto:x)" → "x", "<https://…>" → the address).
 */
export function plainText(text: string): string {
  // a bold form label with its value after it ("<b>Zwischenziel bis September 2019</b> Mindestens …"): two lines
  const labelBreak = (whole: string, inner: string, after: string) =>
    matchLabel(inner.trim(), true) ? `${inner.trim()}\n${after}` : whole;
  let s = text
    .replace(/<(?:b|strong)>([^<]{2,120})<\/(?:b|strong)>[ \t]*(?=\S)(?!<\/?(?:p|br|li)\b)(.?)/gi, labelBreak)
    .replace(/\*\*([^*]{2,120})\*\*[ \t]*(?=\S)(.?)/g, labelBreak)
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(?:p|li|div|h[1-6])>\s*/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n')
    .replace(/<a\b[^>]*>([\s\S]*?)<\/a>/gi, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/gi, '$1')
    .replace(/<\/?[a-z][^>]*>/gi, '');
  s = s.replace(/\[([^\]]*)\]\((?:mailto:)?[^)\s]*\)/g, '$1');
  // emphasis markers around words, not arithmetic ("2 * 3")
  s = s.replace(/(\*{1,3}|_{2,3})(?=\S)([^*\n]*?\S)\1/g, '$2').replace(/\*{2,}/g, '');
  s = decodeEntities(s);
  return s
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l, i, all) => l || (i > 0 && i < all.length - 1 && all[i - 1] !== ''))
    .join('\n')
    .trim();
}

const HEADING_RE = /^(#{1,6})\s+(.*)$/;
const LIST_RE = /^\s*(?:[-•·*–]|o)\s+(.*)$/;
/** "1. Was sind …" — but not "10. Juni 2020", a date. */
const NUMBERED_RE = /^\s*\d{1,2}[.)]\s+\S/;
const RULE_RE = /^\s*(?:-{3,}|\*{3,}|_{3,})\s*$/;

/**
 * Reads a plain-text document (a .txt, or Word's "Nur Text" export): `#` lines are headings,
 * lines with tabs are table rows (consecutive ones form a table), "-", "•", "1." start list
 * items, a line ending in two spaces continues on the next line, blank lines separate
 * paragraphs. HTML and Markdown markup left in the text is reduced to its text.
 */
export function blocksFromText(text: string): DocBlock[] {
  const lines = text
    .replace(/^\ufeff/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const blocks: DocBlock[] = [];
  let table: string[][] | null = null;
  let para: { text: string; list: boolean } | null = null;
  let soft = false;
  const flushPara = () => {
    if (para) {
      const t = plainText(para.text);
      if (t) blocks.push(para.list ? { kind: 'paragraph', text: t, list: true } : { kind: 'paragraph', text: t });
    }
    para = null;
  };
  const flushTable = () => {
    if (table && table.some((r) => r.some(Boolean))) blocks.push({ kind: 'table', rows: table });
    table = null;
  };
  for (const line of lines) {
    const continues = soft && para !== null;
    soft = / {2,}$/.test(line);
    if (line.includes('\t')) {
      flushPara();
      (table ??= []).push(line.split('\t').map((c) => plainText(c)));
      continue;
    }
    flushTable();
    if (!line.trim() || RULE_RE.test(line)) {
      flushPara();
      soft = false;
      continue;
    }
    if (continues && para) {
      para.text += '\n' + line.trim();
      continue;
    }
    flushPara();
    const h = HEADING_RE.exec(line.trim());
    if (h) {
      const t = plainText(h[2]);
      if (t) blocks.push({ kind: 'heading', level: h[1].length, text: t });
      soft = false;
      continue;
    }
    const li = LIST_RE.exec(line);
    const numbered = !li && NUMBERED_RE.test(line) && !!parseDate(line.trim()).error;
    para = li ? { text: li[1], list: true } : { text: line.trim(), list: numbered };
  }
  flushPara();
  flushTable();
  return blocks;
}
