/** The subcommands, in the order `--help` lists them. */
import type { Lang } from '../../core/i18n';
import type { OptionSpec, Parsed } from '../args';
import type { Io } from '../main';
import { consolidateCommand } from './consolidate';
import { dateCommand } from './date';
import { extractCommand } from './extract';
import { importCommand } from './import';
import { reportCommand } from './report';
import { layoutCommand } from './layout';
import { structureCommand, summarizeCommand } from './summarize';
import { validateCommand } from './validate';

export interface CommandContext extends Parsed {
  lang: Lang;
  io: Io;
}

export interface Command {
  name: string;
  options: OptionSpec[];
  run(ctx: CommandContext): Promise<number>;
}

export const COMMANDS: Command[] = [
  extractCommand,
  validateCommand,
  summarizeCommand,
  structureCommand,
  consolidateCommand,
  layoutCommand,
  importCommand,
  reportCommand,
  dateCommand,
];
