/* eslint-disable no-undef */
// Builds the add-in into dist/: task pane, ribbon commands, custom functions (with the
// generated functions.json), manifest, icons and a self-hosted copy of the Excel parts of
// office.js (so the add-in loads nothing from other hosts).
//
//   npm run build                                    → manifest for https://localhost:3000/
//   ZIELWERK_URL=https://intranet.example/zielwerk/ npm run build
//                                                    → the same build, manifest for that address
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');

const DEV_URL = 'https://localhost:3000/';

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

/** The office.js files an Excel add-in needs: the loader, Excel's host scripts, strings. No telemetry. */
const OFFICE_JS = path.join(path.dirname(require.resolve('@microsoft/office-js/package.json')), 'dist');
const officeJsPatterns = [
  { from: 'office.js', context: OFFICE_JS, to: 'office-js/' },
  { from: 'o15apptofilemappingtable.js', context: OFFICE_JS, to: 'office-js/' },
  { from: 'es6-promise.js', context: OFFICE_JS, to: 'office-js/' },
  { from: 'custom-functions-runtime.js', context: OFFICE_JS, to: 'office-js/' },
  { from: 'excel-*-16.0?.js', context: OFFICE_JS, to: 'office-js/', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: 'excelwebapp-*.js', context: OFFICE_JS, to: 'office-js/', globOptions: { ignore: ['**/*.debug.js'] } },
  { from: '*/office_strings.js', context: OFFICE_JS, to: 'office-js/' },
];

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode !== 'production';
  const url = (env.url || process.env.ZIELWERK_URL || DEV_URL).replace(/\/?$/, '/');
  let https = {};
  if (env.WEBPACK_SERVE) {
    // office-addin-dev-certs creates and trusts a localhost certificate for `npm start`
    const devCerts = require('office-addin-dev-certs');
    https = await devCerts.getHttpsServerOptions();
  }
  const page = (name, chunks, title) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template: `./src/pages/${name}.html`,
      chunks,
      templateParameters: { csp: csp(dev), title },
      scriptLoading: 'blocking',
      inject: 'body',
    });
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      functions: './src/functions/functions.ts',
    },
    output: { path: path.resolve(__dirname, 'dist'), filename: '[name].js', clean: true },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          // transpile only: type checking is `tsc --noEmit` (a type-checked rebuild breaks the metadata plugin)
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: 'tsconfig.build.json' } },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      page('taskpane', ['taskpane'], 'Zielwerk'),
      page('commands', ['commands'], 'Zielwerk'),
      page('functions', ['functions'], 'Zielwerk'),
      page('result', [], 'Zielwerk'),
      page('support', [], 'Zielwerk – Hilfe'),
      new CopyWebpackPlugin({
        patterns: [
          // the manifest by its exact name (a glob over the project root makes the watcher loop)
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (url === DEV_URL ? content : content.toString().split(DEV_URL).join(url)),
          },
          { from: 'assets/*.png', to: 'assets/[name][ext]', noErrorOnMissing: true },
          { from: 'src/functions/functions-de.json', to: 'functions-de.json' },
          { from: 'src/pages/result.js', to: 'result.js' },
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
};
