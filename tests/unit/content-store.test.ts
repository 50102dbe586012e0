/**
 * The module a large-site build reads Astro's content store through: it
 * gives the store the file holds, stops the build with the file and the fix
 * when the file is broken, and leaves to Astro the stores it does not handle.
 * That the pages it gives are Astro's own is tested by building a site both
 * ways (tests/build/large-site-switch.test.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeModule } from '../../src/integrations/content-store';
import { tempDir } from '../helpers/temp';

const dir = tempDir('store');
const file = join(dir, 'data-store.json');
/** A store as Astro writes it: collections of entries, through devalue. */
const entries = new Map<string, Map<string, { id: string; data: Record<string, unknown> }>>([
  ['cases', new Map([['a', { id: 'a', data: { title: 'مثال « guillemets » "quotes" \\ back\\slash', year: 2019 } }]])],
  ['themes', new Map([['b', { id: 'b', data: { tags: ['x', 'y'], when: new Date('2026-01-02') } }]])],
]);
writeFileSync(file, stringify(entries));

/** Evaluates a generated module as the build would, and gives its default export. */
async function evaluate(code: string, name: string): Promise<unknown> {
  const path = join(dir, name);
  writeFileSync(path, code);
  return ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the content store module of a large-site build', () => {
  it('gives the store the file holds, as a map of collections', async () => {
    const store = await evaluate(storeModule(file, undefined)!, 'store.mjs');
    expect(store).toBeInstanceOf(Map);
    expect(store).toEqual(entries);
    expect(storeModule(file, 'single-file')).toBe(storeModule(file, undefined));
  });

  it('stops the build with the file and the fix when the store cannot be read', async () => {
    const broken = join(dir, 'broken-store.json');
    writeFileSync(broken, '[{"cases":1},');
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void errors.push(args.join(' ')));
    vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    await expect(evaluate(storeModule(broken, undefined)!, 'broken.mjs')).rejects.toThrow('exit 1');
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: Astro's content store cannot be read \\(.+\\) — delete that file`,
      ),
    );
  });

  it('leaves a chunked store and a missing store to Astro', () => {
    expect(storeModule(file, 'chunked')).toBeUndefined();
    expect(storeModule(file, { type: 'chunked', chunkSize: 1024 })).toBeUndefined();
    expect(storeModule(join(dir, 'missing.json'), undefined)).toBeUndefined();
  });
});
