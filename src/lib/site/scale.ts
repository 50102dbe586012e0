/**
 * The one switch for what the build does differently on a large site. Below
 * the threshold the build uses Astro's public path only; above it (or when
 * `ATLAS_LARGE_SITE=1` forces it, as `npm run bench` does) two workarounds
 * turn on, each explained in `docs/decisions/0001-content-store-at-scale.md`:
 * - the bundled content-store module is replaced by one that reads the store
 *   file as JSON, and Astro's synced copy of the store is released
 *   (`src/integrations/content-store.ts`);
 * - the garbage left by page rendering is collected before the search
 *   indexer starts (`src/integrations/pagefind.ts`).
 * Both give the same pages; `tests/build/large-site-switch.test.ts` builds a
 * site with and without them and compares every file. Beside it, a switch
 * that does change the pages: `entryPreviews`, for builds that need not draw
 * a link preview per entry.
 */
import { contentDir, walk } from '../model/layout';

/**
 * Cases and practices above which a site counts as large. Chosen from the
 * measurements in `docs/decisions/0001-content-store-at-scale.md`: below it,
 * Astro's own content store costs no more than the replacement.
 */
export const LARGE_SITE_ENTRIES = 1000;

/** Number of case and practice folders in a content folder. */
export function countEntries(dir: string = contentDir()): number {
  return walk(dir, 'cases').length + walk(dir, 'practices').length;
}

/**
 * Whether the build takes its large-site path: `ATLAS_LARGE_SITE=1` forces it
 * on and `ATLAS_LARGE_SITE=0` off (tests build the same site both ways);
 * otherwise it is on when the content has more than `LARGE_SITE_ENTRIES`
 * cases and practices.
 */
export function isLargeSite(env: NodeJS.ProcessEnv = process.env, dir: string = contentDir()): boolean {
  const forced = env.ATLAS_LARGE_SITE;
  if (forced === '1') return true;
  if (forced === '0') return false;
  if (forced !== undefined && forced !== '')
    throw new Error(
      `ATLAS_LARGE_SITE: "${forced}" is neither 1 nor 0 — set it to 1 (large site), 0, or leave it unset`,
    );
  return countEntries(dir) > LARGE_SITE_ENTRIES;
}

/**
 * Whether each case, practice and programme gets a link preview of its own
 * (`ATLAS_ENTRY_PREVIEWS`, on unless set to 0). Drawing them is more than
 * half of a cold build's CPU at 1,000 cases (docs/benchmarks.md); a benchmark
 * run whose build columns need not include them turns them off
 * (`ATLAS_ENTRY_PREVIEWS=0 npm run bench`), and the pages then show the
 * atlas's preview.
 */
export function entryPreviews(env: NodeJS.ProcessEnv = process.env): boolean {
  const value = env.ATLAS_ENTRY_PREVIEWS;
  if (value === undefined || value === '' || value === '1') return true;
  if (value === '0') return false;
  throw new Error(
    `ATLAS_ENTRY_PREVIEWS: "${value}" is neither 1 nor 0 — set it to 0 (the atlas's preview on every page), 1, or leave it unset`,
  );
}
