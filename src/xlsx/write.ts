/**
 * The file side of writing (Node): writes a finished package atomically (a temporary file
 * renamed over the target, so a failure leaves no half-written file), keeps a backup before
 * writing in place, and checks that the output's name fits the kind of workbook. A file that
 * cannot be written is explained in words: open in Excel (its `~$` lock file beside it, or
 * EBUSY/EPERM), a read-only folder, a folder given as the file, a full disk.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, parse } from 'node:path';
import { UserError } from '../core/errors';
import { packageExtension } from './package';

/** The extensions a workbook Zielwerk writes may have (templates stay templates). */
export const WORKBOOK_EXTENSIONS = ['.xlsx', '.xlsm', '.xltx', '.xltm'];

/** An output name without a workbook's extension (out.csv, out.xls, out) is refused before anything is read. */
export function checkOutputExtension(output: string): void {
  if (!WORKBOOK_EXTENSIONS.includes(extname(output).toLowerCase())) throw new UserError('output-not-workbook', { file: output });
}

/** Writes the bytes of a finished package. */
export async function writeBytesFile(bytes: Uint8Array, file: string): Promise<void> {
  await checkWritable(file);
  await writeAtomically(file, (tmp) => fs.writeFile(tmp, bytes));
}

/**
 * Refuses before writing what would fail or be lost: a folder given as the file, and a file
 * Excel has open (Excel keeps a hidden lock file `~$NAME` beside it while it is open; on a
 * Mac or a network drive the write would succeed and Excel would later save over it).
 */
export async function checkWritable(file: string): Promise<void> {
  const st = await fs.stat(file).catch(() => null);
  if (st?.isDirectory()) throw new UserError('output-is-directory', { file });
  const lock = await lockFile(file);
  if (lock) throw new UserError('file-locked', { file, lock: basename(lock) });
}

/** The lock file Excel keeps beside an open workbook, if there is one. */
export async function lockFile(file: string): Promise<string | null> {
  const dir = dirname(file);
  const name = basename(file);
  // Excel writes "~$" + the name; Word-style truncation replaces the first two letters of long names
  const candidates = [`~$${name}`, `~$${name.slice(2)}`];
  for (const c of candidates) {
    const path = join(dir, c);
    const st = await fs.stat(path).catch(() => null);
    if (st?.isFile()) return path;
  }
  return null;
}

/** A failed write's error code, in words the user can act on. */
export function writeError(e: unknown, file: string): UserError {
  if (e instanceof UserError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'EBUSY':
    case 'EPERM':
    case 'ETXTBSY':
      // Windows answers a write over a workbook Excel has open with EBUSY or EPERM
      return new UserError('file-open-in-excel', { file }, e);
    case 'EACCES':
    case 'EROFS':
      return new UserError('folder-read-only', { file, dir: dirname(file) || '.' }, e);
    case 'EISDIR':
      return new UserError('output-is-directory', { file }, e);
    case 'ENOTDIR':
    case 'EEXIST':
    case 'ENOENT':
      // mkdir over a file on the way answers EEXIST or ENOTDIR
      return new UserError('folder-missing', { file, dir: dirname(file) || '.' }, e);
    case 'ENOSPC':
    case 'EDQUOT':
      return new UserError('disk-full', { file }, e);
    default:
      return new UserError('write-failed', { file, reason: code ?? (e instanceof Error ? e.message.split('\n')[0] : String(e)) }, e);
  }
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
    throw writeError(e, file);
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
    throw writeError(e, target);
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
