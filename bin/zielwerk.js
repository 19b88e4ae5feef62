#!/usr/bin/env node
'use strict';
// Runs the bundled command line (build/zielwerk-cli.js, made by `npm ci` / `npm run build:cli`)
// while it is newer than every source file; otherwise the TypeScript sources directly (tsx
// compiles them on the fly and caches the result), so `npx zielwerk` always runs the code as
// it is, with or without a build step.
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..');
const bundle = path.join(root, 'build', 'zielwerk-cli.js');

function newestSource(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(p));
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) newest = Math.max(newest, fs.statSync(p).mtimeMs);
  }
  return newest;
}

function load() {
  try {
    if (fs.statSync(bundle).mtimeMs >= newestSource(path.join(root, 'src'))) return require(bundle);
  } catch {
    // no bundle (or unreadable): run the sources
  }
  require('tsx/cjs/api').register();
  return require(path.join(root, 'src', 'cli', 'main.ts'));
}

load()
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`Interner Fehler: ${e && e.message ? e.message : e}\n`);
      process.exitCode = 2;
    },
  );
