/**
 * Byte budgets, measured on what Chromium actually loads. The heaviest case
 * page of each language: HTML plus render-blocking CSS at most 17 kB gzip (see
 * tests/build/budgets.test.ts for why not the design's 14 kB), at
 * most 2 kB gzip of JavaScript before search is opened, and none of
 * Pagefind's files. The map page, world map and tables included: at most
 * 60 kB gzip in all. A phone's first search, code included, at most 20 kB
 * gzip, and each later word at most 6 kB, through the compact index alone.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { htmlPages, pageWeight } from '../helpers/dist';
import { LANGS } from '../../src/schemas/common';

const { visit } = useSite();
const KB = 1024;
const gzip = (body: Buffer) => gzipSync(body, { level: 9 }).length;

describe('case page budgets', () => {
  // The heaviest case page of each language, by the weight of its built files, each weighed once.
  const pages = htmlPages();
  const heaviest = LANGS.map(
    (lang) =>
      pages
        .filter((p) => p.startsWith(`/${lang}/cases/`) && p.split('/').length === 5)
        .map((p) => ({ p, weight: pageWeight(p) }))
        .sort((a, b) => b.weight - a.weight)[0].p,
  );
  it.each(heaviest)('%s stays within its byte budgets', async (path) => {
    const { page, responses } = await visit(path, { width: 375 });
    const blockingCss = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="stylesheet"]')]
        .filter((l) => !l.media || l.media === 'all' || matchMedia(l.media).matches)
        .map((l) => l.href),
    );
    let htmlAndCss = 0;
    let javaScript = 0;
    for (const r of responses) {
      if (r.type === 'document' || blockingCss.includes(r.url)) htmlAndCss += gzip(await r.body());
      if (r.type === 'script') javaScript += gzip(await r.body());
    }
    await page.close();
    expect(htmlAndCss, 'HTML + render-blocking CSS, gzip').toBeLessThanOrEqual(17 * KB);
    expect(javaScript, 'JavaScript before search is opened, gzip').toBeLessThanOrEqual(2 * KB);
    expect(responses.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);
  });
});

describe('map page budget', () => {
  it.each(LANGS.map((lang) => `/${lang}/map/`))('%s weighs at most 60 kB gzip in all', async (path) => {
    const { page, responses } = await visit(path, { width: 375 });
    let total = 0;
    for (const r of responses) total += gzip(await r.body());
    const inlineMap = await page.locator('svg[data-world-map]').count();
    await page.close();
    expect(inlineMap, 'the world map is in the page').toBe(1);
    expect(total, 'every response of the page, gzip').toBeLessThanOrEqual(60 * KB);
  });
});

describe('search budgets on a phone', () => {
  /** What search loaded after the page itself: its scripts, styles, words and index files, gzip. */
  const searchBytes = async (responses: { url: string; type: string; body: () => Promise<Buffer> }[]) => {
    let total = 0;
    for (const r of responses) total += gzip(await r.body());
    return total;
  };
  const WORDS = { fr: ['coton', 'solaire'], en: ['cotton', 'solar'], ar: ['القطن', 'الشمسية'] };

  it.each(LANGS)(
    'in %s, a first query costs at most 20 kB gzip with the search code, a later word 6 kB',
    async (lang) => {
      const { page, responses } = await visit(`/${lang}/cases/`, { width: 375 });
      // Settled: no new response for 600 ms (each result's card follows its title).
      const quiet = async () => {
        for (let seen = -1; seen !== responses.length;) {
          seen = responses.length;
          await page.waitForTimeout(600);
        }
      };
      const [firstWord, laterWord] = WORDS[lang];
      const pageLoaded = responses.length;
      await page.locator('#site-search').fill(firstWord);
      await page.locator('#site-search').press('Enter');
      await page.locator('dialog .search-result .search-excerpt').first().waitFor();
      await quiet();
      const first = responses.slice(pageLoaded);
      const later = responses.length;
      await page.locator('dialog #search-dialog-q').fill(laterWord);
      await expect
        .poll(() => responses.slice(later).some((r) => r.url.includes(`/search-index/${lang}/t/`)))
        .toBe(true);
      await quiet();
      const next = responses.slice(later);
      const firstBytes = await searchBytes(first);
      const nextBytes = await searchBytes(next);
      await page.close();
      expect(first.some((r) => r.url.includes(`/search-index/${lang}/t/`))).toBe(true);
      expect([...first, ...next].filter((r) => r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);
      expect(firstBytes, 'first query, gzip').toBeLessThanOrEqual(20 * KB);
      expect(nextBytes, 'later word, gzip').toBeLessThanOrEqual(6 * KB);
    },
  );
});
