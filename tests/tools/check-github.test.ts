/** `npm run check:github`, run as the pull-request workflow runs it: annotations, the summary, the exit code. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runScript } from '../helpers/cli';
import { invalidContent, VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

afterEach(() => vi.unstubAllEnvs());

describe('npm run check:github', () => {
  it('annotates each problem on its line, writes the summary for the run and the comment, and fails', () => {
    const dir = invalidContent('unknown-theme');
    const stepSummary = join(dir, 'step-summary.md');
    writeFileSync(stepSummary, '');
    vi.stubEnv('GITHUB_STEP_SUMMARY', stepSummary);
    const comment = join(dir, 'comment.md');
    const run = runScript('check-github', ['--summary', comment], dir);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /^::error file=.*cases\/example-diaspora\/case\.fr\.mdx,line=\d+,title=themes\.0::unknown theme "educaton"/m,
    );
    const summary = readFileSync(comment, 'utf8');
    expect(summary).toContain('1 problem to fix');
    expect(summary).toContain('unknown theme "educaton"');
    expect(readFileSync(stepSummary, 'utf8')).toBe(summary);
  });

  it('says the content is valid and succeeds', () => {
    const dir = tempDir('check-github');
    cpSync(VALID, dir, { recursive: true });
    const comment = join(dir, 'comment.md');
    const run = runScript('check-github', ['--summary', comment], dir);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).not.toContain('::error');
    expect(readFileSync(comment, 'utf8')).toContain('The content is valid');
  });
});
