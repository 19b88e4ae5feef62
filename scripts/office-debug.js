#!/usr/bin/env node
// `npm start` / `npm stop`: sideload the add-in with office-addin-debugging (Windows, macOS).
// That tool is an optional dependency: on Linux it needs libsecret (keytar) and cannot start
// Excel anyway. Here it says so in German and English instead of failing with a stack trace.
'use strict';
const { spawnSync } = require('node:child_process');
const path = require('node:path');

const verb = process.argv[2] === 'stop' ? 'stop' : 'start';
let cli;
try {
  cli = require.resolve('office-addin-debugging/cli');
} catch {
  try {
    cli = path.join(path.dirname(require.resolve('office-addin-debugging/package.json')), 'cli.js');
  } catch {
    cli = null;
  }
}
if (!cli) {
  process.stderr.write(
    [
      'office-addin-debugging ist nicht installiert (optionale Abhängigkeit).',
      'Unter Windows/macOS: `npm install` erneut ausführen. Unter Linux braucht es libsecret',
      '(`sudo apt-get install libsecret-1-dev`), und Excel selbst läuft dort nicht – stattdessen',
      '`npm run dev-server` starten und manifest.xml in Excel im Web hochladen (siehe README).',
      '',
      'office-addin-debugging is not installed (optional dependency). On Windows/macOS run `npm install`',
      'again. On Linux it needs libsecret, and Excel does not run there: use `npm run dev-server` and',
      'upload manifest.xml to Excel on the web (see README).',
      '',
    ].join('\n'),
  );
  process.exit(2);
}
const args = verb === 'start' ? ['start', 'manifest.xml', 'desktop', '--app', 'excel'] : ['stop', 'manifest.xml'];
const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
