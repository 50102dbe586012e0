/**
 * When a translation may no longer say what its original says: it was made
 * before the original last changed, either by its `updated` date (in the
 * facts) or by the repository's history of the original text, since an
 * edit in GitHub's web editor changes the text without touching `updated`.
 * The page says so to its readers and the editors' report lists it, so that
 * a translator brings it up to date. The French text also holds the facts:
 * a commit that changed only them did not change the text, and is not
 * counted.
 */
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { withoutFacts } from '../../schemas/entry-fields';
import { fileHistory, type FileRevision } from './history';
import {
  contentRootOf,
  FACTS_LANG,
  FOLDER_COLLECTIONS,
  formerTextFiles,
  parseYaml,
  splitFrontMatter,
  textFileName,
  textIn,
  walk,
  type FolderCollection,
} from './layout';

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

/**
 * The day (YYYY-MM-DD) of the last commit that changed a text, from the
 * repository's history; undefined when it cannot be known: no git, a file
 * outside a repository or never committed, or a shallow clone. Uncommitted
 * changes have no date yet and are not counted. In a French text, which
 * also holds the facts, a commit counts only when it changed the text
 * fields or the body: each version is compared with the one before it,
 * newest first, until one differs (the versions of every French text are
 * read at once, see `readAllVersions`).
 */
export function committedOn(file: string): string | undefined {
  const found = textFileName(basename(file));
  if (!found || found.lang !== FACTS_LANG) return fileHistory(file)?.revisions[0]?.date;
  // Each translation's page asks about the same original: git reads its versions once per state of it.
  const key = `${file}@${fileHistory(file)?.revisions[0]?.hash ?? ''}`;
  if (!textChanges.has(key)) textChanges.set(key, textChangedOn(file, found.collection));
  return textChanges.get(key);
}

/** By French text and its newest commit: the day its text last changed. */
const textChanges = new Map<string, string | undefined>();

/** The objects (`<commit>:<path>`) of a file's history: each version, and the one before it. */
const versionsOf = (history: { revisions: FileRevision[] }) =>
  history.revisions.flatMap(({ hash, name, before }) => [`${hash}:${name}`, `${hash}^:${before}`]);

/**
 * The files whose past a French text's history reads: the text, and before
 * the move, `fr.md` (the French text was `fr.md` and the facts `case.yaml`,
 * which git may take for the text's former name).
 */
const pastOf = (file: string) => [file, ...formerTextFiles(dirname(file), FACTS_LANG)];

/** The day of the last commit that changed the text of a French text, facts aside. */
function textChangedOn(file: string, collection: FolderCollection): string | undefined {
  readAllVersions(contentRootOf(dirname(file)));
  for (const path of pastOf(file)) {
    const history = fileHistory(path);
    if (!history) continue;
    const versions = readVersions(history.top, versionsOf(history));
    for (const [i, revision] of history.revisions.entries()) {
      const [after, before] = [versions[2 * i], versions[2 * i + 1]];
      // A version without front matter is the facts file (`case.yaml`): the past is read in `fr.md`.
      if (after !== undefined && !splitFrontMatter(after)) break;
      if (after === undefined || before === undefined || !sameText(collection, after, before)) return revision.date;
    }
  }
  return undefined;
}

/** Content folders whose French texts' versions were read together (`readAllVersions`). */
const contentRead = new Set<string>();

/**
 * Reads the versions of every French text of the content folder `root`
 * (`<root>/cases/<slug>/case.fr.md`…) with one `git cat-file` for them all,
 * the first time one of them is asked about: a page asks about one text at
 * a time, and each start of git, from a build that holds the whole site in
 * memory, cost about 60 ms (88 of them for the published content).
 */
function readAllVersions(root: string) {
  if (contentRead.has(root)) return;
  contentRead.add(root);
  const byTop = new Map<string, string[]>();
  for (const collection of Object.keys(FOLDER_COLLECTIONS) as FolderCollection[])
    for (const { path: folder } of walk(root, collection)) {
      const text = textIn(collection, folder, FACTS_LANG);
      for (const path of text ? pastOf(text.path) : []) {
        const history = fileHistory(path);
        if (!history) continue;
        const objects = byTop.get(history.top) ?? [];
        objects.push(...versionsOf(history));
        byTop.set(history.top, objects);
      }
    }
  for (const [top, objects] of byTop) readVersions(top, objects);
}

/** Whether two versions of a French text have the same text: front matter but for the facts, and body. */
function sameText(collection: FolderCollection, a: string, b: string): boolean {
  const [partsA, partsB] = [splitFrontMatter(a), splitFrontMatter(b)];
  if (!partsA || !partsB) return a === b;
  if (partsA.body !== partsB.body) return false;
  try {
    const text = (yaml: string) => withoutFacts(collection, parseYaml(yaml, { datesAsText: true }) ?? {});
    return isDeepStrictEqual(text(partsA.frontMatter), text(partsB.frontMatter));
  } catch {
    return partsA.frontMatter === partsB.frontMatter;
  }
}

/** Versions already read, by repository top and object (`<top>\0<commit>:<path>`). */
const versionCache = new Map<string, string | undefined>();

/**
 * The contents of `objects` (`<commit>:<path>`), those not read before read
 * by one `git cat-file --batch` in the repository `top`; undefined for one
 * that does not exist (the file before the commit that added it).
 */
function readVersions(top: string, objects: string[]): (string | undefined)[] {
  const key = (object: string) => `${top}\0${object}`;
  const missing = [...new Set(objects.filter((object) => !versionCache.has(key(object))))];
  if (missing.length > 0) {
    const contents = catFile(top, missing);
    missing.forEach((object, i) => versionCache.set(key(object), contents[i]));
  }
  return objects.map((object) => versionCache.get(key(object)));
}

/** The contents of `objects`, read by one `git cat-file --batch` in `top`. */
function catFile(top: string, objects: string[]): (string | undefined)[] {
  let out: Buffer;
  try {
    out = execFileSync('git', ['cat-file', '--batch'], {
      cwd: top,
      input: `${objects.join('\n')}\n`,
      stdio: ['pipe', 'pipe', 'ignore'],
      maxBuffer: 1 << 30,
    });
  } catch {
    return objects.map(() => undefined);
  }
  const contents: (string | undefined)[] = [];
  let at = 0;
  for (let i = 0; i < objects.length; i++) {
    const end = out.indexOf(0x0a, at);
    const header = out.subarray(at, end).toString('utf8');
    at = end + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header)?.[1];
    if (size === undefined) {
      contents.push(undefined);
      continue;
    }
    contents.push(out.subarray(at, at + Number(size)).toString('utf8'));
    at += Number(size) + 1;
  }
  return contents;
}
