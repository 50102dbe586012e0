/**
 * Slips an editor can make that YAML and Markdown accept without a word and
 * that would publish a wrong page: an impossible date rolled over to another
 * day, invisible characters that reorder a title, a comment printed as a
 * paragraph, a translation left in the original language, links that print
 * as brackets or leave the site. The build of content holding any of them
 * stops, with the check's message naming the file, the line, the field and
 * the fix.
 *
 * The contents are built one after the other in one process with Astro's own
 * build (`tests/helpers/build-each.ts`): a build that stops at the content
 * check has written nothing yet, in `.astro/` or elsewhere in the checkout,
 * so these builds need not take turns with the others
 * (`tests/helpers/astro-lock.ts`), as `content-errors.test.ts` does not.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
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
  const fixtures = invalidFixtures()
    .filter(({ name }) => ACCEPTED_BY_ASTRO.includes(name))
    .map((fixture) => ({ ...fixture, dir: invalidContent(fixture.name) }));
  const builds = new Map<string, { built: boolean; message: string }>();

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'tests/helpers/build-each.ts', tempDir('slips'), ...fixtures.map(({ dir }) => dir)],
      { env: buildEnv(IN_ENGLISH), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    for (const line of stdout.trim().split('\n')) {
      const { dir, ...outcome } = JSON.parse(line) as { dir: string; built: boolean; message: string };
      builds.set(dir, outcome);
    }
  });

  it('covers every slip listed', () => {
    expect(fixtures.map(({ name }) => name).sort()).toEqual([...ACCEPTED_BY_ASTRO].sort());
  });

  it.for(fixtures)('stops on $name with its message', ({ dir, expected }) => {
    const [problem, ...others] = checkContent(dir, process.cwd()).problems;
    expect(others).toEqual([]);
    const message = formatProblem(problem);
    expect(message).toContain(`${expected.file}:${expected.line}: ${expected.field}: `);
    expect(problem.message).toContain(expected.message);
    expect(builds.get(dir)?.built).toBe(false);
    expect(builds.get(dir)?.message).toContain(message);
  });
});
