/**
 * The build reads Astro's content store as JSON instead of compiling it as
 * one huge module: the replacement module gives exactly the store Astro's
 * own module gives, Astro still generates the module this replaces, and
 * anything else is left to Astro.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify, unflatten } from 'devalue';
import { describe, expect, it } from 'vitest';
import { releaseSyncedContentLayer, STORE_MODULE, storeModule } from '../../src/integrations/content-store';
import { tempDir } from '../helpers/temp';

/** Astro's installed package, whose code the replacement relies on. */
const astro = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
const dir = tempDir('store');
const file = join(dir, 'data-store.json');
/** A store as Astro writes it: collections of entries, through devalue. */
const store = stringify(
  new Map<string, Map<string, { id: string; data: Record<string, unknown> }>>([
    [
      'cases',
      new Map([['a', { id: 'a', data: { title: 'مثال « guillemets » "quotes" \\ back\\slash', year: 2019 } }]]),
    ],
    ['themes', new Map([['b', { id: 'b', data: { tags: ['x', 'y'], when: new Date('2026-01-02') } }]])],
  ]),
);
writeFileSync(file, store);
/** Astro's module for that store, written as Astro writes it (the next test pins that code). */
const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;

async function evaluate(code: string, name: string): Promise<unknown> {
  const path = join(dir, name);
  writeFileSync(path, code);
  return ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
}

describe('the content store module', () => {
  it('reads the store file, giving the same value as Astro’s module', async () => {
    const code = storeModule(file, undefined);
    expect(code).toContain('readFileSync');
    expect(code).not.toContain('guillemets');
    // Astro unflattens its module's array; the replacement gives the map itself.
    const replaced = await evaluate(code!, 'replaced.mjs');
    expect(replaced).toBeInstanceOf(Map);
    expect(replaced).toEqual(unflatten((await evaluate(astroModule, 'astro.mjs')) as number[]));
    expect(storeModule(file, 'single-file')).toBe(code);
  });

  it('replaces the module Astro still generates from the single store file', () => {
    const plugin = readFileSync(join(astro, 'dist/content/vite-plugin-content-virtual-mod.js'), 'utf8');
    expect(plugin).toContain('code: `export default JSON.parse(${JSON.stringify(jsonData)})`');
    expect(plugin).toContain('const jsonData = await fs.promises.readFile(dataStoreFile, "utf-8")');
    const store = readFileSync(join(astro, 'dist/content/data-store.js'), 'utf8');
    expect(store).toContain('if (data.default instanceof Map) {');
    expect(store).toContain('const map2 = devalue.unflatten(data.default);');
    const consts = readFileSync(join(astro, 'dist/content/consts.js'), 'utf8');
    expect(consts).toContain(`const DATA_STORE_VIRTUAL_ID = "${STORE_MODULE.slice(1)}"`);
    expect(consts).toContain('const RESOLVED_DATA_STORE_VIRTUAL_ID = "\\0" + DATA_STORE_VIRTUAL_ID');
  });

  it('leaves a chunked store and a missing store to Astro', () => {
    expect(storeModule(file, 'chunked')).toBeUndefined();
    expect(storeModule(file, { chunkSize: 1024 })).toBeUndefined();
    expect(storeModule(join(dir, 'missing.json'), undefined)).toBeUndefined();
  });

  it('lets go of the content layer Astro synced with', () => {
    const instance = readFileSync(join(astro, 'dist/content/instance.js'), 'utf8');
    // dispose() forgets the instance, and with it the store it synced.
    expect(instance).toMatch(/dispose: \(\) => \{\s*instance\?\.dispose\(\);\s*instance = null;/);
    expect(releaseSyncedContentLayer()).toBe(true);
  });
});
