/**
 * The share control of case, practice and programme pages: plain links
 * (WhatsApp, e-mail, SMS) that carry the page's address and work without
 * JavaScript, and no script from another site on any page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fileFor, htmlPages, isRedirect, page } from '../helpers/dist';

const entryPages = (section: string) =>
  htmlPages().filter((p) => new RegExp(`^/(fr|en|ar)/${section}/[^/]+/$`).test(p) && !isRedirect(p));

describe('share control', () => {
  it.each(['cases', 'practices', 'programmes'])(
    '%s pages link to WhatsApp, e-mail and SMS with their address',
    (section) => {
      for (const p of entryPages(section)) {
        const box = page(p).querySelector('[data-sharing]')!;
        const url = page(p).querySelector('link[rel="canonical"]')!.getAttribute('href')!;
        const hrefs = box.querySelectorAll('a').map((a) => a.getAttribute('href'));
        const encoded = encodeURIComponent(url).replace(/%3A/g, ':').replace(/%2F/g, '/');
        expect(decodeURIComponent(encoded)).toBe(url);
        expect(hrefs).toEqual([`https://wa.me/?text=${encoded}`, `mailto:?body=${encoded}`, `sms:?&body=${encoded}`]);
      }
    },
  );

  it('loads no script from another site', () => {
    for (const p of htmlPages()) {
      const external = readFileSync(fileFor(p), 'utf8').match(/<script[^>]*\ssrc="(https?:)?\/\/[^"]*"/g);
      expect(external, p).toBeNull();
    }
  });
});
