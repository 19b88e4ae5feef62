/**
 * Word documents out: a core ReportDoc (report.ts) laid out as a .docx with the docx library —
 * Word's own heading styles (so the navigation pane and a table of contents work), bold labels,
 * real tables with a shaded header row, page breaks. Isomorphic: returns the bytes, the CLI
 * writes them to a file and the task pane offers them as a download.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { ReportBlock, ReportDoc } from '../core/documents/report';

const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '8EA9DB' };

/** A paragraph per line of the text (a cell's lines stay separate paragraphs). */
function textParagraphs(text: string, o: { bold?: boolean } = {}): Paragraph[] {
  const lines = text.split('\n');
  return lines.map((l) => new Paragraph({ children: [new TextRun({ text: l, bold: o.bold })], spacing: { after: 40 } }));
}

function table(b: Extract<ReportBlock, { kind: 'table' }>): Table {
  const total = b.widths.reduce((a, x) => a + x, 0) || 1;
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      width: { size: Math.round((b.widths[i] / total) * 100), type: WidthType.PERCENTAGE },
      shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E1F2' } : undefined,
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
      children: textParagraphs(text, { bold: header }),
    });
  const rows: TableRow[] = [];
  if (b.header.some(Boolean)) rows.push(new TableRow({ tableHeader: true, children: b.header.map((h, i) => cell(h, i, true)) }));
  for (const r of b.rows) rows.push(new TableRow({ children: r.map((x, i) => cell(x, i, false)) }));
  // a table without rows still shows its header (an empty milestone table is a finding, not an error)
  if (!rows.length) rows.push(new TableRow({ children: b.widths.map((_, i) => cell('', i, false)) }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

/** The .docx bytes of a report. */
export async function writeReportDocx(doc: ReportDoc): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'heading')
      children.push(new Paragraph({ text: b.text, heading: HEADINGS[b.level], spacing: { before: 240, after: 120 } }));
    else if (b.kind === 'pageBreak') children.push(new Paragraph({ children: [new PageBreak()] }));
    else if (b.kind === 'table') {
      children.push(table(b));
      children.push(new Paragraph({ text: '' }));
    } else {
      children.push(
        new Paragraph({
          bullet: b.list ? { level: 0 } : undefined,
          alignment: AlignmentType.LEFT,
          spacing: { before: b.bold ? 160 : 0, after: 80 },
          children: [new TextRun({ text: b.list ? b.text.replace(/^- /, '') : b.text, bold: b.bold, italics: b.italic, size: b.size })],
        }),
      );
    }
  }
  const document = new Document({
    creator: 'Zielwerk',
    title: doc.title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ properties: { page: { margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } }, children }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}
