/**
 * Search as a visitor uses it, in Chromium, in each language: queries land
 * on the right case, word forms and missing accents still match, filters
 * narrow with the counts they announce, the URL keeps the state, the dialog
 * works from the keyboard and passes axe, and without JavaScript the header
 * form leads to the search page.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { titleSortKey } from '../../src/lib/atlas/search';
import { useSite } from '../helpers/browser';
import { publishedCases } from '../helpers/content';
import { LANGS } from '../../src/schemas/common';

const { visit, url } = useSite();
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Waits until the search UI has announced a number of results. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => {
    const status = document.querySelector('.search-status')?.textContent ?? '';
    return /\d|Aucun|No results|لا نتائج|واحدة/.test(status);
  });
  return (await page.locator('.search-status').first().textContent()) ?? '';
}

const firstResult = (page: Page) => page.locator('.search-result a').first().getAttribute('href');

describe.each([
  ['fr', 'électrification des villages', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'electrification', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'électrifier', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'alphabétisation', '/fr/cases/yo-si-puedo/'],
  ['fr', 'obligations diaspora', '/fr/cases/ethiopia-diaspora-bonds/'],
  ['en', 'cotton', '/en/cases/cotton4-brazil-c4/'],
  ['en', 'cash transfers', '/en/cases/cct-bolsa-familia-oportunidades/'],
  ['ar', 'الطاقة الشمسية', '/ar/cases/barefoot-solar-mamas/'],
  ['ar', 'شمسية', '/ar/cases/barefoot-solar-mamas/'],
  ['ar', 'تحويل الأموال', '/ar/cases/somali-diaspora-development/'],
])('in %s, "%s"', (lang, query, expected) => {
  it(`lands first on ${expected}`, async () => {
    const { page, problems } = await visit(`/${lang}/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    expect(await firstResult(page)).toBe(expected);
    expect(await page.locator('.search-result').first().locator('mark').count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });
});

describe('results in another language than the page', () => {
  it('mark the title and excerpt of an untranslated case with its language and direction', async () => {
    const cases = new Map(publishedCases().map((c) => [`/ar/cases/${c.slug}/`, c]));
    const { page } = await visit('/ar/search/?q=diaspora');
    await settled(page);
    const results = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => {
        const [link, excerpt, meta] = ['a', '.search-excerpt', '.search-meta'].map((s) => li.querySelector(s)!);
        const marked = (e: Element) => `${e.closest('[lang]')!.getAttribute('lang')} ${getComputedStyle(e).direction}`;
        return { href: link.getAttribute('href')!, marks: [link, excerpt].map(marked), meta: marked(meta) };
      }),
    );
    let foreign = 0;
    for (const { href, marks, meta } of results) {
      const entry = cases.get(href);
      if (!entry) continue;
      const original = String(entry.facts.originalLanguage);
      const expected = entry.langs.includes('ar') ? 'ar rtl' : `${original} ${original === 'ar' ? 'rtl' : 'ltr'}`;
      if (!entry.langs.includes('ar')) foreign++;
      expect(marks, href).toEqual([expected, expected]);
      expect(meta, `${href}: kind and countries in the page's language`).toBe('ar rtl');
    }
    expect(foreign, 'an untranslated case among the results').toBeGreaterThan(0);
    await page.close();
  });
});

describe('result excerpts', () => {
  it('quote the text of the page, not the kind already shown above them', async () => {
    const { page } = await visit('/en/search/?q=diaspora');
    await settled(page);
    const excerpts = await page.locator('.search-result .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Diaspora-led project|South-South practice transfer/);
    await page.close();
  });
});

describe('filters and URL state', () => {
  it('narrows results to a kind, with the count the filter announced, and keeps it in the URL', async () => {
    const { page } = await visit('/en/search/?q=cooperation');
    const total = await settled(page);
    const option = page.locator('.search-option', { has: page.locator('input[name="kind"][value="transfer"]') });
    const announced = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')![1]);
    expect(announced).toBeGreaterThan(0);
    await option.locator('input').check();
    await page.waitForFunction((before) => document.querySelector('.search-status')?.textContent !== before, total);
    const status = await settled(page);
    expect(status).toBe(announced === 1 ? '1 result' : `${announced} results`);
    expect(await page.locator('.search-result').count()).toBe(Math.min(announced, 5));
    const metas = await page.locator('.search-result .search-meta').allTextContents();
    for (const meta of metas) expect(meta).toContain('South-South practice transfer');
    expect(new URL(page.url()).search).toBe('?q=cooperation&kind=transfer');

    // Reloading the URL restores the same search.
    const { page: again } = await visit('/en/search/?q=cooperation&kind=transfer');
    expect(await settled(again)).toBe(status);
    expect(await again.locator('#search-page-q').inputValue()).toBe('cooperation');
    expect(await again.locator('input[name="kind"][value="transfer"]').isChecked()).toBe(true);
    await page.close();
    await again.close();
  });

  it('on a phone, loads the filter indexes only once the filters are opened, then counts the results', async () => {
    const { page, responses } = await visit('/en/search/?q=cooperation', { width: 375 });
    await settled(page);
    const filterIndexes = () => responses.filter((r) => r.url.includes('/pagefind/en/filter/')).length;
    expect(filterIndexes()).toBe(0);
    expect(await page.locator('.search-option').count()).toBe(0);
    await page.locator('.search-filters > summary').click();
    const option = page.locator('.search-option', { has: page.locator('input[name="kind"][value="transfer"]') });
    await option.waitFor();
    expect(await option.textContent()).toMatch(/\(\d+\)/);
    expect(filterIndexes()).toBeGreaterThan(0);
    await page.close();
  });

  it('sorts by title when asked, and keeps the sort in the URL', async () => {
    const { page } = await visit('/fr/search/?theme=education&sort=title');
    await settled(page);
    const titles = await page.locator('.search-result > a').allTextContents();
    expect(titles.length).toBeGreaterThan(1);
    const keys = titles.map(titleSortKey);
    expect(keys).toEqual([...keys].sort());
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('title');
    await page.close();
  });

  it('offers to remove filters when nothing matches', async () => {
    const { page } = await visit('/fr/search/?q=coton&kind=diaspora');
    expect(await settled(page)).toContain('retirez des filtres');
    await page.getByRole('button', { name: 'Retirer tous les filtres' }).click();
    await page.waitForFunction(() => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''));
    expect(await firstResult(page)).toBe('/fr/cases/cotton4-brazil-c4/');
    await page.close();
  });
});

describe('the search dialog', () => {
  it.each(LANGS)('opens with "/" in %s, is keyboard-usable and accessible', async (lang) => {
    const { page, problems, responses } = await visit(`/${lang}/cases/`);
    expect(responses.some((r) => r.url.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await page.keyboard.type(lang === 'ar' ? 'شمسية' : 'solar');
    await settled(page);
    const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(focused).toBe(await firstResult(page));
    await page.keyboard.press('Escape');
    expect(await page.locator('dialog[open]').count()).toBe(0);
    await page.keyboard.press('/');
    await dialog.waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases\/barefoot-solar-mamas\/$/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens from the header form with the words typed there, on a phone', async () => {
    const { page } = await visit('/fr/', { width: 375 });
    await page.locator('#site-search').fill('coton');
    await page.locator('#site-search').press('Enter');
    await page.locator('dialog[open]').waitFor();
    await settled(page);
    expect(await firstResult(page)).toBe('/fr/cases/cotton4-brazil-c4/');
    const width = await page.evaluate(() => document.querySelector('dialog')!.getBoundingClientRect().width);
    expect(width).toBeLessThanOrEqual(375);
    await page.close();
  });

  it('without JavaScript, the header form submits to the search page', async () => {
    const { page } = await visit('/en/practices/', { javaScript: false });
    await page.locator('#site-search').fill('cotton');
    await page.locator('#site-search').press('Enter');
    await page.waitForURL(url('/en/search/?q=cotton'));
    expect(await page.locator('.search-noscript').isVisible()).toBe(true);
    const links = await page.locator('.search-noscript a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links.length).toBeGreaterThanOrEqual(4);
    for (const href of links) expect(href).toMatch(/^\/en\/browse\//);
    await page.close();
  });
});
