/**
 * The pages to test in a browser, taken from the sitemap (never a hand-kept
 * list): one page of each type in each language, and every case page.
 */
import { readFileSync } from 'node:fs';

/** Every URL path of the sitemap. */
export function sitemapPaths(dir = 'dist'): string[] {
  const xml = readFileSync(`${dir}/sitemap-0.xml`, 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
}

/** The page type of a path: `home`, `cases`, `case`, `practice`, `organization`… */
export function pageType(path: string): string {
  const [, , section, slug] = path.split('/');
  if (!section) return 'home';
  if (!slug) return section;
  return `${section.replace(/s$/, '').replace(/ie$/, 'y')}`;
}

/** One path of each page type in each language, in a stable order. */
export function representativePaths(dir = 'dist'): string[] {
  const seen = new Map<string, string>();
  for (const path of sitemapPaths(dir)) {
    const key = `${path.split('/')[1]} ${pageType(path)}`;
    if (!seen.has(key)) seen.set(key, path);
  }
  return [...seen.values()].sort();
}
