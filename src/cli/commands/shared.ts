import { UsageError } from '../args';
import type { CommandContext } from './index';

/** The single workbook argument of a command. */
export function oneFile(ctx: CommandContext): string {
  const [file, ...extra] = ctx.positionals;
  if (!file) throw new UsageError('missing-file');
  if (extra.length) throw new UsageError(`extra-args:${extra.join(' ')}`);
  return file;
}

/** Writes JSON with a trailing newline. */
export function printJson(ctx: CommandContext, value: unknown): void {
  ctx.io.stdout(JSON.stringify(value, null, 2) + '\n');
}

/** --today YYYY-MM-DD (a real calendar day), or the local date today. */
export function parseToday(value: string | true | undefined): string {
  if (value === undefined) {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const v = String(value);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  if (!m) throw new UsageError(`bad-today:${v}`);
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCMonth() !== Number(m[2]) - 1 || d.getUTCDate() !== Number(m[3])) throw new UsageError(`impossible-today:${v}`);
  // Excel's calendar starts in 1900; a reference day before it is a typing error
  if (Number(m[1]) < 1900) throw new UsageError(`early-today:${v}`);
  return v;
}
