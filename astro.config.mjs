// @ts-check
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check';
import { pagefindIndex } from './src/integrations/pagefind';

/** Public address of the site; override with SITE_URL (and BASE_PATH for a sub-path). */
const site = process.env.SITE_URL ?? 'https://codev-atlas.github.io';
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentCheck(), mdx(), pagefindIndex()],
  vite: { plugins: [tailwindcss()] },
});
