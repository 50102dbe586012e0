/**
 * Invariants of the real build in `dist/` (built once by the global setup):
 * pages in every language, `lang` and `dir`, hreflang alternates, the
 * language switch and the search index.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlPages, isRedirect, page, pageExists } from '../helpers/dist';
import { LANGS, publishedCases, publishedPractices } from '../helpers/content';
import { searchBundle } from '../../src/lib/site/search-bundle';
import { BASE } from '../helpers/sub-path';

const cases = publishedCases();
const practices = publishedPractices();
const pages = htmlPages();
const DIR = { fr: 'ltr', en: 'ltr', ar: 'rtl' } as const;

describe('the built site', () => {
  it('keeps a sign with its amount in texts from YAML and from Markdown (no "€" alone on a phone’s next line)', () => {
    const text = (path: string) => page(path).querySelector('main')!.text;
    expect(text('/fr/programmes/pra-osim/')).toContain('120 000\u00a0€');
    expect(text('/fr/cases/comores-associations-marseille/')).toMatch(/15 000\u00a0€ et à 70\u00a0% du coût/);
  });

  it('has a page for every published case and practice in every language', () => {
    expect(cases.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      for (const c of cases) expect(pageExists(`/${lang}/cases/${c.slug}/`), `${lang} ${c.slug}`).toBe(true);
      for (const p of practices) expect(pageExists(`/${lang}/practices/${p.slug}/`), `${lang} ${p.slug}`).toBe(true);
    }
  });

  it('has every page type in every language', () => {
    const org = page('/fr/organizations/').querySelector('main a')!.getAttribute('href')!;
    const programme = page('/fr/programmes/').querySelector('main a')!.getAttribute('href')!;
    const theme = page('/fr/themes/').querySelector('main a')!.getAttribute('href')!;
    const country = page('/fr/countries/').querySelector('main a')!.getAttribute('href')!;
    for (const lang of LANGS)
      for (const path of [
        '',
        'cases/',
        'practices/',
        'organizations/',
        'programmes/',
        'themes/',
        'countries/',
        'about/',
      ])
        expect(pageExists(`/${lang}/${path}`), `/${lang}/${path}`).toBe(true);
    for (const href of [org, programme, theme, country]) {
      for (const lang of LANGS) expect(pageExists(href.replace('/fr/', `/${lang}/`)), href).toBe(true);
    }
    expect(existsSync('dist/404.html')).toBe(true);
  });

  it('sets lang and dir on every page from its language folder', () => {
    for (const path of pages) {
      const lang = path.split('/')[1] as (typeof LANGS)[number];
      const html = page(path).querySelector('html')!;
      if (!(LANGS as readonly string[]).includes(lang)) {
        expect(html.getAttribute('lang'), path).toBe('fr');
        continue;
      }
      expect(html.getAttribute('lang'), path).toBe(lang);
      expect(html.getAttribute('dir'), path).toBe(DIR[lang]);
    }
  });

  it('links every page to its versions in the other languages, and they exist', () => {
    for (const path of pages.filter((p) => /^\/(fr|en|ar)\//.test(p))) {
      const alternates = page(path).querySelectorAll('link[rel="alternate"][hreflang]');
      const langs = alternates.map((a) => a.getAttribute('hreflang'));
      expect(langs, path).toEqual(['fr', 'en', 'ar', 'x-default']);
      for (const link of alternates) {
        const target = new URL(link.getAttribute('href')!).pathname;
        expect(pageExists(target), `${path} → ${target}`).toBe(true);
      }
    }
  });

  it('offers a language switch that stays on the same entity', () => {
    const c = cases[0];
    const links = page(`/en/cases/${c.slug}/`).querySelectorAll('header nav a[hreflang]');
    expect(links.map((a) => a.getAttribute('href')).sort()).toEqual(
      [`/ar/cases/${c.slug}/`, `/fr/cases/${c.slug}/`].sort(),
    );
  });

  it('offers a choice of language at the root address, as links, without sending the visitor to French', () => {
    const root = page('/');
    expect(root.querySelector('meta[http-equiv="refresh"]')).toBeNull();
    expect(
      root
        .querySelectorAll('a[hreflang]')
        .map((a) => [a.getAttribute('href'), a.closest('[lang]')!.getAttribute('lang')]),
    ).toEqual([
      ['/fr/', 'fr'],
      ['/en/', 'en'],
      ['/ar/', 'ar'],
    ]);
    const alternates = root
      .querySelectorAll('link[rel="alternate"][hreflang]')
      .map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href')!).pathname]);
    expect(alternates).toEqual([
      ['fr', '/fr/'],
      ['en', '/en/'],
      ['ar', '/ar/'],
      ['x-default', '/'],
    ]);
  });

  // Every case of the atlas has its three texts; the fixture site (built under a sub-path) has a
  // case without Arabic text, example-diaspora.
  const fixture = join(inject('subPathRoot'), BASE);

  it('shows an untranslated case in its original language, marked, with a notice', () => {
    const doc = page('/ar/cases/example-diaspora/', fixture);
    expect(doc.querySelector('html')!.getAttribute('dir')).toBe('rtl');
    const title = doc.querySelector('h1')!;
    expect(title.closest('[lang]')!.getAttribute('lang')).toBe('fr');
    // The page's own headings around the French text stay Arabic, and right to left.
    const lessons = doc.querySelector('#lessons-title')!;
    expect([lessons.getAttribute('lang'), lessons.getAttribute('dir'), lessons.text.trim()]).toEqual([
      'ar',
      'rtl',
      'الدروس الرئيسية',
    ]);
    expect(doc.querySelector('main [role="note"]')!.text).toContain('لم تُترجم');
  });

  it('says on a card when its text is not in the language of the list', () => {
    const said = { fr: 'Texte en', en: 'Text in', ar: 'نص باللغة' };
    let foreign = 0;
    for (const lang of LANGS)
      for (const card of page(`/${lang}/cases/`, fixture).querySelectorAll('main article')) {
        const textLang = card.querySelector('h2, h3')!.getAttribute('lang');
        const note = card.querySelector('p')!.text;
        if (textLang === lang) expect(note, card.text).not.toContain(said[lang]);
        else {
          foreign++;
          expect(note, card.text).toContain(said[lang]);
        }
      }
    expect(foreign, 'an untranslated case in some list').toBeGreaterThan(0);
  });

  it('marks every published case as not yet peer-reviewed', () => {
    for (const c of cases.filter((x) => x.status === 'published'))
      expect(page(`/en/cases/${c.slug}/`).querySelector('main')!.text, c.slug).toContain('Not yet peer-reviewed');
  });

  it('lists on each practice page the cases that evidence it', () => {
    for (const p of practices) {
      const evidence = cases.filter((c) => (c.facts.practices as string[] | undefined)?.includes(p.slug));
      const hrefs = page(`/fr/practices/${p.slug}/`)
        .querySelectorAll('section[aria-labelledby="evidence-title"] h3 a')
        .map((a) => a.getAttribute('href'));
      expect(hrefs.sort(), p.slug).toEqual(evidence.map((c) => `/fr/cases/${c.slug}/`).sort());
    }
  });

  it('loads no script on content pages but the search opener, the share control and offline reading, the copy button of "Cite this" and, where there is one, the funding planner and finder, as external modules', () => {
    // The root address and the missing-page page load one module of their own (the reader's language first).
    for (const path of ['/', '/404.html']) {
      const scripts = page(path).querySelectorAll('script');
      expect(
        scripts.map((s) => [s.getAttribute('type'), /^\/_astro\/[^/]+\.js$/.test(s.getAttribute('src') ?? '')]),
      ).toEqual([['module', true]]);
    }
    for (const path of pages.filter((p) => !p.endsWith('/search/') && p !== '/' && p !== '/404.html')) {
      const doc = page(path);
      const scripts = doc.querySelectorAll('script:not([type="application/ld+json"]):not(#funding-data)');
      const allowed = doc.querySelector('form[data-finder]')
        ? 'SearchForm|BaseLayout|CiteThis|KeepOffline|Planner|FinderScript'
        : doc.querySelector('form[data-planner]')
          ? 'SearchForm|BaseLayout|CiteThis|KeepOffline|Planner'
          : 'SearchForm|BaseLayout|CiteThis|KeepOffline|kept';
      for (const script of scripts) {
        expect(script.getAttribute('type'), path).toBe('module');
        expect(script.getAttribute('src'), path).toMatch(new RegExp(`^/_astro/(${allowed})[^/]*\\.js$`));
      }
      const data = doc.querySelector('script#funding-data');
      if (data) expect(data.getAttribute('type'), path).toBe('application/json');
      const cite = scripts.filter((s) => /CiteThis/.test(s.getAttribute('src') ?? ''));
      expect(cite, path).toHaveLength(doc.querySelector('#cite-title') ? 1 : 0);
    }
  });

  it('builds a Pagefind index for each language, from the main content only', () => {
    for (const lang of LANGS) {
      // Each language's bundle holds that language only.
      const entry = JSON.parse(readFileSync(`dist/${searchBundle(lang)}/pagefind-entry.json`, 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      expect(Object.keys(entry.languages), lang).toEqual([lang]);
      expect(entry.languages[lang]?.page_count, lang).toBeGreaterThan(cases.length);
    }
    // The pages readers search for (a case, practice, programme or organisation) are indexed from
    // their main content; no other page is: lists, themes and countries only lead to them, the pages
    // about the atlas are not what a search is for, and pages left at the old address of a renamed
    // entry only redirect.
    const searched = (p: string) =>
      /^\/(fr|en|ar)\/(cases|practices|organizations|programmes)\/[^/]+\/$/.test(p) && !isRedirect(p);
    for (const path of pages.filter(searched))
      expect(page(path).querySelectorAll('main[data-pagefind-body]'), path).toHaveLength(1);
    for (const path of pages.filter((p) => !searched(p)))
      expect(page(path).querySelectorAll('[data-pagefind-body]'), path).toHaveLength(0);
    for (const path of pages)
      expect(
        page(path).querySelectorAll('header [data-pagefind-body], footer [data-pagefind-body]'),
        path,
      ).toHaveLength(0);
  });

  it("keeps Pagefind's index chunks small: a reader's new word downloads at most 15 kB at the median", () => {
    // Pagefind's default chunks are about 30 kB here (src/integrations/pagefind.ts, INDEX_CHUNK_SIZE).
    for (const lang of LANGS) {
      const folder = join('dist', searchBundle(lang), 'index');
      const sizes = readdirSync(folder)
        .map((f) => statSync(join(folder, f)).size)
        .sort((a, b) => a - b);
      expect(sizes[Math.floor(sizes.length / 2)], lang).toBeLessThanOrEqual(15 * 1024);
    }
  });
});
