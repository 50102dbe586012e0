/**
 * `npm run report`, run as CI runs it: the editors' report printed and
 * written to a file, in the system's language, and the repository's history
 * telling which translations their original left behind.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';
import { committedOn } from '../../src/lib/model/translation-status';

/** Commits everything in `dir` on a given day, as an edit in GitHub's web editor would. */
function commit(dir: string, day: string, message: string) {
  const env = {
    ...process.env,
    GIT_AUTHOR_DATE: `${day}T12:00:00Z`,
    GIT_COMMITTER_DATE: `${day}T12:00:00Z`,
    GIT_AUTHOR_NAME: 'Editor',
    GIT_AUTHOR_EMAIL: 'editor@example.org',
    GIT_COMMITTER_NAME: 'Editor',
    GIT_COMMITTER_EMAIL: 'editor@example.org',
  };
  execFileSync('git', ['add', '-A'], { cwd: dir, env });
  execFileSync('git', ['commit', '-q', '-m', message], { cwd: dir, env });
}

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

  it('speaks French when the system does, and refuses a language it does not speak', () => {
    const dir = tempDir('report');
    cpSync(VALID, dir, { recursive: true });
    const run = runScript('report', ['--out', join(dir, 'r.md')], dir, { LANG: 'fr_FR.UTF-8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('# Rapport éditorial, ');
    const wrong = runScript('report', ['--ui', 'es', '--out', join(dir, 'r.md')], dir);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--ui: "es" must be one of fr, en');
  });

  it("flags a translation whose original was edited after it without touching 'updated'", () => {
    const dir = tempDir('report-history');
    cpSync(VALID, dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    // Outside a repository's history nothing is invented.
    expect(committedOn(join(dir, 'cases/example-diaspora/fr.mdx'))).toBeUndefined();
    commit(dir, '2026-01-10', 'content');
    const original = join(dir, 'cases/example-diaspora/fr.mdx');
    const out = join(dir, 'r.md');
    // The English translation is dated 2026-02-02; the original's "updated" says 2026-02-01.
    let run = runScript('report', ['--out', out], dir);
    expect(run.stdout).not.toContain('Outdated translation: en');
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nOne more sentence.\n`);
    commit(dir, '2026-03-15', 'edit in the web editor');
    expect(committedOn(original)).toBe('2026-03-15');
    run = runScript('report', ['--out', out], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('- Outdated translation: en (translated 2026-02-02, original changed 2026-03-15)');
  });
});
