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
 * to the day of the clone). Commits listed in `.git-blame-ignore-revs` at
 * the repository's root (git's own convention for changes that change no
 * content, such as a move of files to a new layout) are not versions: they
 * are left out, their renames still followed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';

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
type Commit = Revision & {
  files: string[];
  /** By current name: the file's name in this commit, and before it when it was renamed by it; whether it added it. */
  names: Map<string, { name: string; before: string; added?: boolean }>;
};

/** A file's change: the commit, and the file's name in it and before it (they differ when it was renamed). */
export type FileRevision = Revision & { name: string; before: string };

/** A repository's history, read once. */
interface Repository {
  top: string;
  commits: Commit[];
  /**
   * By current name: the newest commit, ignored ones included, that gave a
   * file this name (added it, or renamed it to it); before that commit the
   * file had another name or did not exist.
   */
  named: Map<string, string>;
  /** Every commit's position in the log, ignored ones included (0 for the newest). */
  position: Map<string, number>;
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

/** By folder: the top of its repository, or why it has no history. */
const tops = new Map<string, string | { reason: string }>();
/** By repository top: its history. */
const repositories = new Map<string, Repository>();

/**
 * What `tops` knows of `cwd` from the folder itself or one of the folders
 * above it: every folder inside a repository's top is in that repository,
 * and the folders above one outside any repository are outside too. So
 * git is asked once per site, not once per entry's folder (each start of
 * git costs more as the build's memory grows: minutes at 10,000 cases). A
 * repository nested inside another's folders is not looked for.
 */
function knownTop(cwd: string): string | { reason: string } | undefined {
  for (let dir = cwd; ; dir = dirname(dir)) {
    const top = tops.get(dir);
    if (top !== undefined) return top;
    if (dirname(dir) === dir) return undefined;
  }
}

/** The repository holding `folder` with its history, or the reason there is none. */
function repositoryOf(folder: string): Repository | { reason: string } {
  // As git names folders: symbolic links resolved.
  const cwd = existsSync(folder) ? realpathSync(folder) : resolve(folder);
  let top = knownTop(cwd);
  if (top === undefined) {
    const found = git(cwd, ['rev-parse', '--show-toplevel'])?.trim();
    if (!found) {
      top = { reason: `${cwd} is not in a git repository` };
      for (let dir = cwd; !tops.has(dir); dir = dirname(dir)) tops.set(dir, top);
    } else {
      if (git(found, ['rev-parse', '--is-shallow-repository'])?.trim() !== 'false')
        top = { reason: 'the repository is a shallow clone: fetch its whole history with `git fetch --unshallow`' };
      else top = found;
      tops.set(found, top);
    }
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
  const ignored = ignoredRevisions(top);
  const all = parseLog(log);
  const named = new Map<string, string>();
  for (const commit of all)
    for (const [current, { name, before, added }] of commit.names)
      if (!named.has(current) && (added || name !== before)) named.set(current, commit.hash);
  const position = new Map(all.map((commit, i) => [commit.hash, i]));
  const commits = all.filter((commit) => !ignored.some((hash) => commit.hash.startsWith(hash)));
  const repository = { top, commits, named, position, headLog, headLogTime };
  repositories.set(top, repository);
  return repository;
}

/** The file of commits that are not versions, as `git blame --ignore-revs-file` reads it. */
export const IGNORE_REVS_FILE = '.git-blame-ignore-revs';

/** The commits `.git-blame-ignore-revs` lists: one hash per line, `#` comments and blank lines aside. */
function ignoredRevisions(top: string): string[] {
  let text: string;
  try {
    text = readFileSync(resolve(top, IGNORE_REVS_FILE), 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .map((line) => line.replace(/#.*/, '').trim())
    .filter((line) => /^[0-9a-f]{7,40}$/.test(line));
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
 * The commits that changed the file `path` (which may no longer exist),
 * newest first, each with the file's name in it and before it, to read its versions (`git cat-file`);
 * with the repository's top, from which those names are written.
 */
export function fileHistory(path: string): { top: string; revisions: FileRevision[] } | undefined {
  const absolute = resolve(path);
  // A file of the past (a name it had before a move) is asked about from its folder.
  if (!existsSync(dirname(absolute))) return undefined;
  const real = join(realpathSync(dirname(absolute)), basename(absolute));
  const repository = repositoryOf(dirname(real));
  if (!('top' in repository)) return undefined;
  const target = relative(repository.top, real).split(sep).join('/');
  return {
    top: repository.top,
    revisions: repository.commits.flatMap(({ hash, date, subject, names }) => {
      const found = names.get(target);
      return found ? [{ hash, date, subject, name: found.name, before: found.before }] : [];
    }),
  };
}

/**
 * Whether the file `path` (from the repository's root, as it is named now)
 * had this name at the commit `hash`: false when a later commit added it or
 * renamed it to it (a move to a new layout, left out of the versions, still
 * renamed it). True when the history cannot tell.
 */
export function namedAt(top: string, path: string, hash: string): boolean {
  const repository = repositories.get(top);
  const since = repository?.named.get(path);
  if (!repository || since === undefined) return true;
  return (repository.position.get(hash) ?? 0) <= (repository.position.get(since) ?? 0);
}

/** The top of the repository holding `folder`, when it has a history. */
export function repositoryTop(folder: string): string | undefined {
  const repository = existsSync(folder) ? repositoryOf(realpathSync(folder)) : undefined;
  return repository && 'top' in repository ? repository.top : undefined;
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
    const names = new Map<string, { name: string; before: string; added?: boolean }>();
    for (const line of lines) {
      const [status = '', from = '', to] = line.split('\t');
      if (!from) continue;
      if (status.startsWith('R') && to) {
        const name = named(to);
        files.push(name);
        names.set(name, { name: to, before: from });
        current.set(from, name);
      } else {
        files.push(named(from));
        names.set(named(from), { name: from, before: from, ...(status === 'A' ? { added: true } : {}) });
      }
    }
    commits.push({ hash, date, subject, files, names });
  }
  return commits;
}
