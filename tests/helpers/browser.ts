/**
 * A served build and a Chromium for browser tests, with a `visit` that
 * records what a visitor's browser would complain about.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';

export { throttle, timeInPage } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';

/** The browser of the tests: Chromium's headless shell when installed (see `launchBrowser`). */
export const launchTestBrowser = () => launchBrowser({ shell: true });

export interface Visit {
  page: Page;
  /** Console errors and warnings, page errors, failed requests and HTTP errors. */
  problems: string[];
  /** Every response of the page load, with its URL and resource type. */
  responses: { url: string; type: string; body: () => Promise<Buffer> }[];
}

/** Registers a served `dist/` and a browser for the current test file. */
export function useSite() {
  const state = {} as { site: Served; browser: Browser };
  beforeAll(async () => {
    state.site = await serve('dist');
    state.browser = await launchTestBrowser();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.site?.close();
  });

  async function visit(
    path: string,
    options: { width?: number; javaScript?: boolean; locale?: string } = {},
  ): Promise<Visit> {
    const context = await state.browser.newContext({
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.javaScript ?? true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    const problems: string[] = [];
    const responses: Visit['responses'] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
      responses.push({ url: r.url(), type: r.request().resourceType(), body: () => r.body() });
    });
    await page.goto(`${state.site.url}${path}`, { waitUntil: 'load' });
    return { page, problems, responses };
  }

  return { visit, url: (path: string) => `${state.site.url}${path}` };
}
