#!/usr/bin/env node
'use strict';
/**
 * `npm run bench`: bundles bench/run.ts with esbuild (as the command line and the add-in are
 * bundled for users) into build/bench.js and runs it with the given arguments. Timing the
 * per-file tsx transpilation instead would add its module-interop overhead (every imported
 * function called through a getter) to every figure.
 */
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const outfile = path.join(root, 'build', 'bench.js');
require('esbuild').buildSync({
  entryPoints: [path.join(root, 'bench', 'run.ts')],
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // ExcelJS stays a package (the bench writes its workbook with it), as in the sources; so do
  // esbuild (it bundles the Excel fake for the first-view figure) and playwright-core
  // piscina starts its worker script from its own package folder (the consolidation figure)
  external: ['exceljs', 'esbuild', 'playwright-core', 'piscina'],
  logLevel: 'error',
  outfile,
});
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(run.status ?? 1);
