/**
 * The content check as a pull request on GitHub shows it: each problem an
 * annotation on its file and line, and a summary listing them all.
 */
import { describe, expect, it } from 'vitest';
import { checkContent, type Problem } from '../../src/lib/model/check';
import { annotation, logLines, summary, SUMMARY_MARKER } from '../../src/lib/model/check/github';
import { invalidContent } from '../helpers/fixtures';

const problem: Problem = {
  file: 'content/cases/x/case.fr.md',
  line: 12,
  field: 'themes.0',
  message: 'unknown theme "educaton" — choose among education, health',
};

describe('annotations for GitHub', () => {
  it('put the problem on its file and line, titled with its field', () => {
    expect(annotation(problem)).toBe(
      '::error file=content/cases/x/case.fr.md,line=12,title=themes.0::unknown theme "educaton" — choose among education, health',
    );
  });

  it('leave out the line when the check does not know it', () => {
    expect(annotation({ ...problem, line: undefined })).toBe(
      '::error file=content/cases/x/case.fr.md,title=themes.0::unknown theme "educaton" — choose among education, health',
    );
  });

  it('escape what would end a property or the command, so that nothing is cut or lost', () => {
    const line = annotation({
      file: 'content/a,b:c.yaml',
      line: 3,
      field: 'title: 100%',
      message: 'first line\nsecond: 50%, then\r\nthird',
    });
    expect(line).toBe(
      '::error file=content/a%2Cb%3Ac.yaml,line=3,title=title%3A 100%25::first line%0Asecond: 50%25, then%0D%0Athird',
    );
    expect(line.split('\n')).toHaveLength(1);
  });

  it('give the check’s real problem for an invalid fixture, with its line', () => {
    const dir = invalidContent('unknown-theme');
    const { problems } = checkContent(dir, dir);
    const [first] = logLines(problems);
    expect(first).toMatch(
      /^::error file=cases\/example-diaspora\/case\.fr\.mdx,line=\d+,title=themes\.0::unknown theme "educaton"/,
    );
  });
});

describe('the summary', () => {
  it('says the content is valid when it is', () => {
    const text = summary([], { cases: 3, practices: 2 });
    expect(text).toContain(SUMMARY_MARKER);
    expect(text).toContain('The content is valid (3 cases, 2 practices).');
    expect(text).not.toContain('|');
  });

  it('lists every problem in a table whose cells a pipe or a line break cannot split', () => {
    const text = summary([problem, { file: 'content/b.md', field: 'summary', message: 'a | b\nc' }]);
    expect(text).toContain('2 problems to fix');
    expect(text).toContain(
      '| `content/cases/x/case.fr.md:12` | `themes.0` | unknown theme "educaton" — choose among education, health |',
    );
    expect(text).toContain('| `content/b.md` | `summary` | a \\| b c |');
  });
});
