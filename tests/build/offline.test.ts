/**
 * What the build gives for reading offline and installing the atlas: a
 * service worker whose first download is small (the offline notice and the
 * list of kept pages in each language, with their styles and scripts), that
 * leaves the editors' web editor alone, under the base path on a project
 * site; and a web manifest per language, named in that language, with icons.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fileFor, htmlPages, isRedirect, page } from '../helpers/dist';
import { BASE } from '../helpers/sub-path';
import { LANGS } from '../../src/schemas/common';
import fr from '../../src/i18n/fr';
import en from '../../src/i18n/en';
import ar from '../../src/i18n/ar';

const NAMES = { fr: fr['site.name'], en: en['site.name'], ar: ar['site.name'] };

/** The addresses the service worker downloads when it is installed. */
const precached = (sw: string) => [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]);

describe('service worker', () => {
  const sw = readFileSync('dist/sw.js', 'utf8');

  it('downloads on install the offline notice and kept-pages list of each language, and their files, under 100 kB', () => {
    const urls = precached(sw);
    for (const lang of LANGS)
      expect(urls).toEqual(expect.arrayContaining([`/${lang}/offline/`, `/${lang}/offline/kept/`]));
    const size = urls.reduce((sum, url) => sum + statSync(fileFor(url)).size, 0);
    expect(size).toBeLessThanOrEqual(100 * 1024);
    expect(urls.filter((url) => !/^\/(fr|en|ar)\/offline\/|^\/_astro\//.test(url))).toEqual([]);
  });

  it('names the web editor as never cached', () => {
    expect(sw).toContain('admin/');
    expect(precached(sw).filter((url) => url.includes('admin'))).toEqual([]);
  });

  it('is registered by every page from the base', () => {
    const scripts = page('/fr/')
      .querySelectorAll('script[src]')
      .map((s) => readFileSync(fileFor(s.getAttribute('src')!), 'utf8'));
    expect(scripts.some((js) => js.includes('serviceWorker') && js.includes('sw.js'))).toBe(true);
  });

  it('keeps the offline notice and the kept-pages list out of search engines and the sitemap', () => {
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    for (const lang of LANGS)
      for (const path of [`/${lang}/offline/`, `/${lang}/offline/kept/`]) {
        expect(page(path).querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
        expect(sitemap).not.toContain(`${path}<`);
      }
  });
});

describe('web manifest', () => {
  it.each(LANGS)('names the app in %s, opens on its home page and has its icons', (lang) => {
    const manifest = JSON.parse(readFileSync(`dist/${lang}/manifest.webmanifest`, 'utf8')) as {
      name: string;
      lang: string;
      dir: string;
      start_url: string;
      scope: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: NAMES[lang], lang, start_url: `/${lang}/`, scope: '/' });
    expect(manifest.dir).toBe(lang === 'ar' ? 'rtl' : 'ltr');
    expect(manifest.icons.map((i) => i.sizes)).toEqual(['192x192', '512x512']);
    for (const icon of manifest.icons) {
      const png = readFileSync(fileFor(icon.src));
      expect(`${png.readUInt32BE(16)}x${png.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });

  it('is linked from every page in the page language', () => {
    for (const p of htmlPages().filter((p) => /^\/(fr|en|ar)\//.test(p))) {
      const link = page(p).querySelector('link[rel="manifest"]');
      if (isRedirect(p)) continue;
      expect(link?.getAttribute('href'), p).toBe(`/${p.split('/')[1]}/manifest.webmanifest`);
    }
  });
});

describe('under a sub-path', () => {
  const out = join(inject('subPathRoot'), BASE);
  it('precaches and scopes everything under the base', () => {
    const urls = precached(readFileSync(join(out, 'sw.js'), 'utf8'));
    expect(urls.length).toBeGreaterThan(6);
    expect(urls.filter((url) => !url.startsWith(BASE))).toEqual([]);
    for (const url of urls)
      expect(existsSync(join(out, url.slice(BASE.length).replace(/\/$/, '/index.html'))), url).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'fr/manifest.webmanifest'), 'utf8')) as {
      scope: string;
      start_url: string;
    };
    expect(manifest).toMatchObject({ scope: BASE, start_url: `${BASE}fr/` });
  });
});
