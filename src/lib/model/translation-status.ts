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
import { fileHistory } from './history';
import {
  FACTS_LANG,
  formerTextFiles,
  parseYaml,
  splitFrontMatter,
  textFileName,
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
 * fields or the body: each version is read (with one `git cat-file`) and
 * compared with the one before it, newest first, until one differs.
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

/** The day of the last commit that changed the text of a French text, facts aside. */
function textChangedOn(file: string, collection: FolderCollection): string | undefined {
  // Before the move, the French text was `fr.md` and the facts `case.yaml`, which git may take for the
  // text's former name: a version without front matter is the facts file, and the past is read in `fr.md`.
  for (const path of [file, ...formerTextFiles(dirname(file), FACTS_LANG)]) {
    const history = fileHistory(path);
    if (!history) continue;
    const versions = readVersions(
      history.top,
      history.revisions.flatMap(({ hash, name, before }) => [`${hash}:${name}`, `${hash}^:${before}`]),
    );
    for (const [i, revision] of history.revisions.entries()) {
      const [after, before] = [versions[2 * i], versions[2 * i + 1]];
      if (after !== undefined && !splitFrontMatter(after)) break;
      if (after === undefined || before === undefined || !sameText(collection, after, before)) return revision.date;
    }
  }
  return undefined;
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

/**
 * The contents of `objects` (`<commit>:<path>`), read by one
 * `git cat-file --batch` in the repository `top`; undefined for one that
 * does not exist (the file before the commit that added it).
 */
function readVersions(top: string, objects: string[]): (string | undefined)[] {
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
