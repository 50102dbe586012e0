/**
 * Slips an editor can make that YAML and Markdown accept without a word and
 * that would publish a wrong page: an impossible date rolled over to another
 * day, invisible characters that reorder a title, a comment printed as a
 * paragraph, a translation left in the original language, links that print
 * as brackets or leave the site. The build of content holding any of them
 * stops, with the check's message naming the file, the line, the field and
 * the fix.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { withAstroLock } from '../helpers/astro-lock';
import { buildEnv } from '../helpers/cli';
import { invalidContent, invalidFixtures } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

/** The fixtures of `tests/fixtures/invalid/` whose content Astro alone would have published. */
const ACCEPTED_BY_ASTRO = [
  'impossible-day',
  'impossible-day-quoted',
  'impossible-month',
  'bidi-control-character',
  'bidi-control-character-in-body',
  'md-jsx-comment',
  'untranslated-text',
  'link-with-spaces',
  'protocol-relative-link',
  'url-with-spaces',
];

describe('a build of content with an editor slip', () => {
  const fixtures = invalidFixtures().filter(({ name }) => ACCEPTED_BY_ASTRO.includes(name));

  it('covers every slip listed', () => {
    expect(fixtures.map(({ name }) => name).sort()).toEqual([...ACCEPTED_BY_ASTRO].sort());
  });

  it.each(fixtures)('stops on $name with its message', async ({ name, expected }) => {
    const dir = invalidContent(name);
    const [problem, ...others] = checkContent(dir, process.cwd()).problems;
    expect(others).toEqual([]);
    const message = formatProblem(problem);
    expect(message).toContain(`${expected.file}:${expected.line}: ${expected.field}: `);
    expect(problem.message).toContain(expected.message);
    const build = await withAstroLock(() =>
      Promise.resolve(
        spawnSync(
          process.execPath,
          ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', tempDir(`slip-${name}`)],
          {
            env: buildEnv({ ATLAS_CONTENT_DIR: dir }),
            encoding: 'utf8',
          },
        ),
      ),
    );
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}\n${build.stderr}`).toContain(message);
  });
});
