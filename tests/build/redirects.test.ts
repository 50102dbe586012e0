/**
 * Stable addresses, on the build of the fixture content under a sub-path
 * with one case and one practice renamed (see `tests/helpers/sub-path.ts`):
 * every old address in every language leads to the current page, without
 * JavaScript, stays out of the sitemap and is listed in `_redirects`;
 * citation files, exports and feeds use the sub-path too.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { page } from '../helpers/dist';
import { LANGS } from '../helpers/content';
import { BASE, MOVES, ORIGIN } from '../helpers/sub-path';

const out = join(inject('subPathRoot'), BASE);
const read = (path: string) => readFileSync(join(out, path), 'utf8');

describe('a renamed case or practice', () => {
  it('leaves a page at each old address, in every language, that leads to the current page', () => {
    for (const lang of LANGS)
      for (const [section, from, to] of MOVES) {
        const target = `${BASE}${lang}/${section}/${to}/`;
        const doc = page(`/${lang}/${section}/${from}/`, out);
        expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
        expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${target}`);
        expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${ORIGIN}${target}`);
        expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
        expect(doc.querySelector('main a')!.getAttribute('href')).toBe(target);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        expect(existsSync(join(out, lang, section, to, 'index.html'))).toBe(true);
      }
  });

  it('lists the old addresses in _redirects as permanent, and never in the sitemap', () => {
    const redirects = read('_redirects');
    for (const lang of LANGS)
      for (const [section, from, to] of MOVES)
        expect(redirects).toContain(`${BASE}${lang}/${section}/${from}/ ${BASE}${lang}/${section}/${to}/ 301\n`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`${ORIGIN}${BASE}fr/cases/example-diaspora/`);
    expect(sitemap).not.toContain('old-diaspora-case');
    expect(sitemap).not.toContain('old-practice');
  });

  it('is not needed by the published content, where no slug has been renamed', () => {
    expect(
      readFileSync('dist/_redirects', 'utf8')
        .split('\n')
        .filter((l) => l.endsWith(' 301')),
    ).toEqual([]);
  });
});

describe('research files under a sub-path', () => {
  it('link citation files, exports and feeds under the base, with absolute addresses inside', () => {
    const doc = page('/fr/cases/example-diaspora/', out);
    const bib = doc.querySelector('a[download][href$=".bib"]')!.getAttribute('href')!;
    expect(bib).toBe(`${BASE}data/cite/fr/cases/example-diaspora.bib`);
    const [item] = new Cite(read(bib.replace(BASE, ''))).data as { URL: string }[];
    expect(item.URL).toBe(`${ORIGIN}${BASE}fr/cases/example-diaspora/`);
    expect(doc.querySelector('meta[name="citation_public_url"]')!.getAttribute('content')).toBe(item.URL);
    const cases = JSON.parse(read('data/cases.json')) as { $schema: string; cases: { urls: { ar: string } }[] };
    expect(cases.$schema).toBe(`${ORIGIN}${BASE}data/cases.schema.json`);
    expect(cases.cases.map((c) => c.urls.ar)).toContain(`${ORIGIN}${BASE}ar/cases/example-diaspora/`);
    expect(read('en/feed.xml')).toContain(`<link>${ORIGIN}${BASE}en/cases/example-transfer/</link>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${ORIGIN}${BASE}sitemap-index.xml`);
  });
});
