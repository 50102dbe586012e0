/**
 * Stable addresses, on a build of the fixture content under a sub-path
 * (`/atlas/`) with one case and one practice renamed: every old address in
 * every language leads to the current page, without JavaScript, stays out
 * of the sitemap and is listed in `_redirects`; citation files, exports and
 * feeds use the sub-path too.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { page } from '../helpers/dist';
import { LANGS } from '../helpers/content';
import { VALID } from '../helpers/fixtures';

const SITE = 'https://codev-atlas.github.io';
let root = '';
let out = '';
const read = (path: string) => readFileSync(join(out, path), 'utf8');

beforeAll(() => {
  // Always the same folder, so that the build's content cache (kept per folder) stays valid.
  root = join(tmpdir(), 'atlas-renamed-fixture');
  rmSync(root, { recursive: true, force: true });
  const content = join(root, 'content');
  out = join(root, 'dist');
  cpSync(VALID, content, { recursive: true });
  appendFileSync(join(content, 'cases/example-diaspora/case.yaml'), 'formerSlugs: [old-diaspora-case]\n');
  appendFileSync(join(content, 'practices/example-practice/practice.yaml'), 'formerSlugs: [old-practice]\n');
  // Vitest's own variables (BASE_URL, MODE, NODE_ENV…) would override the build's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/^(BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|VITE_.*)$/.test(name),
    ),
  );
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', out], {
    stdio: 'inherit',
    env: { ...env, ATLAS_CONTENT_DIR: content, BASE_PATH: '/atlas/', ASTRO_TELEMETRY_DISABLED: '1' },
  });
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a renamed case or practice', () => {
  const moves = [
    ['cases', 'old-diaspora-case', 'example-diaspora'],
    ['practices', 'old-practice', 'example-practice'],
  ] as const;

  it('leaves a page at each old address, in every language, that leads to the current page', () => {
    for (const lang of LANGS)
      for (const [section, from, to] of moves) {
        const target = `/atlas/${lang}/${section}/${to}/`;
        const doc = page(`/${lang}/${section}/${from}/`, out);
        expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
        expect(doc.querySelector('meta[http-equiv="refresh"]')!.getAttribute('content')).toBe(`0; url=${target}`);
        expect(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(`${SITE}${target}`);
        expect(doc.querySelector('meta[name="robots"]')!.getAttribute('content')).toBe('noindex');
        expect(doc.querySelector('main a')!.getAttribute('href')).toBe(target);
        expect(doc.querySelectorAll('script')).toHaveLength(0);
        expect(existsSync(join(out, lang, section, to, 'index.html'))).toBe(true);
      }
  });

  it('lists the old addresses in _redirects as permanent, and never in the sitemap', () => {
    const redirects = read('_redirects');
    for (const lang of LANGS)
      for (const [section, from, to] of moves)
        expect(redirects).toContain(`/atlas/${lang}/${section}/${from}/ /atlas/${lang}/${section}/${to}/ 301\n`);
    const sitemap = read('sitemap-0.xml');
    expect(sitemap).toContain(`${SITE}/atlas/fr/cases/example-diaspora/`);
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
    expect(bib).toBe('/atlas/data/cite/fr/cases/example-diaspora.bib');
    const [item] = new Cite(read(bib.replace('/atlas/', ''))).data as { URL: string }[];
    expect(item.URL).toBe(`${SITE}/atlas/fr/cases/example-diaspora/`);
    expect(doc.querySelector('meta[name="citation_public_url"]')!.getAttribute('content')).toBe(item.URL);
    const cases = JSON.parse(read('data/cases.json')) as { $schema: string; cases: { urls: { ar: string } }[] };
    expect(cases.$schema).toBe(`${SITE}/atlas/data/cases.schema.json`);
    expect(cases.cases.map((c) => c.urls.ar)).toContain(`${SITE}/atlas/ar/cases/example-diaspora/`);
    expect(read('en/feed.xml')).toContain(`<link>${SITE}/atlas/en/cases/example-transfer/</link>`);
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/atlas/sitemap-index.xml`);
  });
});
