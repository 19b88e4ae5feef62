/**
 * One workbook in a worker thread: read, extracted, validated, every pointer marked with its
 * file. Only the outcome (model and findings, or why the file could not be read) goes back to
 * the main thread; the workbook's bytes and grids stay here and are dropped.
 */
import { type FileOutcome, readOne, type ReadSettings } from '../../core/consolidate';
import { isUserError } from '../../core/errors';
import { readWorkbookFile } from '../../xlsx/read';

export interface ReadTask {
  path: string;
  label: string;
  open: boolean;
  settings: ReadSettings;
}

export default async function readTask(task: ReadTask): Promise<FileOutcome> {
  try {
    const { grids } = await readWorkbookFile(task.path);
    const out = readOne(task.label, grids, task.settings);
    if (out.status === 'read' && task.open) out.open = true;
    return out;
  } catch (e) {
    // the reader's user errors (locked, damaged, password, not a workbook) say why; anything else is reported as it is
    if (isUserError(e)) return { file: task.label, status: 'failed', error: { code: e.code, params: { ...e.params, file: task.label } } };
    const reason = e instanceof Error ? e.message.split('\n')[0] : String(e);
    return { file: task.label, status: 'failed', error: { code: 'file-unreadable', params: { file: task.label, reason } } };
  }
}
