/**
 * `npm run dev-server` on a plain machine: it starts without sudo (a `sudo` on the PATH that
 * only records being called stays uncalled) and without a stack trace, makes its development
 * certificate in the user's folder, says in one line how to trust it, and serves the add-in
 * over https with that certificate.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './harness';

const home = mkdtempSync(join(tmpdir(), 'zielwerk-home-'));
let server: ChildProcess | undefined;

afterAll(() => {
  if (server?.pid) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
  rmSync(home, { recursive: true, force: true });
});

function fetchText(url: string, ca: Buffer): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    get(url, { ca }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    }).on('error', reject);
  });
}

it('starts without sudo and without a stack trace, and serves the pane over https', async () => {
  // a sudo that records each call and fails, first on the PATH
  const bin = join(home, 'bin');
  mkdirSync(bin);
  writeFileSync(join(bin, 'sudo'), `#!/bin/sh\necho "$@" >> ${JSON.stringify(join(home, 'sudo-called'))}\nexit 1\n`);
  chmodSync(join(bin, 'sudo'), 0o755);
  const webpackCli = require.resolve('webpack-cli/bin/cli.js');
  server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development', '--port', 'auto', '--no-open'], {
    cwd: ROOT,
    env: { ...process.env, HOME: home, USERPROFILE: home, PATH: `${bin}:${process.env.PATH}` },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  server.stdout!.on('data', (d) => (out += d));
  server.stderr!.on('data', (d) => (out += d));
  const deadline = Date.now() + 240_000;
  while (!/compiled (successfully|with)/.test(out) && server.exitCode === null && Date.now() < deadline)
    await new Promise((r) => setTimeout(r, 250));
  expect(server.exitCode).toBeNull();
  expect(out).toMatch(/compiled successfully/);
  expect(out).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  expect(existsSync(join(home, 'sudo-called'))).toBe(false);
  // the certificate in the user's folder, and one line on how to trust it
  const ca = readFileSync(join(home, '.office-addin-dev-certs', 'ca.crt'));
  const hints = out.split('\n').filter((l) => l.includes('Entwicklungszertifikat'));
  expect(hints).toHaveLength(1);
  expect(hints[0]).toContain(join(home, '.office-addin-dev-certs', 'ca.crt'));
  const url = /https:\/\/localhost:(\d+)\//.exec(out);
  expect(url).not.toBeNull();
  const page = await fetchText(`${url![0]}taskpane.html`, ca);
  expect(page.status).toBe(200);
  expect(page.body).toContain('<script src="guard.js"></script>');
}, 300_000);
