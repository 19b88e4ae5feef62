/**
 * The add-in's pages in real Chromium (Debian's /usr/bin/chromium via playwright-core), served
 * from dist/ on localhost, with the Excel fake injected instead of office.js. Shared by the
 * browser tests and the first-view benchmark (bench/run.ts). Needs `npm run build` first.
 */
import { buildSync } from 'esbuild';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import type { Grid } from '../../src/core/grid';
import { readWorkbookBuffer } from '../../src/xlsx/read';
import { serve } from './server';

/** The repository: the first folder up with a package.json (this file also runs bundled, from build/). */
function findRoot(dir: string): string {
  return existsSync(join(dir, 'package.json')) || dirname(dir) === dir ? dir : findRoot(dirname(dir));
}

export const ROOT = findRoot(__dirname);
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
  return buildSync({
    entryPoints: [join(ROOT, 'test', 'browser', 'fake-entry.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
  }).outputFiles[0].text;
}

export interface PaneOptions {
  displayLanguage?: string;
  /** The task pane's first view (`?view=…`). */
  view?: string;
  excelApi?: string;
  /** Files served differently (e.g. a bundle as a syntax error), by path below the add-in. */
  routes?: Record<string, string>;
  /** Another workbook than the sample. */
  grids?: Grid[];
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested. */
  requests: string[];
}

/** office.js as the pages get it: the fake over `grids`, settings fixed on the sample's reference day. */
export function fakeOfficeJs(fakeScript: string, grids: Grid[], options: Pick<PaneOptions, 'displayLanguage' | 'excelApi'> = {}): string {
  const setup = {
    grids,
    displayLanguage: options.displayLanguage ?? 'de-DE',
    excelApi: options.excelApi ?? '1.17',
    // a fixed reference day, stored in the workbook as the pane would store it
    settings: { 'zielwerk.settings': { today: '2019-11-15', weeks: 8, bounds: { leitziel: [1, 12], mittlerziel: [1, 72] }, lang: null } },
  };
  return `window.__ZW_SETUP__ = ${JSON.stringify(setup)};\n${fakeScript}`;
}

/**
 * Opens `page` (e.g. "taskpane.html") in a fresh browser context with office.js replaced by
 * the fake (fakeOfficeJs).
 */
async function openPage(
  browser: Browser,
  baseUrl: string,
  fakeScript: string,
  grids: Grid[],
  page: string,
  options: PaneOptions = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: 380, height: 1000 }, locale: options.displayLanguage ?? 'de-DE' });
  const tab = await context.newPage();
  const requests: string[] = [];
  tab.on('request', (r) => requests.push(r.url()));
  const officeJs = fakeOfficeJs(fakeScript, options.grids ?? grids, options);
  await tab.route('**/office-js/office.js', (route) => route.fulfill({ contentType: 'text/javascript', body: officeJs }));
  for (const [file, body] of Object.entries(options.routes ?? {})) {
    await tab.route(`**/${file}`, (route) => route.fulfill({ contentType: 'text/javascript', body }));
  }
  await tab.goto(`${baseUrl}${page}${options.view ? `?view=${options.view}` : ''}`);
  return { context, page: tab, requests };
}

/** The sample workbook's grids, as the fake's workbook. */
export async function sampleGrids(): Promise<Grid[]> {
  return (await readWorkbookBuffer(readFileSync(join(ROOT, 'samples', 'umsetzungsstand-2019.xlsx')))).grids;
}

export interface Pages {
  /** The served add-in's address. */
  url: string;
  /** Opens a page of dist/ (e.g. "taskpane.html") over the sample workbook. */
  open(page: string, options?: PaneOptions): Promise<Opened>;
  close(): Promise<void>;
}

/** dist/ served on localhost and Chromium, ready to open the add-in's pages over the sample. */
export async function startPages(): Promise<Pages> {
  if (!existsSync(join(DIST, 'taskpane.html')) || !existsSync(join(DIST, 'guard.js')))
    throw new Error('dist/ is missing: run `npm run build` first');
  const grids = await sampleGrids();
  const fake = fakeOfficeScript();
  const server = await serve(DIST);
  const browser = await launchChromium();
  return {
    url: server.url,
    open: (page, options = {}) => openPage(browser, server.url, fake, grids, page, options),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
