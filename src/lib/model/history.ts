/**
 * The repository's history of the content: every commit of the main line
 * (first parents: each published state) that changed a file or an entry's
 * folder, so that a page can list its versions, a
 * researcher can cite one and find it again, and a translation made before
 * its original last changed is flagged. Read with one `git log` per
 * repository (and again when HEAD moves, since a dev server outlives
 * commits), following renames (`git mv`), so that a case whose folder was
 * renamed keeps its past. A shallow clone or a folder outside git has no
 * history to give: then the answer says why, and pages show none rather
 * than an invented one (a shallow clone's one commit would date every file
 * to the day of the clone).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';

/** One change to an entry's files. */
export interface Revision {
  /** Full commit hash: the permanent address of this version. */
  hash: string;
  /** Day the change was committed, `YYYY-MM-DD`. */
  date: string;
  /** The commit's one-line summary. */
  subject: string;
}

/** The changes to a file or folder, newest first, or why they cannot be known. */
export type PathHistory = { available: true; revisions: Revision[] } | { available: false; reason: string };

/** A commit with the files it touched, under their current names. */
type Commit = Revision & { files: string[] };

/** A repository's history, read once. */
interface Repository {
  top: string;
  commits: Commit[];
  /** The log of HEAD's moves, whose change (a commit, a checkout) makes the history read again. */
  headLog: string;
  headLogTime: number;
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** Runs git in `cwd`; undefined when git is missing or fails (not a repository, no commit yet). */
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

const modified = (file: string) => (existsSync(file) ? statSync(file).mtimeMs : 0);

/** By folder asked about: the top of its repository, or why it has no history. */
const tops = new Map<string, string | { reason: string }>();
/** By repository top: its history. */
const repositories = new Map<string, Repository>();

/** The repository holding the folder `cwd` with its history, or the reason there is none. */
function repositoryOf(cwd: string): Repository | { reason: string } {
  let top = tops.get(cwd);
  if (top === undefined) {
    const found = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
    if (!found) top = { reason: `${cwd} is not in a git repository` };
    else if (git(found, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false')
      top = { reason: 'the repository is a shallow clone: fetch its whole history with `git fetch --unshallow`' };
    else top = found;
    tops.set(cwd, top);
  }
  if (typeof top !== 'string') return top;
  const known = repositories.get(top);
  if (known && modified(known.headLog) === known.headLogTime) return known;
  const headLog = resolve(top, git(top, ['rev-parse', '--git-path', 'logs/HEAD'])?.trim() ?? '.git/logs/HEAD');
  const headLogTime = modified(headLog);
  // The history of the branch as it was published, one state after another: a merged branch counts as one
  // change (its merge), as its own commits were never a published version.
  const log =
    git(top, [
      'log',
      '--first-parent',
      '--diff-merges=first-parent',
      '-M',
      '--name-status',
      `--format=${RECORD}%H${FIELD}%cs${FIELD}%s`,
    ]) ?? '';
  const repository = { top, commits: parseLog(log), headLog, headLogTime };
  repositories.set(top, repository);
  return repository;
}

/**
 * The commits that changed `path` (a file, or a folder and everything in
 * it), newest first. Uncommitted changes have no commit yet and are not
 * counted.
 */
export function historyOf(path: string): PathHistory {
  const absolute = resolve(path);
  if (!existsSync(absolute)) return { available: false, reason: `${path} does not exist` };
  const real = realpathSync(absolute);
  const repository = repositoryOf(statSync(real).isDirectory() ? real : dirname(real));
  if (!('top' in repository)) return { available: false, reason: repository.reason };
  const target = relative(repository.top, real).split(sep).join('/');
  const inside = (file: string) => file === target || file.startsWith(`${target}/`);
  return {
    available: true,
    revisions: repository.commits
      .filter((commit) => commit.files.some(inside))
      .map(({ hash, date, subject }) => ({ hash, date, subject })),
  };
}

/**
 * The commits of `git log -M --name-status`, newest first, each with the
 * files it touched under their current names: walking back in time, a
 * rename teaches the older name of a file.
 */
export function parseLog(log: string): Commit[] {
  /** Older name → current name. */
  const current = new Map<string, string>();
  const named = (path: string) => current.get(path) ?? path;
  const commits: Commit[] = [];
  for (const record of log.split(RECORD).slice(1)) {
    const [header = '', ...lines] = record.split('\n');
    const [hash = '', date = '', subject = ''] = header.split(FIELD);
    const files: string[] = [];
    for (const line of lines) {
      const [status = '', from = '', to] = line.split('\t');
      if (!from) continue;
      if (status.startsWith('R') && to) {
        const name = named(to);
        files.push(name);
        current.set(from, name);
      } else files.push(named(from));
    }
    commits.push({ hash, date, subject, files });
  }
  return commits;
}
