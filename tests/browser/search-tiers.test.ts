/**
 * The two engines of search, in Chromium. The compact index answers first
 * and makes its words in the browser exactly as the build made them; it
 * shows results with what they are and their summary without loading
 * Pagefind; Pagefind takes over in place when the reader asks for the
 * passages where the words appear, or for the beginnings of words; and
 * Pagefind finds the need-phrased queries the compact index finds.
 */
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { analyser } from '../../src/lib/search/terms';
import { POLL, useSite } from '../helpers/browser';
import { NEED_QUERIES } from '../helpers/search-queries';

const { visit } = useSite({ tabs: true, serviceWorker: false });

/** Waits until the search UI has announced a number of results, and no search is running. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () =>
      !document.querySelector('.search-main[aria-busy]') &&
      /\d|Aucun|No results|لا نتائج|واحدة/.test(document.querySelector('.search-status')?.textContent ?? ''),
    null,
    // A wait for readiness, not a timing: a machine shared by two test workers can be slow.
    { ...POLL, timeout: 90_000 },
  );
  return (await page.locator('.search-status').first().textContent()) ?? '';
}
const links = (page: Page) =>
  page.locator('.search-result > a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));

/** Words of each language in the forms readers and writers use: accents, capitals, Arabic spellings, digits. */
const WORDS = {
  fr: "Électrification électrifier ÉLECTRIFIER villages coopération Coopération œuvre l'eau co-développement alphabétisation éthiopiennes naïf Maroc 2019 sociétés égalité",
  en: 'Cooperation cooperative transfers farming electrification literacy women’s naïve 2019 Morocco remittances',
  ar: 'الطاقة الطاقه الشمسية شمسية أفريقيا إفريقيا آفريقيا مستشفى مستشفي التَّنْمِيَة التنـــمية المؤسسات ٢٠١٩ ۲۰۱۹ والتنمية Coopération',
};

describe.concurrent('the words of the compact index', () => {
  it('are made in Chromium exactly as the build makes them in Node, in every language', async () => {
    const bundle = await build({
      stdin: {
        contents: `
          import { stemmer as ar } from '@orama/stemmers/arabic';
          import { stemmer as en } from '@orama/stemmers/english';
          import { stemmer as fr } from '@orama/stemmers/french';
          import { analyser } from './src/lib/search/terms';
          globalThis.analysers = { fr: analyser('fr', fr), en: analyser('en', en), ar: analyser('ar', ar) };`,
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      write: false,
      format: 'iife',
    });
    const { page } = await visit('/fr/');
    // A blank page, without the site's content security policy, takes the script inline.
    await page.goto('about:blank');
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const node = { fr: analyser('fr', french), en: analyser('en', english), ar: analyser('ar', arabic) };
    for (const lang of ['fr', 'en', 'ar'] as const) {
      const inBrowser = await page.evaluate(
        ([l, text]) =>
          (globalThis as unknown as { analysers: Record<string, (t: string) => string[]> }).analysers[l](text),
        [lang, WORDS[lang]] as const,
      );
      expect(inBrowser, lang).toEqual(node[lang](WORDS[lang]));
      expect(inBrowser.length, lang).toBeGreaterThan(10);
    }
    await page.close();
  });
});

describe.concurrent('search on a phone', () => {
  it('answers from the compact index, with what each result is and its summary, without Pagefind', async () => {
    const { page, problems, responses } = await visit('/fr/search/?q=coton', { width: 375 });
    expect(await settled(page)).toMatch(/\d+ résultats/);
    expect((await links(page))[0]).toBe('/fr/cases/cotton4-brazil-c4/');
    const first = page.locator('.search-result').first();
    await first.locator('.search-excerpt mark').first().waitFor();
    expect(await first.locator('.search-type').textContent()).toBe('Étude de cas');
    expect(responses.some((r) => r.url.includes('/search-index/fr/t/'))).toBe(true);
    expect(responses.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the passages where the words appear when asked, from Pagefind, in place and in the same URL', async () => {
    const { page, problems, responses } = await visit('/en/search/?q=cotton', { width: 375 });
    await settled(page);
    const before = await links(page);
    const summary = await page.locator('.search-result .search-excerpt').first().textContent();
    await page.getByRole('button', { name: 'Show the passages where the words appear' }).click();
    await expect.poll(() => responses.some((r) => r.url.includes('/pagefind/en/pagefind.js'))).toBe(true);
    await page.waitForFunction(
      (old) => document.querySelector('.search-result .search-excerpt')?.textContent !== old,
      summary,
      POLL,
    );
    await settled(page);
    expect((await links(page))[0]).toBe(before[0]);
    expect(new URL(page.url()).search).toBe('?q=cotton');
    expect(await page.getByRole('button', { name: 'Show the passages where the words appear' }).count()).toBe(0);
    // Pagefind searches in the page: its web worker would be one more script to download first.
    expect(responses.filter((r) => r.url.includes('pagefind-worker')).map((r) => r.url)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('finds words by their beginning through Pagefind when whole words found nothing', async () => {
    const { page } = await visit('/fr/search/?q=alphab', { width: 375 });
    expect(await settled(page)).toBe('Aucun résultat');
    await page.getByRole('button', { name: 'Chercher aussi les débuts de mots' }).click();
    await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''), null, {
      ...POLL,
      timeout: 90_000,
    });
    expect((await links(page)).slice(0, 3)).toContain('/fr/cases/yo-si-puedo/');
    await page.close();
  });
});

describe.concurrent('search without the compact index', () => {
  it('answers through Pagefind when the compact index cannot be downloaded', async () => {
    const { page, responses } = await visit('/fr/cases/', { width: 375 });
    // A routed page bypasses the HTTP cache, and the file's tabs run no service worker (`useSite`), so
    // no copy of the index another tab downloaded can answer instead.
    await page.route('**/search-index/**', (route) => route.abort());
    await page.locator('#site-search').fill('coton');
    await page.locator('#site-search').press('Enter');
    await page.locator('dialog .search-result .search-excerpt mark').first().waitFor({ timeout: 90_000 });
    expect(await page.locator('dialog .search-result a').first().getAttribute('href')).toBe(
      '/fr/cases/cotton4-brazil-c4/',
    );
    expect(responses.some((r) => r.url.includes('/pagefind/fr/'))).toBe(true);
    await page.close();
  });
});

describe.concurrent('Pagefind, on a wide search page with its filters', () => {
  it.each(NEED_QUERIES)('finds $finds for "$q" in $lang among the first three', async ({ lang, q, finds }) => {
    const { page, responses } = await visit(`/${lang}/search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    expect(responses.some((r) => r.url.includes(`/pagefind/${lang}/`))).toBe(true);
    expect((await links(page)).slice(0, 3)).toContain(`/${lang}/${finds}`);
    await page.close();
  });
});
