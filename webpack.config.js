/* eslint-disable no-undef */
// Builds the add-in into dist/: task pane, ribbon commands, custom functions (with the
// generated functions.json), manifest, icons, the pages' ES5 guard script and a self-hosted
// copy of the Excel parts of office.js (so the add-in loads nothing from other hosts).
// Every script is transpiled for the one target in targets.js.
//
//   npm run build                                    → manifest for https://localhost:3000/
//   npm run build -- --env url=https://server/zielwerk/
//   ZIELWERK_URL=https://server/zielwerk/ npm run build
//                                                    → the same build, manifest for that address
//   npm run package                                  → that build as a zip (docs/einrichtung.md)
const path = require('node:path');
const { sources } = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const targets = require('./targets');
const { DEV_URL, addinUrl, manifestFor } = require('./scripts/addin-url');
const { atTargetLevel } = require('./scripts/js-level');

/** The Content-Security-Policy of every page: nothing but this add-in's own host. */
function csp(dev) {
  const connect = dev ? "'self' wss://localhost:3000" : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    // Fluent UI (Griffel) inserts its CSS at run time
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}

/** Copied scripts stay as they are: already minified (office.js) or ES5 on purpose (guard.js, result.js). */
const COPIED = { minimized: true };

/** The office.js files an Excel add-in needs: the loader, Excel's host scripts, strings. No telemetry. */
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const officeJs = (from, extra = {}) => ({ from, context: OFFICE_JS, to: 'office-js/', transform: { transformer: atTargetLevel, cache: true }, info: COPIED, ...extra });
const officeJsPatterns = [
  officeJs('office.js'),
  officeJs('o15apptofilemappingtable.js'),
  officeJs('es6-promise.js'),
  officeJs('custom-functions-runtime.js'),
  officeJs('excel-*-16.0?.js', { globOptions: { ignore: ['**/*.debug.js'] } }),
  officeJs('excelwebapp-*.js', { globOptions: { ignore: ['**/*.debug.js'] } }),
  officeJs('*/office_strings.js'),
];

/** The guard script with the texts it shows (from src/core/i18n/pages.ts), ASCII-escaped. */
function guardScript(content) {
  const { PAGE_MESSAGES } = require('tsx/cjs/api').require('./src/core/i18n/pages.ts', __filename);
  const json = JSON.stringify(PAGE_MESSAGES).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return content.toString().replace('/*MESSAGES*/ {}', json);
}

/**
 * functions.json without `allowCustomDataForDataTypeAny`, which custom-functions-metadata
 * always writes: a CustomFunctionsRuntime 1.4 feature (data types in `any` parameters) that
 * Office LTSC 2021 lacks and no ZIEL.* function needs.
 */
class FunctionsMetadataFloor {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap('FunctionsMetadataFloor', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'FunctionsMetadataFloor', stage: compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, (assets) => {
        if (!assets['functions.json']) return;
        const metadata = JSON.parse(assets['functions.json'].source().toString());
        delete metadata.allowCustomDataForDataTypeAny;
        compilation.updateAsset('functions.json', new sources.RawSource(JSON.stringify(metadata, null, 4)));
      });
    });
  }
}

async function config(env, options) {
  const dev = options.mode !== 'production';
  const url = addinUrl(env.url || process.env.ZIELWERK_URL || DEV_URL);
  let https = {};
  if (env.WEBPACK_SERVE) https = await require('./scripts/dev-certs').httpsOptions();
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/pages/${name}.html`,
      chunks,
      templateParameters: { csp: csp(dev), title },
      scriptLoading: 'blocking',
      inject: 'body',
    });
  const esbuild = (loader) => ({ loader: 'esbuild-loader', options: { loader, target: targets.esbuild, tsconfig: './tsconfig.build.json' } });
  return {
    devtool: dev ? 'source-map' : false,
    // webpack's own runtime code at the same level
    target: ['web', `es${targets.ecmaVersion}`],
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
      // the Dokumente view and its Word libraries, loaded by the pane when the view opens
      documents: './src/taskpane/documents/index.tsx',
    },
    // the documents bundle uses the pane's React (hooks need the renderer's copy), see DocumentsPanel.tsx
    externals: ({ request, contextInfo }, callback) => {
      const shared = { react: 'React', 'react/jsx-runtime': 'jsxRuntime' }[request];
      const issuer = (contextInfo && contextInfo.issuer) || '';
      if (shared && issuer.split(path.sep).join('/').includes('/src/taskpane/documents/')) return callback(null, `ZielwerkShared.${shared}`, 'var');
      callback();
    },
    // chunks loaded on demand (the layout editor's texts, reading a map from a file) sit beside
    // the pages: relative to the page, without the runtime that guesses the script's address
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', publicPath: '', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        // transpile only: type checking is `tsc --noEmit` (a type-checked rebuild breaks the metadata plugin)
        { test: /\.tsx?$/, exclude: /node_modules/, use: esbuild('tsx') },
        // packages too: Fluent UI ships ES2022 (class static blocks)
        { test: /\.m?js$/, include: /node_modules/, use: esbuild('js') },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      new FunctionsMetadataFloor(),
      page('taskpane', ['taskpane'], 'Zielwerk'),
      page('commands', ['commands'], 'Zielwerk'),
      page('functions', ['functions'], 'Zielwerk'),
      page('result', [], 'Zielwerk'),
      page('support', [], 'Zielwerk – Hilfe'),
      new CopyWebpackPlugin({
        patterns: [
          // the manifest by its exact name (a glob over the project root makes the watcher loop)
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => manifestFor(content.toString(), url) },
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          { from: 'src/functions/functions-de.json', to: 'functions-de.json' },
          { from: 'src/pages/result.js', to: 'result.js', info: COPIED },
          { from: 'src/pages/guard.js', to: 'guard.js', transform: guardScript, info: COPIED },
          ...officeJsPatterns,
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, 'dist') },
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: { type: 'https', options: https },
      port: 3000,
      hot: false,
    },
  };
}

// a wrong address or a certificate problem: one line, no stack trace
module.exports = async (env = {}, options = {}) => {
  try {
    return await config(env, options);
  } catch (e) {
    console.error(`Zielwerk: ${e instanceof Error ? e.message : e}`);
    process.exit(2);
  }
};
