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

/**
 * The headers a `_headers` file (Netlify / Cloudflare Pages format) gives to
 * every path (`/*`), so that local tests run under the site's real policy.
 */
export function headersFile(dir: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(join(dir, '_headers'), 'utf8');
  } catch {
    return {};
  }
  const headers: Record<string, string> = {};
  let all = false;
  for (const line of text.split('\n')) {
    if (!line.trim()) continue;
    if (!/^\s/.test(line)) {
      all = line.trim() === '/*';
      continue;
    }
    const match = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (all && match) headers[match[1]] = match[2]!;
  }
  return headers;
}

export async function serve(dir = 'dist', headers: Record<string, string> = headersFile(dir)): Promise<Served> {
  const files = sirv(dir, { dev: false, etag: true, extensions: ['html'] });
  const notFound = (() => {
    try {
      return readFileSync(join(dir, '404.html'));
    } catch {
      return Buffer.from('Not found');
    }
  })();
  const server: Server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
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
