/**
 * Writes `_redirects` after the build: the map of old addresses of renamed
 * cases and practices (see `src/lib/site/redirects.ts`), for hosts that answer
 * it with a real 301. The redirecting pages themselves are built by the
 * `[...former].astro` routes, for every other host.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { redirectsFile, type Redirect } from '../lib/site/redirects';

/** `redirects`: the renames the configuration read from the content (`readRedirects`). */
export function redirectsMap(redirects: Redirect[]): AstroIntegration {
  let base = '/';
  return {
    name: 'codev-atlas:redirects',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': ({ dir }) => {
        writeFileSync(fileURLToPath(new URL('_redirects', dir)), redirectsFile(redirects, base));
      },
    },
  };
}
