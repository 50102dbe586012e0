/**
 * The service worker and its precache, after the build (and after the search
 * index, whose folder the worker caches as it is fetched): the worker's
 * source (src/offline/sw.ts) is bundled by Vite with the site's base path and
 * languages, then Workbox writes into it the list of files every reader gets
 * on first visit: only the offline notice and the list of kept pages of each
 * language with their styles and scripts, some tens of kilobytes, since the
 * readers' networks are slow.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-build#injectmanifest
 */
import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { injectManifest } from 'workbox-build';
import { LANGS } from '../schemas/common';

/** The worker's file, at the root of the base path so that its scope is the whole site. */
export const SERVICE_WORKER = 'sw.js';

/**
 * The files every reader gets on first visit: the offline notice and the list
 * of kept pages in each language, with the stylesheets and scripts they load.
 */
function offlinePages(site: string): string[] {
  const pages = LANGS.flatMap((lang) => [`${lang}/offline/index.html`, `${lang}/offline/kept/index.html`]);
  const files = new Set(pages);
  const add = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    // A script's own imports (a chunk it shares with other pages' scripts).
    if (file.endsWith('.js'))
      for (const [, chunk] of readFileSync(join(site, file), 'utf8').matchAll(
        /(?:from|import)\s*["']\.\/([^"']+)["']/g,
      ))
        add(`_astro/${chunk}`);
  };
  for (const page of pages)
    for (const [, asset] of readFileSync(join(site, page), 'utf8').matchAll(/(?:href|src)="[^"]*?\/(_astro\/[^"]+)"/g))
      add(asset);
  return [...files];
}

export function offlineReading(base: string): AstroIntegration {
  const root = base.replace(/\/?$/, '/');
  return {
    name: 'codev-atlas:offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        await build({
          configFile: false,
          logLevel: 'warn',
          define: {
            __ATLAS_BASE__: JSON.stringify(root),
            __ATLAS_LANGS__: JSON.stringify(LANGS),
            // Workbox's modules log in development builds only.
            'process.env.NODE_ENV': JSON.stringify('production'),
          },
          build: {
            outDir: site,
            emptyOutDir: false,
            copyPublicDir: false,
            minify: true,
            lib: {
              entry: fileURLToPath(new URL('../offline/sw.ts', import.meta.url)),
              formats: ['iife'],
              name: 'atlasServiceWorker',
              fileName: () => SERVICE_WORKER,
            },
          },
        });
        const { count, size, warnings } = await injectManifest({
          swSrc: `${site}${SERVICE_WORKER}`,
          swDest: `${site}${SERVICE_WORKER}`,
          globDirectory: site,
          globPatterns: offlinePages(site),
          modifyURLPrefix: { '': root },
          // The notice's address is its folder (`/fr/offline/`), as links and the worker name it.
          manifestTransforms: [
            (entries) => ({
              manifest: entries.map((e) => ({ ...e, url: e.url.replace(/index\.html$/, '') })),
              warnings: [],
            }),
          ],
        });
        for (const warning of warnings) logger.warn(warning);
        logger.info(`service worker: ${count} files precached (${Math.round(size / 1024)} kB)`);
      },
    },
  };
}
