/**
 * What every page does with JavaScript, in one small module (a content page
 * has a script budget: tests/browser/budgets.test.ts): the share control of
 * case, practice and programme pages, and the service worker that keeps the
 * pages opened readable offline (src/offline/sw.ts, made by the build only).
 */
import { enhanceShare } from '../share/share';

for (const box of document.querySelectorAll<HTMLElement>('[data-sharing]')) enhanceShare(box);

// Only a build writes sw.js; under `astro dev` the registration fails quietly. (`import.meta.env.PROD` is not a
// safe test here: a build started from a test run is not always in production mode.) `BASE_URL` ends in "/", as
// every address does (`trailingSlash: 'always'`, astro.config.mjs).
if ('serviceWorker' in navigator)
  navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch(() => undefined);
