import { readDay } from '../../core/format';
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
  const day = readDay(v);
  if ('iso' in day) return day.iso;
  throw new UsageError(`${day.error === 'format' ? 'bad' : day.error}-today:${v}`);
}
