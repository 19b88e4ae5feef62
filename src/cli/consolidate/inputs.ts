/**
 * The workbooks a consolidation reads: files given, and every workbook in folders given
 * (recursively, in name order). Excel's lock files (`~$…`) are no workbooks: they only say that
 * their workbook is open in Excel right now, which is noted. Dot folders are skipped; so is
 * the output file itself.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

export interface Input {
  /** Absolute path. */
  path: string;
  /** The name shown: relative to the folder the inputs share. */
  label: string;
  /** A lock file (~$) beside it: open in Excel elsewhere. */
  open: boolean;
  /** Given by name but not found (or not statable): the reader says why. */
  given: boolean;
}

/** Workbook files in a folder walk (legacy .xls too: listed with the reason they cannot be read). */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
export const LOCK_PREFIX = '~$';

export async function collectInputs(args: string[], output: string | null): Promise<Input[]> {
  const found: { path: string; given: boolean }[] = [];
  const locks = new Set<string>();
  const skip = output ? resolve(output) : null;
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      // an unreadable folder: its workbooks cannot be listed; the folder itself is reported
      found.push({ path: dir, given: true });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    for (const e of entries) {
      const p = join(dir, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) await walk(p);
      } else if (e.name.startsWith(LOCK_PREFIX)) locks.add(p);
      else if (WORKBOOK.test(e.name) && p !== skip) found.push({ path: p, given: false });
    }
  };
  for (const a of args) {
    const p = resolve(a);
    const st = await fs.stat(p).catch(() => null);
    if (st?.isDirectory()) await walk(p);
    else if (basename(p).startsWith(LOCK_PREFIX)) locks.add(p);
    else found.push({ path: p, given: true });
  }
  // the same file named twice (a file and its folder) is read once
  const seen = new Set<string>();
  const unique = found.filter((f) => !seen.has(f.path) && !!seen.add(f.path));
  const base = commonDir(unique.map((f) => dirname(f.path)));
  return unique.map((f) => ({
    path: f.path,
    label: relative(base, f.path).split(sep).join('/') || basename(f.path),
    open: isOpen(f.path, locks),
    given: f.given,
  }));
}

/** Excel's lock file is "~$" and the name, or, for long names, "~$" and the name without its first two letters. */
function isOpen(path: string, locks: Set<string>): boolean {
  const dir = dirname(path);
  const name = basename(path);
  return locks.has(join(dir, LOCK_PREFIX + name)) || (name.length > 2 && locks.has(join(dir, LOCK_PREFIX + name.slice(2))));
}

function commonDir(dirs: string[]): string {
  if (dirs.length === 0) return process.cwd();
  let common = dirs[0].split(sep);
  for (const d of dirs.slice(1)) {
    const parts = d.split(sep);
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return common.join(sep) || sep;
}

/** Where a file lies as seen from the written workbook's folder, with forward slashes. */
export function hrefFrom(output: string, path: string): string {
  return relative(dirname(resolve(output)), path)
    .split(sep)
    .join('/');
}
