/**
 * The `_headers` file as the hosts that read it serve it: parsed by
 * Netlify's own parser, every rule an address matches applied (Netlify
 * and Cloudflare Pages both apply them all; Cloudflare joins two values of
 * one header, so two policies would both be enforced). Each address must get
 * exactly one Content-Security-Policy: the site's, or the web editor's for
 * its folder.
 */
import { parseAllHeaders, type Header } from '@netlify/headers-parser';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { headersFile } from '../../src/integrations/security-headers';
import { COMMON_HEADERS, CSP_HEADER, EDITOR_HEADERS } from '../../src/lib/site/csp';
import { htmlPages } from '../helpers/dist';

/** The headers a host sends for `path`, each header with the values of every rule that matches. */
async function served(file: string, paths: string[]) {
  const parsed = await parseAllHeaders({ headersFiles: [file], configHeaders: [], minimal: false });
  expect(parsed.errors).toEqual([]);
  // Not minimal: each rule comes with the regular expression Netlify matches addresses with.
  const headers = parsed.headers as Header[];
  return paths.map((path) => {
    const values: Record<string, string[]> = {};
    for (const rule of headers.filter((h) => h.forRegExp.test(path)))
      for (const [name, value] of Object.entries(rule.values)) (values[name] ??= []).push(String(value));
    return { path, values };
  });
}

const EDITOR = ['/admin/', '/admin/index.html', '/admin/config.yml'];

describe('the headers file', () => {
  it('gives every page the site’s policy once, and the web editor its own', async () => {
    const site = [...htmlPages(), '/', '/index.html', '/404.html', '/sw.js', '/search-index/fr/head.json'];
    for (const { path, values } of await served('dist/_headers', [...site, ...EDITOR])) {
      const editor = path.startsWith('/admin/');
      expect(values['Content-Security-Policy'], path).toEqual([
        editor ? EDITOR_HEADERS['Content-Security-Policy'] : CSP_HEADER,
      ]);
      for (const [name, value] of Object.entries(COMMON_HEADERS))
        expect(values[name], `${path} ${name}`).toEqual([value]);
      expect(values['X-Robots-Tag'], path).toEqual(editor ? ['noindex, nofollow'] : undefined);
    }
  });

  it('names the addresses below the base path of a site served from a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-headers-'));
    try {
      for (const folder of ['fr', 'admin', '_astro']) mkdirSync(join(dir, folder));
      for (const file of ['index.html', '404.html', '_headers', '_redirects']) writeFileSync(join(dir, file), '');
      writeFileSync(join(dir, '_headers'), headersFile(dir, '/atlas/'));
      const answers = await served(join(dir, '_headers'), [
        '/atlas/',
        '/atlas/fr/cases/x/',
        '/atlas/admin/',
        '/other/',
      ]);
      expect(answers.map(({ values }) => values['Content-Security-Policy'])).toEqual([
        [CSP_HEADER],
        [CSP_HEADER],
        [EDITOR_HEADERS['Content-Security-Policy']],
        undefined,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
