/**
 * Builds the fixture content under a sub-path, with renamed entries (see
 * `sub-path.ts`), after the real site: two builds in one checkout never run
 * at the same time (they share Astro's `.astro/` folder).
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildEnv } from './cli';
import { VALID } from './fixtures';
import { BASE, CONTACT, MOVES, ORIGIN, REPOSITORY } from './sub-path';

export default function setup(project: TestProject) {
  // Always the same folder, so that the build's content cache (kept per content folder) stays valid.
  const work = join(tmpdir(), 'atlas-sub-path-fixture');
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  const root = join(work, 'www');
  cpSync(VALID, content, { recursive: true });
  for (const [section, from, to] of MOVES)
    appendFileSync(
      join(content, section, to, section === 'cases' ? 'case.yaml' : 'practice.yaml'),
      `formerSlugs: [${from}]\n`,
    );
  execFileSync(
    process.execPath,
    ['node_modules/astro/bin/astro.mjs', 'build', '--silent', '--outDir', join(root, BASE)],
    {
      stdio: 'inherit',
      env: buildEnv({
        ATLAS_CONTENT_DIR: content,
        BASE_PATH: BASE,
        SITE_URL: ORIGIN,
        ATLAS_REPOSITORY_URL: REPOSITORY,
        ATLAS_CONTACT_EMAIL: CONTACT,
      }),
    },
  );
  project.provide('subPathRoot', root);
  return () => rmSync(work, { recursive: true, force: true });
}
