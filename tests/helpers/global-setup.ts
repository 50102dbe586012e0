/**
 * Builds the real site once per test run (into `dist/`), unless
 * `ATLAS_SKIP_BUILD=1` says a fresh build is already there, and gives the
 * run one temporary folder for the content copies tests make, removed when
 * the run ends (test workers may be stopped before their own clean-up runs).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-test-run-'));
  process.env.ATLAS_TEST_TMP = tmp;
  const teardown = () => rmSync(tmp, { recursive: true, force: true });
  if (process.env.ATLAS_SKIP_BUILD === '1') return teardown;
  // The published content, never a content folder left in the environment.
  const env: Record<string, string | undefined> = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.ATLAS_CONTENT_DIR;
  delete env.ATLAS_TEST_TMP;
  execFileSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--silent'], { stdio: 'inherit', env });
  return teardown;
}
