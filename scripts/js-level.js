/* eslint-disable no-undef */
// Scripts at the one JavaScript level of targets.js: used by webpack.config.js for the files
// it copies (office.js and its Excel host scripts), tested in test/js-level.test.ts.
'use strict';
const { transformSync } = require('esbuild');
const { parse } = require('acorn');
const targets = require('../targets');

/** True when `code` parses as a classic script of ECMAScript `ecmaVersion`. */
function parsesAt(code, ecmaVersion = targets.ecmaVersion) {
  try {
    parse(code, { ecmaVersion, sourceType: 'script' });
    return true;
  } catch {
    return false;
  }
}

/**
 * A copied script at the target's level: unchanged when it already parses at it (office.js
 * does today), else lowered by esbuild, as an office.js update with newer syntax would be.
 */
function atTargetLevel(content, file = 'script.js') {
  const code = content.toString();
  if (parsesAt(code)) return content;
  return transformSync(code, { loader: 'js', target: targets.esbuild, minifyWhitespace: true, sourcefile: file }).code;
}

module.exports = { parsesAt, atTargetLevel };
