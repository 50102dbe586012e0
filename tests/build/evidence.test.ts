/**
 * How readers judge and correct the atlas: the method and errata pages in
 * every language, linked from every page's footer; the "Report an error"
 * links of every case and practice (an e-mail and the repository's form,
 * each with the page's title and address); the corrections of the published
 * content on the errata page; and, on the fixture build whose content has one
 * correction (see `tests/helpers/sub-path.ts`), that correction on its page,
 * in the feed and on the errata page. The errata page of a site without
 * corrections is tested on the synthetic build (`synthetic.test.ts`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { CONTACT_EMAIL } from '../../src/lib/site/site';
import { LANGS, publishedCases, publishedPractices } from '../helpers/content';
import { page } from '../helpers/dist';
import { BASE, CONTACT, ORIGIN, REPOSITORY } from '../helpers/sub-path';

const DIR = { fr: 'ltr', en: 'ltr', ar: 'rtl' } as const;
const fixture = join(inject('subPathRoot'), BASE);

/** The report links of a page, with what their e-mail and form are filled in with. */
function reportLinks(doc: HTMLElement) {
  const email = doc.querySelector('a[data-report="email"]')?.getAttribute('href');
  const form = doc.querySelector('a[data-report="form"]')?.getAttribute('href');
  const mail = email ? new URL(email) : undefined;
  const issue = form ? new URL(form) : undefined;
  return {
    to: mail?.pathname,
    subject: mail?.searchParams.get('subject'),
    body: mail?.searchParams.get('body'),
    form: issue && `${issue.origin}${issue.pathname}`,
    template: issue?.searchParams.get('template'),
    formTitle: issue?.searchParams.get('title'),
    formPage: issue?.searchParams.get('page'),
  };
}

describe('the method and errata pages', () => {
  it('exist in every language, with its lang and dir, and are linked from the footer of every kind of page', () => {
    const [someCase] = publishedCases();
    for (const lang of LANGS)
      for (const path of ['method/', 'errata/']) {
        const doc = page(`/${lang}/${path}`);
        expect(doc.querySelector('html')!.getAttribute('lang')).toBe(lang);
        expect(doc.querySelector('html')!.getAttribute('dir')).toBe(DIR[lang]);
        expect(doc.querySelector('h1')!.text.trim().length).toBeGreaterThan(0);
        for (const from of ['', 'about/', `cases/${someCase.slug}/`])
          expect(
            page(`/${lang}/${from}`).querySelector(`footer a[href="/${lang}/${path}"]`),
            `/${lang}/${from} → ${path}`,
          ).not.toBeNull();
      }
  });

  it('describes review, corrections and how to report an error, with a link to the repository’s form', () => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/method/`);
      for (const id of ['method-review', 'method-corrections', 'method-conflicts', 'method-who', 'method-contact'])
        expect(doc.getElementById(id), `${lang} #${id}`).not.toBeNull();
      // The Arabic pages open the form's Arabic version.
      const form = lang === 'ar' ? 'report-error.ar.yml' : 'report-error.yml';
      expect(doc.querySelector(`#method-contact ~ p a[href*="/issues/new?template=${form}"]`)).not.toBeNull();
      expect(doc.querySelector(`a[href="/${lang}/errata/"]`)).not.toBeNull();
    }
  });

  it('lists every correction of the published entries, newest first, each linked to the corrections of its page', () => {
    const corrected = [
      ...publishedCases().map((e) => ['cases', e] as const),
      ...publishedPractices().map((e) => ['practices', e] as const),
    ].flatMap(([section, e]) =>
      ((e.facts.corrections ?? []) as { date: string }[]).map(({ date }) => ({ path: `${section}/${e.slug}/`, date })),
    );
    // The published content has corrections; the page saying there are none is tested on a site without any.
    expect(corrected.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const doc = page(`/${lang}/errata/`);
      expect(doc.querySelector('[data-errata-empty]')).toBeNull();
      const items = doc
        .querySelectorAll('main ol > li')
        .map(
          (li) =>
            `${li.querySelector('time')!.getAttribute('datetime')} ${li.querySelector('a')!.getAttribute('href')}`,
        );
      expect([...items].sort()).toEqual(
        corrected.map(({ path, date }) => `${date} /${lang}/${path}#corrections`).sort(),
      );
      // Newest first.
      const dates = items.map((item) => item.split(' ')[0]);
      expect(dates).toEqual([...dates].sort().reverse());
      for (const item of items) {
        const path = item.split(' ')[1].replace(/#.*/, '');
        expect(page(path).getElementById('corrections'), path).not.toBeNull();
      }
    }
  });
});

describe('"Report an error" on every case and practice page', () => {
  it('opens the repository’s form, and an e-mail when the atlas has a contact address, with the page’s title and address', () => {
    const entries = [
      ...publishedCases().map((e) => ['cases', e.slug] as const),
      ...publishedPractices().map((e) => ['practices', e.slug] as const),
    ];
    expect(entries.length).toBeGreaterThan(0);
    for (const lang of LANGS)
      for (const [section, slug] of entries) {
        const doc = page(`/${lang}/${section}/${slug}/`);
        const title = doc.querySelector('h1')!.text.trim();
        const url = `https://codev-atlas.github.io/${lang}/${section}/${slug}/`;
        const links = reportLinks(doc);
        expect(links.form, url).toBe('https://github.com/codev-atlas/codev-atlas/issues/new');
        expect(links.template).toBe(lang === 'ar' ? 'report-error.ar.yml' : 'report-error.yml');
        expect(links.formPage).toBe(url);
        // The form's title names the page in its first words.
        expect(links.formTitle).toContain(title.slice(0, 20));
        if (CONTACT_EMAIL) {
          expect(links.to).toBe(CONTACT_EMAIL);
          expect(links.subject).toContain(title);
          expect(links.body).toContain(url);
        } else expect(links.to, 'no contact address, so no e-mail link').toBeUndefined();
      }
  });

  it('writes to the configured contact address, with the title and address encoded so that the mail client reads them back', () => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/cases/example-diaspora/`, fixture);
      const title = doc.querySelector('h1')!.text.trim();
      const url = `${ORIGIN}${BASE}${lang}/cases/example-diaspora/`;
      const links = reportLinks(doc);
      expect(links.to).toBe(CONTACT);
      expect(links.subject).toContain(title);
      expect(links.body).toContain(url);
      expect(links.form).toBe(`${REPOSITORY}/issues/new`);
      expect(links.formPage).toBe(url);
      expect(doc.querySelector('a[data-report="email"]')!.getAttribute('href')).not.toMatch(/[ \n]/);
    }
  });
});

describe('a correction of the fixture content', () => {
  const wrong = { fr: 'quatre écoles', en: 'four schools', ar: 'أربع مدارس' };

  it('is shown on the corrected page, under its own heading and anchor, in every language', () => {
    for (const lang of LANGS) {
      const section = page(`/${lang}/cases/example-diaspora/`, fixture).getElementById('corrections');
      expect(section, lang).not.toBeNull();
      expect(section!.querySelector('h2')!.text.trim().length).toBeGreaterThan(0);
      expect(section!.querySelector('time')!.getAttribute('datetime')).toBe('2026-01-20');
      expect(section!.text).toContain(wrong[lang]);
    }
    expect(page('/fr/cases/example-transfer/', fixture).getElementById('corrections')).toBeNull();
  });

  it('is an item of every language’s feed, linked to the corrections of the page', () => {
    const parser = new XMLParser({ isArray: (name) => name === 'item' });
    for (const lang of LANGS) {
      const rss = parser.parse(readFileSync(join(fixture, lang, 'feed.xml'), 'utf8')) as {
        rss: {
          channel: { item: { link: string; title: string; description: string; guid: string; pubDate: string }[] };
        };
      };
      const link = `${ORIGIN}${BASE}${lang}/cases/example-diaspora/#corrections`;
      const items = rss.rss.channel.item.filter((i) => i.link === link);
      expect(items, lang).toHaveLength(1);
      expect(items[0].description).toContain(wrong[lang]);
      expect(new Date(items[0].pubDate).toISOString().slice(0, 10)).toBe('2026-01-20');
      expect(new Set(rss.rss.channel.item.map((i) => i.guid)).size).toBe(rss.rss.channel.item.length);
    }
  });

  it('is listed on the errata page, linked to the corrections of the page it corrects', () => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/errata/`, fixture);
      expect(doc.querySelector('[data-errata-empty]')).toBeNull();
      const link = doc.querySelector(`main a[href="${BASE}${lang}/cases/example-diaspora/#corrections"]`);
      expect(link, lang).not.toBeNull();
      expect(doc.querySelector('main')!.text).toContain(wrong[lang]);
    }
  });
});
