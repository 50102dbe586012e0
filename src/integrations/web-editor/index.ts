/**
 * The web editor at `<base>/admin/`: Sveltia CMS from the installed package
 * (version pinned in package.json, bundled by Vite with its fonts and
 * helpers, nothing fetched from a CDN), its configuration generated from the
 * zod schemas (`src/lib/editors/cms-config.ts`) as `admin/config.yml`, and
 * its own Content-Security-Policy (`src/lib/site/csp.ts`), in the page and,
 * through `security-headers.ts`, in `_headers`. Built after the site, apart from
 * it: the site's pages, their scripts and the search index are unchanged, the
 * page is marked `noindex`, and the sitemap and Pagefind only list the
 * language folders. The dev server serves it at the same address.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, createServer, type Plugin, type ViteDevServer } from 'vite';
import { ADMIN_DIR, cmsConfig, cmsConfigYaml } from '../../lib/editors/cms-config';
import { contentDir } from '../../lib/model/layout';
import { EDITOR_CSP_META } from '../../lib/site/csp';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The page's Content-Security-Policy, put in where the page says `%ATLAS_ADMIN_CSP%`. */
const pagePolicy: Plugin = {
  name: 'codev-atlas:editor-page',
  transformIndexHtml: (html) => html.replace('%ATLAS_ADMIN_CSP%', EDITOR_CSP_META),
};

/** The configuration as the editor reads it, from the content as it is now. */
const configYaml = () =>
  cmsConfigYaml(cmsConfig(contentDir(), { authUrl: process.env.ATLAS_CMS_AUTH_URL?.trim() || undefined }));

/**
 * The editor in the dev server, at the same address as in the built site:
 * its page and script served by a Vite server of its own (started on the
 * first request), its configuration made anew on each request, so that a
 * contributor who runs `npm run dev` can edit their own copy of the
 * repository (Sveltia's "work with local repository", in Chromium-based
 * browsers) and see the pages change.
 */
function serveInDev(server: ViteDevServer, prefix: string): void {
  let editor: Promise<ViteDevServer> | undefined;
  const start = () =>
    (editor ??= createServer({
      configFile: false,
      root: HERE,
      base: prefix,
      // Its dependency cache beside the site's, not in the source folder.
      cacheDir: fileURLToPath(new URL('../../../node_modules/.vite-web-editor', import.meta.url)),
      appType: 'custom',
      logLevel: 'warn',
      plugins: [pagePolicy],
      optimizeDeps: { noDiscovery: true, include: [] },
      server: { middlewareMode: true, hmr: false },
    }));
  server.httpServer?.once('close', () => void editor?.then((vite) => vite.close()));
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix) && url !== prefix.slice(0, -1)) return next();
    const path = url.slice(prefix.length).split('?')[0];
    const send = (type: string, body: string) => {
      res.setHeader('Content-Type', type);
      res.setHeader('Cache-Control', 'no-store');
      res.end(body);
    };
    if (path === 'config.yml') return send('application/yaml; charset=utf-8', configYaml());
    void start().then(async (vite) => {
      if (path !== '' && path !== 'index.html') return vite.middlewares(req, res, next);
      const html = await vite.transformIndexHtml(url, readFileSync(`${HERE}page.html`, 'utf8'));
      send('text/html; charset=utf-8', html);
    }, next);
  });
}

export function webEditor(): AstroIntegration {
  let prefix = `/${ADMIN_DIR}/`;
  return {
    name: 'codev-atlas:web-editor',
    hooks: {
      'astro:config:done': ({ config }) => {
        prefix = `${config.base.replace(/\/?$/, '/')}${ADMIN_DIR}/`;
      },
      'astro:server:setup': ({ server }) => serveInDev(server, prefix),
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(new URL(`${ADMIN_DIR}/`, dir));
        await build({
          configFile: false,
          root: HERE,
          // Relative addresses: the editor works under any base path, and its files never point at the site's root.
          base: './',
          logLevel: 'warn',
          plugins: [pagePolicy],
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
        writeFileSync(`${out}config.yml`, configYaml());
        logger.info(`web editor written to ${ADMIN_DIR}/`);
      },
    },
  };
}
