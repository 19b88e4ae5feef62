#!/usr/bin/env node
'use strict';
/**
 * Bundles the command line (src/cli/main.ts and everything it uses, fflate and saxes included) into
 * one file, build/zielwerk-cli.js, so `zielwerk` starts without compiling TypeScript on the
 * fly. Runs on `npm ci` (prepare). bin/zielwerk.js uses the bundle while it is newer than
 * every source file and falls back to the sources (through tsx) otherwise, so a failed or
 * stale build costs speed, never correctness — which is why this script never fails.
 */
const path = require('node:path');

const root = path.join(__dirname, '..');

/**
 * Bundles the command line into `outfile`, and beside it the worker thread that reads one
 * workbook for `zielwerk consolidate` (zielwerk-worker.js, which the bundle looks for in its own
 * folder). Throws when esbuild fails.
 */
function buildCli(outfile) {
  const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, legalComments: 'external', logLevel: 'error' };
  // piscina starts its own worker script from its package folder: it stays a package
  require('esbuild').buildSync({ ...common, entryPoints: [path.join(root, 'src', 'cli', 'main.ts')], external: ['piscina'], outfile });
  require('esbuild').buildSync({
    ...common,
    entryPoints: [path.join(root, 'src', 'cli', 'consolidate', 'worker.ts')],
    outfile: path.join(path.dirname(outfile), 'zielwerk-worker.js'),
  });
}

module.exports = { buildCli };

if (require.main === module) {
  try {
    buildCli(path.join(root, 'build', 'zielwerk-cli.js'));
  } catch (e) {
    process.stderr.write(`zielwerk: command-line bundle not built (${e && e.message ? e.message.split('\n')[0] : e}); the sources are used instead.\n`);
  }
}
