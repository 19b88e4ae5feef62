/**
 * LibreOffice for the tests that check what users open: found when installed (CI installs
 * libreoffice-calc and libreoffice-writer, see .ci/run; locally it may be missing, and the
 * tests say so), and a headless conversion with a profile of its own.
 */
import { spawnSync } from 'node:child_process';

export const soffice = ['soffice', 'libreoffice'].find((cmd) => spawnSync(cmd, ['--version'], { stdio: 'ignore' }).status === 0);

/** Fails in CI and warns locally when LibreOffice is missing. */
export function requireLibreOffice(what: string, packages: string): void {
  if (soffice) return;
  if (process.env.CI) throw new Error(`LibreOffice (soffice) is missing: CI must install ${packages} (.ci/run)`);
  console.warn(`LibreOffice (soffice) not found: ${what} is skipped (apt-get install ${packages}).`);
}

/** Converts files headless (`--convert-to <format>`) into outDir, with its own user profile. */
export function convert(files: string[], format: string, outDir: string, profile: string, timeout = 600_000): void {
  spawnSync(
    soffice!,
    ['--headless', '--norestore', `-env:UserInstallation=file://${profile}`, '--convert-to', format, '--outdir', outDir, ...files],
    {
      stdio: 'ignore',
      timeout,
    },
  );
}
