/**
 * The file side of reading (Node): checks that a path is a regular file it may read, reads
 * its bytes and hands them to the package reader (reader.ts, which knows no Node API).
 * Anything that is not a readable workbook becomes a UserError the CLI can explain.
 */
import { promises as fs } from 'node:fs';
import type { Grid } from '../core/grid';
import { UserError } from '../core/errors';
import { DEFAULT_LIMITS, type ReadLimits, readWorkbookBytes } from './reader';

/** Above this many cells in one workbook, reading stops and the sheet is marked truncated. */
export const MAX_CELLS = DEFAULT_LIMITS.maxCells;

export interface ReadResult {
  grids: Grid[];
  /** The file's bytes as read (the package writer extends exactly these). */
  bytes: Uint8Array;
}

/** Reads a workbook file. Throws UserError for anything that is not a readable .xlsx. */
export async function readWorkbookFile(file: string, limits?: Partial<ReadLimits>): Promise<ReadResult> {
  let buf: Uint8Array;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw new UserError('is-directory', { file });
    // a pipe or a device (/dev/zero) would be read forever, or wait for a writer
    if (!st.isFile()) throw new UserError('not-a-file', { file });
    buf = await fs.readFile(file);
  } catch (e) {
    if (e instanceof UserError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new UserError('file-not-found', { file }, e);
    if (code === 'EACCES' || code === 'EPERM') throw new UserError('file-no-permission', { file }, e);
    throw new UserError('file-unreadable', { file, reason: code ?? String(e) }, e);
  }
  return readWorkbookBuffer(buf, file, limits);
}

/** Reads a workbook from memory; `file` names it in messages. */
export async function readWorkbookBuffer(buf: Uint8Array, file = 'Arbeitsmappe', limits?: Partial<ReadLimits>): Promise<ReadResult> {
  return { grids: readWorkbookBytes(buf, file, limits).grids, bytes: buf };
}
