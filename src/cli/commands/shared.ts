import { readFile } from 'node:fs/promises';
import { readDay } from '../../core/format';
import { type LayoutMap, parseLayoutMap } from '../../core/layout/schema';
import '../../core/i18n/layoutCli';
import { type OptionSpec, UsageError } from '../args';
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

/** `--layout MAP.json`: read with this layout map instead of the one the workbook keeps. */
export const LAYOUT_OPTION: OptionSpec = { name: 'layout', value: true };

/** The map of `--layout`, checked against its schema; undefined without the option. */
export async function layoutOption(ctx: CommandContext): Promise<LayoutMap | undefined> {
  const file = ctx.options.layout;
  if (file === undefined) return undefined;
  if (file === true) throw new UsageError('missing-value:--layout');
  return readLayoutFile(String(file));
}

/** A layout map from a JSON file; a clear usage error when it cannot be read or does not fit the schema. */
export async function readLayoutFile(file: string): Promise<LayoutMap> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new UsageError(`layout-unreadable:${file}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    throw new UsageError(`layout-json:${file}`);
  }
  const parsed = parseLayoutMap(json);
  if ('problems' in parsed) throw new UsageError(`layout-invalid:${file}|${parsed.problems.slice(0, 5).join('; ')}`);
  return parsed.map;
}
