/** Every built page is valid HTML by html-validate's recommended rules, and carries the CSP. */
import { formatterFactory } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_META } from '../../src/lib/site/csp';
import { fileFor, htmlPages, page } from '../helpers/dist';
import { validateFiles } from '../helpers/html-validate-pool';

const pages = htmlPages();

describe('HTML', () => {
  it(
    'has zero html-validate errors (recommended rules, as .htmlvalidate.json sets them) on every page',
    { timeout: 300_000 },
    async () => {
      // A group of checkboxes shares one name (the planner's programmes), as HTML forms intend.
      const config = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as Parameters<typeof validateFiles>[1];
      const results = await validateFiles(
        pages.map((path) => fileFor(path)),
        config,
      );
      const text = formatterFactory('text');
      expect(results.length, text(results)).toBe(0);
    },
  );

  it('declares the Content-Security-Policy on every page, and the headers file says the same', () => {
    for (const path of pages)
      expect(
        page(path).querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
        path,
      ).toBe(CSP_META);
    const headers = readFileSync('dist/_headers', 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CSP_META}; frame-ancestors 'none'`);
    expect(CSP_META).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('has no inline script or style that the policy would block', () => {
    for (const path of pages) {
      const doc = page(path);
      // JSON data blocks (structured data, the funding planner's data) are never run, so the policy does not apply to them.
      expect(
        doc.querySelectorAll('script:not([src]):not([type="application/ld+json"]):not([type="application/json"])'),
        path,
      ).toHaveLength(0);
      expect(doc.querySelectorAll('style'), path).toHaveLength(0);
      expect(doc.querySelectorAll('[style]'), path).toHaveLength(0);
    }
  });
});
