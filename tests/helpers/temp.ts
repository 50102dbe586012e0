/**
 * Temporary folders for tests, inside the test run's own temporary folder
 * (made and removed by the global setup), so that test runs do not pile up
 * copies of the content in the system's temp folder.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A new empty folder `atlas-<name>-XXXXXX` in the test run's temporary folder. */
export function tempDir(name: string): string {
  return mkdtempSync(join(process.env.ATLAS_TEST_TMP || tmpdir(), `atlas-${name}-`));
}
