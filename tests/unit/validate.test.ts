import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { invalidContent, invalidFixtures, VALID } from '../helpers/fixtures';

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

  describe.each(invalidFixtures())('refuses $name', ({ name, expected }) => {
    it(`reports ${expected.field} in ${expected.file}`, () => {
      const dir = invalidContent(name);
      const { problems } = checkContent(dir, dir);
      expect(problems, problems.map(formatProblem).join('\n')).toHaveLength(1);
      const [problem] = problems;
      expect(problem).toMatchObject({ file: expected.file, field: expected.field });
      expect(problem.message).toContain(expected.message);
      if (expected.line) expect(problem.line).toBe(expected.line);
    });
  });

  it('formats a problem as file:line: field: message', () => {
    expect(formatProblem({ file: 'content/a.yaml', line: 3, field: 'x', message: 'is wrong' })).toBe(
      'content/a.yaml:3: x: is wrong',
    );
  });
});
