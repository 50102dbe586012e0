/**
 * When a translation may no longer say what its original says: it was made
 * before the original's last update (`updated` in case.yaml or
 * practice.yaml). The page says so to its readers and the editors' report
 * lists it, so that a translator brings it up to date.
 */

/** Whether a translation dated `translation.date` predates the original's `updated` date (both YYYY-MM-DD). */
export function isOutdated(translation: { date: string } | undefined, updated: string): boolean {
  return translation !== undefined && translation.date < updated;
}
