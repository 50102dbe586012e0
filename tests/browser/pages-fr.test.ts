/**
 * Every page type in French in Chromium (see `tests/helpers/axe-pages.ts`),
 * and that the three languages' files together cover every page type of the
 * sitemap.
 */
import { describe, expect, it } from 'vitest';
import { checkPagesOf } from '../helpers/axe-pages';
import { pageType, representativePaths, sitemapPaths } from '../helpers/urls';

describe('the pages checked in Chromium', () => {
  it('cover every type of page of the sitemap in fr, en and ar', () => {
    const types = new Set(sitemapPaths().map(pageType));
    for (const type of [
      'home',
      'cases',
      'case',
      'practices',
      'practice',
      'organization',
      'programme',
      'theme',
      'country',
      'about',
      'data',
      'map',
      'stats',
    ])
      expect(types, type).toContain(type);
    expect(representativePaths().length).toBe(types.size * 3);
  });
});

checkPagesOf('fr');
