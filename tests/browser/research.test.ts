/**
 * The researcher's side of a case page in Chromium: the citation is there
 * without JavaScript, the copy button copies exactly what is shown, and
 * the page prints on A4 with its citation and the addresses of its sources.
 */
import { describe, expect, it } from 'vitest';
import { useSite } from '../helpers/browser';
import { publishedCases } from '../helpers/content';

const { visit, url } = useSite();
const path = `/en/cases/${publishedCases()[0].slug}/`;

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
});
