import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig } from '../../src/lib/editors/cms-config';
import { contentDir } from '../../src/lib/model/layout';
import { EDITOR_CSP_META } from '../../src/lib/site/csp';
import { page } from '../helpers/dist';

const installed = JSON.parse(
  readFileSync(join(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')), '..', 'package.json'), 'utf8'),
) as { version: string };

describe('the web editor in the built site', () => {
  it('is the pinned version of the installed package, with every script and font from the site itself', () => {
    const pinned = (JSON.parse(readFileSync('package.json', 'utf8')) as { dependencies: Record<string, string> })
      .dependencies['@sveltia/cms'];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(installed.version).toBe(pinned);
    const doc = page('/admin/');
    const scripts = doc.querySelectorAll('script').map((s) => s.getAttribute('src') ?? '');
    expect(scripts.length).toBeGreaterThan(0);
    for (const src of scripts) expect(src).toMatch(/^\.\/assets\/[^/]+\.js$/);
    const assets = readdirSync('dist/admin/assets');
    for (const font of ['source-sans-3', 'material-symbols-outlined', 'noto-mono'])
      expect(
        assets.some((a) => a.startsWith(font) && a.endsWith('.woff2')),
        font,
      ).toBe(true);
  });

  it('serves the configuration generated from the schemas and the content', () => {
    expect(parse(readFileSync('dist/admin/config.yml', 'utf8'))).toEqual(
      cmsConfig(contentDir(), { authUrl: process.env.ATLAS_CMS_AUTH_URL?.trim() || undefined }),
    );
  });

  it('has its own content security policy, and is kept out of search engines and the sitemap', () => {
    const doc = page('/admin/');
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
      EDITOR_CSP_META,
    );
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex, nofollow');
    // Requests leave the site only for GitHub: its API, its status and its avatars.
    const origins = EDITOR_CSP_META.match(/https:\/\/[^\s;]+/g);
    expect(origins).toEqual([
      'https://avatars.githubusercontent.com',
      'https://api.github.com',
      'https://www.githubstatus.com',
    ]);
    expect(EDITOR_CSP_META).toMatch(/script-src 'self';/);
    // Its headers, as hosts serve them: tests/build/headers.test.ts.
    const sitemaps = readdirSync('dist').filter((f) => /^sitemap-\d+\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThan(0);
    for (const file of sitemaps) expect(readFileSync(join('dist', file), 'utf8')).not.toContain('/admin/');
  });
});
