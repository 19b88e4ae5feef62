/**
 * Graceful failure where the bundles cannot run (Internet Explorer or EdgeHTML hosting the
 * add-in in Office 2016/2019, or Office 2021 without WebView2): each page's ES5 guard script
 * (src/pages/guard.js) shows which Excel Zielwerk needs. Chromium stands in for the old engine:
 * the page's bundle is served as a syntax error, as those engines see the modern bundles.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Pages, startPages } from './harness';

let pages: Pages;

beforeAll(async () => {
  pages = await startPages();
}, 60_000);

afterAll(() => pages?.close());

/** What an engine that cannot read ES2021 makes of the bundles: a syntax error. */
const SYNTAX_ERROR = 'class Zielwerk { static { this.x = a?.b ?? c; } }\n}';
/** A stand-in for Excel's custom functions runtime outside Excel. */
const FUNCTIONS_RUNTIME = 'window.CustomFunctions = { associate: function () {}, Error: Error, ErrorCode: {} };';

const PAGES: [page: string, bundle: string][] = [
  ['taskpane.html', 'taskpane.js'],
  ['commands.html', 'commands.js'],
  ['functions.html', 'functions.js'],
  ['result.html?title=Fertig&line=Erste+Zeile', 'result.js'],
];

async function alertText(
  page: string,
  routes: Record<string, string>,
  displayLanguage = 'de-DE',
): Promise<{ alert: string; started: string | null; violations: string[] }> {
  const opened = await pages.open(page, { displayLanguage, routes });
  // the guard acts within the load event
  await opened.page.waitForLoadState('load');
  const alerts = opened.page.getByRole('alert');
  const alert = (await alerts.count()) ? await alerts.first().innerText() : '';
  const started = await opened.page.locator('html').getAttribute('data-zielwerk');
  const violations = alert ? (await new AxeBuilder({ page: opened.page }).analyze()).violations.map((v) => v.id) : [];
  await opened.context.close();
  return { alert, started, violations };
}

it.each(PAGES)(
  '%s says which Excel Zielwerk needs when %s cannot run',
  async (page, bundle) => {
    const { alert, started, violations } = await alertText(page, {
      [bundle]: SYNTAX_ERROR,
      'office-js/custom-functions-runtime.js': FUNCTIONS_RUNTIME,
    });
    expect(started).toBeNull();
    expect(violations).toEqual([]);
    expect(alert).toContain('Zielwerk braucht Excel 2021, 2024 oder Microsoft 365');
    expect(alert).toContain('Microsoft Edge WebView2 Runtime');
    // not left loading
    expect(alert).not.toContain('wird geladen');
  },
  60_000,
);

it('says it in English when the language is English', async () => {
  const { alert } = await alertText('taskpane.html', { 'taskpane.js': SYNTAX_ERROR }, 'en-US');
  expect(alert).toContain('Zielwerk needs Excel 2021, 2024 or Microsoft 365');
  expect(alert).toContain('This version of Excel cannot run Zielwerk.');
}, 60_000);

it('also shows the message when a bundle parses but fails while its modules start', async () => {
  const { alert } = await alertText('taskpane.html', { 'taskpane.js': 'throw new TypeError("Object.hasOwn is not a function");' });
  expect(alert).toContain('Zielwerk braucht Excel 2021, 2024 oder Microsoft 365');
}, 60_000);

it.each(PAGES)(
  '%s stays silent when its bundle runs',
  async (page) => {
    const { alert, started } = await alertText(page, { 'office-js/custom-functions-runtime.js': FUNCTIONS_RUNTIME });
    expect(started).toBe('started');
    expect(alert).toBe('');
  },
  60_000,
);

it('the result page shows its lines as text', async () => {
  const opened = await pages.open('result.html?title=%3Cb%3EFertig%3C%2Fb%3E&line=a+%26+b&line=%3D1%2B1&lang=en&error=1');
  await opened.page.waitForLoadState('load');
  await expect(opened.page.locator('#title').innerText()).resolves.toBe('<b>Fertig</b>');
  await expect(opened.page.locator('#title').getAttribute('class')).resolves.toBe('error');
  await expect(opened.page.locator('#lines li').allInnerTexts()).resolves.toEqual(['a & b', '=1+1']);
  await expect(opened.page.locator('html').getAttribute('lang')).resolves.toBe('en');
  await opened.context.close();
}, 60_000);
