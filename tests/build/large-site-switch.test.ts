/**
 * The large-site switch (`ATLAS_LARGE_SITE`, src/lib/site/scale.ts) changes
 * how the build holds the content, never what it publishes: the fixture
 * site built under a sub-path through Astro's public path (the build
 * project's setup build, `tests/helpers/sub-path-setup.ts`) and the same
 * content built here through the large-site path give the same files, byte
 * for byte. The second build goes to a temporary folder, never `dist/`.
 */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { withAstroLock } from '../helpers/astro-lock';
import { REPLACED_MESSAGE } from '../../src/integrations/content-store';
import { buildEnv } from '../helpers/cli';
import { BASE, subPathSettings } from '../helpers/sub-path';
import { tempDir } from '../helpers/temp';

const run = promisify(execFile);
const work = tempDir('large-site-switch');
const builds = { public: join(inject('subPathRoot'), BASE), large: join(work, 'dist-large') };
let largeLog = '';

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
  // The fixture holds both kinds of case and texts in Markdown and in MDX.
  const env = buildEnv({
    ...subPathSettings(inject('subPathContent')),
    ATLAS_CACHE_DIR: join(work, 'cache'),
    ATLAS_LARGE_SITE: '1',
  });
  const { stdout, stderr } = await withAstroLock(() =>
    run(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', builds.large], {
      env,
      maxBuffer: 64 * 1024 * 1024,
    }),
  );
  largeLog = stdout + stderr;
}, 900_000);

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

describe('a site built with and without the large-site switch', () => {
  it('reads the content store as JSON only when the switch is on', () => {
    expect(largeLog).toContain(REPLACED_MESSAGE);
    expect(largeLog).not.toMatch(/was not replaced|was not found/);
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
