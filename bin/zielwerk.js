#!/usr/bin/env node
'use strict';
// Runs the TypeScript sources directly (tsx compiles them on the fly and caches the result),
// so `npx zielwerk` works right after `npm ci` without a build step.
const path = require('node:path');
const { register } = require('tsx/cjs/api');

register();
const { main } = require(path.join(__dirname, '..', 'src', 'cli', 'main.ts'));
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`Interner Fehler: ${e && e.message ? e.message : e}\n`);
    process.exitCode = 2;
  },
);
