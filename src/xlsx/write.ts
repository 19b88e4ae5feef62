/**
 * The file side of writing (Node): writes a finished package atomically (a temporary file
 * renamed over the target, so a failure leaves no half-written file), keeps a backup before
 * writing in place, and checks that the output's name fits the kind of workbook.
 */
import { promises as fs } from 'node:fs';
import { dirname, extname, join, parse } from 'node:path';
import { UserError } from '../core/errors';
import { packageExtension } from './package';

/** Writes the bytes of a finished package. */
export async function writeBytesFile(bytes: Uint8Array, file: string): Promise<void> {
  await writeAtomically(file, (tmp) => fs.writeFile(tmp, bytes));
}

async function writeAtomically(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = dirname(file);
  const tmp = join(dir, `.${parse(file).name}.zielwerk-${process.pid}.tmp`);
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

/** FILE.xlsx → FILE.bak.xlsx next to it (FILE.xlsm → FILE.bak.xlsm). */
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

/**
 * The output must carry the extension of the package's kind: Excel refuses a workbook whose
 * name and content type disagree, and macros must never travel under an .xlsx name unsaid.
 */
export function checkOutputName(input: Uint8Array, output: string): void {
  const ext = packageExtension(input);
  if (!ext || extname(output).toLowerCase() === ext) return;
  throw new UserError(ext === '.xlsm' || ext === '.xltm' ? 'output-macros' : 'output-extension', { file: output, ext });
}
