/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the
 * Content-Security-Policies of `src/lib/site/csp.ts`, so that the meta tags
 * and the headers never drift apart: the common headers for every address,
 * the site's policy for every top-level file and folder of the build, and the
 * web editor's policy for its own folder. The policies' rules never overlap:
 * hosts combine the headers of every rule an address matches (Cloudflare
 * joins two values of one header, which would enforce both policies), and
 * Netlify does not read Cloudflare's `! Header` line that detaches one.
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ADMIN_DIR } from '../lib/editors/cms-config';
import { COMMON_HEADERS, CSP_HEADER, EDITOR_HEADERS } from '../lib/site/csp';

/** Files of the build that are instructions to the host, not addresses. */
const HOST_FILES = new Set(['_headers', '_redirects']);

/** One rule of `_headers`: an address pattern and its headers. */
const rule = (path: string, headers: Record<string, string>) =>
  [path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');

/**
 * The `_headers` file of the build in `dir`, for a site served under `base`
 * (`/` or `/atlas/`).
 */
export function headersFile(dir: string, base: string): string {
  const site = readdirSync(dir)
    .filter((name) => name !== ADMIN_DIR && !HOST_FILES.has(name))
    .sort()
    .flatMap((name) => {
      if (statSync(join(dir, name)).isDirectory()) return [`${base}${name}/*`];
      // The home page is asked for by its folder's address too.
      return name === 'index.html' ? [base, `${base}${name}`] : [`${base}${name}`];
    });
  const policy = { 'Content-Security-Policy': CSP_HEADER };
  return `${[
    rule(`${base}*`, COMMON_HEADERS),
    ...site.map((path) => rule(path, policy)),
    rule(`${base}${ADMIN_DIR}/*`, EDITOR_HEADERS),
  ].join('\n')}\n`;
}

export function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'codev-atlas:security-headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir }) => {
        const out = fileURLToPath(dir);
        writeFileSync(join(out, '_headers'), headersFile(out, base));
      },
    },
  };
}
