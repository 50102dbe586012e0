/**
 * The generated content of the scale benchmark, small: 36 synthetic cases
 * pass the content check, the site builds from them (into a temporary folder,
 * never `dist/` or `content/`) and a visitor's search finds a generated case
 * by a word only it contains, through the compact index (no Pagefind file).
 * Timings are measured by `npm run bench`, never asserted here.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAstroLock } from '../helpers/astro-lock';
import { POLL, testBrowser } from '../helpers/browser';
import { generateFixtures, type Generated } from '../../scripts/lib/generate';
import { serve, type Served } from '../../scripts/lib/serve';
import { checkContent } from '../../src/lib/model/check';
import { textIn, walk } from '../../src/lib/model/layout';
import { PAGE_SIZE, PREVIEW_SIZE } from '../../src/lib/atlas/browse';
import { page as builtPage, isRedirect, pageExists } from '../helpers/dist';
import { tempDir } from '../helpers/temp';

const run = promisify(execFile);
/**
 * Enough generated cases for the lists to need two pages (`PAGE_SIZE`) and
 * for some programme to have more cases than its page shows
 * (`PREVIEW_SIZE`), and no more: every case adds pages in three languages
 * to this test's build, which `npm test` waits for.
 */
const CASES = 36;
const work = tempDir('synthetic-test');
const outDir = join(work, 'dist');
let generated: Generated;
let site: Served;
let browser: Browser;

/** Waits until the French search page has said how many results it found, or that it found none. */
const searchAnswered = (page: Page) =>
  page.waitForFunction(() => /\d|Aucun/.test(document.querySelector('.search-status')?.textContent ?? ''), null, POLL);

beforeAll(async () => {
  generated = generateFixtures({ cases: CASES, dir: join(work, 'content') });
  // The build stops on invalid content, so it runs only when the check passes (the test below says why not).
  if (checkContent(generated.dir).problems.length > 0) return;
  const env: Record<string, string | undefined> = {
    ...process.env,
    ATLAS_CONTENT_DIR: generated.dir,
    ATLAS_CACHE_DIR: join(work, 'cache'),
    ASTRO_TELEMETRY_DISABLED: '1',
  };
  delete env.BASE_PATH;
  await withAstroLock(() =>
    run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', outDir], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  site = await serve(outDir);
  browser = await testBrowser();
}, 600_000);

afterAll(async () => {
  await site?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('generated content', () => {
  it('is valid: the content check reports no problem', () => {
    const { problems, counts } = checkContent(generated.dir);
    expect(problems).toEqual([]);
    expect(counts.cases).toBe(CASES);
    expect(counts.practices).toBeGreaterThan(0);
  });

  it('is the same for the same seed and differs for another', () => {
    const again = generateFixtures({ cases: 3, dir: join(work, 'again-1'), seed: 7 });
    const same = generateFixtures({ cases: 3, dir: join(work, 'again-2'), seed: 7 });
    const other = generateFixtures({ cases: 3, dir: join(work, 'again-3'), seed: 8 });
    expect(same.places).toEqual(again.places);
    expect(other.places).not.toEqual(again.places);
  });

  it('is refused by the check when a reference is broken', () => {
    const broken = generateFixtures({ cases: 3, dir: join(work, 'broken') });
    writeFileSync(join(broken.dir, 'themes.yaml'), '[]\n');
    const { problems } = checkContent(broken.dir);
    expect(problems.some((p) => p.field.startsWith('themes') && /unknown theme/.test(p.message))).toBe(true);
  });
});

describe(`a site built from ${CASES} generated cases`, () => {
  it('has a page for each case in each language and none of the published cases', () => {
    const cases = readdirSync(join(outDir, 'fr', 'cases'), { withFileTypes: true }).filter((d) => d.isDirectory());
    expect(cases.map((d) => d.name)).toContain(generated.probe.slug);
    // Old addresses of renamed generated cases only redirect; the cases themselves are the generated ones.
    const pages = cases.filter(
      (d) => d.name.startsWith('synthetic-case-') && !isRedirect(`/fr/cases/${d.name}/`, outDir),
    );
    expect(pages.length).toBe(CASES);
    expect(existsSync(join(outDir, 'ar', 'cases', generated.probe.slug, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'fr', 'cases', 'yo-si-puedo'))).toBe(false);
    // …and the published build holds none of the synthetic cases.
    expect(existsSync(join('dist', 'fr', 'cases', generated.probe.slug))).toBe(false);
  });

  it('renders Markdown and MDX texts alike, with the editor components of MDX', () => {
    const withFormat = (format: string) =>
      walk(generated.dir, 'cases').find(({ path }) => textIn('cases', path, 'fr')?.format === format)!.slug;
    const html = (slug: string) => readFileSync(join(outDir, 'fr', 'cases', slug, 'index.html'), 'utf8');
    const markdown = html(withFormat('md'));
    const mdx = html(withFormat('mdx'));
    for (const page of [markdown, mdx]) {
      expect(page).toContain('<h2 id="results"');
      expect(page).toContain('<h2 id="replicate"');
      // Citations become numbered marks, each leading to a source listed on the page.
      expect(page).not.toContain('[@');
      const marks = [...page.matchAll(/<sup class="cite"[^>]*><a href="#(source-[a-z0-9-]+)"/g)].map((m) => m[1]);
      expect(marks.length).toBeGreaterThan(0);
      for (const id of marks) expect(page).toContain(`id="${id}"`);
    }
    // The KeyFigure component of the MDX text, rendered.
    const keyFigure = /<strong class="block text-3xl text-brand">\d+ %<\/strong>/;
    expect(mdx).toMatch(keyFigure);
    expect(markdown).not.toMatch(keyFigure);
    expect(mdx).not.toContain('KeyFigure');
  });

  /** The case links of a list and of the pages after it, following its "next" links. */
  function listFrom(start: string): { cases: string[]; pages: string[][] } {
    const pages: string[][] = [];
    for (let path: string | undefined = start; path;) {
      expect(pageExists(path, outDir), path).toBe(true);
      const doc = builtPage(path, outDir);
      pages.push(doc.querySelectorAll('main h2 a, main h3 a').map((a) => a.getAttribute('href')!));
      path = doc.querySelector('main nav a[rel="next"]')?.getAttribute('href');
      expect(pages.length).toBeLessThan(100);
    }
    return { cases: pages.flat(), pages };
  }

  it('splits the case list into pages that show every case once, newest first or by title', () => {
    const all = walk(generated.dir, 'cases').map(({ slug }) => slug);
    for (const [start, order] of [
      ['/fr/cases/', 'date'],
      ['/fr/browse/all/title/', 'title'],
    ] as const) {
      const { cases, pages } = listFrom(start);
      expect(pages.length, start).toBe(Math.ceil(all.length / PAGE_SIZE));
      for (const shown of pages) expect(shown.length).toBeLessThanOrEqual(PAGE_SIZE);
      expect(new Set(cases).size, start).toBe(cases.length);
      expect(cases.map((href) => href.split('/')[3]).sort()).toEqual([...all].sort());
      if (order === 'title') {
        const titles = pages.flatMap((_, i) =>
          builtPage(i === 0 ? start : `${start}${i + 1}/`, outDir)
            .querySelectorAll('main h2 a, main h3 a')
            .map((a) => a.text.trim()),
        );
        expect(titles).toEqual([...titles].sort(new Intl.Collator('fr').compare));
      }
    }
    // The numbered links of a page lead to the pages of the same list, the current one marked.
    const second = builtPage('/fr/browse/all/2/', outDir).querySelector('main nav[aria-label]')!;
    expect(second.querySelector('a[aria-current="page"]')?.getAttribute('href')).toBe('/fr/browse/all/2/');
    expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/fr/cases/');
    for (const a of second.querySelectorAll('a')) expect(pageExists(a.getAttribute('href')!, outDir)).toBe(true);
  });

  it('shows the newest cases of a theme, country or programme on its page, and links to all of them', () => {
    let linked = 0;
    for (const section of ['themes', 'countries', 'programmes'])
      for (const name of readdirSync(join(outDir, 'fr', section), { withFileTypes: true }).filter((d) =>
        d.isDirectory(),
      )) {
        const doc = builtPage(`/fr/${section}/${name.name}/`, outDir);
        const preview = doc
          .querySelectorAll('main h2 a, main h3 a')
          .map((a) => a.getAttribute('href')!)
          .filter((h) => h.startsWith('/fr/cases/'));
        expect(preview.length).toBeLessThanOrEqual(PREVIEW_SIZE);
        const all = doc.querySelector('main a[href^="/fr/browse/"]')?.getAttribute('href');
        if (!all) continue;
        linked++;
        const { cases } = listFrom(all);
        expect(preview).toHaveLength(PREVIEW_SIZE);
        expect(cases.length).toBeGreaterThan(PREVIEW_SIZE);
        expect(cases.slice(0, PREVIEW_SIZE)).toEqual(preview);
      }
    expect(linked).toBeGreaterThan(0);
  });

  it('says plainly on the errata page that nothing has been corrected yet, since no generated entry has a correction', () => {
    for (const lang of ['fr', 'en', 'ar']) {
      const doc = builtPage(`/${lang}/errata/`, outDir);
      expect(doc.querySelector('[data-errata-empty]')!.text.trim().length).toBeGreaterThan(10);
      expect(doc.querySelectorAll('main time')).toHaveLength(0);
      expect(readFileSync(join(outDir, lang, 'feed.xml'), 'utf8')).not.toContain('#corrections');
    }
  });

  it('finds a generated case by a word only it contains, on a phone, through the compact index alone', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
    const page = await context.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    const { word, slug, title } = generated.probe;
    await page.goto(`${site.url}/fr/search/?q=${encodeURIComponent(word.toLowerCase())}`);
    await searchAnswered(page);
    const hrefs = await page
      .locator('.search-result > a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs[0]).toBe(`/fr/cases/${slug}/`);
    expect(hrefs.filter((h) => h?.startsWith('/fr/cases/'))).toEqual([`/fr/cases/${slug}/`]);
    expect(await page.locator('.search-result > a').first().textContent()).toContain(title.fr);
    expect(requests.filter((p) => p.startsWith('/search-index/fr/t/'))).toHaveLength(1);
    expect(requests.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds nothing for a word no generated case contains', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${site.url}/fr/search/?q=xqzwvj`);
    await searchAnswered(page);
    expect(await page.locator('.search-result').count()).toBe(0);
    await context.close();
  });
});
