/**
 * What a visitor does with a keyboard and the language switch, and how the
 * page is laid out in each direction, measured in Chromium.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { POLL, useSite } from '../helpers/browser';
import { publishedCases } from '../helpers/content';
import { htmlPages, page as builtPage } from '../helpers/dist';
import { walk } from '../../src/lib/model/layout';

const { visit } = useSite({ serviceWorker: false });
const slug = publishedCases().find((c) => c.langs.length === 3)!.slug;
const casePath = (lang: string) => `/${lang}/cases/${slug}/`;

describe('keyboard', () => {
  it('starts with a skip link that becomes visible and leads to the main content', async () => {
    const { page } = await visit(casePath('fr'));
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLAnchorElement;
      const box = el.getBoundingClientRect();
      return {
        text: el.textContent,
        href: el.getAttribute('href'),
        width: box.width,
        height: box.height,
        top: box.top,
      };
    });
    expect(skip).toMatchObject({ text: 'Aller au contenu', href: '#main' });
    expect(skip.width).toBeGreaterThan(20);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe('#main');
    await page.close();
  });

  it('reaches every control with Tab, each with a visible focus indicator', async () => {
    const { page } = await visit(casePath('en'));
    const controls = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]')].filter(
          // A control not rendered (the search dialog's close button while the dialog is shut) takes no Tab stop.
          (el) => el.tabIndex >= 0 && !el.hasAttribute('disabled') && el.checkVisibility(),
        ).length,
    );
    const reached = new Set<string>();
    for (let i = 0; i < controls + 2; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate((n) => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        // Mark each element the first time it gets focus (indexes would shift as search loads).
        el.dataset.tabbed ??= String(n);
        return {
          key: el.dataset.tabbed,
          tag: el.tagName,
          visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
          text: el.textContent?.trim().slice(0, 40),
        };
      }, i);
      if (focus.tag === 'BODY') continue;
      expect(focus.visible, `focus indicator on ${focus.tag} "${focus.text}"`).toBe(true);
      reached.add(focus.key);
    }
    expect(reached.size).toBe(controls);
    await page.close();
  });
});

describe('language switch', () => {
  it('leads to the same case in the other languages', async () => {
    const { page } = await visit(casePath('fr'));
    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(/\/en\//);
    expect(new URL(page.url()).pathname).toBe(casePath('en'));
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await page.getByRole('link', { name: 'العربية' }).click();
    await page.waitForURL(/\/ar\//);
    expect(new URL(page.url()).pathname).toBe(casePath('ar'));
    expect(await page.locator('html').getAttribute('dir')).toBe('rtl');
    await page.close();
  });
});

describe('direction', () => {
  it.each([
    ['fr', 'ltr'],
    ['en', 'ltr'],
    ['ar', 'rtl'],
  ])('lays out %s pages %s (navigation and title start on the side the language reads from)', async (lang, dir) => {
    for (const width of [375, 1280]) {
      const { page } = await visit(casePath(lang), { width });
      const layout = await page.evaluate(() => {
        const nav = [...document.querySelectorAll<HTMLElement>('header nav')].at(-1)!;
        const links = [...nav.querySelectorAll('li')].map((li) => li.getBoundingClientRect());
        const main = document.querySelector('main')!;
        const style = getComputedStyle(main);
        const box = main.getBoundingClientRect();
        const title = document.querySelector('h1')!.getBoundingClientRect();
        return {
          first: links[0].left,
          second: links[1].left,
          /** Distance from the title to the start edge of the main column's content box. */
          titleStartGap:
            getComputedStyle(document.documentElement).direction === 'rtl'
              ? box.right - parseFloat(style.paddingRight) - title.right
              : title.left - (box.left + parseFloat(style.paddingLeft)),
          width: document.documentElement.clientWidth,
          scrollWidth: document.documentElement.scrollWidth,
        };
      });
      if (dir === 'rtl') expect(layout.first, `${lang} ${width}`).toBeGreaterThan(layout.second);
      else expect(layout.first, `${lang} ${width}`).toBeLessThan(layout.second);
      expect(Math.abs(layout.titleStartGap), `${lang} ${width}: the title starts at the start edge`).toBeLessThan(2);
      expect(layout.scrollWidth, `${lang} ${width}: no horizontal scroll`).toBeLessThanOrEqual(layout.width);
      await page.close();
    }
  });
});

describe('long addresses', () => {
  it('wrap on a phone instead of widening the page (organisations and programmes with a website, sources with an address in their note)', async () => {
    const withWebsite = (['organizations', 'programmes'] as const).flatMap((section) =>
      walk('content', section)
        .filter(({ path }) => /^website: /m.test(readFileSync(path, 'utf8')))
        .map(({ slug }) => `/ar/${section}/${slug}/`),
    );
    // Case pages in every language whose list of sources holds a word longer than a phone's line (an address).
    const withLongWords = htmlPages().filter(
      (path) =>
        /^\/(fr|en|ar)\/cases\/[^/]+\/$/.test(path) &&
        builtPage(path)
          .querySelectorAll('li[id^="source-"]')
          .some((li) => li.textContent.split(/\s+/).some((word) => word.length > 40)),
    );
    expect(withLongWords.length).toBeGreaterThan(10);
    const pages = [...withWebsite, ...withLongWords];
    expect(withWebsite.length).toBeGreaterThan(10);
    const { page } = await visit(pages[0], { width: 375 });
    for (const path of pages) {
      if (path !== pages[0]) await page.goto(new URL(path, page.url()).href);
      const { width, scrollWidth } = await page.evaluate(() => ({
        width: document.documentElement.clientWidth,
        scrollWidth: document.documentElement.scrollWidth,
      }));
      expect(scrollWidth, `${path}: no horizontal scroll at 375 px`).toBeLessThanOrEqual(width);
    }
    await page.close();
  });
});

describe('the case list on a phone', () => {
  it('leads from above the cards to the filters, which come after them', async () => {
    const { page } = await visit('/en/cases/', { width: 375 });
    const jump = page.locator('a[href="#facets"]');
    const [jumpBox, cardBox] = [await jump.boundingBox(), await page.locator('main article').first().boundingBox()];
    expect(jumpBox!.y).toBeLessThan(cardBox!.y);
    await jump.click();
    await page.waitForFunction(
      () => {
        const box = document.querySelector('#facets-title')!.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      },
      null,
      POLL,
    );
    await page.close();
    const wide = await visit('/en/cases/', { width: 1280 });
    expect(await wide.page.locator('a[href="#facets"]').isVisible()).toBe(false);
    await wide.page.close();
  });
});
