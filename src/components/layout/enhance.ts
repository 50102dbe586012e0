/**
 * What every page does with JavaScript, in one small module (a content page
 * has a script budget: tests/browser/budgets.test.ts): the share control of
 * case, practice and programme pages.
 */
import { enhanceShare } from '../share/share';

for (const box of document.querySelectorAll<HTMLElement>('[data-sharing]')) enhanceShare(box);
