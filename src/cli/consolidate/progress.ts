/**
 * Progress of a long run on stderr (stdout stays clean for --json): on a terminal one line
 * redrawn in place — a bar, files done of all, the file just read; elsewhere (a log, a pipe)
 * one plain line per file.
 */
import { truncate } from '../../core/format';
import type { Io } from '../main';

export interface Progress {
  step(label: string, done: number): void;
  end(): void;
}

const WIDTH = 24;

export function progress(io: Io, total: number, columns = 80): Progress {
  if (!io.stderrIsTTY) {
    const digits = String(total).length;
    return { step: (label, done) => io.stderr(`[${String(done).padStart(digits)}/${total}] ${label}\n`), end: () => undefined };
  }
  let drawn = false;
  return {
    step(label, done) {
      const filled = Math.round((done / Math.max(1, total)) * WIDTH);
      const head = `${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)} ${done}/${total}  `;
      io.stderr(`\r\x1b[K${head}${truncate(label, Math.max(10, columns - head.length - 1))}`);
      drawn = true;
    },
    end() {
      if (drawn) io.stderr('\r\x1b[K');
    },
  };
}
