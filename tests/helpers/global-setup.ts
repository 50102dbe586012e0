/**
 * Gives the test run one temporary folder for the content copies tests make,
 * removed when the run ends (test workers may be stopped before their own
 * clean-up runs). The real site is built by `site-setup.ts`, only for the
 * projects that read it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup() {
  const tmp = mkdtempSync(join(tmpdir(), 'atlas-test-run-'));
  process.env.ATLAS_TEST_TMP = tmp;
  return () => rmSync(tmp, { recursive: true, force: true });
}
