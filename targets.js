/* eslint-disable no-undef */
// The one JavaScript target of the add-in: every file in dist/ (task pane, ribbon commands,
// custom functions, the self-hosted office.js) is transpiled for these browser engines and
// parses as ECMAScript `ecmaVersion`. webpack.config.js builds with it, and a test parses
// every dist/**/*.js at this level (test/browser/dist.test.ts).
//
// Where Zielwerk runs (docs/einrichtung.md):
// - Excel for Microsoft 365 and Office LTSC 2021/2024 on Windows host add-ins in WebView2
//   (Chromium, kept current by Windows; 109 is the last build for older Windows versions);
// - Excel on the Mac (Microsoft 365, LTSC 2021/2024) in the system's WebKit (Safari 16 came
//   with macOS 13 Ventura; later macOS versions bring newer ones);
// - Excel on the web in current Edge, Chrome, Firefox (115 is the oldest extended-support
//   release still served) and Safari.
// Office 2016/2019 and Office 2021 without WebView2 host add-ins in Internet Explorer 11 or
// EdgeHTML: there the pages' ES5 script (src/pages/guard.js) says which Excel Zielwerk needs.
'use strict';

/** Oldest version of each engine Zielwerk's bundles must run in. */
const browsers = { chrome: 109, edge: 109, firefox: 115, safari: 16 };

/**
 * The syntax level: the newest ECMAScript edition every engine above reads completely.
 * Safari 16.0 lacks ES2022's class static blocks (16.4), so ES2022 syntax is lowered.
 */
const ecmaVersion = 2021;

module.exports = {
  browsers,
  ecmaVersion,
  /** The same target for esbuild: the ECMAScript level and every engine (esbuild honours all). */
  esbuild: [`es${ecmaVersion}`, ...Object.entries(browsers).map(([name, version]) => `${name}${version}`)],
  /** The same target as a browserslist query, for tools that read one. */
  browserslist: Object.entries(browsers).map(([name, version]) => `${name} >= ${version}`),
};
