/**
 * The accessibility check of every page type of one language, in Chromium,
 * under the site's real Content-Security-Policy: axe-core (WCAG 2.2 AA tags)
 * finds no violation, the console stays clean, no request fails, and on a
 * phone's width no target is too small to touch (WCAG 2.5.8) and nothing
 * makes the page scroll sideways (WCAG 1.4.10). Each language is a test
 * file of its own (`tests/browser/pages-<lang>.test.ts`),
 * so that the two test workers share the check; within a file the pages are
 * checked several at a time (the browser project's `maxConcurrency`), as tabs
 * of one visitor's browser, each with axe-core added once it has loaded
 * (`addAxe`).
 */
import AxeBuilder from '@axe-core/playwright';
import type axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, it } from 'vitest';
import type { Lang } from '../../src/schemas/common';
import { addAxe, useSite } from './browser';
import { representativePaths } from './urls';

export const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Axe's option to detail violations only; passes, incomplete and inapplicable results are left out. */
const VIOLATIONS_ONLY = { resultTypes: ['violations'] as 'violations'[] };

/**
 * Axe's WCAG 2.2 AA violations of the page as it is now. Axe runs in the page
 * itself (legacy mode; same-origin frames are checked too, and the site has
 * none from elsewhere), rather than once per frame and again in a blank page
 * where the frames' results are merged: a third of the work for the same rules.
 */
export async function wcagViolations(page: Page) {
  return (await new AxeBuilder({ page }).withTags(WCAG).options(VIOLATIONS_ONLY).setLegacyMode().analyze()).violations;
}

/** The violations of the rules `runOnly` picks (tags or rule ids), by the axe added to the page, at its current size. */
async function violationsInPage(page: Page, runOnly: axe.RunOnly) {
  return (
    await page.evaluate((o) => (window as unknown as { axe: typeof axe }).axe.run(document, o), {
      runOnly,
      ...VIOLATIONS_ONLY,
    })
  ).violations;
}

const ALL_WCAG: axe.RunOnly = { type: 'tag', values: WCAG };

/** The page's width beyond the window's, in CSS pixels: what a phone's reader would have to scroll sideways. */
const overflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
const TARGET_SIZE: axe.RunOnly = { type: 'rule', values: ['target-size'] };

/** Registers the checks of a page of every route in `lang` (see `representativePaths`), and of its 404 page. */
export function checkPagesOf(lang: Lang) {
  const paths = representativePaths(lang);
  const { visit } = useSite({ tabs: true });

  describe(`every page type in ${lang}`, () => {
    // One page load serves both widths: the WCAG rules at a desktop's width, then the same page narrowed
    // to a phone's 375 px, where targets are smallest, for the target-size rule (WCAG 2.5.8), which counts
    // a small target as a failure only when another is within its 24 px circle. Axe reports only
    // violations (`resultTypes`), which spares it detailing every passing node of a long page.
    it.concurrent.for(paths)(
      '%s has no accessibility violation, console error or failed request, and 24 × 24 px targets and no sideways scrolling on a phone',
      async (path, { expect }) => {
        const { page, problems } = await visit(path);
        await addAxe(page);
        const wide = await violationsInPage(page, ALL_WCAG);
        await page.setViewportSize({ width: 375, height: 900 });
        const narrow = await violationsInPage(page, TARGET_SIZE);
        const sideways = await overflow(page);
        await page.close();
        const summary = wide.map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
        expect(summary).toEqual([]);
        expect(problems).toEqual([]);
        expect(narrow.flatMap((v) => v.nodes.map((n) => `375 px: ${n.target.join(' ')}`))).toEqual([]);
        expect(sideways, 'px to scroll sideways at 375 px').toBe(0);
      },
    );

    it(`the 404 page in ${lang} is accessible, says the page is missing and fits a phone`, async ({ expect }) => {
      const { page, problems } = await visit(`/${lang}/no-such-page/`);
      await addAxe(page);
      const violations = await violationsInPage(page, ALL_WCAG);
      const heading = await page.locator('h1').first().textContent();
      await page.setViewportSize({ width: 375, height: 900 });
      const sideways = await overflow(page);
      await page.close();
      expect(sideways, 'px to scroll sideways at 375 px').toBe(0);
      expect(violations.map((v) => v.id)).toEqual([]);
      expect(heading).toBeTruthy();
      // The only failed request is the missing page itself (reported twice: the response and the console).
      expect(problems.sort()).toEqual([
        expect.stringMatching(/^HTTP 404: .*no-such-page/),
        expect.stringMatching(/^console error: Failed to load resource: .* 404/),
      ]);
    });
  });
}
