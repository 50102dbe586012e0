/**
 * Builds the real site once per test run (into `dist/`), unless
 * `ATLAS_SKIP_BUILD=1` says a fresh build is already there.
 */
import { execFileSync } from 'node:child_process';

export default function setup() {
  if (process.env.ATLAS_SKIP_BUILD === '1') return;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], {
    stdio: 'inherit',
    env: { ...process.env, ATLAS_CONTENT_DIR: '', ASTRO_TELEMETRY_DISABLED: '1' },
  });
}
