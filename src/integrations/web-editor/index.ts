/**
 * The web editor at `<base>/admin/`: Sveltia CMS from the installed package
 * (version pinned in package.json, bundled by Vite with its fonts and
 * helpers, nothing fetched from a CDN), its configuration generated from the
 * zod schemas (`src/lib/editors/cms-config.ts`) as `admin/config.yml`, and
 * its own Content-Security-Policy (`src/lib/site/csp.ts`), in the page and,
 * through `security-headers.ts`, in `_headers`. Built after the site, apart from
 * it: the site's pages, their scripts and the search index are unchanged, the
 * page is marked `noindex`, and the sitemap and Pagefind only list the
 * language folders.
 */
import type { AstroIntegration } from 'astro';
import { renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { ADMIN_DIR, cmsConfig, cmsConfigYaml } from '../../lib/editors/cms-config';
import { contentDir } from '../../lib/model/layout';
import { EDITOR_CSP_META } from '../../lib/site/csp';

const HERE = fileURLToPath(new URL('.', import.meta.url));

export function webEditor(): AstroIntegration {
  return {
    name: 'codev-atlas:web-editor',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(new URL(`${ADMIN_DIR}/`, dir));
        await build({
          configFile: false,
          root: HERE,
          // Relative addresses: the editor works under any base path, and its files never point at the site's root.
          base: './',
          logLevel: 'warn',
          plugins: [
            {
              name: 'codev-atlas:editor-page',
              transformIndexHtml: (html) => html.replace('%ATLAS_ADMIN_CSP%', EDITOR_CSP_META),
            },
          ],
          build: {
            outDir: out,
            emptyOutDir: true,
            assetsDir: 'assets',
            assetsInlineLimit: 0,
            sourcemap: false,
            chunkSizeWarningLimit: 4096,
            rollupOptions: { input: { index: `${HERE}page.html` } },
          },
        });
        // Vite names the page after its source.
        renameSync(`${out}page.html`, `${out}index.html`);
        writeFileSync(
          `${out}config.yml`,
          cmsConfigYaml(cmsConfig(contentDir(), { authUrl: process.env.ATLAS_CMS_AUTH_URL?.trim() || undefined })),
        );
        logger.info(`web editor written to ${ADMIN_DIR}/`);
      },
    },
  };
}
