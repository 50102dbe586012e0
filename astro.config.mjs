// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compactSearchIndex } from './src/integrations/compact-search';
import { contentCheck } from './src/integrations/content-check';
import { contentStore } from './src/integrations/content-store';
import { dataArchive } from './src/integrations/data-archive';
import { pagefindIndex } from './src/integrations/pagefind';
import { offlineReading } from './src/integrations/offline';
import { redirectsMap } from './src/integrations/redirects';
import { securityHeaders } from './src/integrations/security-headers';
import { siteOrigin } from './src/integrations/site-origin';
import { webEditor } from './src/integrations/web-editor';
import { baseLinksPlugin } from './src/integrations/markdown/base-links';
import { contentDir, factsDigest } from './src/lib/model/layout';
import { citationsPlugin } from './src/integrations/markdown/citations';
import { readRedirects, redirectPath } from './src/lib/site/redirects';
import { isLargeSite } from './src/lib/site/scale';
import { numericRunsPlugin } from './src/integrations/markdown/numeric-runs';
import { sectionIdsPlugin } from './src/integrations/markdown/section-ids';
import { BASE_PATH as base, SITE_URL as site } from './src/lib/site/site';

/** A digest of the content folder's path, of every schema file and of the Markdown plugins (see `cacheDir` below). */
function contentCacheKey() {
  const hash = createHash('sha256').update(contentDir());
  for (const dir of ['src/schemas', 'src/integrations/markdown'])
    for (const file of readdirSync(dir).sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex').slice(0, 12);
}

/**
 * Old addresses of renamed cases and practices, from their `formerSlugs`
 * (see src/lib/site/redirects.ts): each gets a redirecting page and a line in
 * `_redirects`, and none is listed in the sitemap.
 */
const renames = readRedirects(contentDir());
const oldAddresses = new Set(renames.map((r) => redirectPath(r, 'from')));

/**
 * Thousands of cases (or `ATLAS_LARGE_SITE=1`) turn on the workarounds of
 * src/lib/site/scale.ts; a site of today's size builds through Astro's public path.
 */
const largeSite = isLargeSite();

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Stylesheets are always files: an inline <style> would need 'unsafe-inline' in the CSP.
  // Several pages render at a time, so that Astro goes on while a page's citations are formatted
  // in their own thread (src/lib/cite/citeproc-thread.ts).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  integrations: [
    contentCheck(),
    ...(largeSite ? [contentStore()] : []),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'fr', locales: { fr: 'fr', en: 'en', ar: 'ar' } },
      // Only language pages: the root only redirects, and the 404 page and the offline notice and list are not content.
      filter: (page) => {
        const path = new URL(page).pathname.slice(base.replace(/\/?$/, '/').length);
        return /^(fr|en|ar)\/(?!offline\/)/.test(path) && !oldAddresses.has(path);
      },
    }),
    compactSearchIndex(),
    pagefindIndex({ collectGarbage: largeSite }),
    offlineReading(base),
    dataArchive(),
    webEditor(),
    siteOrigin(),
    redirectsMap(renames),
    // Last: it lists what the others wrote.
    securityHeaders(),
  ],
  // Citations are numbered from each entry's facts file: their digest is part of this configuration,
  // so that a change to a facts file renders the texts again (see the plugin).
  markdown: {
    processor: satteri({
      hastPlugins: [
        sectionIdsPlugin,
        citationsPlugin({ digest: factsDigest(contentDir()) }),
        numericRunsPlugin(),
        baseLinksPlugin(base),
      ],
    }),
  },
  // The content cache (parsed entries) is named after the content folder, the schemas and the
  // Markdown plugins. Two folders must never share one: it refers to the files by path. And Astro
  // keeps a parsed entry as long as its file is unchanged, clearing the cache when this configuration
  // or content.config.ts change, but not when a schema they import does (a new field with a default
  // would be missing from every cached entry), nor when a Markdown plugin does (the cache keeps the
  // rendered text). A new name when the schemas or the plugins change starts a fresh cache (and,
  // since the name is in this configuration, makes the dev server's store start afresh too).
  // ATLAS_CACHE_DIR names one explicitly (the benchmark gives each build a cold one).
  cacheDir: process.env.ATLAS_CACHE_DIR ?? `node_modules/.astro-content-${contentCacheKey()}`,
  // Scripts are always files too: Vite would inline a small one, which the CSP refuses.
  vite: { plugins: [tailwindcss()], build: { assetsInlineLimit: 0 } },
  // JSON Schemas of the texts' front matter (from the zod schemas, with their field descriptions) in
  // .astro/, which Astro's editor extension reads to complete and check the front matter of fr.md,
  // en.mdx… as it does for the YAML files (`astro.content-intellisense` in .vscode/settings.json).
  experimental: { contentIntellisense: true },
});
