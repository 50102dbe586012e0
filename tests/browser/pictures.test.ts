/**
 * The world map in Chromium, as a keyboard user and a reader on a phone
 * meet it: the map is one Tab stop with a way in to its countries, and
 * every country can be reached with a finger.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useSite } from '../helpers/browser';

const { visit } = useSite();

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
