/**
 * The web editor at `<base>/admin/`: Sveltia CMS from the installed package
 * (version pinned in package.json, bundled by Vite with its fonts and
 * helpers, nothing fetched from a CDN), its configuration generated from the
 * zod schemas (`src/lib/editors/cms-config.ts`) as `admin/config.yml`, and
 * its own Content-Security-Policy (`src/lib/site/csp.ts`), in the page and,
 * through `security-headers.ts`, in `_headers`. Built after the site, apart
 * from it (bundled once for its sources, then copied from a cache): the
 * site's pages, their scripts and the search index are unchanged, the page
 * is marked `noindex`, and the sitemap and Pagefind only list the language
 * folders. The dev server serves it at the same address.
 */
import type { AstroIntegration } from 'astro';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createHash } from 'node:crypto';
import {
  cpSync,
  createReadStream,
  existsSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, type Plugin, type ViteDevServer } from 'vite';
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
 * Builds the editor's page and script into `out`: with relative addresses,
 * so that it works under any base path and its files never point at the
 * site's root.
 */
async function buildEditor(out: string): Promise<void> {
  await build({
    configFile: false,
    root: HERE,
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
  renameSync(join(out, 'page.html'), join(out, 'index.html'));
}

const NODE_MODULES = new URL('../../../node_modules/', import.meta.url);

/** The cache folder (in node_modules, as Astro's and Vite's caches are): kept between builds, never published. */
const CACHE_DIR = fileURLToPath(new URL('.cache/atlas-web-editor/', NODE_MODULES));

/** What the built editor is made of: the installed Sveltia and Vite, its page, its script and its policy. */
function editorKey(): string {
  const hash = createHash('sha256');
  for (const name of ['@sveltia/cms', 'vite']) hash.update(readFileSync(new URL(`${name}/package.json`, NODE_MODULES)));
  for (const file of ['page.html', 'editor.ts']) hash.update(readFileSync(join(HERE, file)));
  return hash.update(EDITOR_CSP_META).digest('hex').slice(0, 16);
}

/**
 * The built editor's folder, built on the first call for its sources
 * (`editorKey`), then reused: by every later build of the site, whatever its
 * content or base path (the configuration is written apart), and by the dev
 * server. It is built aside and moved into place whole, so that a build
 * running at the same time never reads half of it.
 */
async function builtEditor(): Promise<string> {
  const dir = join(CACHE_DIR, editorKey());
  if (existsSync(join(dir, 'index.html'))) return dir;
  const part = `${dir}.${process.pid}.part`;
  await buildEditor(part);
  try {
    renameSync(part, dir);
  } catch {
    // Built meanwhile by another process: theirs is the same.
    rmSync(part, { recursive: true, force: true });
  }
  return dir;
}

/** The types of the files of the built editor. */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
};

/**
 * The editor in the dev server, at the same address as in the built site:
 * built as for the site (on the first request, unless already built), its
 * configuration made anew on each request, so that a contributor who runs
 * `npm run dev` can edit their own copy of the repository (Sveltia's "work
 * with local repository", in Chromium-based browsers) and see the pages
 * change.
 */
function serveInDev(server: ViteDevServer, prefix: string): void {
  let built: Promise<string> | undefined;
  server.middlewares.use((req: IncomingMessage, res: ServerResponse, next: (error?: unknown) => void) => {
    const url = req.url ?? '/';
    if (!url.startsWith(prefix)) return next();
    const path = decodeURIComponent(url.slice(prefix.length).split('?')[0]) || 'index.html';
    res.setHeader('Cache-Control', 'no-store');
    if (path === 'config.yml') {
      res.setHeader('Content-Type', 'application/yaml; charset=utf-8');
      return res.end(configYaml());
    }
    void (built ??= builtEditor()).then((out) => {
      const file = resolve(out, path);
      if (!file.startsWith(out) || !existsSync(file) || statSync(file).isDirectory()) return next();
      res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
      createReadStream(file).pipe(res);
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
        cpSync(await builtEditor(), out, { recursive: true });
        writeFileSync(join(out, 'config.yml'), configYaml());
        logger.info(`web editor written to ${ADMIN_DIR}/`);
      },
    },
  };
}
