/** Browser tests (real Chromium against dist/): run after `npm run build`. */
const base = require('./jest.config.js');
/** @type {import('jest').Config} */
module.exports = { ...base, roots: ['<rootDir>/test/browser'], testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/'], testTimeout: 60000, maxWorkers: 1 };
