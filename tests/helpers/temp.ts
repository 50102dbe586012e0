/**
 * Temporary folders for tests, removed when the test process ends, so that
 * test runs do not pile up copies of the content in the system's temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];
process.once('exit', () => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

/** A new empty folder `atlas-<name>-XXXXXX` under the system's temp folder. */
export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `atlas-${name}-`));
  made.push(dir);
  return dir;
}
