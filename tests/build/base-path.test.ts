/**
 * The site served under a sub-path, as a GitHub Pages project site is
 * (`https://<owner>.github.io/codev-atlas/`): the fixture content built with
 * BASE_PATH (by the build project's setup, see `tests/helpers/sub-path.ts`),
 * where every link, asset, feed and search request must stay under the base.
 * The fixture's texts use every editor component, a root-relative link and
 * an image, and one of its translations is older than its original.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { check, LinkState } from 'linkinator';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { testBrowser } from '../helpers/browser';
import { serve, type Served } from '../../scripts/lib/serve';
import { BASE, ORIGIN, REPOSITORY } from '../helpers/sub-path';

/** The folder served as the host's root; the site is in its `codev-atlas/` sub-folder. */
const root = inject('subPathRoot');
const out = join(root, BASE);

let site: Served;
beforeAll(async () => {
  site = await serve(root);
});
afterAll(() => site?.close());

/** Every file of the build with its path from the site's folder, pagefind's own bundle aside. */
function files(extensions: RegExp): { path: string; text: string }[] {
  const found: { path: string; text: string }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (extensions.test(name))
        found.push({ path: relative(out, path).split(sep).join('/'), text: readFileSync(path, 'utf8') });
    }
  };
  walk(out);
  return found;
}

/** A URL that points at this site but outside the base: `/fr/…`, or the origin without the base. */
function escapesBase(url: string): boolean {
  const value = url.trim();
  if (value.startsWith('//')) return false;
  if (value.startsWith('/')) return !value.startsWith(BASE);
  if (value.startsWith(`${ORIGIN}/`) || value === ORIGIN) return !new URL(value).pathname.startsWith(BASE);
  return false;
}

const page = (path: string) => parse(readFileSync(join(out, path, 'index.html'), 'utf8'));

describe('the site under a base path', () => {
  it('keeps every URL of every page under the base: links, assets, forms, alternates, feeds, data', () => {
    const html = files(/\.html$/);
    expect(html.length).toBeGreaterThan(30);
    const escaping: string[] = [];
    for (const { path, text } of html) {
      const doc = parse(text);
      for (const element of doc.querySelectorAll('*'))
        for (const [name, value] of Object.entries(element.attributes)) {
          // ARIA attributes hold words and key names (aria-keyshortcuts="/"), never addresses.
          if (name.startsWith('aria-')) continue;
          const urls =
            name === 'srcset'
              ? value.split(',').map((part) => part.trim().split(/\s+/)[0])
              : name === 'content' && /^\d+;\s*url=/i.test(value)
                ? [value.replace(/^\d+;\s*url=/i, '')]
                : [value];
          for (const url of urls)
            if (escapesBase(url)) escaping.push(`${path}: <${element.tagName.toLowerCase()} ${name}="${url}">`);
        }
      for (const script of doc.querySelectorAll('script[type="application/ld+json"]'))
        for (const [, url] of script.text.matchAll(/"(https?:\/\/[^"]+)"/g))
          if (escapesBase(url)) escaping.push(`${path}: JSON-LD ${url}`);
    }
    expect(escaping).toEqual([]);
  });

  it('keeps feeds, sitemaps, data and stylesheets under the base', () => {
    const escaping: string[] = [];
    // The site's origin alone, which printed pages write before the address of a link (base included).
    const siteOrigin = `--site-origin:${JSON.stringify(ORIGIN)}`;
    let printOrigins = 0;
    for (const { path, text: content } of files(/\.(xml|json|css|txt|webmanifest)$/)) {
      if (path.startsWith('pagefind/')) continue;
      const text = path.endsWith('.css') ? content.replaceAll(siteOrigin, '') : content;
      if (text !== content) printOrigins++;
      for (const [url] of text.matchAll(/https?:\/\/[^\s"'<>)]+/g))
        if (escapesBase(url)) escaping.push(`${path}: ${url}`);
      for (const [, url] of text.matchAll(/(?:href=|url\()["']?(\/[^"')\s]*)/g))
        if (escapesBase(url)) escaping.push(`${path}: ${url}`);
    }
    expect(escaping).toEqual([]);
    expect(printOrigins).toBeGreaterThan(0);
    expect(readFileSync(join(out, 'sitemap-0.xml'), 'utf8')).toContain(`<loc>${ORIGIN}${BASE}fr/</loc>`);
  });

  it('has no script that fetches from the site root (search index, data)', () => {
    const topLevel = readdirSync(out).filter((name) => !name.includes('.'));
    const rooted = new RegExp(`["'\`]/(?:${topLevel.join('|')})/`, 'g');
    // The web editor's bundle keeps its package's default configuration address (`/admin/config.yml`),
    // which its page replaces with its own, relative one (`<link rel="cms-config-url">`).
    const escaping = files(/\.m?js$/)
      .filter(({ path }) => !path.startsWith('pagefind/') && !path.startsWith('admin/'))
      .flatMap(({ path, text }) => [...text.matchAll(rooted)].map((m) => `${path}: ${m[0]}`));
    expect(escaping).toEqual([]);
  });

  it('resolves every link crawled from the base, with fragments, on a host that serves nothing else', async () => {
    const result = await check({
      path: `${site.url}${BASE}`,
      recurse: true,
      checkFragments: true,
      linksToSkip: ['^https?://(?!127\\.0\\.0\\.1)'],
      concurrency: 20,
    });
    const broken = result.links
      .filter((link) => link.state === LinkState.BROKEN)
      .map((link) => `${link.url} (from ${link.parent ?? '?'}): ${link.status ?? ''}`);
    expect(broken).toEqual([]);
    const pages = new Set(result.links.filter((l) => l.state === LinkState.OK).map((l) => new URL(l.url).pathname));
    for (const path of ['fr/', 'ar/contribute/', 'en/cases/example-diaspora/'])
      expect([...pages], path).toContain(`${BASE}${path}`);
    // The JSON Schemas for editors are published with the site.
    const schema = await fetch(`${site.url}${BASE}schemas/case.schema.json`);
    expect(schema.status).toBe(200);
    expect(((await schema.json()) as { title: string }).title).toBe('Case study facts');
  });

  it('loads a case page in Chromium with every request under the base and none failing', async () => {
    const context = await (await testBrowser()).newContext();
    try {
      const tab = await context.newPage();
      const requests: string[] = [];
      const failures: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      tab.on('requestfailed', (r) => failures.push(r.url()));
      tab.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
      tab.on('pageerror', (e) => failures.push(e.message));
      await tab.goto(`${site.url}${BASE}fr/cases/example-diaspora/`, { waitUntil: 'load' });
      const image = await tab.locator('figure img').evaluate((img: HTMLImageElement) => img.naturalWidth);
      expect(failures).toEqual([]);
      expect(requests.filter((url) => !new URL(url).pathname.startsWith(BASE))).toEqual([]);
      expect(image).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});

describe('editor components and notices in the built pages', () => {
  it('renders Figure, Quote, KeyFigure and Aside, and prefixes the base to links editors write from the root', () => {
    const body = page('fr/cases/example-diaspora').querySelector('.prose')!;
    expect(body.querySelector('aside')!.text).toContain('Une note à part.');
    expect(body.querySelector('p strong.text-3xl')!.text).toBe('30 %');
    const quote = body.querySelectorAll('figure').find((f) => f.querySelector('blockquote'))!;
    expect(quote.querySelector('blockquote')!.getAttribute('cite')).toBe('https://example.org/report');
    expect(quote.querySelector('figcaption a')!.text).toBe("Une responsable de l'association");
    const table = body.querySelectorAll('figure').find((f) => f.querySelector('table'))!;
    expect(table.querySelector('figcaption')!.text).toContain('Répartition du financement');
    expect(body.querySelector('figure img')!.getAttribute('src')).toMatch(new RegExp(`^${BASE}_astro/`));
    expect(body.querySelector('a[href$="/practices/example-practice/"]')!.getAttribute('href')).toBe(
      `${BASE}fr/practices/example-practice/`,
    );
  });

  it('flags a translation made before its original was last updated, on the translated page only', () => {
    const outdated = page('fr/cases/example-transfer').querySelector('main [role="note"]')!;
    expect(outdated.text).toContain('La version originale a été mise à jour le 1 janvier 2026');
    const current = page('en/cases/example-diaspora').querySelector('main')!.text;
    expect(current).toContain('Translated from the French version on 2 February 2026.');
    expect(current).not.toContain('may be out of date');
  });

  it('keeps showing the original while a translation is a draft', () => {
    const arabic = page('ar/cases/example-transfer');
    expect(arabic.querySelector('h1')!.text).toBe('Example transfer case');
    expect(arabic.querySelector('h1')!.closest('[lang]')!.getAttribute('lang')).toBe('en');
    expect(arabic.querySelector('main')!.text).not.toContain('مسودة ترجمة');
  });

  it('links each text to its file in the configured repository, Markdown or MDX', () => {
    const edit = (path: string) => page(path).querySelector('a[href*="/edit/"]')!.getAttribute('href');
    expect(edit('ar/cases/example-diaspora')).toBe(
      `${REPOSITORY}/edit/main/content/cases/example-diaspora/case.fr.mdx`,
    );
    expect(edit('en/cases/example-diaspora')).toBe(`${REPOSITORY}/edit/main/content/cases/example-diaspora/case.en.md`);
    expect(edit('fr/practices/example-practice')).toBe(
      `${REPOSITORY}/edit/main/content/practices/example-practice/practice.fr.mdx`,
    );
    // A missing translation is started as a new file in the same repository; a draft one is opened.
    const translate = (path: string) =>
      page(path).querySelector('a[href*="/new/"], a[href$="/case.ar.mdx"]')?.getAttribute('href');
    expect(translate('ar/cases/example-diaspora')).toContain(
      `${REPOSITORY}/new/main?filename=content/cases/example-diaspora/case.ar.mdx&value=---`,
    );
    expect(translate('ar/cases/example-transfer')).toBe(
      `${REPOSITORY}/edit/main/content/cases/example-transfer/case.ar.mdx`,
    );
    const contribute = page('en/contribute');
    expect(contribute.querySelector('a[href$="template=propose-case.yml"]')!.getAttribute('href')).toBe(
      `${REPOSITORY}/issues/new?template=propose-case.yml`,
    );
    expect(
      page('ar/cases/example-diaspora').querySelector('footer a[href$="/contribute/"]')!.getAttribute('href'),
    ).toBe(`${BASE}ar/contribute/`);
  });
});
