/**
 * Browsing the case list without JavaScript: a static page per facet value
 * with the right cases and counts, each sortable by date or title.
 */
import { describe, expect, it } from 'vitest';
import { page, pageExists } from '../helpers/dist';
import { publishedCases } from '../helpers/content';
import { FACET_TOP, PAGE_SIZE } from '../../src/lib/atlas/browse';
import { LANGS } from '../../src/schemas/common';

const cases = publishedCases();
const themes = [...new Set(cases.flatMap((c) => c.facts.themes as string[]))];

describe('facet pages', () => {
  it.each(LANGS)('link the most common themes with their number of cases, and the page of all themes (%s)', (lang) => {
    const nav = page(`/${lang}/cases/`).querySelector('nav[aria-labelledby="facets-title"]')!;
    const count = (theme: string) => cases.filter((c) => (c.facts.themes as string[]).includes(theme)).length;
    const linked = nav
      .querySelectorAll(`a[href^="/${lang}/browse/theme/"]`)
      .map((a) => ({ theme: a.getAttribute('href')!.split('/')[4], text: a.parentNode!.text }));
    expect(linked).toHaveLength(Math.min(themes.length, FACET_TOP));
    for (const { theme, text } of linked) expect(text, theme).toContain(`(${count(theme)})`);
    // Those left out are no more common than any shown, and the page of all themes lists them.
    const least = Math.min(...linked.map(({ theme }) => count(theme)));
    for (const theme of themes.filter((th) => !linked.some((l) => l.theme === th)))
      expect(count(theme), theme).toBeLessThanOrEqual(least);
    expect(nav.querySelector(`a[href="/${lang}/themes/"]`) !== null).toBe(themes.length > FACET_TOP);
  });

  it('show exactly the cases with the value, newest first or by title', () => {
    for (const theme of themes) {
      const expected = cases
        .filter((c) => (c.facts.themes as string[]).includes(theme))
        .map((c) => `/en/cases/${c.slug}/`);
      const byDate = page(`/en/browse/theme/${theme}/`)
        .querySelectorAll('main h2 a, main h3 a')
        .map((a) => a.getAttribute('href'));
      expect([...byDate].sort(), theme).toEqual([...expected].sort());
      const updated = byDate.map((href) => cases.find((c) => href === `/en/cases/${c.slug}/`)!.facts.updated as string);
      expect(updated).toEqual([...updated].sort().reverse());
      const byTitle = page(`/en/browse/theme/${theme}/title/`)
        .querySelectorAll('main h2 a, main h3 a')
        .map((a) => a.text);
      expect(byTitle).toEqual([...byTitle].sort(new Intl.Collator('en').compare));
    }
  });

  it('exist for kinds, countries, regions, programmes and periods', () => {
    for (const path of [
      'kind/diaspora',
      'kind/transfer',
      'country/ma',
      'region/africa',
      'programme/pra-osim',
      'period/2010',
    ])
      for (const lang of LANGS) expect(pageExists(`/${lang}/browse/${path}/`), `${lang} ${path}`).toBe(true);
    const diaspora = cases.filter((c) => c.kind === 'diaspora').length;
    expect(page('/fr/browse/kind/diaspora/').querySelectorAll('main h2 a, main h3 a')).toHaveLength(diaspora);
  });

  it('show page links only when a list is longer than one page', () => {
    const pages = Math.ceil(cases.length / PAGE_SIZE);
    const nav = page('/en/cases/').querySelector('main nav[aria-label="Pages of the list"]');
    if (pages === 1) expect(nav).toBeNull();
    else expect(nav!.querySelectorAll('a[aria-current="page"]')).toHaveLength(1);
    expect(pageExists(`/en/browse/all/${pages + 1}/`)).toBe(false);
    expect(page('/en/cases/').querySelectorAll('main h2 a, main h3 a')).toHaveLength(Math.min(cases.length, PAGE_SIZE));
  });
});

describe('recent case studies on the home page', () => {
  it.each(LANGS)('show the newest day first and mix both kinds when both were updated that day (%s)', (lang) => {
    const newest = cases
      .map((c) => c.facts.updated as string)
      .sort()
      .at(-1)!;
    const kindsThatDay = new Set(cases.filter((c) => c.facts.updated === newest).map((c) => c.facts.kind as string));
    const shown = page(`/${lang}/`)
      .querySelectorAll('section[aria-labelledby="latest-title"] article :is(h2, h3) a')
      .map((a) => a.getAttribute('href')!.split('/')[3]);
    expect(shown).toHaveLength(4);
    const facts = shown.map((slug) => cases.find((c) => c.slug === slug)!.facts);
    expect(facts.map((f) => f.updated)).toEqual(facts.map(() => newest));
    expect(new Set(facts.map((f) => f.kind as string))).toEqual(kindsThatDay);
  });
});
