/**
 * Every page type in every language, in Chromium, under the site's real
 * Content-Security-Policy: axe-core (WCAG 2.2 AA tags) finds no violation,
 * the console stays clean, no request fails. The pages are checked several
 * at a time (the browser project's `maxConcurrency`), each in a browser
 * context of its own, so that the browser's processes use every core.
 */
import AxeBuilder from '@axe-core/playwright';
import { LANGS } from '../../src/schemas/common';
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { pageType, representativePaths, sitemapPaths } from '../helpers/urls';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const paths = representativePaths();
const { visit } = useSite();

describe('every page type in every language', () => {
  it('covers every type of page of the sitemap in fr, en and ar', () => {
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
    expect(paths.length).toBe(types.size * 3);
  });

  it.concurrent.for(paths)(
    '%s has no accessibility violation, console error or failed request',
    async (path, { expect }) => {
      const { page, problems } = await visit(path);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      await page.close();
      const summary = violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} — ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
      expect(summary).toEqual([]);
      expect(problems).toEqual([]);
    },
  );

  it.concurrent.for(LANGS)(
    'the 404 page in %s is accessible and says the page is missing',
    async (lang, { expect }) => {
      const { page, problems } = await visit(`/${lang}/no-such-page/`);
      const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const heading = await page.locator('h1').first().textContent();
      await page.close();
      expect(violations.map((v) => v.id)).toEqual([]);
      expect(heading).toBeTruthy();
      // The only failed request is the missing page itself (reported twice: the response and the console).
      expect(problems.sort()).toEqual([
        expect.stringMatching(/^HTTP 404: .*no-such-page/),
        expect.stringMatching(/^console error: Failed to load resource: .* 404/),
      ]);
    },
  );
});
