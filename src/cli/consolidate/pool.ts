/**
 * Reads many workbooks in parallel: a pool of worker threads (piscina), one per core, each
 * reading one file at a time (worker.ts). Results arrive in any order and are put back in the
 * order of the inputs; `onDone` hears of each file as it finishes (for the progress bar).
 */
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { FileOutcome, ReadSettings } from '../../core/consolidate';
import type { Input } from './inputs';
import type { ReadTask } from './worker';

/** The worker's file: the bundle's sibling, or (running from the sources) the TypeScript shim. */
function workerFile(): string {
  return __filename.endsWith('.ts') ? join(__dirname, 'worker-ts.js') : join(__dirname, 'zielwerk-worker.js');
}

export async function readAll(
  inputs: Input[],
  settings: ReadSettings,
  onDone: (input: Input, done: number) => void,
  threads = threadsFor(inputs.length),
): Promise<FileOutcome[]> {
  // loaded on the first consolidation only: every other command (and the bundle run from
  // anywhere) starts without the pool package
  const { Piscina } = await import('piscina');
  const pool = new Piscina<ReadTask, FileOutcome>({ filename: workerFile(), minThreads: threads, maxThreads: threads, idleTimeout: 1000 });
  let done = 0;
  try {
    return await Promise.all(
      inputs.map(async (input) => {
        const out = await pool.run({ path: input.path, label: input.label, open: input.open, settings });
        onDone(input, ++done);
        return out;
      }),
    );
  } finally {
    await pool.destroy();
  }
}

/** The threads a run over `files` files uses. */
export function threadsFor(files: number): number {
  return Math.max(1, Math.min(availableParallelism(), files));
}
