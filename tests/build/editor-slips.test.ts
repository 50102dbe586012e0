/**
 * Slips an editor can make that YAML and Markdown accept without a word and
 * that would publish a wrong page: an impossible date rolled over to another
 * day, invisible characters that reorder a title, a comment printed as a
 * paragraph, a translation left in the original language, links that print
 * as brackets or leave the site. The build of content holding any of them
 * stops, with the check's message naming the file, the line, the field and
 * the fix.
 *
 * Each is its own `astro build`, several at a time: a build that stops at
 * the content check has written nothing yet, in `.astro/` or elsewhere in
 * the checkout, so these builds need not take turns with the others
 * (`tests/helpers/astro-lock.ts`), as `content-errors.test.ts` does not.
 */
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { buildEnv, IN_ENGLISH } from '../helpers/cli';
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

  it.concurrent.for(fixtures)('stops on $name with its message', async ({ name, expected }, { expect }) => {
    const dir = invalidContent(name);
    const [problem, ...others] = checkContent(dir, process.cwd()).problems;
    expect(others).toEqual([]);
    const message = formatProblem(problem);
    expect(message).toContain(`${expected.file}:${expected.line}: ${expected.field}: `);
    expect(problem.message).toContain(expected.message);
    const build = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      const child = execFile(
        process.execPath,
        ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', tempDir(`slip-${name}`)],
        { env: buildEnv({ ...IN_ENGLISH, ATLAS_CONTENT_DIR: dir }), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
        (_error, stdout, stderr) => resolve({ status: child.exitCode, stdout, stderr }),
      );
    });
    expect(build.status).not.toBe(0);
    expect(`${build.stdout}\n${build.stderr}`).toContain(message);
  });
});
