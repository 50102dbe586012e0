/**
 * Builds the fixture content under a sub-path, with renamed entries (see
 * `sub-path.ts`), after the real site: two builds in one checkout never run
 * at the same time (they share Astro's `.astro/` folder). The build runs in
 * the background (see `setup-builds.ts`); the build project's test files
 * wait for it (`setup-builds-ready.ts`).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { factsFile, splitFrontMatter } from '../../src/lib/model/layout';
import type { TestProject } from 'vitest/node';
import { checkoutTempPath } from './checkout';
import { buildEnv } from './cli';
import { VALID } from './fixtures';
import { endBuilds, startBuild, type SetupBuild } from './setup-builds';
import { BASE, MOVES, subPathSettings } from './sub-path';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The sub-path fixture's setup build, which every test file of the build project waits for. */
    subPathBuild?: SetupBuild;
  }
}

export default function setup(project: TestProject) {
  // The same folder for every run of this checkout, so that the build's content cache (kept per
  // content folder) stays valid; another one for each other checkout of the machine.
  const work = checkoutTempPath('sub-path-fixture');
  rmSync(work, { recursive: true, force: true });
  const content = join(work, 'content');
  const root = join(work, 'www');
  cpSync(VALID, content, { recursive: true });
  for (const [section, from, to] of MOVES) {
    const file = factsFile(section, join(content, section, to));
    const { frontMatter, body } = splitFrontMatter(readFileSync(file, 'utf8'))!;
    writeFileSync(file, `---\n${frontMatter}\nformerSlugs: [${from}]\n---\n${body}`);
  }
  const build = startBuild('sub-path', ['--silent', '--outDir', join(root, BASE)], buildEnv(subPathSettings(content)));
  project.provide('subPathBuild', build);
  project.provide('subPathRoot', root);
  project.provide('subPathContent', content);
  return async () => {
    await endBuilds();
    rmSync(work, { recursive: true, force: true });
  };
}
