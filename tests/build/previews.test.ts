/**
 * A shared link shows as a card: every case, practice and programme page has
 * its own preview picture (1200 × 630 PNG, light enough for a phone), named
 * in its OpenGraph, X and JSON-LD metadata, and the structured-data testing
 * tool passes its Google, Twitter and Facebook presets on each kind of page
 * in each language; other pages show the atlas's picture.
 */
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, isRedirect, page } from '../helpers/dist';
import { LANGS } from '../../src/schemas/common';

const require = createRequire(import.meta.url);
interface SdttTest {
  test: string;
  group: string;
  description?: string;
}
interface SdttResult {
  passed: SdttTest[];
  failed: SdttTest[];
  schemas: string[];
}
const { structuredDataTestHtml } = require('structured-data-testing-tool') as {
  structuredDataTestHtml: (html: string, options: { presets: unknown[] }) => Promise<SdttResult>;
};
const { Google, Twitter, Facebook } = require('structured-data-testing-tool/presets') as Record<string, unknown>;

const KB = 1024;
const entryPages = (section: string) =>
  htmlPages().filter((p) => new RegExp(`^/(fr|en|ar)/${section}/[^/]+/$`).test(p) && !isRedirect(p));
const meta = (p: string, key: string) =>
  page(p)
    .querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)
    .map((m) => m.getAttribute('content')!);
const jsonLd = (p: string) =>
  JSON.parse(page(p).querySelector('script[type="application/ld+json"]')!.textContent) as Record<string, unknown>;
/** The built file behind an absolute address of the site. */
const localFile = (url: string) => fileFor(new URL(url).pathname);
/** Width and height from a PNG's header (IHDR). */
const pngSize = (file: string) => {
  const head = readFileSync(file).subarray(0, 24);
  expect(head.subarray(1, 4).toString()).toBe('PNG');
  return { width: head.readUInt32BE(16), height: head.readUInt32BE(20) };
};

describe('link previews', () => {
  const sections = ['cases', 'practices', 'programmes'];
  it.each(sections)('every %s page names its own 1200 × 630 preview of at most 100 kB, with alt text', (section) => {
    const pages = entryPages(section);
    expect(pages.length).toBeGreaterThan(section === 'cases' ? 90 : 5);
    for (const p of pages) {
      const [image] = meta(p, 'og:image');
      expect(image, p).toMatch(new RegExp(`/previews/(fr|en|ar)/${section}/[^/]+\\.png$`));
      expect(meta(p, 'twitter:image')).toEqual([image]);
      expect(meta(p, 'og:image:alt')[0]).toContain(meta(p, 'og:title')[0]);
      expect(meta(p, 'twitter:card')).toEqual(['summary_large_image']);
      expect([meta(p, 'og:image:width'), meta(p, 'og:image:height')]).toEqual([['1200'], ['630']]);
      expect(jsonLd(p).image).toBe(image);
      const file = localFile(image);
      expect(pngSize(file), file).toEqual({ width: 1200, height: 630 });
      expect(statSync(file).size, file).toBeLessThanOrEqual(100 * KB);
    }
  });

  it('gives every other page the atlas preview in its language, with its title', () => {
    for (const lang of LANGS) {
      for (const p of [`/${lang}/`, `/${lang}/map/`, `/${lang}/organizations/`]) {
        const [image] = meta(p, 'og:image');
        expect(image, p).toMatch(new RegExp(`/previews/${lang}/atlas\\.png$`));
        expect(meta(p, 'og:type')).toEqual(['website']);
        expect(meta(p, 'og:title')).toHaveLength(1);
        expect(pngSize(localFile(image))).toEqual({ width: 1200, height: 630 });
      }
    }
  });

  it('names the publisher with a square PNG logo', () => {
    const publisher = jsonLd('/fr/cases/' + entryPages('cases')[0].split('/')[3] + '/').publisher as {
      logo: { url: string };
    };
    expect(pngSize(localFile(publisher.logo.url))).toEqual({ width: 512, height: 512 });
  });
});

describe('structured data on shared pages', () => {
  const samples = LANGS.flatMap((lang) =>
    ['cases', 'practices', 'programmes'].map((section) => entryPages(section).find((p) => p.startsWith(`/${lang}/`))!),
  );
  it.each(samples)('%s passes the Google, Twitter and Facebook presets', async (p) => {
    const html = readFileSync(fileFor(p), 'utf8');
    const result = await structuredDataTestHtml(html, { presets: [Google, Twitter, Facebook] }).catch(
      (error: { res?: SdttResult }) => error.res!,
    );
    expect(result.failed.map((t) => `${t.group}: ${t.description ?? t.test}`)).toEqual([]);
    const passed = result.passed.map((t) => t.test);
    expect(passed).toEqual(expect.arrayContaining(['"og:image" || "og:image:src"', '"twitter:image:alt"']));
    if (!p.includes('/programmes/')) {
      expect(passed).toEqual(expect.arrayContaining(['Article[0].image', 'Article[0].publisher.logo.url']));
    } else expect(result.schemas).toContain('WebPage');
  });
});
