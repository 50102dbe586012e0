/**
 * The module that reads Astro's content store, run in a process of its own
 * as the build runs it: a store it cannot read stops the build with the file
 * and the fix.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeModule } from '../../src/integrations/content-store';
import { tempDir } from '../helpers/temp';

const dir = tempDir('store');

describe('the content store module', () => {
  it('stops the build with the file and the fix when the store cannot be read', () => {
    const broken = join(dir, 'broken-store.json');
    writeFileSync(broken, '[{"cases":1},');
    const module = join(dir, 'broken.mjs');
    writeFileSync(module, storeModule(broken, undefined)!);
    const run = spawnSync(process.execPath, [module], { encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`Could not read Astro's content store ${broken}`);
    expect(run.stderr).toContain('Delete that file');
  });
});
