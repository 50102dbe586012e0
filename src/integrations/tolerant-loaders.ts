/**
 * Keeps `astro dev` running when an entry does not match its collection's
 * schema. Astro's loaders throw on such an entry, and a throw while the dev
 * server starts stops it, leaving the editor with a stack trace instead of
 * the content check's `file:line: field: problem — fix` list. In the dev
 * server only, a loader that fails logs one line and leaves its collection
 * as far as it got: pages are replaced by the list of problems until they are
 * fixed (see `content-check.ts`), which then reloads every collection.
 * `astro build` keeps Astro's loaders as they are, and fails on such an entry
 * (the content check has stopped it before, with the same messages).
 */
import type { Loader } from 'astro/loaders';

/** `collections` of `content.config.ts`, with loaders that log instead of throwing in the dev server. */
export function tolerantInDev<T extends Record<string, object>>(collections: T): T {
  if (!import.meta.env.DEV) return collections;
  return Object.fromEntries(
    Object.entries(collections).map(([name, collection]) => [
      name,
      'loader' in collection && isLoader(collection.loader)
        ? { ...collection, loader: tolerant(collection.loader) }
        : collection,
    ]),
  ) as T;
}

function isLoader(loader: unknown): loader is Loader {
  return typeof loader === 'object' && loader !== null && typeof (loader as Loader).load === 'function';
}

function tolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      try {
        await loader.load(context);
      } catch (error) {
        const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].replaceAll('**', '');
        context.logger.warn(
          `${context.collection} is not fully loaded until the content problems listed above are fixed (${message})`,
        );
      }
    },
  };
}
