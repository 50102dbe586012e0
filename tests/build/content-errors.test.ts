/**
 * The build refuses content that the check refuses, before anything is
 * compiled (so an `import` in a text never runs), and says the same thing:
 * every problem as `file:line: field: problem — how to fix`.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { buildEnv } from '../helpers/cli';
import { invalidContent } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

describe('a build of content with problems', () => {
  it('stops before rendering, with the messages of npm run check', () => {
    const dir = invalidContent('mdx-import');
    const out = tempDir('refused');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out], {
      env: buildEnv({ ATLAS_CONTENT_DIR: dir }),
      encoding: 'utf8',
    });
    expect(build.status).not.toBe(0);
    const expected = checkContent(dir, process.cwd()).problems.map(formatProblem);
    expect(expected).toHaveLength(1);
    expect(expected[0]).toMatch(/fr\.mdx:8: body: an "import" line would run code during the build/);
    expect(`${build.stdout}\n${build.stderr}`).toContain(expected[0]);
  });
});
