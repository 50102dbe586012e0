/** `npm run report`, run as CI runs it: the editors' report printed and written to a file. */
import { cpSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

describe('npm run report', () => {
  it('prints the report and writes it to a file (npm run report)', () => {
    const dir = tempDir('report');
    cpSync(VALID, dir, { recursive: true });
    const out = join(dir, 'report.md');
    const run = runScript('report', ['--out', out], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("# Editors' report, ");
    expect(readFileSync(out, 'utf8')).toBe(run.stdout);
  });
});
