/**
 * What the service worker keeps for reading offline, in one place that the
 * worker (src/offline/sw.ts), the build step that makes it
 * (src/integrations/offline.ts) and the pages that keep entries read.
 */

/** Caches of the site (Cache Storage), by what they hold. */
export const CACHES = {
  /** Pages the reader opened: fetched from the network first, so that corrections reach readers. */
  pages: 'atlas-pages',
  /** Pages the reader kept ("Keep for offline"), with the cases they cite and their pictures and styles. */
  kept: 'atlas-kept',
  /** Stylesheets and scripts (`_astro/`, names that change with their content). */
  assets: 'atlas-assets',
  /** Maps, previews, icons and pictures. */
  pictures: 'atlas-pictures',
  /** Search code and the index chunks already fetched. */
  search: 'atlas-search',
  /** Small data downloads (citation files, tables under the size limit). */
  data: 'atlas-data',
} as const;

/**
 * The search's files, by their path under the base: the compact first tier
 * (`search-index/<lang>/…`: its entry, word buckets and result cards),
 * Pagefind's bundle (`pagefind/<lang>/…`) and the search page's facet counts
 * (`<lang>/search/facets.json`). A new search tier adds its files here;
 * every one the reader's browser fetched stays available offline.
 */
export const SEARCH_FILES: RegExp[] = [/^search-index\//, /^pagefind\//, /^[a-z]{2}\/search\/[^/]+\.json$/];

/** Folders never cached: the editors' web editor. */
export const NEVER_CACHED = ['admin/'];

/** Data downloads larger than this (bytes) are never cached: a phone's storage is for reading. */
export const MAX_DATA_BYTES = 512 * 1024;

/** Where the reader's kept pages are listed in the browser's storage (localStorage). */
export const KEPT_KEY = 'atlas-kept';

/** A page kept for offline reading. */
export interface KeptPage {
  /** Path of the page, with the base (`/fr/practices/x/`). */
  path: string;
  title: string;
  /** The language and direction of the title (a page may show a text not yet translated). */
  lang?: string;
  dir?: string;
  /** Paths of the cases kept with it. */
  cases: string[];
  /**
   * Every file it put in the kept cache (its pages, with their stylesheets,
   * scripts and pictures), so that removing it removes what no other kept
   * page needs. Pages kept before this was recorded name only their pages.
   */
  files?: string[];
  /** When it was kept (ISO date and time). */
  kept: string;
}
