/**
 * When a translation may no longer say what its original says: it was made
 * before the original last changed, either by its `updated` date (in
 * case.yaml or practice.yaml) or by the repository's history of the
 * original text, since an edit in GitHub's web editor changes the text
 * without touching `updated`. The page says so to its readers and the
 * editors' report lists it, so that a translator brings it up to date.
 */
import { execFileSync } from 'node:child_process';
import { dirname } from 'node:path';

/**
 * Whether a translation dated `translation.date` predates the original's
 * last change: `updated`, or `changedOn` (the day of the last commit of the
 * original text) when later. All dates are YYYY-MM-DD.
 */
export function isOutdated(translation: { date: string } | undefined, updated: string, changedOn?: string): boolean {
  return translation !== undefined && translation.date < lastChange(updated, changedOn);
}

/** The later of `updated` and the day of the last commit, when there is one. */
export function lastChange(updated: string, changedOn: string | undefined): string {
  return changedOn && changedOn > updated ? changedOn : updated;
}

const shallow = new Map<string, boolean>();

/** Runs git in `cwd`; undefined when git is missing or the folder is not in a repository. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return undefined;
  }
}

/**
 * The day (YYYY-MM-DD) of the last commit that changed a file, from the
 * repository's history; undefined when it cannot be known: no git, a file
 * outside a repository or never committed, or a shallow clone (whose only
 * commit would date every file to the day of the clone). Uncommitted
 * changes have no date yet and are not counted.
 */
export function committedOn(file: string): string | undefined {
  const cwd = dirname(file);
  let isShallow = shallow.get(cwd);
  if (isShallow === undefined) {
    const answer = git(cwd, ['rev-parse', '--is-shallow-repository']);
    isShallow = answer !== 'false';
    shallow.set(cwd, isShallow);
  }
  if (isShallow) return undefined;
  const day = git(cwd, ['log', '-1', '--format=%cs', '--', file]);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
