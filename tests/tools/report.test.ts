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
import { commitOn } from '../helpers/git';
import { tempDir } from '../helpers/temp';
import { committedOn } from '../../src/lib/model/translation-status';

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
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--ui: "es" must be one of fr, en');
  });

  it("flags a translation whose original was edited after it without touching 'updated'", () => {
    const dir = tempDir('report-history');
    cpSync(VALID, dir, { recursive: true });
    execFileSync('git', ['init', '-q'], { cwd: dir });
    // Outside a repository's history nothing is invented.
    expect(committedOn(join(dir, 'cases/example-diaspora/case.fr.mdx'))).toBeUndefined();
    commitOn(dir, '2026-01-10', 'content');
    const original = join(dir, 'cases/example-diaspora/case.fr.mdx');
    const out = join(dir, 'r.md');
    // The English translation is dated 2026-02-02; the original's "updated" says 2026-02-01.
    let run = runScript('report', ['--out', out], dir);
    expect(run.stdout).not.toContain('Outdated translation: en');
    // The French text also holds the facts: a change of the facts alone leaves the translation current.
    writeFileSync(original, readFileSync(original, 'utf8').replace('\nscale: local\n', '\nscale: regional\n'));
    commitOn(dir, '2026-02-20', 'a fact corrected');
    expect(committedOn(original)).toBe('2026-01-10');
    run = runScript('report', ['--out', out], dir);
    expect(run.stdout).not.toContain('Outdated translation: en');
    writeFileSync(original, `${readFileSync(original, 'utf8')}\nOne more sentence.\n`);
    commitOn(dir, '2026-03-15', 'edit in the web editor');
    expect(committedOn(original)).toBe('2026-03-15');
    // A later change of the facts does not move that day.
    writeFileSync(original, readFileSync(original, 'utf8').replace('\nscale: regional\n', '\nscale: local\n'));
    commitOn(dir, '2026-04-01', 'the fact put back');
    expect(committedOn(original)).toBe('2026-03-15');
    run = runScript('report', ['--out', out], dir);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain('- Outdated translation: en (translated 2026-02-02, original changed 2026-03-15)');
  });
});
