/**
 * Byte budgets of every case page, computed from the built files: the HTML
 * plus the stylesheets it links in its head (render-blocking), gzip-compressed,
 * at most 17 kB. The browser test measures the same on what Chromium loads.
 * The design's figure is 14 kB (one round trip); sources cited on every claim
 * and the fuller evidence brought the longest Arabic pages to about 15.9 kB
 * (see docs/benchmarks.md, "Case page weight"); the new cases' longest Arabic
 * page, with 21 sources, and the stylesheet grown by search, print and map
 * rules, brought it to 16.6 kB. The budget guards that, until the ways back
 * under 14 kB written there are taken.
 */
import { describe, expect, it } from 'vitest';
import { htmlPages, pageWeight } from '../helpers/dist';

const KB = 1024;
const casePages = htmlPages().filter((p) => /^\/(fr|en|ar)\/cases\/[^/]+\/$/.test(p));

describe('case page budgets', () => {
  it('keeps every case page in every language within 17 kB of HTML + CSS (gzip)', () => {
    expect(casePages.length).toBeGreaterThan(30);
    const over = casePages.map((p) => ({ p, kB: pageWeight(p) / KB })).filter((x) => x.kB > 17);
    expect(over).toEqual([]);
  });
});
