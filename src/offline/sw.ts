/// <reference lib="webworker" />
/**
 * The service worker: pages stay readable without a network once opened or
 * kept. Pages are fetched from the network first (corrections reach readers)
 * and kept in a cache; styles and scripts are taken from the cache (their
 * names change with their content); pictures and the search's files from the
 * cache while a fresh copy is fetched. Offline, a page never opened or kept
 * gives the offline notice of its language. The editors' web editor and data
 * files above a size are never cached. Built by src/integrations/offline.ts,
 * which fills in the base path and the precache list.
 * @see https://developer.chrome.com/docs/workbox/modules/workbox-strategies
 */
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute } from 'workbox-routing';
import { CacheFirst, NetworkFirst, StaleWhileRevalidate } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import type { WorkboxPlugin } from 'workbox-core/types';
import type { PrecacheEntry } from 'workbox-precaching/_types';
import { CACHES, MAX_DATA_BYTES, NEVER_CACHED, SEARCH_FILES } from './rules';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (PrecacheEntry | string)[] };
/** The site's base path (`/` or `/codev-atlas/`), set by the build. */
declare const __ATLAS_BASE__: string;
/** The site's languages, set by the build; the first is the default. */
declare const __ATLAS_LANGS__: string[];

const base = __ATLAS_BASE__;
const under = (url: URL, folders: readonly string[]) =>
  url.origin === self.location.origin && folders.some((f) => url.pathname.startsWith(base + f));
const ours = (url: URL) =>
  url.origin === self.location.origin && url.pathname.startsWith(base) && !under(url, NEVER_CACHED);

self.addEventListener('install', () => void self.skipWaiting());
/** The language of an address (`/ar/…`), if it has one. */
const langOf = (url: URL) => __ATLAS_LANGS__.find((l) => url.pathname.startsWith(`${base}${l}/`));

/**
 * Keeps `path` from the browser's own cache (HTTP), where a page opened
 * before the worker started still is, without downloading it again.
 * @see https://developer.mozilla.org/docs/Web/API/Request/cache
 */
async function keepIfCached(cache: Cache, path: string): Promise<void> {
  if (await cache.match(path)) return;
  const response = await fetch(path, { cache: 'only-if-cached', mode: 'same-origin' }).catch(() => undefined);
  if (response?.ok) await cache.put(path, response);
}

self.addEventListener('install', () => void self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      const cache = await caches.open(CACHES.pages);
      const opened = (await self.clients.matchAll({ type: 'window' })).map((w) => new URL(w.url)).filter(ours);
      // The pages open now were loaded before the worker: keep them as if opened through it.
      await Promise.all(opened.map((url) => cache.add(url.pathname).catch(() => undefined)));
      // On a slow network the worker starts pages later than the first one, which was most often the home page of
      // the reader's language, where the installed app opens: kept too when the browser still has it. (Which other
      // pages came before, the worker cannot know.)
      const homes = new Set(opened.flatMap((url) => langOf(url) ?? []).map((lang) => `${base}${lang}/`));
      await Promise.all([...homes].map((home) => keepIfCached(cache, home)));
    })(),
  );
});

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

/** The offline notice in the language of the address (`/ar/…`), else the default language's. */
function offlinePage(url: URL): Promise<Response | undefined> {
  return matchPrecache(`${base}${langOf(url) ?? __ATLAS_LANGS__[0]}/offline/`);
}

/** Offline: a file kept in another cache (a kept page's styles and pictures). */
const anyCache: WorkboxPlugin = {
  handlerDidError: async ({ request }) => caches.match(request, { ignoreSearch: true }),
};

/** Offline: the page as opened or kept before (any cache), else the offline notice. */
const offlineFallback: WorkboxPlugin = {
  handlerDidError: async ({ request }) =>
    (await caches.match(request, { ignoreSearch: true })) ?? (await offlinePage(new URL(request.url))),
};

registerRoute(
  ({ request, url }) => request.mode === 'navigate' && ours(url),
  new NetworkFirst({ cacheName: CACHES.pages, plugins: [offlineFallback] }),
);

registerRoute(
  ({ url }) => ours(url) && url.pathname.startsWith(`${base}_astro/`),
  new CacheFirst({ cacheName: CACHES.assets, plugins: [anyCache, new ExpirationPlugin({ maxEntries: 100 })] }),
);

/** A search file is kept under its address without the query (Pagefind asks for its entry file with `?ts=<time>`). */
const withoutQuery: WorkboxPlugin = {
  cacheKeyWillBeUsed: ({ request }) => {
    const url = new URL(request.url);
    url.search = '';
    return Promise.resolve(url.href);
  },
};

registerRoute(
  ({ url }) => ours(url) && SEARCH_FILES.some((file) => file.test(url.pathname.slice(base.length))),
  new StaleWhileRevalidate({
    cacheName: CACHES.search,
    plugins: [withoutQuery, new ExpirationPlugin({ maxEntries: 400 })],
  }),
);

/** Keeps a response only when it is at most MAX_DATA_BYTES long. */
const smallOnly: WorkboxPlugin = {
  cacheWillUpdate: async ({ response }) => {
    if (!response.ok) return null;
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    const size = Number.isNaN(length) ? (await response.clone().arrayBuffer()).byteLength : length;
    return size <= MAX_DATA_BYTES ? response : null;
  },
};

registerRoute(
  ({ url }) => under(url, ['data/']),
  new NetworkFirst({ cacheName: CACHES.data, plugins: [smallOnly, new ExpirationPlugin({ maxEntries: 50 })] }),
);

registerRoute(
  ({ request, url }) => ours(url) && (request.destination === 'image' || request.destination === 'manifest'),
  new StaleWhileRevalidate({
    cacheName: CACHES.pictures,
    plugins: [anyCache, new ExpirationPlugin({ maxEntries: 300 })],
  }),
);
