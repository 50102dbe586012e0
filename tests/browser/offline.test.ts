/**
 * Reading without a network, in Chromium: pages opened while online (with
 * their stylesheets and pictures) and the search's files already fetched
 * stay readable once the browser goes offline; a page never opened shows the
 * offline notice of its language; "Keep for offline" on a practice saves the
 * cases it cites, which then open offline without having been visited, and
 * the list of kept pages removes them.
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

  it('keeps a practice with the cases it cites, lists it, and removes it', async () => {
    const practice = entries('practices').find((p) => builtPage(p).querySelectorAll('[data-keep]').length)!;
    const cited = (
      JSON.parse(builtPage(practice).querySelector('[data-keep]')!.getAttribute('data-keep')!) as { cases: string[] }
    ).cases;
    expect(cited.length).toBeGreaterThan(0);
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
    await page.getByRole('link', { name: title }).waitFor(READY);
    await page.getByRole('button', { name: 'Retirer' }).click();
    await page.getByText('Aucune page gardée', { exact: false }).waitFor(READY);
    await page.goto(url(cited.at(-1)!));
    expect(await page.locator('h1').textContent()).toBe('Vous êtes hors ligne');
    await page.close();
  });
});
