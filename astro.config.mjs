// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/security-headers';
import { sectionIdsPlugin } from './src/lib/section-ids';

/** Public address of the site; override with SITE_URL (and BASE_PATH for a sub-path). */
const site = process.env.SITE_URL ?? 'https://codev-atlas.github.io';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  // Builds from generated content (ATLAS_CONTENT_DIR) keep their content cache apart from the real site's.
  ...(process.env.ATLAS_CACHE_DIR ? { cacheDir: process.env.ATLAS_CACHE_DIR } : {}),
  trailingSlash: 'always',
  // Stylesheets are always files: an inline <style> would need 'unsafe-inline' in the CSP.
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [
    contentCheck(),
    mdx(),
    sitemap({
      i18n: { defaultLocale: 'fr', locales: { fr: 'fr', en: 'en', ar: 'ar' } },
      // Only language pages: the root only redirects and the 404 page is not content.
      filter: (page) => /\/(fr|en|ar)\//.test(new URL(page).pathname),
    }),
    pagefindIndex(),
    securityHeaders(),
  ],
  markdown: { processor: satteri({ hastPlugins: [sectionIdsPlugin] }) },
  vite: { plugins: [tailwindcss()] },
});
