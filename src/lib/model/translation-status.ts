/**
 * When a translation may no longer say what its original says: it was made
 * before the original last changed, either by its `updated` date (in
 * case.yaml or practice.yaml) or by the repository's history of the
 * original text, since an edit in GitHub's web editor changes the text
 * without touching `updated`. The page says so to its readers and the
 * editors' report lists it, so that a translator brings it up to date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

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

/** Runs git in `cwd`; undefined when git is missing or the folder is not in a repository. */
function git(cwd: string, args: string[]): string | undefined {
  try {
    return execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return undefined;
  }
}

/** A repository's top folder and the day each of its files was last committed. */
interface History {
  top: string;
  days: Map<string, string>;
  /** The log of HEAD's moves, whose change (a commit, a checkout) makes the history read again. */
  headLog: string;
  headLogTime: number;
}
/** By folder asked about: one `git log` per repository and commit, however many pages ask. */
const histories = new Map<string, History | undefined>();

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/**
 * The history of the repository holding `cwd`, read with one `git log`
 * (newest first, so a file's first mention is its last change) and read
 * again when HEAD moves (a dev server outlives commits); undefined without
 * git, outside a repository, or in a shallow clone, whose only commit would
 * date every file to the day of the clone.
 */
function historyOf(cwd: string): History | undefined {
  const known = histories.get(cwd);
  if (histories.has(cwd) && (!known || modified(known.headLog) === known.headLogTime)) return known;
  let history: History | undefined;
  const top = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
  if (top && git(cwd, ['rev-parse', '--is-shallow-repository'])?.trim() === 'false') {
    const headLog = resolve(top, git(top, ['rev-parse', '--git-path', 'logs/HEAD'])?.trim() ?? '.git/logs/HEAD');
    const headLogTime = modified(headLog);
    const days = new Map<string, string>();
    let day = '';
    for (const line of git(top, ['log', '--format=%x00%cs', '--name-only', '--no-renames'])?.split('\n') ?? []) {
      if (line.startsWith('\0')) day = line.slice(1);
      else if (line && !days.has(line)) days.set(line, day);
    }
    history = { top, days, headLog, headLogTime };
  }
  histories.set(cwd, history);
  return history;
}

/**
 * The day (YYYY-MM-DD) of the last commit that changed a file, from the
 * repository's history; undefined when it cannot be known: no git, a file
 * outside a repository or never committed, or a shallow clone. Uncommitted
 * changes have no date yet and are not counted.
 */
export function committedOn(file: string): string | undefined {
  const history = historyOf(dirname(resolve(file)));
  if (!history) return undefined;
  const day = history.days.get(relative(history.top, resolve(file)).split(sep).join('/'));
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}
