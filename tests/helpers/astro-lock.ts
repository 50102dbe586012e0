/**
 * One Astro at a time in this checkout. Builds and the dev server write the
 * same files in the project's `.astro/` folder (generated types, the content
 * modules, the prerendered chunks), so two of them at once, in the two test
 * workers, could read each other's half-written files. Tests that start
 * Astro themselves hold this lock while it runs, as do the setup builds,
 * which run while the tests that need no build do. The lock is the
 * checkout's, not the test run's: the setup builds take it in Vitest's main
 * process before the run's temporary folder exists.
 */
import { mkdirSync } from 'node:fs';
import { lock } from 'proper-lockfile';
import { checkoutTempPath } from './checkout';

/** Waits for the checkout's Astro lock (up to ten minutes) and returns its release. */
export async function lockAstro(): Promise<() => Promise<void>> {
  const target = checkoutTempPath('astro-lock');
  mkdirSync(target, { recursive: true });
  return lock(target, { realpath: false, retries: { retries: 1200, minTimeout: 250, maxTimeout: 500 } });
}

/** Runs `task` while holding the checkout's Astro lock. */
export async function withAstroLock<T>(task: () => Promise<T>): Promise<T> {
  const release = await lockAstro();
  try {
    return await task();
  } finally {
    await release();
  }
}
