/**
 * Builds .docx files for tests with the docx library: a document's blocks as Word would hold
 * them — headings in Word's heading styles, paragraphs (soft line breaks as breaks), list
 * items as bullets, tables as real tables (a cell's lines as paragraphs).
 */
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { DocBlock } from '../../src/core/documents/blocks';

const LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

function runs(text: string): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined }));
}

export async function docxOf(blocks: DocBlock[]): Promise<Buffer> {
  const children: (Paragraph | Table)[] = [];
  for (const b of blocks) {
    if (b.kind === 'heading') children.push(new Paragraph({ heading: LEVELS[b.level - 1], children: runs(b.text) }));
    else if (b.kind === 'paragraph') children.push(new Paragraph({ bullet: b.list ? { level: 0 } : undefined, children: runs(b.text) }));
    else {
      const width = Math.max(...b.rows.map((r) => r.length));
      children.push(
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: b.rows.map(
            (r) =>
              new TableRow({
                children: Array.from(
                  { length: width },
                  (_, i) => new TableCell({ children: (r[i] ?? '').split('\n').map((l) => new Paragraph({ children: [new TextRun(l)] })) }),
                ),
              }),
          ),
        }),
      );
    }
  }
  return Buffer.from(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}
