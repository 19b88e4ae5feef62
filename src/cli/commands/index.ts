/** The subcommands, in the order `--help` lists them. */
import type { Lang } from '../../core/i18n';
import { levenshtein } from '../../core/text';
import type { OptionSpec, Parsed } from '../args';
import type { Io } from '../main';
import { consolidateCommand } from './consolidate';
import { dateCommand } from './date';
import { extractCommand } from './extract';
import { importCommand } from './import';
import { reportCommand } from './report';
import { layoutCommand } from './layout';
import { cleanCommand, structureCommand, summarizeCommand } from './summarize';
import { validateCommand } from './validate';

export interface CommandContext extends Parsed {
  lang: Lang;
  io: Io;
}

export interface Command {
  name: string;
  /** Other names the command answers to (the German ones: `prüfen`, `zusammenfassen`, …). */
  aliases?: string[];
  options: OptionSpec[];
  run(ctx: CommandContext): Promise<number>;
}

export const COMMANDS: Command[] = [
  extractCommand,
  validateCommand,
  summarizeCommand,
  structureCommand,
  cleanCommand,
  consolidateCommand,
  layoutCommand,
  importCommand,
  reportCommand,
  dateCommand,
];

/** The command a name stands for: its English or its German name, in any case. */
export function findCommand(name: string): Command | undefined {
  const n = name.normalize('NFC').toLowerCase();
  return COMMANDS.find((c) => c.name === n || c.aliases?.includes(n));
}

/** The command name nearest to a mistyped one ("extrakt" → "extract"), if one is near enough. */
export function nearestCommand(name: string): string | null {
  const n = name.normalize('NFC').toLowerCase();
  let best: { name: string; d: number } | null = null;
  for (const c of COMMANDS) {
    for (const candidate of [c.name, ...(c.aliases ?? [])]) {
      // a prefix ("sum", "zusammen") is as near as it gets
      const d = n.length >= 3 && candidate.startsWith(n) ? 0 : levenshtein(n, candidate);
      if (!best || d < best.d) best = { name: candidate, d };
    }
  }
  return best && best.d <= Math.max(2, Math.floor(n.length / 3)) ? best.name : null;
}
