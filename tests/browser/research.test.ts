/**
 * The researcher's side of a case page in Chromium: the citation is there
 * without JavaScript, the copy button copies exactly what is shown, and
 * the page prints on A4 with its citation and the addresses of its sources
 * and of its links within the site, without the controls that only work on
 * a screen, and a print button where JavaScript runs.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { publishedCases, publishedPractices } from '../helpers/content';

const { visit, url } = useSite({ serviceWorker: false });
const path = `/en/cases/${publishedCases()[0].slug}/`;
const publishedPractice = publishedPractices()[0].slug;

describe('"Cite this"', () => {
  it('shows the citations without JavaScript, and no copy button that could not work', async () => {
    const { page, problems } = await visit(path, { javaScript: false });
    expect(await page.locator('#cite-apa').textContent()).toContain('Codev Atlas editorial team');
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('copies the citation shown, and says so', async () => {
    const { page, problems } = await visit(path);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url('/')).origin });
    const button = page.locator('button[data-copy="cite-chicago"]');
    expect(await button.isVisible()).toBe(true);
    await button.click();
    await page.locator('[data-copy-status]').filter({ hasText: 'Citation copied.' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe((await page.locator('#cite-chicago').textContent())!.trim());
    expect(copied).toMatch(/^Codev Atlas editorial team\. \d{4}\. “/);
    await page.close();
    expect(problems).toEqual([]);
  });
});

describe('print', () => {
  it('prints on A4 without navigation, with the citation and the address of each source written out', async () => {
    const { page } = await visit(path);
    await page.emulateMedia({ media: 'print' });
    const layout = await page.evaluate(() => {
      const shown = (selector: string) => {
        const el = document.querySelector(selector);
        return el ? getComputedStyle(el).display !== 'none' : null;
      };
      const source = document.querySelector<HTMLAnchorElement>('#sources-title ~ ol a[href^="http"]')!;
      return {
        nav: shown('body > header nav'),
        footer: shown('body > footer'),
        downloads: shown('section[aria-labelledby="cite-title"] p.no-print'),
        citation: shown('#cite-apa'),
        sources: shown('#sources-title'),
        sourceAddress: getComputedStyle(source, '::after').content,
        href: source.getAttribute('href'),
      };
    });
    expect(layout).toMatchObject({ nav: false, footer: false, downloads: false, citation: true, sources: true });
    expect(layout.sourceAddress).toContain(layout.href);
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    // A4 is 595 × 842 points.
    expect(pdf).toMatch(/\/MediaBox \[0 0 59[45][.\d]* 84[12][.\d]*\]/);
    await page.close();
  });

  it('leaves out the search box, the edit links and the print button, and writes out where each link of the site leads', async () => {
    const { page, problems } = await visit(path);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const shown = (el: Element | null) => el !== null && el.getClientRects().length > 0;
      const internal = [...document.querySelectorAll<HTMLAnchorElement>('main a[href^="/"]')];
      const origin = new URL(document.querySelector<HTMLLinkElement>('link[rel="canonical"]')!.href).origin;
      return {
        search: shown(document.querySelector('body > header input')),
        siteName: shown(document.querySelector('body > header a')),
        edit: [...document.querySelectorAll('a[href*="/edit/"]')].some(shown),
        printButton: shown(document.querySelector('button[data-print]')),
        internal: internal.length,
        withoutAddress: internal
          .filter(shown)
          .filter((a) => !getComputedStyle(a, '::after').content.includes(`${origin}${a.getAttribute('href')}`))
          .map((a) => a.getAttribute('href')),
      };
    });
    expect(printed).toMatchObject({
      search: false,
      siteName: true,
      edit: false,
      printButton: false,
      withoutAddress: [],
    });
    expect(printed.internal).toBeGreaterThan(0);
    await page.close();
    expect(problems).toEqual([]);
  });

  it('writes addresses left to right on an Arabic page, parentheses and final slash in place', async () => {
    const { page } = await visit(path.replace('/en/', '/ar/'));
    await page.emulateMedia({ media: 'print' });
    const addresses = await page.evaluate(() =>
      [...document.querySelectorAll('main a[href^="/"], main a[href^="http"]')].map((a) => {
        const after = getComputedStyle(a, '::after');
        return `${after.direction} ${after.unicodeBidi}`;
      }),
    );
    await page.close();
    expect(addresses.length).toBeGreaterThan(0);
    expect(new Set(addresses)).toEqual(new Set(['ltr isolate']));
  });

  it('keeps each case card whole on one sheet', async () => {
    const { page } = await visit(`/en/practices/${publishedPractice}/`);
    await page.emulateMedia({ media: 'print' });
    const breaks = await page
      .locator('main article')
      .evaluateAll((cards) => cards.map((card) => getComputedStyle(card).breakInside));
    await page.close();
    expect(breaks.length).toBeGreaterThan(0);
    expect(new Set(breaks)).toEqual(new Set(['avoid']));
  });

  it('has a print button where JavaScript runs, which opens the browser’s printing, and none without', async () => {
    const withoutScript = await visit(path, { javaScript: false });
    expect(await withoutScript.page.locator('button[data-print]').isVisible()).toBe(false);
    await withoutScript.page.close();
    const { page, problems } = await visit(path);
    await page.evaluate(() => {
      window.print = () => document.documentElement.setAttribute('data-printed', '');
    });
    const button = page.getByRole('button', { name: 'Print this page' });
    expect(await button.isVisible()).toBe(true);
    await button.click();
    expect(await page.locator('html[data-printed]').count()).toBe(1);
    await page.close();
    expect(problems).toEqual([]);
  });
});
