/**
 * Starts the build of the real site into `dist/`, once per test run, for the
 * build and browser projects (whichever of them sets up first starts it),
 * unless `ATLAS_SKIP_BUILD=1` says a fresh build is already there. The build
 * runs in the background (see `setup-builds.ts`); the projects' test files
 * wait for it (`setup-builds-ready.ts`).
 */
import type { TestProject } from 'vitest/node';
import { endBuilds, skipBuild, startBuild, type SetupBuild } from './setup-builds';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The real site's setup build, which every test file of the project waits for. */
    siteBuild: SetupBuild;
  }
}

export default function setup(project: TestProject) {
  if (process.env.ATLAS_SKIP_BUILD === '1') project.provide('siteBuild', skipBuild('site'));
  else {
    // The published content, never a content folder left in the environment.
    const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
    delete env.ATLAS_CONTENT_DIR;
    delete env.ATLAS_TEST_TMP;
    project.provide('siteBuild', startBuild('site', ['--silent'], env));
  }
  return endBuilds;
}
