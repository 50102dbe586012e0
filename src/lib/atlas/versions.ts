/**
 * The versions of a case or practice: its revision number and date, and the
 * permanent addresses of each version in the repository, so that a reader
 * can cite the text they read and find it again after it changes.
 */
import type { Revision } from '../model/history';
import { repositoryPage } from '../site/site';

/** The version of an entry a page shows: its latest revision. */
export interface EntryVersion {
  /** Revision number: how many changes the entry has had (1 for its first). */
  number: number;
  /** Day of the latest change, `YYYY-MM-DD`. */
  date: string;
  /** The text shown, as it is at this version, in the repository: the permanent link to cite. */
  permalink: string;
}

/**
 * The page's version: the latest of `history` (newest first), with a
 * permanent link to `file` as it is in it, under the name it had then
 * (`nameAt` says; texts were renamed when the facts moved into the French
 * text, a change left out of the versions).
 */
export function versionOf(
  history: Revision[] | undefined,
  file: string,
  nameAt: (hash: string) => string = () => file,
): EntryVersion | undefined {
  const latest = history?.[0];
  if (!latest) return undefined;
  return { number: history.length, date: latest.date, permalink: filesAt(latest.hash, nameAt(latest.hash)) };
}

/** The change itself (what it added and removed) in the repository. */
export const changeUrl = (hash: string) => repositoryPage(`commit/${hash}`);

/** A file (`content/cases/x/case.fr.md`) or folder as it was at a change. */
export const filesAt = (hash: string, path: string) =>
  repositoryPage(`${/\.\w+$/.test(path) ? 'blob' : 'tree'}/${hash}/${path}`);
