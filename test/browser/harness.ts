/**
 * The add-in's pages in real Chromium (Debian's /usr/bin/chromium via playwright-core), served
 * from dist/ on localhost, with the Excel fake injected instead of office.js. Shared by the
 * browser tests and the first-view benchmark (bench/run.ts). Needs `npm run build` first.
 */
import { buildSync } from 'esbuild';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';

export const ROOT = join(__dirname, '..', '..');
export const DIST = join(ROOT, 'dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
}

/** The Excel fake as one script (test/browser/fake-entry.ts), to be served as office.js. */
export function fakeOfficeScript(): string {
  return buildSync({ entryPoints: [join(__dirname, 'fake-entry.ts')], bundle: true, write: false, format: 'iife', target: 'es2020' }).outputFiles[0]
    .text;
}

export interface PaneOptions {
  displayLanguage?: string;
  /** The task pane's first view (`?view=…`). */
  view?: string;
  excelApi?: string;
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
}

/**
 * Opens `page` (e.g. "taskpane.html") in a fresh browser context with office.js replaced by
 * the fake over `grids`, settings fixed on the sample's reference day. `routes` serve other
 * files differently (e.g. a bundle as a syntax error).
 */
export async function openPage(
  browser: Browser,
  baseUrl: string,
  fakeScript: string,
  grids: Grid[],
  page: string,
  options: PaneOptions = {},
  routes: Record<string, string> = {},
): Promise<Opened> {
  const lang = options.displayLanguage ?? 'de-DE';
  const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, locale: lang });
  const tab = await context.newPage();
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  const setup = {
    grids,
    displayLanguage: lang,
    excelApi: options.excelApi ?? '1.17',
    // a fixed reference day, stored in the workbook as the pane would store it
    settings: { 'zielwerk.settings': { today: '2019-11-15', weeks: 8, bounds: { leitziel: [1, 12], mittlerziel: [1, 72] }, lang: null } },
  };
  await tab.route('**/office-js/office.js', (route) =>
    route.fulfill({ contentType: 'text/javascript', body: `window.__ZW_SETUP__ = ${JSON.stringify(setup)};\n${fakeScript}` }),
  );
  for (const [file, body] of Object.entries(routes)) {
    await tab.route(`**/${file}`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
  }
  await tab.goto(`${baseUrl}${page}${options.view ? `?view=${options.view}` : ''}`);
  return { context, page: tab, requests };
}
