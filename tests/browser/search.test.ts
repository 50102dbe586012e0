/**
 * Search as a visitor uses it, in Chromium, in each language: queries land
 * on the right case, word forms and missing accents still match, filters
 * narrow with the counts they announce, the URL keeps the state, the dialog
 * works from the keyboard and passes axe, and without JavaScript the header
 * form leads to the search page.
 */
import type { Page } from 'playwright-core';
import { wcagViolations } from '../helpers/axe-pages';
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { titleSortKey } from '../../src/lib/atlas/search';
import { POLL, useSite } from '../helpers/browser';
import { publishedCases } from '../helpers/content';
import { LANGS } from '../../src/schemas/common';

const { visit, url } = useSite({ tabs: true, serviceWorker: false });

/** Waits until the search UI has announced a number of results. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('.search-status')?.textContent ?? '';
      return /\d|Aucun|No results|لا نتائج|واحدة/.test(status);
    },
    null,
    POLL,
  );
  return (await page.locator('.search-status').first().textContent()) ?? '';
}

/** Waits until the results differ from `before` (a list of links) and no search is running. */
async function changed(page: Page, before: string) {
  await page.waitForFunction(
    (old) =>
      !document.querySelector('.search-main[aria-busy]') &&
      [...document.querySelectorAll('.search-result a')].map((a) => a.getAttribute('href')).join() !== old,
    before,
    // A wait for readiness, not a timing: a machine shared by two test workers can take over 30 s.
    { ...POLL, timeout: 90_000 },
  );
}
const links = (page: Page) =>
  page.locator('.search-result a').evaluateAll((as) => as.map((a) => a.getAttribute('href')).join());

/** Asks for more results until all are shown. */
async function allResults(page: Page) {
  const more = page.locator('.search-more:not([hidden])');
  while (await more.count()) {
    const shown = await page.locator('.search-result').count();
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('.search-result').length > n, shown, POLL);
  }
}

/** The text of an entry's files (`/fr/cases/x/` → content/cases/x/*, `/en/programmes/y/` → content/programmes/y.yaml). */
function entrySource(href: string): string {
  const [, , section, slug] = href.split('/');
  const folder = join('content', section, slug);
  if (existsSync(folder))
    return readdirSync(folder)
      .map((f) => readFileSync(join(folder, f), 'utf8'))
      .join('\n');
  return existsSync(`${folder}.yaml`) ? readFileSync(`${folder}.yaml`, 'utf8') : '';
}

const firstResult = (page: Page) => page.locator('.search-result a').first().getAttribute('href');

describe.concurrent.each([
  ['fr', 'électrification des villages', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'electrification', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'électrifier', '/fr/cases/migrations-developpement-maroc/'],
  ['fr', 'alphabétisation', '/fr/cases/yo-si-puedo/'],
  ['fr', 'obligations éthiopiennes', '/fr/cases/ethiopia-diaspora-bonds/'],
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

describe.concurrent('results in another language than the page', () => {
  it('mark the title and excerpt of an untranslated case with its language and direction', async () => {
    const cases = new Map(publishedCases().map((c) => [`/ar/cases/${c.slug}/`, c]));
    const { page } = await visit('/ar/search/?q=diaspora');
    await settled(page);
    const results = await page.locator('.search-result').evaluateAll((items) =>
      // Cases only: other kinds of result (a theme, a country) have no excerpt of a text.
      items
        .filter((li) => li.querySelector('a')?.getAttribute('href')?.includes('/cases/'))
        .map((li) => {
          const [link, excerpt, meta] = ['a', '.search-excerpt', '.search-meta'].map((s) => li.querySelector(s)!);
          const marked = (e: Element) =>
            `${e.closest('[lang]')!.getAttribute('lang')} ${getComputedStyle(e).direction}`;
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
    // Only while some case lacks its Arabic text can one be among the results.
    if (publishedCases().some((c) => !c.langs.includes('ar')))
      expect(foreign, 'an untranslated case among the results').toBeGreaterThan(0);
    await page.close();
  });
});

describe.concurrent('result excerpts', () => {
  it('quote the text of the page, not the kind already shown above them', async () => {
    const { page } = await visit('/en/search/?q=diaspora');
    await settled(page);
    const excerpts = await page.locator('.search-result .search-excerpt').allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/Diaspora-led project|South-South practice transfer/);
    await page.close();
  });
});

describe.concurrent('filters and URL state', () => {
  it('narrows results to a kind, with the count the filter announced, and keeps it in the URL', async () => {
    const { page } = await visit('/en/search/?q=cooperation');
    const total = await settled(page);
    const option = page.locator('.search-option', { has: page.locator('input[name="kind"][value="transfer"]') });
    const announced = Number(/\((\d+)\)/.exec((await option.textContent()) ?? '')![1]);
    expect(announced).toBeGreaterThan(0);
    await option.locator('input').check();
    await page.waitForFunction(
      (before) => document.querySelector('.search-status')?.textContent !== before,
      total,
      POLL,
    );
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
    await page.locator('.search-group > summary', { hasText: 'Kind' }).click();
    const option = page.locator('.search-option', { has: page.locator('input[name="kind"][value="transfer"]') });
    await option.waitFor();
    expect(await option.textContent()).toMatch(/\(\d+\)/);
    expect(filterIndexes()).toBeGreaterThan(0);
    await page.close();
  });

  it.for(['eau', 'l’eau'])(
    'on a phone, keep the results of “%s” when opened: a word after an elided article is found by both engines',
    async (query) => {
      const { page } = await visit(`/fr/search/?q=${encodeURIComponent(query)}`, { width: 375 });
      const before = await settled(page);
      await allResults(page);
      const first = (await links(page)).split(',');
      expect(first).toContain('/fr/cases/mexico-3x1/');
      await page.locator('.search-filters > summary').click();
      // Pagefind answers once the filters are open: it waits for the counts of the filters.
      await page.locator('.search-group > summary', { hasText: 'Type' }).click();
      await page.locator('.search-option').first().waitFor();
      await page.waitForFunction(() => !document.querySelector('.search-main[aria-busy]'), null, POLL);
      expect(await settled(page)).toBe(before);
      await allResults(page);
      expect((await links(page)).split(',').sort()).toEqual([...first].sort());
      // Pagefind's excerpts and titles show the text as the page does, without the hair spaces of its index.
      expect(await page.locator('.search-results').textContent()).not.toContain('\u200A');
      await page.close();
    },
  );

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
    await page.waitForFunction(
      () => /\d/.test(document.querySelector('.search-status')?.textContent ?? ''),
      null,
      POLL,
    );
    expect(await firstResult(page)).toBe('/fr/cases/cotton4-brazil-c4/');
    await page.close();
  });
});

describe.concurrent('the search dialog', () => {
  it.each(LANGS)('opens with "/" in %s, is keyboard-usable and accessible', async (lang) => {
    const { page, problems, responses } = await visit(`/${lang}/cases/`);
    expect(responses.some((r) => r.url.includes('/pagefind/'))).toBe(false);
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    expect(await dialog.getAttribute('dir')).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    await page.keyboard.type(lang === 'ar' ? 'شمسية' : 'solar');
    await settled(page);
    const violations = await wcagViolations(page);
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

  it.each([
    ['en', 'cash transfers', '/en/cases/cct-bolsa-familia-oportunidades/'],
    // Typed as an input method types it: Chromium inserts the text without a key event per letter.
    ['ar', 'الطاقة الشمسية', '/ar/cases/barefoot-solar-mamas/'],
  ])('keeps the words typed in %s while its search code is still on the way', async (lang, words, expected) => {
    const { page, problems } = await visit(`/${lang}/practices/`);
    // The search code arrives only once the words are typed, as on a slow connection.
    let release: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/dialog\.[^/]+\.js$/, async (route) => {
      await arrived;
      await route.continue();
    });
    await page.keyboard.press('/');
    const dialog = page.locator('dialog[open]');
    await dialog.waitFor();
    // A slip, mended: the last letter typed wrong, erased and typed again; then Enter.
    await page.keyboard.type(`${words.slice(0, -1)}x`);
    await page.keyboard.press('Backspace');
    await page.keyboard.type(words.slice(-1));
    await page.keyboard.press('Enter');
    expect(await dialog.count(), 'Space and Enter do not close the dialog').toBe(1);
    release();
    await settled(page);
    expect(await page.locator('dialog #search-dialog-q').inputValue()).toBe(words);
    expect(await firstResult(page)).toBe(expected);
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

describe.concurrent('the search box', () => {
  it('searches on Enter for whatever the box holds, even words put there without typing', async () => {
    const { page } = await visit('/fr/', { width: 375 });
    await page.keyboard.press('/');
    const box = page.locator('dialog #search-dialog-q');
    await box.waitFor();
    // Words put in by the keyboard's suggestions or by dictation do not always announce themselves.
    await box.evaluate((input: HTMLInputElement) => (input.value = 'coton'));
    await box.press('Enter');
    await settled(page);
    expect(await firstResult(page)).toBe('/fr/cases/cotton4-brazil-c4/');
    await page.close();
  });
});

/** The filter values offered in a facet, as shown (name and count). */
const offered = (page: Page, facet: string) =>
  page.locator(`.search-option:has(input[name="${facet}"])`).evaluateAll((rows) =>
    rows.map((row) => ({
      label: row.firstChild!.nextSibling!.textContent!.trim(),
      count: row.querySelector('.search-count')!.textContent,
    })),
  );

describe.concurrent('filter values', () => {
  it('of one facet widen the results, each by the number of results it counts', async () => {
    const { page } = await visit('/en/search/?q=cooperation&kind=transfer');
    const one = Number(/\d+/.exec(await settled(page))![0]);
    const diaspora = page.locator('.search-option', { has: page.locator('input[name="kind"][value="diaspora"]') });
    const announced = Number(/\((\d+)\)/.exec((await diaspora.textContent()) ?? '')![1]);
    expect(announced, 'with one kind ticked, the other still counts its results').toBeGreaterThan(0);
    await diaspora.locator('input').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('kind').length === 2, null, POLL);
    await page.waitForFunction(
      (n) => Number(/\d+/.exec(document.querySelector('.search-status')?.textContent ?? '')?.[0]) > n,
      one,
      POLL,
    );
    const both = Number(/\d+/.exec(await settled(page))![0]);
    expect(both).toBe(one + announced);
    await page.close();
  });

  it.each(LANGS)('are in the alphabetical order of the page in %s, and none would leave no result', async (lang) => {
    const { page } = await visit(`/${lang}/search/?q=${lang === 'ar' ? 'تنمية' : 'diaspora'}`);
    await settled(page);
    await page.locator('input[name="country"]').first().waitFor();
    for (const facet of ['country', 'theme']) {
      const values = await offered(page, facet);
      expect(values.length, facet).toBeGreaterThan(1);
      const labels = values.map((v) => v.label);
      expect(labels, facet).toEqual([...labels].sort(new Intl.Collator(lang).compare));
      for (const { label, count } of values) expect(count, `${facet} ${label}`).not.toBe('(0)');
    }
    await page.close();
  });

  it('on a phone, show how many results are left at the bottom of the screen, and lead to them', async () => {
    const { page } = await visit('/fr/search/?q=diaspora', { width: 375 });
    await settled(page);
    await page.locator('.search-filters > summary').click();
    await page.locator('.search-group > summary', { hasText: 'Pays' }).click();
    const morocco = page.locator('.search-option', { has: page.locator('input[name="country"][value="ma"]') });
    const announced = /\((\d+)\)/.exec((await morocco.textContent()) ?? '')![1];
    await morocco.locator('input').check();
    const show = page.locator('.search-show');
    await expect.poll(() => show.textContent()).toBe(`Voir les résultats (${announced})`);
    const box = (await show.boundingBox())!;
    expect(box.y + box.height, 'the button is on screen').toBeLessThanOrEqual(page.viewportSize()!.height);
    await show.click();
    expect(await page.locator('.search-filters').getAttribute('open')).toBeNull();
    const result = (await page.locator('.search-result').first().boundingBox())!;
    expect(result.y, 'the first result is on screen').toBeLessThan(page.viewportSize()!.height);
    await page.close();
  });
});

describe.concurrent('sorting', () => {
  it.each([
    ['title', 'Programme'],
    ['updated', 'Organisation'],
  ])('by %s keeps every kind of result', async (sort, kind) => {
    const { page } = await visit('/fr/search/?q=coopération');
    const relevance = await settled(page);
    const before = await links(page);
    await page.locator('select[name="sort"]').selectOption(sort);
    await changed(page, before);
    expect(await settled(page)).toBe(relevance);
    await allResults(page);
    const types = await page.locator('.search-result .search-type').allTextContents();
    expect(types).toContain(kind);
    expect(types).toContain('Étude de cas');
    await page.close();
  });

  it('by title puts the titles of every kind of entry in order', async () => {
    const { page } = await visit('/en/search/?q=cooperation&sort=title');
    await settled(page);
    await allResults(page);
    const results = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        title: li.querySelector('a')!.textContent,
        typed: Boolean(li.querySelector('.search-type')),
      })),
    );
    const titles = results.filter((r) => r.typed).map((r) => titleSortKey(r.title));
    expect(titles.length).toBeGreaterThan(5);
    expect(titles).toEqual([...titles].sort());
    await page.close();
  });
});

describe.concurrent('switching language on the search page', () => {
  it('keeps the query, the filters and the sort', async () => {
    const { page } = await visit('/fr/search/?q=coton&kind=transfer&sort=title');
    await settled(page);
    await page.locator('a[hreflang="ar"]').click();
    await page.waitForURL(/\/ar\/search\//);
    expect(new URL(page.url()).search).toBe('?q=coton&kind=transfer&sort=title');
    await settled(page);
    expect(await page.locator('#search-page-q').inputValue()).toBe('coton');
    expect(await page.locator('select[name="sort"]').inputValue()).toBe('title');
    await page.locator('.search-filters > summary').click();
    expect(await page.locator('input[name="kind"][value="transfer"]').isChecked()).toBe(true);
    await page.close();
  });
});

describe.concurrent('results', () => {
  it.each([
    ['fr', 'diaspora'],
    ['fr', 'coopération'],
    ['fr', 'eau potable'],
    ['en', 'water'],
  ])('in %s for "%s" say what each entry is, with excerpts of its text, not of its fact box', async (lang, q) => {
    const { page } = await visit(`/${lang}/search/?q=${encodeURIComponent(q)}`);
    await settled(page);
    await allResults(page);
    const results = await page.locator('.search-result').evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('a')!.getAttribute('href')!,
        type: li.querySelector('.search-type')?.textContent ?? '',
        excerpt: li.querySelector('.search-excerpt')!.textContent,
      })),
    );
    const types: Record<string, string> =
      lang === 'fr'
        ? { cases: 'Étude de cas', practices: 'Pratique', programmes: 'Programme', organizations: 'Organisation' }
        : { cases: 'Case study', practices: 'Practice', programmes: 'Programme', organizations: 'Organisation' };
    for (const { href, type, excerpt } of results) {
      const section = href.split('/')[2];
      if (!(section in types)) continue;
      expect(type, href).toBe(types[section]);
      // Words of two blocks glued together ("productifs.ThèmesEngagement"), figures of the key facts;
      // a name written with an inner capital in the entry's own files (IntEnt) is not glue.
      const glued = (excerpt.match(/\p{L}*\p{Ll}[.,;:)]?\p{Lu}\p{Ll}\p{L}*/gu) ?? []).filter(
        (word) => !entrySource(href).includes(word),
      );
      expect(glued, `${href}: ${excerpt}`).toEqual([]);
      expect(excerpt, href).not.toMatch(/\d — \p{L}/u);
    }
    await page.close();
  });
});
