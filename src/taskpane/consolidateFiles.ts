/**
 * Reading the workbooks a user picks in the Zusammenführen view: each file's bytes are read in
 * the pane (nothing is uploaded) with the package reader, extracted and validated one after
 * the other, the pane drawing between files. Equal names (two "ziele.xlsx" from different
 * folders) are told apart by a number.
 */
import { type FileOutcome, readOne, type ReadSettings } from '../core/consolidate';
import { isUserError } from '../core/errors';
import { readWorkbookBytes } from '../xlsx/reader';

export interface PickedFile {
  name: string;
  arrayBuffer(): Promise<ArrayBuffer>;
}

export async function readPicked(
  files: PickedFile[],
  settings: ReadSettings,
  onFile: (name: string, index: number) => void,
): Promise<FileOutcome[]> {
  const out: FileOutcome[] = [];
  const names = uniqueNames(files.map((f) => f.name));
  for (let i = 0; i < files.length; i++) {
    const label = names[i];
    onFile(label, i);
    // let the pane draw the progress before the next file keeps the thread busy
    await new Promise((r) => setTimeout(r, 0));
    try {
      const bytes = new Uint8Array(await files[i].arrayBuffer());
      out.push(readOne(label, readWorkbookBytes(bytes, label).grids, settings));
    } catch (e) {
      if (isUserError(e)) out.push({ file: label, status: 'failed', error: { code: e.code, params: { ...e.params, file: label } } });
      else
        out.push({
          file: label,
          status: 'failed',
          error: { code: 'file-unreadable', params: { file: label, reason: e instanceof Error ? e.message : String(e) } },
        });
    }
  }
  return out;
}

function uniqueNames(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return k === 1 ? n : `${n} (${k})`;
  });
}
