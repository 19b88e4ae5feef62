/**
 * `npm run validate [-- FILE]`: Microsoft's online manifest validator (`office-addin-manifest
 * validate`), and where it cannot be reached (no internet, a proxy) the offline checks of
 * scripts/manifest-check.ts instead, saying so. FILE defaults to manifest.xml; a built
 * manifest (dist/manifest.xml) works too. Exit code 0: valid; 1: problems found or unreadable.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkManifest, readManifest } from './manifest-check';

const ROOT = join(__dirname, '..');

/** What office-addin-manifest prints when the validation service cannot be reached. */
export const UNREACHABLE =
  /Unable to contact the manifest validation service|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|socket hang up/i;

export function offline(file: string): { ok: boolean; lines: string[] } {
  let raw: string;
  try {
    raw = readFileSync(file, 'utf8');
    readManifest(file);
  } catch (e) {
    const why = String((e as { stderr?: string }).stderr || (e as Error).message)
      .trim()
      .split('\n')[0];
    return { ok: false, lines: [`${file}: nicht lesbar / unreadable: ${why}`] };
  }
  const problems = checkManifest(raw);
  if (problems.length === 0) return { ok: true, lines: ['Offline-Prüfungen bestanden. / Offline checks passed.'] };
  return {
    ok: false,
    lines: [`Offline-Prüfungen: ${problems.length} Problem(e) / offline checks found problems:`, ...problems.map((p) => `  ${p}`)],
  };
}

if (require.main === module) {
  const file = resolve(process.argv[2] ?? join(ROOT, 'manifest.xml'));
  const online = spawnSync(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'validate', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  const output = `${online.stdout ?? ''}${online.stderr ?? ''}`;
  if (online.status === 0) {
    process.stdout.write(output);
    process.exit(0);
  }
  if (!UNREACHABLE.test(output)) {
    // the validator answered and found problems
    process.stdout.write(output);
    process.exit(1);
  }
  console.log('Der Online-Validator von Microsoft ist nicht erreichbar – es laufen die Offline-Prüfungen.');
  console.log("Microsoft's online validator is unreachable: running the offline checks instead.");
  const r = offline(file);
  for (const line of r.lines) console.log(line);
  process.exit(r.ok ? 0 : 1);
}
