/**
 * The build reads Astro's content store as JSON instead of compiling it as
 * one huge module: the replacement module gives exactly the value Astro's
 * own module gives, and anything else is left to Astro.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeModule } from '../../src/integrations/content-store';
import { tempDir } from '../helpers/temp';

const STORE = '\0astro:data-layer-content';
const dir = tempDir('store');
const file = join(dir, 'data-store.json');
const store = JSON.stringify([{ cases: 1 }, 'مثال « guillemets » "quotes" \\ back\\slash', [1, 2, 3]]);
writeFileSync(file, store);
const astroModule = `export default JSON.parse(${JSON.stringify(store)})`;

async function evaluate(code: string, name: string): Promise<unknown> {
  const path = join(dir, name);
  writeFileSync(path, code);
  return ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
}

describe('the content store module', () => {
  it('reads the store file, giving the same value as Astro’s module', async () => {
    const code = storeModule(astroModule, STORE, file);
    expect(code).toContain('readFileSync');
    expect(code).not.toContain('guillemets');
    expect(await evaluate(code!, 'replaced.mjs')).toEqual(await evaluate(astroModule, 'astro.mjs'));
  });

  it('leaves other modules, other code and a missing store to Astro', () => {
    expect(storeModule(astroModule, '\0astro:content', file)).toBeUndefined();
    expect(storeModule('export default new Map()', STORE, file)).toBeUndefined();
    expect(storeModule(astroModule, STORE, join(dir, 'missing.json'))).toBeUndefined();
  });
});
