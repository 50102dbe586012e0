/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/**
 * Tests run in Astro's Vite pipeline so that modules importing `astro:*`
 * work. Build tests share one real build of the site, made by the global
 * setup before any test runs.
 */
export default getViteConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/helpers/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 300_000,
    fileParallelism: true,
    reporters: ['default', './tests/helpers/summary-reporter.ts'],
  },
});
