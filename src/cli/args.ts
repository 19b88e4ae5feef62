/**
 * A small, strict argument parser: `--flag`, `--key value`, `--key=value`, `-o value`,
 * positionals. Unknown options are errors, so typos never pass silently.
 */
export interface OptionSpec {
  /** Long name without dashes. */
  name: string;
  /** Single-letter alias. */
  short?: string;
  /** True when the option takes a value. */
  value?: boolean;
}

export interface Parsed {
  positionals: string[];
  options: Record<string, string | true>;
}

export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseArgs(argv: string[], specs: OptionSpec[]): Parsed {
  const positionals: string[] = [];
  const options: Record<string, string | true> = {};
  const byLong = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short).map((s) => [s.short!, s]));
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    let spec: OptionSpec | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq === -1 ? undefined : arg.slice(eq + 1);
      spec = byLong.get(name);
      if (!spec) throw new UsageError(`unknown-option:${arg}`);
    } else if (/^-[A-Za-z]$/.test(arg)) {
      spec = byShort.get(arg.slice(1));
      if (!spec) throw new UsageError(`unknown-option:${arg}`);
    } else {
      positionals.push(arg);
      continue;
    }
    if (spec.value) {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) throw new UsageError(`missing-value:--${spec.name}`);
      options[spec.name] = v;
    } else {
      if (inline !== undefined) throw new UsageError(`no-value:--${spec.name}`);
      options[spec.name] = true;
    }
  }
  return { positionals, options };
}
