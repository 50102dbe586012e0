/**
 * Serves a built site on a free loopback port, as a static host would
 * (directory indexes, 404.html for missing pages). Used by the browser tests
 * and the screenshot command.
 */
import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import sirv from 'sirv';

export interface Served {
  url: string;
  close: () => Promise<void>;
}

/** The headers of one path pattern of a `_headers` file: those it sets, and those it detaches (`! Name`). */
export interface HeaderRule {
  /** A path, or a prefix ending in `*` (`/admin/*`). */
  pattern: string;
  set: Record<string, string>;
  detach: string[];
}

/**
 * The rules of a `_headers` file (Netlify / Cloudflare Pages format), in
 * order, so that local tests run under the site's real policies: the site's
 * (`/*`) and the web editor's (`/admin/*`).
 * @see https://developers.cloudflare.com/pages/configuration/headers/
 */
export function headerRules(dir: string): HeaderRule[] {
  let text: string;
  try {
    text = readFileSync(join(dir, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), set: {}, detach: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s+!\s*(\S+)\s*$/.exec(line);
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (rule && detach) rule.detach.push(detach[1]);
    else if (rule && match) rule.set[match[1]] = match[2]!;
  }
  return rules;
}

/** The headers of the `/*` rule of a `_headers` file: what every path gets. */
export function headersFile(dir: string): Record<string, string> {
  return headerRules(dir).find((r) => r.pattern === '/*')?.set ?? {};
}

/** The headers the rules give to `path`, later rules adding to or detaching from earlier ones. */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const { pattern, set, detach } of rules) {
    const matches = pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern;
    if (!matches) continue;
    for (const name of detach) delete headers[name];
    Object.assign(headers, set);
  }
  return headers;
}

export interface ServeOptions {
  /** Headers for every path, instead of those of the `_headers` file. */
  headers?: Record<string, string>;
  /**
   * Scripts served beside the build, by path (`/.tests/axe-core.js`): what a
   * test adds to the pages it checks, from the pages' own origin, as the
   * site's Content-Security-Policy allows.
   */
  scripts?: Record<string, string>;
}

/**
 * Serves `dir` with the headers of its `_headers` file, or with `headers` on
 * every path when given, and `scripts` beside it.
 */
export async function serve(dir = 'dist', { headers, scripts = {} }: ServeOptions = {}): Promise<Served> {
  const rules: HeaderRule[] = headers ? [{ pattern: '/*', set: headers, detach: [] }] : headerRules(dir);
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  })();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    for (const [name, value] of Object.entries(headersFor(rules, path))) res.setHeader(name, value);
    if (Object.hasOwn(scripts, path)) {
      // Kept by the browser's cache for the run, so that each page of a test takes it from there.
      res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
      res.setHeader('Cache-Control', 'max-age=3600');
      res.end(scripts[path]);
      return;
    }
    files(req, res, () => {
      res.statusCode = 404;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(notFound);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
