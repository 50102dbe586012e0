/**
 * Builds the real site once per test run (into `dist/`), unless
 * `ATLAS_SKIP_BUILD=1` says a fresh build is already there.
 */
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.ATLAS_SKIP_BUILD === '1') return;
  // The published content, never a content folder left in the environment.
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ATLAS_CONTENT_DIR;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
}
