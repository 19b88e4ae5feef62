/**
 * ExcelJS host, file side: writes a workbook atomically (a temporary file renamed over the
 * target, so a failure leaves no half-written file), keeps a backup before writing in place,
 * and names the parts of a workbook that ExcelJS would not carry over.
 */
import { promises as fs } from 'node:fs';
import { dirname, join, parse } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { UserError } from '../core/errors';

export async function writeWorkbookFile(wb: ExcelJS.Workbook, file: string): Promise<void> {
  // fast compression: a summary is rewritten often, and files stay small anyway
  await writeAtomically(file, (tmp) =>
    wb.xlsx.writeFile(tmp, { zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } } as ExcelJS.XlsxWriteOptions),
  );
}

/** Writes the bytes of a finished package. */
export async function writeBytesFile(bytes: Buffer, file: string): Promise<void> {
  await writeAtomically(file, (tmp) => fs.writeFile(tmp, bytes));
}

async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${parse(file).name}.zielwerk-${process.pid}.tmp.xlsx`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await write(tmp);
    await fs.rename(tmp, file);
  } catch (e) {
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    const reason = (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e));
    throw new UserError('write-failed', { file, reason }, e);
  }
}

/** FILE.xlsx → FILE.bak.xlsx next to it. */
export function backupName(file: string): string {
  const p = parse(file);
  return join(p.dir, `${p.name}.bak${p.ext || '.xlsx'}`);
}

export async function backup(file: string): Promise<string> {
  const target = backupName(file);
  try {
    await fs.copyFile(file, target);
  } catch (e) {
    throw new UserError('write-failed', { file: target, reason: (e as NodeJS.ErrnoException).code ?? String(e) }, e);
  }
  return target;
}

export type LostPart = 'charts' | 'images' | 'pivots' | 'macros' | 'slicers' | 'externalLinks' | 'controls';

const PARTS: [RegExp, LostPart][] = [
  [/^xl\/charts\//, 'charts'],
  [/^xl\/media\//, 'images'],
  [/^xl\/drawings\/.*\.xml$/, 'images'],
  [/^xl\/pivot(?:Tables|Cache)\//, 'pivots'],
  [/^xl\/vbaProject\.bin$/, 'macros'],
  [/^xl\/slicers?/, 'slicers'],
  [/^xl\/externalLinks\//, 'externalLinks'],
  [/^xl\/(?:activeX|ctrlProps)\//, 'controls'],
];

/**
 * Parts of the workbook file that ExcelJS does not write back (charts, images, pivot tables,
 * macros …). The command line refuses to overwrite a workbook that holds them.
 */
export async function partsExcelJsLoses(bytes: Buffer): Promise<LostPart[]> {
  try {
    const zip = await JSZip.loadAsync(bytes);
    const found = new Set<LostPart>();
    for (const name of Object.keys(zip.files)) for (const [re, part] of PARTS) if (re.test(name)) found.add(part);
    // ExcelJS keeps plain images; drawings that only hold images are not lost
    return [...found];
  } catch {
    return [];
  }
}
