/**
 * Every built page is valid HTML by html-validate's recommended rules, its
 * headings never skip a level, and it carries the CSP.
 */
import { formatterFactory, type ConfigData } from 'html-validate';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CSP_META } from '../../src/lib/site/csp';
import { fileFor, htmlPages, page } from '../helpers/dist';
import { validateFiles } from '../helpers/html-validate-pool';

const pages = htmlPages();

/**
 * The rules of `.htmlvalidate.json`: the recommended ones, headings that go
 * down one level at a time (the Nu Html Checker reports an `<h1>` followed by
 * an `<h3>`, and screen-reader users who move by headings wonder what they
 * missed; the recommended preset leaves that rule off; several `<h1>` are
 * allowed: the 404 page says "not found" in each language), and a group of
 * checkboxes sharing one name (the planner's programmes), as HTML forms intend.
 * @see https://html.spec.whatwg.org/multipage/sections.html#headings-and-outlines
 */
const CONFIG = JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData;

describe('HTML', () => {
  it(
    'has zero html-validate errors (the rules of .htmlvalidate.json) on every page',
    { timeout: 300_000 },
    async () => {
      const results = await validateFiles(
        pages.map((path) => fileFor(path)),
        CONFIG,
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
