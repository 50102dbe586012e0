/**
 * The large-site switch (`ATLAS_LARGE_SITE`, src/lib/site/scale.ts) changes
 * how the build holds the content, never what it publishes: the same
 * generated site built through Astro's public path and through the
 * large-site path gives the same files, byte for byte. Builds into a
 * temporary folder, never `dist/`.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withAstroLock } from '../helpers/astro-lock';
import { generateFixtures } from '../../scripts/lib/generate';
import { REPLACED_MESSAGE } from '../../src/integrations/content-store';
import { buildEnv } from '../helpers/cli';
import { tempDir } from '../helpers/temp';

const run = promisify(execFile);
const work = tempDir('large-site-switch');
const builds = { public: join(work, 'dist-public'), large: join(work, 'dist-large') };
const logs = { public: '', large: '' };

/** Every file of a build, as paths relative to it, except the search index (Pagefind's own output). */
function files(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) {
        if (path !== join(dir, 'pagefind')) walk(path);
      } else out.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

beforeAll(async () => {
  // Six cases: both kinds of case, and one text in MDX (the generator writes one case in ten so).
  const generated = generateFixtures({ cases: 6, dir: join(work, 'content') });
  for (const [name, large] of [
    ['public', '0'],
    ['large', '1'],
  ] as const) {
    const env = buildEnv({
      ATLAS_CONTENT_DIR: generated.dir,
      ATLAS_CACHE_DIR: join(work, `cache-${name}`),
      ATLAS_LARGE_SITE: large,
    });
    delete env.BASE_PATH;
    const { stdout, stderr } = await withAstroLock(() =>
      run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', builds[name]], {
        env,
        maxBuffer: 64 * 1024 * 1024,
      }),
    );
    logs[name] = stdout + stderr;
  }
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a site built with and without the large-site switch', () => {
  it('reads the content store as JSON only when the switch is on', () => {
    expect(logs.large).toContain(REPLACED_MESSAGE);
    expect(logs.large).not.toMatch(/was not replaced|was not found/);
    expect(logs.public).not.toContain(REPLACED_MESSAGE);
  });

  it('writes the same files, byte for byte: pages, data, feeds, citations and assets', () => {
    const list = files(builds.public);
    expect(list.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(100);
    expect(files(builds.large)).toEqual(list);
    const differing = list.filter(
      (f) => !readFileSync(join(builds.public, f)).equals(readFileSync(join(builds.large, f))),
    );
    expect(differing).toEqual([]);
  });
});
