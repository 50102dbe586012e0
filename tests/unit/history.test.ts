/** Reading the repository's log: every change filed under the current name of the files it touched. */
import { describe, expect, it } from 'vitest';
import { parseLog } from '../../src/lib/model/history';

const R = '\x1e';
const F = '\x1f';
/** A `git log -M --name-status` record, newest first as git prints them. */
const record = (hash: string, date: string, subject: string, ...files: string[]) =>
  `${R}${hash}${F}${date}${F}${subject}\n\n${files.join('\n')}\n`;

describe('parseLog', () => {
  it('keeps a renamed folder’s past under its new name', () => {
    const log =
      record('c3', '2026-03-01', 'Fix a figure', 'M\tcontent/cases/new-name/case.yaml') +
      record(
        'c2',
        '2026-02-01',
        'Rename the case',
        'R100\tcontent/cases/old-name/fr.md\tcontent/cases/new-name/fr.md',
      ) +
      record('c1', '2026-01-01', 'New case', 'A\tcontent/cases/old-name/fr.md', 'A\tcontent/cases/old-name/case.yaml');
    const commits = parseLog(log);
    expect(commits.map((c) => [c.hash, c.date, c.subject])).toEqual([
      ['c3', '2026-03-01', 'Fix a figure'],
      ['c2', '2026-02-01', 'Rename the case'],
      ['c1', '2026-01-01', 'New case'],
    ]);
    expect(commits[2].files).toContain('content/cases/new-name/fr.md');
    // A file the rename did not move keeps its own name.
    expect(commits[2].files).toContain('content/cases/old-name/case.yaml');
  });

  it('follows a file renamed twice back to its first name', () => {
    const log =
      record('c3', '2026-03-01', 'Second move', 'R090\tb.md\tc.md') +
      record('c2', '2026-02-01', 'First move', 'R100\ta.md\tb.md') +
      record('c1', '2026-01-01', 'Start', 'A\ta.md');
    expect(parseLog(log).map((c) => c.files)).toEqual([['c.md'], ['c.md'], ['c.md']]);
  });

  it('keeps a subject with tabs and colons whole', () => {
    const [commit] = parseLog(record('c1', '2026-01-01', 'Case X: figures\tfixed', 'M\tx.md'));
    expect(commit.subject).toBe('Case X: figures\tfixed');
  });

  it('reads an empty log as no change', () => {
    expect(parseLog('')).toEqual([]);
  });
});
