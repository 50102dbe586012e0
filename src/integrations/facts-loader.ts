/**
 * The loader of the `cases` and `practices` collections: the facts of each
 * entry, read from the front matter of its French text (`case.fr.md`), where
 * they follow the text fields (see `FACTS_LANG` in `lib/model/layout.ts`).
 * The texts themselves, that file included, are loaded and rendered once by
 * the `caseTexts`/`practiceTexts` collections; this loader reads only the
 * YAML, with the project's YAML reader (the one Astro's YAML loader matches),
 * and keeps the facts fields, so the Markdown is not rendered a second time.
 * In the dev server it follows the French texts as they change.
 */
import { join, relative } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { splitFields } from '../schemas/entry-fields';
import { factsFile, readFacts, walk, type FolderCollection } from '../lib/model/layout';

/** The facts of every entry of `collection` under the content folder `root`. */
export function factsLoader(root: string, collection: FolderCollection): Loader {
  return {
    name: 'atlas-facts',
    load: async (context) => {
      // Followed before the reading, which throws on facts the schema refuses: a fix then reloads them.
      // Astro drops a loader's listeners before each full reload of the content, so each load adds its own.
      if (context.watcher) {
        context.watcher.add(join(root, collection));
        context.watcher.on('all', (_event, path) => {
          if (isFactsFile(root, collection, path))
            loadAll(root, collection, context).catch((error: unknown) =>
              context.logger.warn(error instanceof Error ? error.message : String(error)),
            );
        });
      }
      await loadAll(root, collection, context);
    },
  };
}

/** Whether a changed file may hold facts of `collection`. */
const isFactsFile = (root: string, collection: FolderCollection, path: string) => {
  const [folder, slug, name, ...rest] = relative(root, path).split(/[\\/]/);
  return folder === collection && !!slug && rest.length === 0 && /\.fr\.mdx?$/.test(name ?? '');
};

/** Reads every entry's facts, keeping the store's entries whose facts did not change and dropping those gone. */
async function loadAll(root: string, collection: FolderCollection, context: LoaderContext) {
  const { store } = context;
  const seen = new Set<string>();
  for (const { slug, path } of walk(root, collection)) {
    const file = factsFile(collection, path);
    const front = readFacts(file);
    if (!front) continue;
    const { facts } = splitFields(collection, front);
    const digest = context.generateDigest(facts);
    seen.add(slug);
    if (store.get(slug)?.digest === digest) continue;
    const filePath = relative(process.cwd(), file);
    const data = await context.parseData({ id: slug, data: facts, filePath });
    store.set({ id: slug, data, digest, filePath });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
