// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';
import { securityHeaders } from './src/integrations/security-headers';
import { baseLinksPlugin } from './src/lib/base-links';
import { sectionIdsPlugin } from './src/lib/section-ids';
import { BASE_PATH as base, SITE_URL as site } from './src/lib/site';

export default defineConfig({
  site,
  base,
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
  markdown: { processor: satteri({ hastPlugins: [sectionIdsPlugin, baseLinksPlugin(base)] }) },
  vite: { plugins: [tailwindcss()] },
});
