/** Reading the built site in `dist/` for build-level tests. */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

export const DIST = 'dist';

/** Every HTML page of the site, as URL paths (`/fr/cases/x/`); the web editor at `/admin/` is not one (tests/build/web-editor.test.ts). */
export function htmlPages(dir = DIST): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (!['pagefind', '_astro', 'admin'].includes(entry.name)) walk(path);
      } else if (entry.name.endsWith('.html')) {
        const rel = relative(dir, path).split(sep).join('/');
        out.push('/' + rel.replace(/index\.html$/, ''));
      }
    }
  };
  walk(dir);
  return out.sort();
}

/** The file that serves a URL path. */
export function fileFor(path: string, dir = DIST): string {
  const clean = decodeURIComponent(path.split('#')[0].split('?')[0]);
  return clean.endsWith('/') ? join(dir, clean, 'index.html') : join(dir, clean);
}

export function pageExists(path: string, dir = DIST): boolean {
  return existsSync(fileFor(path, dir));
}

const cache = new Map<string, HTMLElement>();
/** The parsed document of a built page. */
export function page(path: string, dir = DIST): HTMLElement {
  const file = fileFor(path, dir);
  let doc = cache.get(file);
  if (!doc) {
    doc = parse(readFileSync(file, 'utf8'));
    cache.set(file, doc);
  }
  return doc;
}

/** Whether a built page only sends the reader on to another address (the old address of a renamed entry). */
export function isRedirect(path: string, dir = DIST): boolean {
  return page(path, dir).querySelector('meta[http-equiv="refresh"]') !== null;
}

const gzip = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The gzip size of each stylesheet, by file: every page links the same few. */
const stylesheets = new Map<string, number>();

/** HTML + render-blocking CSS of a built page, gzip. */
export function pageWeight(path: string): number {
  const css = page(path)
    .querySelectorAll('head link[rel="stylesheet"]')
    .map((l) => fileFor(l.getAttribute('href')!));
  for (const file of css) if (!stylesheets.has(file)) stylesheets.set(file, gzip(file));
  return gzip(fileFor(path)) + css.reduce((sum, file) => sum + stylesheets.get(file)!, 0);
}
