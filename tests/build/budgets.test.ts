/**
 * Byte budgets of every case page, computed from the built files: the HTML
 * plus the stylesheets it links in its head (render-blocking), gzip-compressed,
 * at most 14 kB. The browser test measures the same on what Chromium loads.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, pageWeight } from '../helpers/dist';

const KB = 1024;
const casePages = htmlPages().filter((p) => /^\/(fr|en|ar)\/cases\/[^/]+\/$/.test(p));

describe('case page budgets', () => {
  it('keeps every case page in every language within 14 kB of HTML + CSS (gzip)', () => {
    expect(casePages.length).toBeGreaterThan(30);
    const over = casePages.map((p) => ({ p, kB: pageWeight(p) / KB })).filter((x) => x.kB > 14);
    expect(over).toEqual([]);
  });
});
