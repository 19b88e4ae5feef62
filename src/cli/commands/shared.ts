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

/** --today 15.11.2019 or 2019-11-15 (a real calendar day) as YYYY-MM-DD, or the local date today. */
export function parseToday(value: string | true | undefined): string {
  if (value === undefined) {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }
  const v = String(value);
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
  const german = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (!iso && !german) throw new UsageError(`bad-today:${v}`);
  const [y, mo, da] = iso ? [iso[1], iso[2], iso[3]].map(Number) : [german![3], german![2], german![1]].map(Number);
  const d = new Date(Date.UTC(y, mo - 1, da));
  if (d.getUTCMonth() !== mo - 1 || d.getUTCDate() !== da) throw new UsageError(`impossible-today:${v}`);
  // Excel's calendar starts in 1900; a reference day before it is a typing error
  if (y < 1900) throw new UsageError(`early-today:${v}`);
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(da).padStart(2, '0')}`;
}
