/** What the task pane's browser tests share: the fake's inspection calls, waiting, axe, where screenshots go. */
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { type Pages, ROOT, startPages } from './harness';

// screenshots go to test/.out unless ZIELWERK_DOCS=1 (npm run docs) refreshes the user guide's
export const DOCS = process.env.ZIELWERK_DOCS === '1' ? join(ROOT, 'docs') : join(ROOT, 'test', '.out', 'screenshots');

/** Calls the Excel fake's inspection API (test/browser/fake-entry.ts) in the page. */
export const fake = <T>(page: Page, fn: string): Promise<T> => page.evaluate(`window.__ZW_FAKE__.${fn}`) as Promise<T>;

/** Waits until `read` returns `expected` (the UI acts asynchronously). */
export async function until<T>(read: () => Promise<T>, expected: T, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  let last: T = await read();
  while (JSON.stringify(last) !== JSON.stringify(expected) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  expect(last).toEqual(expected);
}

export async function noViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Serves dist/ and starts Chromium for the tests of this file; the pages, once started. */
export function startedPages(): () => Pages {
  let pages: Pages;
  beforeAll(async () => {
    pages = await startPages();
    mkdirSync(DOCS, { recursive: true });
  }, 60_000);
  afterAll(() => pages?.close());
  return () => pages;
}
