/**
 * Large sites only (`isLargeSite` in src/lib/site/scale.ts): replaces Astro's
 * bundled data-store module with one that reads the store file as JSON, and
 * releases the content layer Astro keeps after syncing. Why, what it costs
 * Astro's public path, and the options measured are in
 * docs/decisions/0001-content-store-at-scale.md.
 *
 * Astro bundles its content data store (every entry, with the rendered HTML of
 * the Markdown texts) as one JavaScript module holding the whole store as a
 * string literal. On a large site that literal is a large part of the build's
 * memory and of V8's compile time. In `astro build`, this plugin loads that
 * module first (`order: 'pre'`) with a module that reads the store file Astro
 * has just written, so the literal is never made. It gives Astro the store
 * already unflattened (a `Map`, which Astro accepts as it is), read with
 * Astro's own copy of devalue. It steps aside, leaving the module to Astro,
 * when there is no store file or when the store is split into chunks
 * (`experimental.collectionStorage`).
 *
 * After syncing, Astro keeps the content layer it synced with (the dev server
 * syncs again through it), and with it a second copy of the store. A build has
 * finished syncing when it starts, so that copy is released then, before pages
 * render.
 *
 * Both rely on Astro internals (the module id, the content layer instance).
 * `tests/build/large-site-switch.test.ts` builds a site with and without this
 * integration and requires the same files; if Astro stops loading the module
 * or moves the content layer, the build says so and carries on through
 * Astro's own path.
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
    `  const problem = error instanceof Error ? error.message : String(error);`,
    `  console.error(${JSON.stringify(`${file}: Astro's content store cannot be read (`)} + problem + ${JSON.stringify(') — delete that file (or the whole cache folder) and build again.')});`,
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

/** The message the build logs once it has read the content store as JSON. */
export const REPLACED_MESSAGE = 'content store read from its JSON file (large-site build)';

/** The integration; added by astro.config.mjs on large sites only. */
export function contentStore(): AstroIntegration {
  let config: AstroConfig | undefined;
  let replaced = false;
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
              if (code === undefined) return undefined;
              replaced = true;
              return { code, map: null, meta: CONTENT_DATA_META };
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
      'astro:build:done': ({ logger }) => {
        if (replaced) logger.info(REPLACED_MESSAGE);
        else
          logger.warn(
            'Astro’s content store module was not replaced: the build used Astro’s own (see src/integrations/content-store.ts).',
          );
      },
    },
  };
}
