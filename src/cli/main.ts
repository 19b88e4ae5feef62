/**
 * The `zielwerk` command: dispatches to subcommands, renders errors as one line in the
 * user's language, and maps outcomes to exit codes (0 ok, 1 findings with errors, 2 bad
 * input or usage). Never prints a stack trace for a user error.
 */
import { isUserError } from '../core/errors';
import { type Lang, parseLang, t } from '../core/i18n';
import '../core/i18n/cli';
import { type OptionSpec, parseArgs, UsageError } from './args';
import { findCommand, nearestCommand } from './commands';
import { helpText, usageMessage } from './help';

export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Terminal width for text output. */
  columns?: number;
  /** True when stderr is a terminal (progress is drawn as a bar there, else written as lines). */
  stderrIsTTY?: boolean;
}

export const processIo: Io = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  columns: process.stdout.columns,
  stderrIsTTY: process.stderr.isTTY,
};

const GLOBAL: OptionSpec[] = [{ name: 'help', short: 'h' }, { name: 'version' }];

/** Runs the CLI; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let lang: Lang = langFromEnv();
  // --lang may stand anywhere; take it out first so every message speaks the right language
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--lang' || a.startsWith('--lang=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      const parsed = v ? parseLang(v) : null;
      if (!parsed) {
        io.stderr(t(lang, 'error.usage', { message: usageMessage(lang, `bad-lang:${v ?? ''}`) }) + '\n');
        return 2;
      }
      lang = parsed;
    } else args.push(a);
  }
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText(lang, rest[0] ? (findCommand(rest[0])?.name ?? rest[0]) : undefined));
    return 0;
  }
  if (name === '--version') {
    io.stdout(`zielwerk ${VERSION}\n`);
    return 0;
  }
  const command = findCommand(name);
  if (!command) {
    const near = nearestCommand(name);
    const message = usageMessage(lang, near ? `unknown-command-near:${name}|${near}` : `unknown-command:${name}`);
    io.stderr(t(lang, 'error.usage', { message }) + '\n');
    return 2;
  }
  try {
    const parsed = parseArgs(rest, [...GLOBAL, ...command.options]);
    if (parsed.options.help) {
      io.stdout(helpText(lang, command.name));
      return 0;
    }
    if (parsed.options.version) {
      io.stdout(`zielwerk ${VERSION}\n`);
      return 0;
    }
    return await command.run({ ...parsed, lang, io });
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(t(lang, 'error.usage', { message: usageMessage(lang, e.message) }) + '\n');
      return 2;
    }
    if (isUserError(e)) {
      io.stderr(t(lang, `error.${e.code}`, e.params) + '\n');
      // the technical cause (a library's own message) only on request
      const cause = (e as { cause?: unknown }).cause;
      if (process.env.ZIELWERK_DEBUG && cause !== undefined) io.stderr(String(cause instanceof Error ? cause.stack : cause) + '\n');
      return 2;
    }
    const msg = e instanceof Error ? e.message : String(e);
    io.stderr(t(lang, 'cli.internal-error', { message: msg.split('\n')[0] }) + '\n');
    if (process.env.ZIELWERK_DEBUG && e instanceof Error) io.stderr(String(e.stack) + '\n');
    return 2;
  }
}

export const VERSION = '0.1.0';

function langFromEnv(): Lang {
  const v = process.env.ZIELWERK_LANG;
  return (v && parseLang(v)) || 'de';
}
