'use strict';
// The worker thread's entry when the command line runs from its TypeScript sources (tsx, jest):
// worker threads do not inherit the main thread's TypeScript loader, so this one registers it.
// The bundled command line uses build/zielwerk-worker.js instead (scripts/build-cli.js).
require('tsx/cjs/api').register();
module.exports = require('./worker.ts');
