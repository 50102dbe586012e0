/** Repositories made by tests, with commits dated as an editor's would be. */
import { execFileSync } from 'node:child_process';

/** Commits everything in `dir` on a given day, as an edit in GitHub's web editor would. */
export function commitOn(dir: string, day: string, message: string) {
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
