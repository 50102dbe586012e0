/**
 * The two pages written in all three languages, in Chromium: the root
 * address and the page a host serves for a missing address.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';

const { visit } = useSite({ serviceWorker: false });

/** The languages of the page's sections, in the order they are displayed (reading order of the page). */
const sectionLangs = (page: import('playwright-core').Page) =>
  page.locator('[data-languages] > [data-lang]').evaluateAll((els) => els.map((el) => el.getAttribute('lang')));

describe('the page for a missing address', () => {
  it.each([
    ['/ar/cases/no-such-case/', 'ar', 'الصفحة غير موجودة'],
    ['/en/practices/no-such-practice/', 'en', 'Page not found'],
    ['/fr/nulle-part/', 'fr', 'Page introuvable'],
  ])('speaks the language of %s first, and offers to search for its words there', async (path, lang, title) => {
    const { page, problems } = await visit(path);
    expect(await page.evaluate(() => [document.documentElement.lang, document.title])).toEqual([
      lang,
      expect.stringContaining(title),
    ]);
    expect((await sectionLangs(page))[0]).toBe(lang);
    const first = page.locator(`[data-lang="${lang}"]`);
    expect(await first.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
    const words = path.split('/').at(-2)!.replaceAll('-', ' ');
    expect(await first.locator('input[name="q"]').inputValue()).toBe(words);
    await first.getByRole('button').click();
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).pathname).toBe(`/${lang}/search/`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(words);
    // The one failed request is the missing page itself.
    expect(problems.filter((p) => !/\b404\b/.test(p))).toEqual([]);
    await page.close();
  });

  it('shows its message, a search form and a link home in every language without JavaScript', async () => {
    const { page } = await visit('/en/no-such-page/', { javaScript: false });
    expect(await sectionLangs(page)).toEqual(['fr', 'en', 'ar']);
    for (const [lang, home] of [
      ['fr', '/fr/'],
      ['en', '/en/'],
      ['ar', '/ar/'],
    ]) {
      const section = page.locator(`[data-lang="${lang}"]`);
      expect(await section.getByRole('heading', { level: 1 }).isVisible()).toBe(true);
      expect(await section.locator('form[role="search"]').getAttribute('action')).toBe(`/${lang}/search/`);
      expect(await section.locator(`a[href="${home}"]`).count()).toBeGreaterThan(0);
    }
    await page.close();
  });
});

describe('the root address', () => {
  it('stays put and offers the three languages as links, without JavaScript', async () => {
    const { page } = await visit('/', { javaScript: false, locale: 'ar-MA' });
    expect(new URL(page.url()).pathname).toBe('/');
    expect(await sectionLangs(page)).toEqual(['fr', 'en', 'ar']);
    await page.getByRole('link', { name: 'Enter the atlas in English' }).click();
    await page.waitForURL(/\/en\/$/);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.close();
  });

  it.each([
    ['ar-MA', 'ar'],
    ['en-US', 'en'],
    ['de-DE', 'fr'],
  ])('puts first the language a browser set to %s prefers, without leaving the page', async (locale, first) => {
    const { page } = await visit('/', { locale });
    // Give a redirect, if there were one, the time to happen.
    await page.waitForTimeout(300);
    expect(new URL(page.url()).pathname).toBe('/');
    expect((await sectionLangs(page))[0]).toBe(first);
    await page.close();
  });
});
