/**
 * A served build and a Chromium for browser tests, with a `visit` that
 * records what a visitor's browser would complain about.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from '../../scripts/lib/browser';

export { throttle, timeInPage } from '../../scripts/lib/browser';
import { serve, type Served } from '../../scripts/lib/serve';

/** This test worker's browser and served `dist/`, started by the first file that asks (see `testBrowser`). */
let workerBrowser: Promise<Browser> | undefined;
let workerSite: Promise<Served> | undefined;

/**
 * The browser of the tests: Chromium's headless shell when installed (see
 * `launchBrowser`), every page in one renderer process, so that the scripts
 * the pages share are compiled once. It is launched once per test worker and
 * shared by the files the worker runs one after the other (their modules are
 * shared: the build and browser projects' `isolate: false`); each file
 * closes the contexts it opened, never the browser, which ends with the
 * worker. Launching a browser cost about 1.2 s of CPU, for each of some
 * thirty files.
 */
export async function testBrowser(): Promise<Browser> {
  const known = await workerBrowser?.catch(() => undefined);
  if (known?.isConnected()) return known;
  workerBrowser = launchBrowser({ shell: true, args: ['--renderer-process-limit=1'] });
  return workerBrowser;
}

/** Where the served site also serves axe-core's script, for the pages an accessibility check adds it to (`addAxe`). */
const AXE_PATH = '/.tests/axe-core.js';

/**
 * `dist/` served (see `serve`), once per test worker as the browser is:
 * the server lists the build's six thousand files when it starts, a quarter
 * of a second of CPU for each file that served it anew. It ends with the
 * worker. It also serves axe-core's script at `AXE_PATH`.
 */
export function servedSite(): Promise<Served> {
  workerSite ??= serve('dist', {
    scripts: { [AXE_PATH]: readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8') },
  });
  return workerSite;
}

/**
 * Adds axe-core to a page of the served site, as a script of the page's own
 * origin (which the site's policy allows), for `window.axe`. The browser
 * keeps the script in its cache and, for a file's tabs, compiles it once in
 * their one renderer; sent through the DevTools protocol to each page
 * instead, as a script run before the page's own, its 654 kB took the
 * browser process a tenth of a second per page (docs/benchmarks.md).
 */
export async function addAxe(page: Page): Promise<void> {
  await page.addScriptTag({ url: AXE_PATH });
}

/**
 * The options of every `page.waitForFunction` of the tests: the condition
 * checked every 100 ms instead of at each animation frame (Playwright's
 * default), which keeps the page drawing frames while a test waits; a few
 * percent of the search files' CPU (docs/benchmarks.md).
 */
export const POLL = { polling: 100 } as const;

/** A visit's screen width (1280 px unless given), and its browser context's JavaScript and locale. */
interface VisitOptions {
  width?: number;
  javaScript?: boolean;
  locale?: string;
}

const DESKTOP = { width: 1280, height: 900 };

/** What Playwright writes to a page's console when it blocks the page's service worker. */
const BLOCKED_WORKER_NOTICE = 'Service Worker registration blocked by Playwright';

export interface Visit {
  page: Page;
  /** Console errors and warnings, page errors, failed requests and HTTP errors. */
  problems: string[];
  /** Every response of the page load, with its URL and resource type. */
  responses: { url: string; type: string; body: () => Promise<Buffer> }[];
}

/**
 * Registers a served `dist/` and a browser for the current test file. Each
 * visit opens a browser context of its own, a visitor who has seen no other
 * page, unless `tabs` is set: then the file's visits are tabs of one
 * browser context (one visitor going from page to page, sharing storage,
 * cache and service worker). Opening a tab instead of a context, with the
 * scripts the pages share compiled once in the browser's one renderer
 * process, halved the CPU of the accessibility checks (docs/benchmarks.md).
 *
 * `serviceWorker: false` blocks the site's service worker in the file's
 * contexts, for the files whose subject it is not (the offline files, the
 * accessibility checks and the page weights keep it, as a visitor has it):
 * installing it, which fetches and stores its precache, was a third of the
 * CPU of a visit in a fresh context. The site ignores a registration that
 * fails, and Playwright's own notice of the blocking is not a problem of the
 * page.
 */
export function useSite({ tabs = false, serviceWorker = true }: { tabs?: boolean; serviceWorker?: boolean } = {}) {
  const state = { contexts: new Set<BrowserContext>() } as {
    site: Served;
    browser: Browser;
    /** The context of the file's tabs. */
    tabs?: BrowserContext;
    /** Every context the file opened, closed when it ends. */
    contexts: Set<BrowserContext>;
  };
  const newContext = async (options: BrowserContextOptions) => {
    const context = await state.browser.newContext({
      ...options,
      serviceWorkers: serviceWorker ? 'allow' : 'block',
    });
    state.contexts.add(context);
    context.on('close', () => state.contexts.delete(context));
    return context;
  };
  beforeAll(async () => {
    state.site = await servedSite();
    state.browser = await testBrowser();
    if (tabs) state.tabs = await newContext({ viewport: DESKTOP });
  });
  afterAll(async () => {
    await Promise.all([...state.contexts].map((context) => context.close().catch(() => undefined)));
  });

  /**
   * A new page: a tab of the file's context, or the only page of a context of its own, closed with it
   * (always so without JavaScript or in another locale, which are a context's settings).
   */
  async function openPage(options: VisitOptions): Promise<Page> {
    const viewport = { ...DESKTOP, width: options.width ?? DESKTOP.width };
    if (state.tabs && options.javaScript !== false && !options.locale) {
      const page = await state.tabs.newPage();
      await page.setViewportSize(viewport);
      return page;
    }
    const context = await newContext({
      viewport,
      javaScriptEnabled: options.javaScript ?? true,
      ...(options.locale ? { locale: options.locale } : {}),
    });
    const page = await context.newPage();
    page.on('close', () => void context.close().catch(() => undefined));
    return page;
  }

  async function visit(path: string, options: VisitOptions = {}): Promise<Visit> {
    const page = await openPage(options);
    const problems: string[] = [];
    const responses: Visit['responses'] = [];
    page.on('console', (m) => {
      if (m.text() === BLOCKED_WORKER_NOTICE && !serviceWorker) return;
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
