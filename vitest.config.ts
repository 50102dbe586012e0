/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BuildsLastSequencer } from './tests/helpers/sequencer.ts';

/** Test projects, one per kind of test; each runs alone with `npm run test:<name>`. */
const lanes = [
  // Pure functions: no child process, no build, no real waiting. Its files share one module graph per
  // worker (`isolate: false`): they change no global state (a test that mocks one restores it), and
  // loading the modules once instead of once per file halves the project's CPU.
  { name: 'unit', setup: [], isolate: false },
  // The command-line tools, the lint settings and worker threads, run as an editor or the build runs them.
  { name: 'tools', setup: [] },
  // The real site, built once, and one fixture site under a sub-path with renamed entries. Its files
  // read the builds and change nothing else, and share one module graph per worker (as `unit`), so
  // that the built pages parsed for one file (tests/helpers/dist.ts) serve the next: a fifth less CPU.
  { name: 'build', setup: ['tests/helpers/site-setup.ts', 'tests/helpers/sub-path-setup.ts'], isolate: false },
  // The real site in Chromium: accessibility, search, keyboard, weight. Each test opens a browser context
  // of its own or a tab of its file's (`useSite`, tests/helpers/browser.ts), three at a time, and the
  // files share one module graph per worker (as `unit`), and so one browser.
  { name: 'browser', setup: ['tests/helpers/site-setup.ts'], maxConcurrency: 3, isolate: false },
  // What the editorial line promises about the real content.
  { name: 'content', setup: [] },
];

/**
 * Tests run in Astro's Vite pipeline so that modules importing `astro:*`
 * work. Only the build and browser projects need the real site, built once
 * by their global setup (and not at all when neither is selected), while the
 * files of the other projects run (tests/helpers/setup-builds.ts).
 *
 * `maxWorkers` is explicit: Vitest's default (cores − 1) runs one test file
 * at a time on a two-core machine.
 */
export default getViteConfig({
  test: {
    globalSetup: ['tests/helpers/global-setup.ts'],
    // Generous, because a shared two-core machine can be several times slower than a quiet one (an
    // axe check of a long page takes 3 to 4 s alone, and three run at once); times are measured in
    // docs/benchmarks.md, never asserted.
    testTimeout: 180_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    maxWorkers: 2,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
    sequence: { sequencer: BuildsLastSequencer },
    projects: lanes.map(({ name, setup, maxConcurrency, isolate }) => ({
      extends: true,
      test: {
        name,
        include: [`tests/${name}/**/*.test.ts`],
        globalSetup: setup,
        // The builds of the global setup run in the background; a file that reads them waits for them.
        setupFiles: setup.length > 0 ? ['tests/helpers/setup-builds-ready.ts'] : [],
        maxConcurrency,
        isolate,
      },
    })),
  },
});
