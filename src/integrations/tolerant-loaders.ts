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

/**
 * A loader whose entries that do not match the schema are left out (and
 * said once in the log) instead of stopping the load. Astro's `glob()`
 * loader starts watching its files only once every entry has loaded: a load
 * that stopped on one entry would never see that entry fixed, and the dev
 * server's reload of every collection (`content-check.ts`) does nothing while
 * Astro is still reading the content configuration, as it does after
 * re-optimizing dependencies. So an entry the schema refuses is kept out of
 * the store, and the load goes on.
 */
function tolerant(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      /** The entries the schema refused in their last version. */
      const refused = new Set<string>();
      const problems: string[] = [];
      const parseData: typeof context.parseData = async (props) => {
        try {
          const data = await context.parseData(props);
          refused.delete(props.id);
          return data;
        } catch (error) {
          refused.add(props.id);
          problems.push((error instanceof Error ? error.message : String(error)).split('\n')[0].replaceAll('**', ''));
          return props.data;
        }
      };
      // The store, with refused entries left out of it.
      const store = new Proxy(context.store, {
        get(target, key, receiver) {
          if (key === 'set') return (entry: { id: string }) => !refused.has(entry.id) && target.set(entry as never);
          const value: unknown = Reflect.get(target, key, receiver);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      try {
        await loader.load({ ...context, parseData, store });
      } catch (error) {
        problems.push((error instanceof Error ? error.message : String(error)).split('\n')[0].replaceAll('**', ''));
      }
      if (problems.length > 0)
        context.logger.warn(
          `${context.collection} is not fully loaded until the content problems listed above are fixed (${problems[0]})`,
        );
    },
  };
}
