/**
 * Lets the static build read Astro's content store as JSON when it renders.
 * Astro bundles the store (every entry, with the rendered HTML of the
 * Markdown texts) as one JavaScript module, `export default JSON.parse("…")`,
 * holding the whole store as a string literal. With thousands of cases that
 * literal is hundreds of megabytes: Astro parses the store once to check it,
 * escapes it into the literal, and the bundler copies the literal between
 * JavaScript and its native side for every plugin that looks at it (Astro's
 * largest memory peak at 10,000 cases), and V8 then takes minutes to
 * compile it, while `JSON.parse` reads the same file in about a second.
 *
 * In `astro build` only, this plugin answers the load of that module first
 * (`order: 'pre'`), with a module that reads the store file Astro has just
 * written, so the literal is never made. The module gives Astro the store
 * already unflattened (a `Map`, which Astro takes as it is), read with
 * Astro's own copy of devalue, so the flat array the file holds is garbage
 * once read instead of a second copy kept by the module. It steps aside,
 * leaving the module to Astro, when there is no store file or when the store
 * is split into chunks (`experimental.collectionStorage`), the cases where
 * Astro's module is something else.
 *
 * Astro also keeps the content layer it synced with, and in it a second copy
 * of the whole store, for as long as the process runs (the dev server syncs
 * again through it). A build has finished syncing when it starts, and then
 * reads the store through the module above, so that copy is let go when the
 * build starts (at 3,000 cases, the heap left once pages are rendered goes
 * from 487 to 319 MB), before pages render and the search index is built
 * beside the build.
 *
 * Both reach into Astro's internals; `tests/unit/content-store.test.ts` pins
 * them, so an upgrade that changes them fails there first.
 */
import type { AstroConfig, AstroIntegration } from 'astro';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Plugin } from 'vite';

/** Astro's resolved virtual module of the content store. */
export const STORE_MODULE = '\0astro:data-layer-content';

/**
 * Astro marks its content modules so that incremental builds leave them out
 * of the code hashes (`createContentDataIncrementalMetadata` in
 * `astro/dist/core/build/incremental-metadata.js`); the replacement carries
 * the same mark.
 */
const CONTENT_DATA_META = { astroIncremental: { kind: 'content-data' } };

/** `require` from Astro's own package: its files, and its dependencies as Astro resolves them. */
function astroRequire(): NodeJS.Require {
  return createRequire(createRequire(import.meta.url).resolve('astro/package.json'));
}

/** The devalue Astro itself reads the store with. */
function astroDevalue(): string {
  return pathToFileURL(astroRequire().resolve('devalue')).href;
}

/** The module that reads the store file at run time, or undefined where Astro's module is not `JSON.parse` of that file. */
export function storeModule(file: string, collectionStorage: unknown): string | undefined {
  if ((collectionStorage !== undefined && collectionStorage !== 'single-file') || !existsSync(file)) return undefined;
  // Astro reads this module inside a try that leaves every collection empty on an error: a store
  // that cannot be read must stop the build here instead of publishing a site without content.
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { parse } from ${JSON.stringify(astroDevalue())};`,
    `let store;`,
    `try {`,
    `  store = parse(readFileSync(${JSON.stringify(file)}, 'utf8'));`,
    `} catch (error) {`,
    `  console.error(${JSON.stringify(`Could not read Astro's content store ${file}:`)}, error instanceof Error ? error.message : error);`,
    `  console.error('Delete that file (or the whole cache folder) and build again.');`,
    `  process.exit(1);`,
    `}`,
    `export default store;`,
    '',
  ].join('\n');
}

/** Lets go of the content layer Astro synced with; false when Astro no longer has it where expected. */
export function releaseSyncedContentLayer(): boolean {
  const { globalContentLayer } = astroRequire()('./dist/content/instance.js') as {
    globalContentLayer?: { dispose?: () => void };
  };
  if (typeof globalContentLayer?.dispose !== 'function') return false;
  globalContentLayer.dispose();
  return true;
}

export function contentStore(): AstroIntegration {
  let config: AstroConfig | undefined;
  return {
    name: 'codev-atlas:content-store',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        if (command !== 'build') return;
        const plugin: Plugin = {
          name: 'codev-atlas:content-store-as-json',
          load: {
            order: 'pre',
            filter: { id: new RegExp(`^${STORE_MODULE}$`) },
            handler(id) {
              if (id !== STORE_MODULE) return undefined;
              if (!config) return undefined;
              const file = fileURLToPath(new URL('data-store.json', config.cacheDir));
              const code = storeModule(file, config.experimental.collectionStorage);
              return code === undefined ? undefined : { code, map: null, meta: CONTENT_DATA_META };
            },
          },
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      // The configuration as every integration left it, which the plugin reads.
      'astro:config:done': ({ config: done }) => {
        config = done;
      },
      'astro:build:start': ({ logger }) => {
        let released = false;
        try {
          released = releaseSyncedContentLayer();
        } catch {
          // reported below
        }
        if (!released)
          logger.warn('Astro’s synced content layer was not found: the build keeps a second copy of the store.');
      },
    },
  };
}
