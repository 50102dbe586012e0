/**
 * Reading without a network, in Chromium: pages opened while online (with
 * their stylesheets and pictures) and the search's files already fetched
 * stay readable once the browser goes offline; a page never opened shows the
 * offline notice of its language; "Keep for offline" on a practice saves the
 * cases it cites, which then open offline without having been visited, and
 * the list of kept pages removes them. What cannot work offline says so: a
 * search whose files never arrived, a save cut short.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { POLL, useSite } from '../helpers/browser';
import { htmlPages, page as builtPage } from '../helpers/dist';

const { visit, url } = useSite();
// A wait for readiness, not a timing: a machine shared by two test workers is slow.
const READY = { timeout: 90_000 };

/** Entry pages of a section in French, redirects left out. */
const entries = (section: string) =>
  htmlPages().filter(
    (p) => new RegExp(`^/fr/${section}/[^/]+/$`).test(p) && !builtPage(p).querySelector('meta[http-equiv="refresh"]'),
  );

/** Waits until the service worker controls the page (it claims the open pages when it starts). */
const controlled = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { ...POLL, ...READY });

/**
 * Cuts the network, after emptying the browser's HTTP cache, so that what is
 * read offline comes from what the site's service worker kept.
 * @see https://chromedevtools.github.io/devtools-protocol/tot/Network/#method-clearBrowserCache
 */
async function goOffline(page: Page): Promise<void> {
  // The cache cannot be emptied while the service worker still fills it.
  await page.waitForLoadState('networkidle');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.clearBrowserCache');
  await page.context().setOffline(true);
}

/** Waits until the search has announced its results and returns the links it shows. */
async function searchResults(page: Page): Promise<string[]> {
  await page.waitForFunction(
    () =>
      /\d/.test(document.querySelector('.search-status')?.textContent ?? '') &&
      document.querySelector('.search-result a'),
    null,
    { ...POLL, ...READY },
  );
  return page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** The addresses in the cache of kept pages. */
const keptFiles = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('atlas-kept')).keys()).map((r) => new URL(r.url).pathname));

/** The practice with the most cited cases that has a "Keep for offline" control, and the cases it cites. */
function keptPractice(): { practice: string; cited: string[] } {
  const practice = entries('practices').find((p) => builtPage(p).querySelectorAll('[data-keep]').length)!;
  const cited = (
    JSON.parse(builtPage(practice).querySelector('[data-keep]')!.getAttribute('data-keep')!) as { cases: string[] }
  ).cases;
  expect(cited.length).toBeGreaterThan(0);
  return { practice, cited };
}

/** The picture files of the page that did not load (broken images). */
const brokenPictures = (page: Page) =>
  page
    .locator('img')
    .evaluateAll((imgs) => imgs.filter((i) => !(i as HTMLImageElement).naturalWidth).map((i) => i.getAttribute('src')));

describe('offline reading', () => {
  it('reads the pages opened and searches what was searched, once offline', async () => {
    const [opened, unopened] = entries('cases');
    const { page } = await visit('/fr/');
    await controlled(page);
    await page.goto(url(opened));
    await page.goto(url('/fr/search/?q=coton'));
    const online = await searchResults(page);
    expect(online.length).toBeGreaterThan(0);

    await goOffline(page);
    await page.goto(url(opened));
    expect(await page.locator('h1').textContent()).toBe(builtPage(opened).querySelector('h1')!.textContent);
    expect(await page.locator('link[rel=stylesheet]').count()).toBeGreaterThan(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(await brokenPictures(page)).toEqual([]);

    await page.goto(url('/fr/'));
    expect(await page.locator('h1').count()).toBe(1);

    await page.goto(url('/fr/search/?q=coton'));
    expect(await searchResults(page)).toEqual(online);

    await page.goto(url(unopened));
    expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
    await page.goto(url('/ar/about/'));
    expect(await page.locator('h1').textContent()).toBe('أنت غير متصل');

    // Back online, the notice's first link asks for the page again.
    await page.goto(url(unopened));
    await page.context().setOffline(false);
    await page.getByRole('link', { name: 'Réessayer d’ouvrir cette page' }).click();
    await page.waitForURL(url(unopened));
    expect(await page.locator('h1').textContent()).toBe(builtPage(unopened).querySelector('h1')!.textContent);
    await page.close();
  });

  it('answers a phone’s search from the compact index offline, as it did online', async () => {
    const { page } = await visit('/fr/', { width: 375 });
    await controlled(page);
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(url('/fr/search/?q=coton'));
    const online = await searchResults(page);
    expect(online.length).toBeGreaterThan(0);
    expect(fetched.some((path) => path.includes('/search-index/fr/'))).toBe(true);
    expect(fetched.some((path) => path.includes('/pagefind/'))).toBe(false);

    await goOffline(page);
    await page.goto(url('/fr/search/?q=coton'));
    expect(await searchResults(page)).toEqual(online);
    await page.close();
  });

  it('keeps a practice with the cases it cites, lists it, and removes it with all it kept', async () => {
    const { practice, cited } = keptPractice();
    const { page } = await visit(practice);
    await controlled(page);
    await page.getByRole('button', { name: 'Garder hors ligne' }).click();
    await page.getByText('Gardée sur cet appareil', { exact: false }).waitFor(READY);

    await goOffline(page);
    await page.goto(url(cited.at(-1)!));
    expect(await page.locator('h1').textContent()).toBe(builtPage(cited.at(-1)!).querySelector('h1')!.textContent);
    expect(await brokenPictures(page)).toEqual([]);

    await page.goto(url('/fr/offline/kept/'));
    const title = builtPage(practice).querySelector('h1')!.textContent.trim();
    const link = page.getByRole('link', { name: title });
    await link.waitFor(READY);
    expect([await link.getAttribute('lang'), await link.getAttribute('dir')]).toEqual(['fr', 'ltr']);
    expect(await keptFiles(page)).toEqual(expect.arrayContaining([practice, ...cited]));
    expect((await keptFiles(page)).some((file) => file.startsWith('/_astro/'))).toBe(true);
    await page.getByRole('button', { name: 'Retirer' }).click();
    await page.getByText('Aucune page gardée', { exact: false }).waitFor(READY);
    // Its stylesheets and pictures too: no other page was kept.
    expect(await keptFiles(page)).toEqual([]);
    await page.goto(url(cited.at(-1)!));
    expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
    await page.close();
  });

  it('undoes a save cut short, and says so', async () => {
    const { practice, cited } = keptPractice();
    const { page } = await visit(practice);
    await controlled(page);
    await page.context().route(url(cited.at(-1)!), (route) => route.abort('internetdisconnected'));
    await page.getByRole('button', { name: 'Garder hors ligne' }).click();
    await page.getByText('Échec de l’enregistrement', { exact: false }).waitFor(READY);
    expect(await keptFiles(page)).toEqual([]);
    expect(await page.evaluate(() => localStorage.getItem('atlas-kept'))).toBeNull();
    await page.close();
  });

  it('keeps the home page a slow phone opened before the worker started', async () => {
    // The worker is not registered on the home page (as if its registration were still under way), then is on the next.
    const { page } = await visit('/robots.txt');
    await page.addInitScript(() => {
      if (location.pathname === '/fr/') navigator.serviceWorker.register = () => Promise.reject(new Error('not yet'));
    });
    await page.goto(url('/fr/'));
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistration())).toBeUndefined();
    const [practice] = entries('practices');
    await page.goto(url(practice));
    await controlled(page);

    await goOffline(page);
    await page.goto(url('/fr/'));
    expect(await page.locator('h1').textContent()).toBe(builtPage('/fr/').querySelector('h1')!.textContent);
    await page.close();
  });

  it('says why search cannot answer offline a word it never fetched, and answers once back online', async () => {
    const { page } = await visit('/fr/', { width: 375 });
    await controlled(page);
    await page.goto(url('/fr/search/?q=coton'));
    await searchResults(page);

    await goOffline(page);
    await page.goto(url('/fr/search/?q=eau'));
    await page.waitForFunction(
      () => document.querySelector('.search-status')?.textContent?.includes('la connexion manque'),
      null,
      { ...POLL, ...READY },
    );
    expect(await page.locator('.search-result').count()).toBe(0);
    await page.context().setOffline(false);
    // The browser says it is back online when the device's connection returns; the emulated network does not.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    expect((await searchResults(page)).length).toBeGreaterThan(0);
    await page.close();
  });

  it('leads a search typed offline, before its code ever arrived, to the search page', async () => {
    const { page } = await visit('/fr/', { width: 375 });
    await controlled(page);
    await goOffline(page);
    await page.locator('#site-search').fill('eau');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(/\/fr\/search\/\?q=eau$/, READY);
    expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
    await page.close();
  });
});
