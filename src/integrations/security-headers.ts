/**
 * Writes `_headers` (read by Netlify, Cloudflare Pages and others) with the
 * site's Content-Security-Policy and related headers, from `src/lib/site/csp.ts`,
 * so that the meta tag and the headers never drift apart.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SECURITY_HEADERS } from '../lib/site/csp';

export function securityHeaders(): AstroIntegration {
  return {
    name: 'codev-atlas:security-headers',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const lines = Object.entries(SECURITY_HEADERS).map(([name, value]) => `  ${name}: ${value}`);
        writeFileSync(fileURLToPath(new URL('_headers', dir)), `/*\n${lines.join('\n')}\n`);
      },
    },
  };
}
