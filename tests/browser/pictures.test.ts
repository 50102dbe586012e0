/**
 * The world map and the timeline in Chromium, as a keyboard user and a
 * reader on a phone meet them: the map is one Tab stop with a way in to its
 * countries, every country can be reached with a finger, and no two labels
 * of the timeline collide on a narrow screen, in either direction.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/browser';

const { visit } = useSite({ serviceWorker: false });

/** The controls of the map (the picture and what follows it) that Tab stops at. */
const mapTabStops = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-world-map] a, [data-map-list] summary, [data-map-list] a')]
      .filter((el) => el.tabIndex >= 0 && el.checkVisibility())
      .map((el) => el.textContent?.trim() ?? ''),
  );

describe('the world map, with a keyboard', () => {
  it('is a single Tab stop on the home page, which opens the list of its countries', async () => {
    const { page, problems } = await visit('/en/');
    expect(await mapTabStops(page)).toEqual([expect.stringMatching(/^The countries on the map, as a list \(\d+\)$/)]);
    const countries = await page.locator('[data-world-map] a').count();
    await page.locator('[data-map-list] summary').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.closest('[data-map-list]') !== null);
    expect(focused).toBe(true);
    expect(await page.locator('[data-map-list] a').count()).toBe(countries);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('the world map, on a phone', () => {
  it.for(['fr', 'ar'])(
    'lists every country of the map in %s with its cases, each a target of 24 × 24 px at least',
    async (lang) => {
      const { page, problems } = await visit(`/${lang}/`, { width: 375 });
      await page.locator('[data-map-list] summary').click();
      const { onMap, listed, small } = await page.evaluate(() => {
        const size = (el: Element) => el.getBoundingClientRect();
        return {
          onMap: [...document.querySelectorAll<SVGAElement>('[data-world-map] a')].map(
            (a) => `${a.getAttribute('href')} ${a.dataset.cases}`,
          ),
          listed: [...document.querySelectorAll<HTMLAnchorElement>('[data-map-list] a')].map(
            (a) => `${a.getAttribute('href')} ${a.querySelector('span')?.textContent?.replace(/\D/g, '')}`,
          ),
          small: [...document.querySelectorAll('[data-map-list] summary, [data-map-list] a')]
            .map((el) => ({ text: el.textContent?.trim(), width: size(el).width, height: size(el).height }))
            .filter((box) => box.width < 24 || box.height < 24),
        };
      });
      // Arabic counts are in Arabic-Indic digits: compare the Latin counts of the map in French only.
      if (lang === 'fr') expect(listed.sort()).toEqual(onMap.sort());
      else expect(listed.length).toBe(onMap.length);
      expect(small).toEqual([]);
      await page.close();
      expect(problems).toEqual([]);
    },
  );
});

describe('the timeline of the statistics', () => {
  it.for(['fr', 'en', 'ar'].flatMap((lang) => [320, 375, 1280].map((width) => ({ lang, width }))))(
    'writes no label over another in $lang at $width px, and the first and last years',
    async ({ lang, width }) => {
      const { page } = await visit(`/${lang}/stats/`, { width });
      const labels = await page.evaluate(() =>
        [...document.querySelectorAll('[data-stats="by-year"] svg text')]
          .filter((text) => getComputedStyle(text).display !== 'none')
          .map((text) => {
            const box = text.getBoundingClientRect();
            return { text: text.textContent ?? '', left: box.left, right: box.right, top: box.top, bottom: box.bottom };
          }),
      );
      const years = await page
        .locator('[data-stats="by-year"] [data-key]')
        .evaluateAll((gs) => gs.map((g) => Number(g.getAttribute('data-key'))));
      await page.close();
      const collisions = labels.flatMap((a, i) =>
        labels
          .slice(i + 1)
          .filter((b) => a.top < b.bottom && b.top < a.bottom && a.left < b.right + 4 && b.left < a.right + 4)
          .map((b) => `${a.text} × ${b.text}`),
      );
      expect(collisions).toEqual([]);
      const written = labels.map((l) => l.text);
      expect(written).toContain(String(Math.min(...years)));
      expect(written).toContain(String(Math.max(...years)));
    },
  );
});
