import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem, type Problem } from '../../src/lib/model/check';
import { invalidContent, invalidFixtures, VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

describe('content validation', () => {
  it('accepts the valid fixture', () => {
    const { problems, counts } = checkContent(VALID, VALID);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(counts).toMatchObject({ cases: 2, practices: 2, organizations: 2, programmes: 1, people: 2, themes: 2 });
  });

  it('accepts the real content of the atlas', () => {
    const { problems } = checkContent('content');
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('asks for the French text, which holds the facts, when a case folder lacks it', () => {
    const dir = tempDir('without-french');
    cpSync(VALID, dir, { recursive: true });
    rmSync(join(dir, 'cases/example-diaspora/case.fr.mdx'));
    const { problems } = checkContent(dir, dir);
    expect(problems.map(formatProblem)).toEqual([
      'cases/example-diaspora/case.fr.md: file: is missing: every case folder needs a case.fr.md with its facts and its French text in the front matter, and the French text below it',
    ]);
  });

  describe.each(invalidFixtures())('refuses $name', ({ name, expected }) => {
    let dir = '';
    let problems: Problem[] = [];
    beforeAll(() => {
      dir = invalidContent(name);
      ({ problems } = checkContent(dir, dir));
    });

    it(`reports ${expected.field} in ${expected.file}`, () => {
      expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ file: expected.file, field: expected.field });
      expect(problem.message).toContain(expected.message);
      if (expected.line) expect(problem.line).toBe(expected.line);
    });

    // A message added in English only fails here: add its French beside it in src/lib/model/check/wording.ts.
    it('says it in French when the check speaks French', () => {
      const french = checkContent(dir, dir, { lang: 'fr' }).problems;
      expect(french.map(({ file, line, field }) => ({ file, line, field }))).toEqual(
        problems.map(({ file, line, field }) => ({ file, line, field })),
      );
      for (const [i, problem] of french.entries()) expect(problem.message).not.toBe(problems[i].message);
    });
  });

  it('formats a problem as file:line: field: message', () => {
    expect(formatProblem({ file: 'content/a.yaml', line: 3, field: 'x', message: 'is wrong' })).toBe(
      'content/a.yaml:3: x: is wrong',
    );
  });
});
