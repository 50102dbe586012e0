/**
 * When a translation may no longer say what its original says: it was made
 * before the original last changed, either by its `updated` date (in
 * case.yaml or practice.yaml) or by the repository's history of the
 * original text, since an edit in GitHub's web editor changes the text
 * without touching `updated`. The page says so to its readers and the
 * editors' report lists it, so that a translator brings it up to date.
 */
import { historyOf } from './history';

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
 * The day (YYYY-MM-DD) of the last commit that changed a file, from the
 * repository's history; undefined when it cannot be known: no git, a file
 * outside a repository or never committed, or a shallow clone. Uncommitted
 * changes have no date yet and are not counted.
 */
export function committedOn(file: string): string | undefined {
  const history = historyOf(file);
  return history.available ? history.revisions[0]?.date : undefined;
}
