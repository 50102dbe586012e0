/**
 * What a researcher gets from the real build: citation metadata that carries
 * the values of the content, citation files that parse back into the same
 * reference, exports and feeds that list every published entry, a sitemap
 * with language alternates, and the dataset's own citation files.
 */
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import Ajv2020 from 'ajv/dist/2020';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse as parseCff } from 'yaml';
import { entryFile, parseYaml, splitFrontMatter, textIn, type FolderCollection } from '../../src/lib/model/layout';
import type { Lang } from '../../src/schemas/common';
import { HTMLElement } from 'node-html-parser';
import { fileFor, page } from '../helpers/dist';
import { zoteroReads } from '../helpers/zotero';
import { LANGS, publishedCases, publishedPractices, type Entry } from '../helpers/content';

const cases = publishedCases();
const practices = publishedPractices();
/** The name of an author as pages in `lang` cite it (its name in that language, if it has one). */
const people = (slug: string, lang?: string) => {
  const person = parseYaml(readFileSync(entryFile('content', 'people', slug), 'utf8')) as {
    name: string;
    names?: Record<string, string>;
  };
  return (lang && person.names?.[lang]) || person.name;
};
/** Front matter of a text file of the content. */
const frontMatter = (section: string, slug: string, lang: string) =>
  parseYaml(
    splitFrontMatter(
      readFileSync(textIn(section as FolderCollection, `content/${section}/${slug}`, lang as Lang)!.path, 'utf8'),
    )!.frontMatter,
  ) as {
    title: string;
    summary: string;
  };
/** The text a page in `lang` shows: its translation, else the original. */
const shown = (section: string, e: Entry, lang: string) => {
  const textLang = e.langs.includes(lang) ? lang : String(e.facts.originalLanguage);
  return { ...frontMatter(section, e.slug, textLang), lang: textLang };
};
const dist = (path: string) => readFileSync(`dist/${path}`, 'utf8');
const meta = (path: string, name: string) =>
  page(path)
    .querySelectorAll(`meta[name="${name}"], meta[property="${name}"]`)
    .map((m) => m.getAttribute('content'));
const entries = [
  ...cases.map((e) => ({ section: 'cases', e })),
  ...practices.map((e) => ({ section: 'practices', e })),
];
const pages = LANGS.flatMap((lang) => entries.map(({ section, e }) => ({ lang, section, e })));

/**
 * The day an entry last changed: its `updated` fact, or the day of its
 * newest version on its history page when that is later (a translation
 * added to a fact's text changes the page without making the original newer).
 */
function lastModified(lang: string, section: string, slug: string, updated: string): string {
  const history = `/${lang}/${section}/${slug}/history/`;
  const newest = existsSync(fileFor(history))
    ? (page(history).querySelector('[data-revision] time')?.getAttribute('datetime') ?? '')
    : '';
  return newest > updated ? newest : updated;
}

describe('citation metadata on case and practice pages', () => {
  it('carries the title, authors, dates, language and address of the content', () => {
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const text = shown(section, e, lang);
      const url = `https://codev-atlas.github.io${path}`;
      // Written so that reference managers keep the corporate author whole (see citation-meta.ts).
      const authors = (e.facts.authors as string[]).map((slug) => `${people(slug, lang)},`);
      expect(meta(path, 'citation_title'), path).toEqual([text.title]);
      expect(meta(path, 'citation_author'), path).toEqual(authors);
      expect(meta(path, 'citation_technical_report_institution'), path).toHaveLength(1);
      expect(meta(path, 'citation_publication_date'), path).toEqual([String(e.facts.updated).replaceAll('-', '/')]);
      expect(meta(path, 'citation_online_date'), path).toEqual([String(e.facts.published).replaceAll('-', '/')]);
      expect(meta(path, 'citation_language'), path).toEqual([text.lang]);
      expect(meta(path, 'citation_public_url'), path).toEqual([url]);
      expect(meta(path, 'DC.creator'), path).toEqual(authors);
      expect(meta(path, 'og:url'), path).toEqual([url]);
      expect(page(path).querySelector('link[rel="canonical"]')!.getAttribute('href'), path).toBe(url);
    }
  });

  it("are read by Zotero's own translator as a report by its corporate author, named whole in the page's language", () => {
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const reading = zoteroReads(readFileSync(fileFor(path), 'utf8'), `https://codev-atlas.github.io${path}`);
      expect(reading.itemType, path).toBe('report');
      expect(reading.creators, path).toEqual(
        (e.facts.authors as string[]).map((slug) => ({ lastName: people(slug, lang), creatorType: 'author' })),
      );
    }
  });

  it('links the licence of the content to its text, by its usual name', () => {
    const urls: Record<string, string> = {
      'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
      'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
      'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
    };
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const licence = (e.facts.licence as string | undefined) ?? 'CC-BY-4.0';
      const link = page(path).querySelectorAll('main a[rel="license"]');
      expect(link, path).toHaveLength(1);
      expect(link[0].getAttribute('href'), path).toBe(urls[licence]);
      expect(link[0].text.trim(), path).toBe(licence.replaceAll('-', ' '));
    }
  });

  it('describes each case in JSON-LD that parses: an Article about its places, part of the dataset', () => {
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const blocks = page(path).querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, path).toHaveLength(1);
      const data = JSON.parse(blocks[0].text) as Record<string, unknown>;
      expect(data, path).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Article',
        headline: shown(section, e, lang).title,
        datePublished: String(e.facts.published),
        dateModified: lastModified(lang, section, e.slug, String(e.facts.updated)),
        license: 'https://creativecommons.org/licenses/by/4.0/',
        isPartOf: { '@type': 'Dataset', url: `https://codev-atlas.github.io/${lang}/data/` },
      });
      if (section === 'cases')
        expect((data.about as unknown[]).length, path).toBe((e.facts.places as unknown[]).length);
    }
  });

  it('describes on the open-data page the Dataset those pages are part of, with its version and downloadable files', () => {
    const cases = JSON.parse(readFileSync('dist/data/cases.json', 'utf8')) as { version: string };
    for (const lang of LANGS) {
      const url = `https://codev-atlas.github.io/${lang}/data/`;
      const blocks = page(`/${lang}/data/`).querySelectorAll('script[type="application/ld+json"]');
      expect(blocks, lang).toHaveLength(1);
      const data = JSON.parse(blocks[0].text) as Record<string, unknown> & { distribution: { contentUrl: string }[] };
      expect(data, lang).toMatchObject({
        '@context': 'https://schema.org',
        '@type': 'Dataset',
        '@id': url,
        url,
        inLanguage: lang,
        license: 'https://creativecommons.org/licenses/by/4.0/',
        version: cases.version,
        creator: [{ '@type': 'Organization', name: TEAM[lang] }],
      });
      // Dataset search engines want a description of 50 characters or more.
      expect(String(data.description).length, lang).toBeGreaterThanOrEqual(50);
      expect(data.distribution.map((d) => new URL(d.contentUrl).pathname).sort()).toEqual([
        '/data/cases.csv',
        '/data/cases.json',
        '/data/practices.json',
      ]);
      for (const { contentUrl } of data.distribution)
        expect(existsSync(fileFor(new URL(contentUrl).pathname))).toBe(true);
    }
  });
});

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/["“”«»'’‘]/g, '')
    .replace(/\s+/g, ' ');

/** The editorial team, credited on every page, named in the page's language. */
const TEAM: Record<string, string> = {
  fr: "Équipe éditoriale de l'Atlas du codéveloppement",
  en: 'Codev Atlas editorial team',
  ar: 'فريق تحرير أطلس التنمية المشتركة',
};

describe('"Cite this"', () => {
  it('shows APA and Chicago text with the authors, the title, the update year and the address', () => {
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const doc = page(path);
      const title = shown(section, e, lang).title;
      for (const id of ['cite-apa', 'cite-chicago']) {
        const citation = doc.querySelector(`#${id}`)!;
        expect(citation.text, `${path} ${id}`).toContain(`https://codev-atlas.github.io${path}`);
        expect(citation.text, `${path} ${id}`).toContain(String(e.facts.updated).slice(0, 4));
        // The styles change quotes, spaces and (Chicago, in English) capitals, not the words.
        expect(norm(citation.text), `${path} ${id}`).toContain(norm(title).slice(0, 20));
        expect(norm(citation.text), `${path} ${id}`).toContain(norm(TEAM[lang]));
      }
    }
  });

  it('offers BibTeX, RIS and CSL-JSON that parse back into the title, authors, date and address of the page', () => {
    for (const { lang, section, e } of pages) {
      const path = `/${lang}/${section}/${e.slug}/`;
      const links = page(path)
        .querySelectorAll('section[aria-labelledby="cite-title"] a[download]')
        .map((a) => a.getAttribute('href')!);
      expect(links, path).toEqual(
        ['bib', 'ris', 'csl.json'].map((ext) => `/data/cite/${lang}/${section}/${e.slug}.${ext}`),
      );
      for (const href of links) {
        const [item] = new Cite(readFileSync(fileFor(href), 'utf8')).data as {
          title: string;
          author: { literal?: string; family?: string }[];
          issued: { 'date-parts': number[][] };
          URL: string;
        }[];
        expect(item.title, href).toBe(shown(section, e, lang).title);
        expect(
          item.author.map((a) => a.literal ?? a.family),
          href,
        ).toEqual((e.facts.authors as string[]).map((slug) => people(slug, lang)));
        expect(item.issued['date-parts'][0], href).toEqual(String(e.facts.updated).split('-').map(Number));
        expect(item.URL, href).toBe(`https://codev-atlas.github.io${path}`);
      }
    }
  });
});

describe('citation files across the atlas', () => {
  const files = (ext: string) =>
    pages.map(({ lang, section, e }) =>
      readFileSync(fileFor(`/data/cite/${lang}/${section}/${e.slug}.${ext}`), 'utf8'),
    );

  it('gives every RIS record and BibTeX entry its own identifier, across entries and languages', () => {
    const ids = files('ris').map((ris) => /^ID {2}- (.+)$/m.exec(ris)?.[1]);
    expect(new Set(ids).size).toBe(pages.length);
    const keys = files('bib').map((bib) => /^@online\{([^,]+),/.exec(bib)?.[1]);
    expect(keys.every(Boolean)).toBe(true);
    expect(new Set(keys).size).toBe(pages.length);
  });

  it('carries the version the page shows in every download', () => {
    for (const { lang, section, e } of pages) {
      const version = page(`/${lang}/${section}/${e.slug}/`)
        .querySelector('[data-version]')
        ?.getAttribute('data-version');
      if (!version) continue;
      const base = `/data/cite/${lang}/${section}/${e.slug}`;
      expect(readFileSync(fileFor(`${base}.bib`), 'utf8'), base).toContain(`\tversion = {${version}},`);
      expect(readFileSync(fileFor(`${base}.ris`), 'utf8'), base).toContain(`ET  - ${version}\r\n`);
      expect(JSON.parse(readFileSync(fileFor(`${base}.csl.json`), 'utf8')), base).toMatchObject([{ version }]);
    }
  });
});

describe('the sources of a case', () => {
  it('are listed in every language, with the notes in that language and titles and publishers isolated from the page direction', () => {
    type Source = {
      key: string;
      title?: string;
      description?: Record<string, string>;
      publisher?: string;
      lang?: string;
      note?: Record<string, string>;
    };
    let notes = 0;
    for (const lang of LANGS)
      for (const c of cases) {
        const sources = c.facts.sources as Source[];
        const items = page(`/${lang}/cases/${c.slug}/`).querySelectorAll('#sources-title ~ ol > li');
        expect(items, `/${lang}/cases/${c.slug}/`).toHaveLength(sources.length);
        sources.forEach((source, i) => {
          const at = `/${lang}/cases/${c.slug}/#source-${source.key}`;
          expect(items[i].getAttribute('id'), at).toBe(`source-${source.key}`);
          const isolated = items[i].childNodes.filter((n) => n instanceof HTMLElement && n.tagName === 'BDI');
          // A document without a known title shows its description in brackets, never as a title.
          const [title, publisher] = source.title ? isolated : [undefined, isolated[0]];
          if (source.title) {
            expect(title?.text.trim(), at).toBe(source.title);
            expect((title as HTMLElement).getAttribute('lang'), at).toBe(source.lang);
          } else {
            const description = source.description![lang] ?? Object.values(source.description!)[0];
            expect(items[i].text, at).toContain(`[${description}]`);
            expect(items[i].querySelector('cite'), at).toBeNull();
          }
          expect(publisher?.text.trim(), at).toBe(source.publisher);
          if (!source.note) return;
          notes++;
          expect(items[i].text, at).toContain(source.note[lang]);
        });
      }
    expect(notes, 'some source has a note').toBeGreaterThan(0);
  });
});

describe('open data', () => {
  it('exports every published case and practice as JSON that its JSON Schema accepts', () => {
    const ajv = new Ajv2020({ strict: false });
    for (const [file, key, list] of [
      ['cases', 'cases', cases],
      ['practices', 'practices', practices],
    ] as const) {
      const data = JSON.parse(dist(`data/${file}.json`)) as Record<string, { slug: string }[]>;
      const validate = ajv.compile(JSON.parse(dist(`data/${file}.schema.json`)) as object);
      expect(validate(data), ajv.errorsText(validate.errors)).toBe(true);
      expect(data[key].map((x) => x.slug).sort()).toEqual(list.map((x) => x.slug).sort());
    }
  });

  it('writes a CSV with one row per published case, Arabic titles and quoted summaries intact', () => {
    const rows = parseCsv<Record<string, string>>(dist('data/cases.csv'), { columns: true });
    expect(rows.map((r) => r.slug).sort()).toEqual(cases.map((c) => c.slug).sort());
    for (const c of cases) {
      const row = rows.find((r) => r.slug === c.slug)!;
      for (const lang of LANGS) {
        const expected = c.langs.includes(lang) ? frontMatter('cases', c.slug, lang) : { title: '', summary: '' };
        expect(row[`title_${lang}`], `${c.slug} ${lang}`).toBe(expected.title);
        expect(row[`summary_${lang}`], `${c.slug} ${lang}`).toBe(expected.summary);
      }
    }
    expect(rows.filter((r) => /[\u0600-\u06FF]/.test(r.title_ar)).length).toBeGreaterThanOrEqual(6);
  });

  it('describes every column of that CSV in the codebook, in the order of the file', () => {
    const header: unknown = parseCsv(dist('data/cases.csv'), { to_line: 1 })[0];
    const book = JSON.parse(dist('data/codebook.json')) as {
      files: { file: string; fields: { path: string; description: string }[] }[];
    };
    const csv = book.files.find((f) => f.file === 'data/cases.csv');
    expect(csv?.fields.map((f) => f.path)).toEqual(header);
    for (const field of csv!.fields) expect(field.description, field.path).not.toBe('');
    expect(csv!.fields.find((f) => f.path === 'title_ar')?.description).toMatch(/^Title in Arabic; /);
  });

  it('documents the exports on a data page in every language, with the dataset’s own citation files', () => {
    for (const lang of LANGS) {
      const doc = page(`/${lang}/data/`);
      const hrefs = doc.querySelectorAll('main a').map((a) => a.getAttribute('href'));
      for (const href of ['/data/cases.json', '/data/practices.json', '/data/cases.csv', '/data/cases.schema.json'])
        expect(hrefs, lang).toContain(href);
      expect(doc.querySelectorAll('main table tbody tr').length).toBe(
        parseCsv(dist('data/cases.csv'), { to_line: 1 })[0].length,
      );
      for (const ext of ['bib', 'ris', 'csl.json']) {
        const [item] = new Cite(dist(`data/cite/${lang}/codev-atlas.${ext}`)).data as { URL: string }[];
        expect(item.URL).toBe(`https://codev-atlas.github.io/${lang}/data/`);
      }
    }
  });

  it('has a CITATION.cff and a .zenodo.json that describe the same dataset under CC BY 4.0', () => {
    const cff = parseCff(readFileSync('CITATION.cff', 'utf8')) as Record<string, unknown>;
    const zenodo = JSON.parse(readFileSync('.zenodo.json', 'utf8')) as Record<string, unknown>;
    expect(cff).toMatchObject({ 'cff-version': '1.2.0', type: 'dataset', title: 'Codev Atlas', license: 'CC-BY-4.0' });
    expect(cff.message).toEqual(expect.any(String));
    expect(zenodo).toMatchObject({ title: 'Codev Atlas', upload_type: 'dataset', license: 'cc-by-4.0' });
    const team = people('codev-atlas-editorial-team');
    expect(cff.authors).toEqual([{ name: team }]);
    expect(zenodo.creators).toEqual([{ name: team }]);
    expect(cff.url).toBe('https://codev-atlas.github.io/en/data/');
    expect(existsSync('dist/en/data/index.html')).toBe(true);
  });
});

describe('feeds and discovery', () => {
  const xml = new XMLParser({
    ignoreAttributes: false,
    isArray: (name) => ['item', 'url', 'xhtml:link'].includes(name),
  });

  it('has an RSS feed per language that lists every published case and practice once', () => {
    for (const lang of LANGS) {
      const rss = xml.parse(dist(`${lang}/feed.xml`)) as {
        rss: { channel: { language: string; item: { link: string; title: string; pubDate: string }[] } };
      };
      const { channel } = rss.rss;
      expect(channel.language).toBe(lang);
      // Corrections are items of their own, linking to the corrections of their entry.
      const links = channel.item
        .map((i) => i.link)
        .filter((link) => !link.endsWith('#corrections'))
        .sort();
      expect(links).toEqual(
        entries.map(({ section, e }) => `https://codev-atlas.github.io/${lang}/${section}/${e.slug}/`).sort(),
      );
      for (const item of channel.item) expect(Number.isNaN(Date.parse(item.pubDate)), item.link).toBe(false);
      expect(page(`/${lang}/`).querySelector('link[type="application/rss+xml"]')!.getAttribute('href')).toBe(
        `/${lang}/feed.xml`,
      );
    }
  });

  it('has a sitemap that lists every published page with its three language versions, and robots.txt points to it', () => {
    const index = xml.parse(dist('sitemap-index.xml')) as { sitemapindex: { sitemap: { loc: string } } };
    expect(index.sitemapindex.sitemap.loc).toBe('https://codev-atlas.github.io/sitemap-0.xml');
    const urls = (
      xml.parse(dist('sitemap-0.xml')) as {
        urlset: { url: { loc: string; 'xhtml:link': { '@_hreflang': string; '@_href': string }[] }[] };
      }
    ).urlset.url;
    const byLoc = new Map(urls.map((u) => [u.loc, u]));
    for (const { lang, section, e } of pages) {
      const url = byLoc.get(`https://codev-atlas.github.io/${lang}/${section}/${e.slug}/`);
      expect(url, `${lang} ${e.slug}`).toBeDefined();
      expect(url!['xhtml:link'].map((l) => l['@_hreflang']).sort()).toEqual(['ar', 'en', 'fr']);
    }
    for (const lang of LANGS) expect(byLoc.has(`https://codev-atlas.github.io/${lang}/data/`)).toBe(true);
    expect(dist('robots.txt')).toContain('Sitemap: https://codev-atlas.github.io/sitemap-index.xml');
  });
});
