/**
 * The header search on a phone on a slow network (DevTools' "Fast 3G", a
 * processor four times slower): the dialog shows the moment it is asked
 * for, search starts loading as soon as the visitor shows the intent to
 * search, and impatient taps do no harm.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { throttle, useSite } from '../helpers/browser';

const { visit } = useSite();

/** Waits until the dialog's search UI has announced a number of results. */
const settled = (page: Page) =>
  page.waitForFunction(() => /\d/.test(document.querySelector('dialog [role="status"]')?.textContent ?? ''), null, {
    timeout: 120_000,
  });

describe('the search dialog on a slow network', () => {
  it('is visible within half a second of the tap, with a loading notice, and then searches', async () => {
    // The words are put in the box without focusing it, so that nothing has started loading:
    // the tap alone must open the dialog. Measured in the page, from the tap to the first frame
    // where the dialog is open and visible; the best of three fresh pages, so that a busy test
    // machine does not count against the site (a dialog waiting for the network takes seconds).
    const tap = (page: Page) =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            document.querySelector<HTMLInputElement>('#site-search')!.value = 'coton';
            const start = performance.now();
            document.querySelector<HTMLButtonElement>('form[data-search-form] button[type="submit"]')!.click();
            const check = () => {
              const dialog = document.querySelector('dialog');
              if (dialog?.open && dialog.checkVisibility()) resolve(performance.now() - start);
              else requestAnimationFrame(check);
            };
            check();
          }),
      );
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { page, problems } = await visit('/fr/cases/', { width: 375 });
      await throttle(page);
      times.push(await tap(page));
      expect(await page.locator('dialog[open]').textContent()).toContain('Chargement de la recherche');
      if (i === 2) {
        await settled(page);
        expect(await page.locator('dialog .search-result a').first().getAttribute('href')).toBe(
          '/fr/cases/cotton4-brazil-c4/',
        );
        expect(problems).toEqual([]);
      }
      await page.close();
    }
    expect(Math.min(...times), `milliseconds from the tap to a visible dialog (${times.join(', ')})`).toBeLessThan(500);
  });

  it('takes a second tap while it loads without an error, and keeps the words typed', async () => {
    const { page, problems } = await visit('/en/practices/', { width: 375 });
    await throttle(page);
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('#site-search')!.value = 'cotton';
      const button = document.querySelector<HTMLButtonElement>('form[data-search-form] button[type="submit"]')!;
      button.click();
      button.click();
    });
    await settled(page);
    expect(await page.locator('dialog #search-dialog-q').inputValue()).toBe('cotton');
    expect(await page.locator('dialog .search-result a').first().getAttribute('href')).toBe(
      '/en/cases/cotton4-brazil-c4/',
    );
    expect(problems).toEqual([]);
    await page.close();
  });

  it('starts loading search when the header box gets focus, before anything is submitted, without Pagefind', async () => {
    const { page, responses } = await visit('/ar/cases/', { width: 375 });
    const loaded = (part: string) => responses.some((r) => r.url.includes(part));
    expect(loaded('/search-index/ar/')).toBe(false);
    await page.locator('#site-search').focus();
    await expect.poll(() => loaded('/search-index/ar/index.json') && loaded('/ar/search/facets.json')).toBe(true);
    expect(await page.locator('dialog[open]').count()).toBe(0);
    expect(loaded('/pagefind/')).toBe(false);
    await page.close();
  });

  it('shows the first results of a first search within 4 s of the tap, where Pagefind took 7 s', async () => {
    // The phone audit's measure, repeated: a fresh page on "Fast 3G" with a slow processor, words
    // typed into the header box and submitted, until the first result is on screen. A bound for
    // readiness, far above what the compact index needs, and the best of two fresh pages, so that
    // a busy test machine does not count against the site; the benchmark measures the time itself.
    const times: number[] = [];
    for (let i = 0; i < 2; i++) {
      const { page, problems, responses } = await visit('/fr/cases/', { width: 375 });
      await throttle(page);
      const start = Date.now();
      await page.locator('#site-search').fill('coton');
      await page.locator('#site-search').press('Enter');
      await page.locator('dialog .search-result a').first().waitFor({ timeout: 120_000 });
      times.push(Date.now() - start);
      expect(await page.locator('dialog .search-result a').first().getAttribute('href')).toBe(
        '/fr/cases/cotton4-brazil-c4/',
      );
      expect(responses.filter((r) => r.url.includes('/pagefind/')).map((r) => r.url)).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    }
    expect(Math.min(...times), `milliseconds from the tap to the first result (${times.join(', ')})`).toBeLessThan(
      4_000,
    );
  });
});
