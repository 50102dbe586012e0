/**
 * Builds the real site into `dist/` once per test run, for the build and
 * browser projects (whichever of them sets up first builds it), unless
 * `ATLAS_SKIP_BUILD=1` says a fresh build is already there.
 */
import { execFileSync } from 'node:child_process';

/** Marks the build as made; the projects' global setups all run in Vitest's main process. */
const BUILT = Symbol.for('codev-atlas.tests.site-built');

export default function setup() {
  const state = globalThis as { [BUILT]?: boolean };
  if (state[BUILT] || process.env.ATLAS_SKIP_BUILD === '1') return;
  // The published content, never a content folder left in the environment.
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ATLAS_CONTENT_DIR;
  delete env.ATLAS_TEST_TMP;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
  state[BUILT] = true;
}
