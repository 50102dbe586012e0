/**
 * The pages to test in a browser, taken from the page files of `src/pages`
 * and the build (never a hand-kept list): one page of each route in each
 * language. A route is a page file (`cases/[slug]/history.astro`), so a new
 * kind of page is checked as soon as it is built.
 */
import { readdirSync } from 'node:fs';
import { LANGS, type Lang } from '../../src/schemas/common';
import { htmlPages, isRedirect } from './dist';

/** A page file of the site and the URL paths it serves. */
export interface PageRoute {
  /** The file, relative to `src/pages` (`[lang]/cases/[slug].astro`). */
  file: string;
  pattern: RegExp;
}

/** A segment of a page file's path as a pattern: `[lang]` a language, `[slug]` one segment, `[...path]` several. */
function segmentPattern(segment: string): string {
  if (segment === '[lang]') return `(?:${LANGS.join('|')})`;
  if (segment.startsWith('[...')) return '.+';
  if (segment.startsWith('[')) return '[^/]+';
  return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The page files of `src/pages` (`.astro`; the 404 page has tests of its own)
 * as the paths they serve, the routes with a rest parameter (`[...path]`)
 * last, as Astro matches a path with them only when no other route does.
 */
export function pageRoutes(): PageRoute[] {
  const files = readdirSync('src/pages', { recursive: true, encoding: 'utf8' })
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.astro') && file !== '404.astro')
    .sort();
  const routes = files.map((file) => {
    const segments = file
      .replace(/\.astro$/, '')
      .split('/')
      .filter((segment) => segment !== 'index');
    const path = segments.map(segmentPattern).join('/');
    return { file, pattern: new RegExp(`^/${path}${path ? '/' : ''}$`) };
  });
  const rest = (route: PageRoute) => route.file.includes('[...');
  return [...routes.filter((r) => !rest(r)), ...routes.filter(rest)];
}

/** The route that serves a path (`/fr/cases/x/history/` → `[lang]/cases/[slug]/history.astro`). */
export function routeOf(path: string, routes = pageRoutes()): PageRoute | undefined {
  return routes.find((route) => route.pattern.test(path));
}

/**
 * One built page of each route in `lang`, the first by path that is not a
 * redirect, and, in French (the site's first language), the pages outside
 * the languages' folders (the root page).
 */
export function representativePaths(lang: Lang, dir = 'dist'): string[] {
  const routes = pageRoutes();
  const seen = new Map<string, string>();
  for (const path of htmlPages(dir)) {
    if (path.endsWith('.html')) continue;
    const pathLang = LANGS.find((l) => path.startsWith(`/${l}/`));
    if ((pathLang ?? 'fr') !== lang) continue;
    const route = routeOf(path, routes);
    if (route && !seen.has(route.file) && !isRedirect(path, dir)) seen.set(route.file, path);
  }
  return [...seen.values()].sort();
}
