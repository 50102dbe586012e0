/**
 * A page of every route in French in Chromium (see `tests/helpers/axe-pages.ts`),
 * and that the three languages' files together check a page of every page file.
 */
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/schemas/common';
import { checkPagesOf } from '../helpers/axe-pages';
import { pageRoutes, representativePaths, routeOf } from '../helpers/urls';

describe('the pages checked in Chromium', () => {
  it('are a page of every page file of src/pages in fr, en and ar, and the root page', () => {
    const routes = pageRoutes();
    for (const lang of LANGS) {
      const checked = representativePaths(lang).map((path) => routeOf(path, routes)!.file);
      const unchecked = routes
        .map((route) => route.file)
        .filter((file) => !checked.includes(file) && (file.startsWith('[lang]/') || lang === 'fr'));
      // The old addresses of renamed entries only redirect to the new ones, and the content renamed none.
      expect(unchecked, lang).toEqual(['[lang]/cases/[...former].astro', '[lang]/practices/[...former].astro']);
    }
    expect(representativePaths('fr')).toEqual(
      expect.arrayContaining(['/', '/fr/data/', '/fr/data/codebook/', '/fr/offline/kept/']),
    );
    expect(representativePaths('ar').filter((path) => path.endsWith('/history/'))).toHaveLength(2);
  });
});

checkPagesOf('fr');
