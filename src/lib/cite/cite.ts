/**
 * Citations of the atlas's pages and of the atlas as a dataset, generated at
 * build time with citation-js: APA 7 and Chicago author-date text, and the
 * BibTeX, RIS and CSL-JSON files researchers import into Zotero or a
 * reference manager. Every format is made from one CSL-JSON item, so that
 * they all carry the same title, authors, date and address.
 * @see https://citeproc-js.readthedocs.io/ (CSL)
 */
import { Cite, plugins, type CslData } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-ris';
import { parse as parseName } from '@citation-js/name';
import type { Lang } from '../../schemas/common';
import { nameIn, type Person } from '../../schemas/person';
import type { EntryVersion } from '../atlas/versions';
import { isolatedNumbers } from '../i18n/bidi';
import { formatDate, t } from '../i18n/i18n';
import { localePath, paths } from '../site/urls';
import chicagoAuthorDate from './styles/chicago-author-date.csl?raw';

/** An author as the atlas credits them (`content/people/`). */
export interface CitedAuthor {
  /** Name as it should be cited, in the page's language when the author has one (`names`). */
  name: string;
  /** Language of the name, when it is one of the author's names per language. */
  nameLang?: Lang | undefined;
  /** A corporate author (the editorial team) is cited as written, never as "Family, Given". */
  organization: boolean;
  orcid?: string | undefined;
}

/** What any citation of a work needs; built once per page and shared by every format. */
export interface CitableWork {
  /** Stable key, also the BibTeX key: `codev-atlas-<slug>-<lang>`. */
  key: string;
  /** A page of the atlas (`webpage`) or the atlas as a whole (`dataset`). */
  type: 'webpage' | 'dataset';
  title: string;
  summary: string;
  authors: CitedAuthor[];
  /** First publication, `YYYY-MM-DD`. */
  published: string;
  /** The version cited: the page's last update, `YYYY-MM-DD`. */
  updated: string;
  /** Public address of the page. */
  url: string;
  /** The atlas's name in the page's language. */
  siteName: string;
  /** Language of the text cited (which may differ from the page's when untranslated). */
  lang: Lang;
  doi?: string | undefined;
  /** SPDX identifier of the licence (`CC-BY-4.0`). */
  licence: string;
  /** The entry's version in the repository, when its history is known. */
  version?: EntryVersion | undefined;
}

/** Addresses of the licences content may carry (see `licence` in `src/schemas/common.ts`). */
export const LICENCE_URLS: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC0-1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** The citation styles shown on pages. */
export type CitationStyle = 'apa' | 'chicago';

const csl = plugins.config.get('@csl');

/** `xml` with `from` replaced by `to`; fails the build when a style update removed `from`. */
function override(xml: string, style: string, from: string, to: string): string {
  if (!xml.includes(from)) throw new Error(`cite.ts: ${style}: no longer contains ${from} — update the override`);
  return xml.replace(from, to);
}

/**
 * APA as citation-js ships it, but with the month and day of a page's date
 * written in the order of the citation's language: the style writes "month
 * day" in every language ("2026, décembre 3"); the locale's own date, cut to
 * month and day, gives "(2026, 3 décembre)" in French and "(2026, December 3)"
 * in English.
 */
const apaLocalDates = override(
  csl.styles.get('apa'),
  'apa',
  '<macro name="date-issued-month-day"><date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date></macro>',
  '<macro name="date-issued-month-day"><date variable="issued" form="text" date-parts="month-day"/></macro>',
);

/**
 * What Chicago writes before the date of a web page that it gives as the day
 * the page last changed (CMOS 17, 15.51: "Last modified May 14, 2016"), per
 * language of the citation. The date a page is cited by is its last update.
 */
const LAST_MODIFIED: Record<'fr' | 'en', string> = { en: 'Last modified', fr: 'Dernière modification le' };

/** Chicago author-date, with "Last modified" (in `lang`) before a web page's date. */
const chicagoIn = (lang: 'fr' | 'en') =>
  override(
    chicagoAuthorDate,
    'chicago-author-date',
    '<if type="webpage post-weblog" match="any">\n          <date variable="issued" form="text" />',
    `<if type="webpage post-weblog" match="any">\n          <group delimiter=" "><text value="${LAST_MODIFIED[lang]}" /><date variable="issued" form="text" /></group>`,
  );

/**
 * The CSL styles citation-js does not ship, which every citeproc (here and in
 * `citeproc-worker.mjs`) registers: files in `styles/`, with their licence,
 * and the overrides above (one Chicago per language of its terms).
 */
export const EXTRA_STYLES: Record<string, string> = {
  'apa-local-dates': apaLocalDates,
  'chicago-author-date-en': chicagoIn('en'),
  'chicago-author-date-fr': chicagoIn('fr'),
};
for (const [name, xml] of Object.entries(EXTRA_STYLES)) if (!csl.styles.has(name)) csl.styles.add(name, xml);

/** The registered CSL style of a citation in `style` whose terms are in `lang`. */
export function citationTemplate(style: CitationStyle, lang: 'fr' | 'en'): string {
  return style === 'apa' ? 'apa-local-dates' : `chicago-author-date-${lang}`;
}
// BibTeX keeps the atlas's keys and writes Unicode as it is: the ASCII-only
// mode would drop Arabic titles (LaTeX specials are escaped by `bibtexSafe`).
const bibtexConfig = plugins.config.get('@bibtex');
bibtexConfig.format.useIdAsLabel = true;
bibtexConfig.format.asciiOnly = false;

/**
 * CSL locale of the citation terms and dates on a page in `lang`. citation-js
 * ships no Arabic locale, so Arabic pages cite with English terms (and mark
 * the citation as English).
 */
export function citationLocale(lang: Lang): { csl: string; lang: 'fr' | 'en' } {
  if (lang === 'fr') return { csl: 'fr-FR', lang: 'fr' };
  return { csl: 'en-US', lang: 'en' };
}

/**
 * Authors of an entry, in the order given, from their slugs in
 * `content/people/`, named as a page in `lang` cites them (the editorial
 * team's name is translated; a person's is not).
 */
export function citedAuthors(slugs: string[], people: Map<string, Person>, lang: Lang): CitedAuthor[] {
  return slugs.map((slug) => {
    const person = people.get(slug);
    if (!person) throw new Error(`unknown author "${slug}"`);
    return {
      name: nameIn(person, lang),
      nameLang: person.names?.[lang] ? lang : undefined,
      organization: person.type === 'organization',
      orcid: person.orcid,
    };
  });
}

/**
 * A case or practice page as a citable work: the text shown on the page in
 * `lang` (its translation, or the original when untranslated), credited to
 * the entry's authors, in the version of its last update.
 */
export function citableEntry(args: {
  section: 'cases' | 'practices';
  slug: string;
  lang: Lang;
  text: { title: string; summary: string };
  textLang: Lang;
  facts: { published: string; updated: string; authors: string[]; doi?: string | undefined; licence: string };
  people: Map<string, Person>;
  site: URL | string;
  version?: EntryVersion | undefined;
}): CitableWork {
  const { section, slug, lang, text, facts } = args;
  return {
    key: `codev-atlas-${slug}-${lang}`,
    type: 'webpage',
    title: text.title,
    summary: text.summary,
    authors: citedAuthors(facts.authors, args.people, lang),
    published: facts.published,
    updated: facts.updated,
    url: new URL(localePath(lang, section === 'cases' ? paths.case(slug) : paths.practice(slug)), args.site).href,
    siteName: t(lang, 'site.name'),
    lang: args.textLang,
    doi: facts.doi,
    licence: facts.licence,
    version: args.version,
  };
}

const dateParts = (date: string) => ({ 'date-parts': [date.split('-').map(Number)] });

/** The work as one CSL-JSON item, from which every format is generated. */
export function cslItem(work: CitableWork): CslData {
  return {
    id: work.key,
    'citation-key': work.key,
    type: work.type,
    title: work.title,
    abstract: work.summary,
    author: work.authors.map((a) => (a.organization ? { literal: a.name } : parseName(a.name))),
    issued: dateParts(work.updated),
    // No `accessed`: APA ("Retrieved …, from") and Chicago ("Accessed …") give an access day only for
    // an undated work (APA 7, 9.16: content that changes and is not archived). A page is dated by its
    // last update and each version is kept at its permalink; the files give the day they were made
    // (`urldate`, RIS `Y2`), which the page's text, built once, could not keep true.
    'container-title': work.type === 'webpage' ? work.siteName : undefined,
    publisher: work.type === 'dataset' ? work.siteName : undefined,
    // A dataset is cited in the version of its last update (APA prints "Version …"),
    // written out: CSL would read the hyphens of 2026-01-31 as a range ("Versions").
    // A page, in its revision number in the repository.
    version:
      work.type === 'dataset'
        ? formatDate(citationLocale(work.lang).lang, work.updated)
        : work.version && String(work.version.number),
    URL: work.url,
    DOI: work.doi,
    language: work.lang,
    license: LICENCE_URLS[work.licence] ?? work.licence,
  };
}

/** A citation as a page shows it: `html` for the Cite block, `text` for copying. */
export interface Citation {
  html: string;
  text: string;
  /** Language of the citation's terms and dates. */
  lang: Lang;
}

/** What citeproc needs to format one citation; plain data, so that a worker thread can format it too. */
export interface CiteprocRequest {
  item: CslData;
  template: string;
  /** CSL locale (`fr-FR`). */
  locale: string;
}

/**
 * The citeproc job of a citation in `style` for a page in `lang`. Every
 * citation is formatted under one id: citeproc's engines are reused
 * (building one takes milliseconds) and remember every id they have seen,
 * which made each new citation slower than the last on a large site.
 */
export function citeprocRequest(work: CitableWork, style: CitationStyle, lang: Lang): CiteprocRequest {
  const locale = citationLocale(lang);
  return {
    item: { ...cslItem(work), id: 'cited' },
    template: citationTemplate(style, locale.lang),
    locale: locale.csl,
  };
}

/** citeproc's HTML bibliography entry for a request (the costly step). */
export function citeproc({ item, template, locale }: CiteprocRequest): string {
  return new Cite(item).format('bibliography', { template, lang: locale, format: 'html' });
}

/**
 * A citation in `style` for a page in `lang`: `html` keeps only the italics
 * of the style (no classes or inline styles, which the CSP would refuse)
 * and isolates a title in another language, `text` is what a visitor copies.
 * citeproc runs once, for the HTML; the text is that HTML without its markup
 * (citeproc's text output, which a test compares it with), as formatting a
 * citation is the costliest step of a case page's build. Pages format theirs
 * in a worker thread (`citeproc-thread.ts`) through `citationFrom`.
 */
export function formatCitation(work: CitableWork, style: CitationStyle, lang: Lang): Citation {
  return citationFrom(citeproc(citeprocRequest(work, style, lang)), work, lang);
}

/** The citation of `work` in `lang` from citeproc's HTML. */
export function citationFrom(citeprocHtml: string, work: CitableWork, lang: Lang): Citation {
  const locale = citationLocale(lang);
  const formatted = citeprocHtml.replace(/<(?!\/?i>)[^>]*>/g, '').trim();
  const text = plainText(formatted);
  let html = formatted;
  // Text in another language than the citation's terms (an Arabic title or
  // site name in an English citation) is isolated, so that its direction
  // cannot reorder the rest.
  // The site name comes after the title, which may contain it: the last one is isolated first.
  if (lang !== locale.lang) html = isolate(html, work.siteName, lang);
  if (work.lang !== locale.lang) html = isolate(html, work.title, work.lang);
  // An author named in the page's language (the editorial team on an Arabic page).
  for (const author of work.authors)
    if (author.nameLang && author.nameLang !== locale.lang) html = isolate(html, author.name, author.nameLang);
  return { html, text, lang: locale.lang };
}

/**
 * citeproc's HTML as plain text: without tags, with the characters its HTML
 * escapes (`&`, `<`, `>` as numeric references, a double space as a
 * no-break space and a space) written back.
 */
function plainText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\u00A0 /g, '  ');
}

/**
 * Wraps the last occurrence of `text` in the citation `html` in a `<bdi>`
 * of its language, with its dash-joined numbers left to right within
 * ("(2017–2019)" in an Arabic title, see `src/lib/i18n/bidi.ts`). citeproc
 * escapes `&`, curls quotes and may turn spaces beside guillemets into
 * non-breaking ones, so the match allows for that.
 */
function isolate(html: string, text: string, lang: Lang): string {
  const pattern = new RegExp(
    text
      .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
      .replace(/&/g, '&#38;')
      .replace(/'/g, "['’]")
      .replace(/"/g, '["“”‘’]')
      .replace(/\s+/g, '\\s+')
      .replace(/«/g, '«\\s*')
      .replace(/»/g, '\\s*»'),
    'g',
  );
  const found = [...html.matchAll(pattern)].at(-1);
  if (!found) return html;
  const end = found.index + found[0].length;
  const inner = isolatedNumbers(found[0], lang)
    .map((part) => (typeof part === 'string' ? part : `<span dir="ltr" class="whitespace-nowrap">${part.ltr}</span>`))
    .join('');
  return `${html.slice(0, found.index)}<bdi lang="${lang}">${inner}</bdi>${html.slice(end)}`;
}

/** Characters LaTeX reads as commands; escaped in BibTeX fields other than addresses. */
const LATEX_SPECIAL = /[\\&%$#_{}~^]/g;
const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};
/** Escapes LaTeX specials in free text, leaving letters of any script as they are. */
export function bibtexSafe(text: string): string {
  return text.replace(LATEX_SPECIAL, (c) => LATEX_ESCAPES[c] ?? `\\${c}`);
}

/**
 * The day a citation file was made, which it gives as the day the page was
 * accessed (`urldate`, RIS `Y2`): the build's day, or `SOURCE_DATE_EPOCH`'s
 * for a reproducible build.
 */
export function accessDay(env: Record<string, string | undefined> = process.env): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  return new Date(Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? epoch * 1000 : Date.now())
    .toISOString()
    .slice(0, 10);
}

/**
 * The work as a biblatex entry (`@online` for a page, `@dataset` for the
 * atlas; UTF-8): the corporate author in braces so that it stays one name,
 * `date`, `urldate`, `version` (the page's revision) and the site's name as
 * `organization`.
 * @see https://ctan.org/pkg/biblatex (manual, §2.1.1 and §2.2.2)
 */
export function toBibtex(work: CitableWork): string {
  const item = cslItem(work);
  for (const field of ['title', 'abstract', 'publisher'] as const)
    if (typeof item[field] === 'string') item[field] = bibtexSafe(item[field]);
  item.author = work.authors.map((a) =>
    a.organization ? { literal: bibtexSafe(a.name) } : parseName(bibtexSafe(a.name)),
  );
  // The site is the page's organisation, not a book it is part of.
  delete item['container-title'];
  item.publisher = bibtexSafe(work.siteName);
  item.accessed = dateParts(accessDay());
  return (
    new Cite(item)
      .format('biblatex')
      // citation-js repeats the access day as a note; `urldate` says it.
      .replace(/^\tnote = \{\[Online; accessed [^\]]*\]\},\n/m, '')
      .trim() + '\n'
  );
}

/**
 * The work as a RIS record (`TY  - ELEC` or `DATA`). citation-js maps the
 * fields; the lines are written here because its writer cuts values every 70
 * characters, mid-word, and readers (citation-js included) join the pieces
 * back with a space. RIS has no such limit, so each value stays on one line.
 * @see https://en.wikipedia.org/wiki/RIS_(file_format)
 */
export function toRis(work: CitableWork): string {
  const item = cslItem(work);
  // Its writer also drops name particles ("van der"): they go back into the family name.
  item.author = work.authors.map((a) => {
    if (a.organization) return { literal: a.name };
    const { 'non-dropping-particle': particle, ...name } = parseName(a.name);
    return particle ? { ...name, family: `${particle} ${name.family}` } : name;
  });
  const [entry] = new Cite(item).format('ris', { format: 'object' }) as unknown as Record<string, unknown>[];
  // Its writer cuts the identifier to 20 characters, which made the French and English records of
  // a case the same: the key is unique across entries and languages.
  entry.ID = work.key;
  // The site's name (the "website title" of Zotero's RIS reader), the publisher, the day the
  // record was made as the access day, and the page's revision.
  delete entry.M1;
  if (work.type === 'webpage') entry.T2 = work.siteName;
  entry.PB = work.siteName;
  entry.Y2 = accessDay().replaceAll('-', '/');
  if (work.version) entry.ET = String(work.version.number);
  const line = (tag: string, value: unknown) => `${tag}  - ${String(value).replace(/\s*\n\s*/g, ' ')}`;
  const lines = Object.entries(entry)
    .filter(([tag]) => tag !== 'TY')
    .flatMap(([tag, value]) => (Array.isArray(value) ? value : [value]).map((v) => line(tag, v)));
  return [line('TY', entry.TY), ...lines, 'ER  - ', ''].join('\r\n');
}

/** The work as CSL-JSON (a list of one item), as Zotero and pandoc read it. */
export function toCslJson(work: CitableWork): string {
  return JSON.stringify([cslItem(work)], null, 2) + '\n';
}

/** The download formats offered for each citation, with their file extensions and media types. */
export const CITATION_FILES = {
  bibtex: { ext: 'bib', type: 'application/x-bibtex; charset=utf-8', label: 'BibTeX', write: toBibtex },
  ris: { ext: 'ris', type: 'application/x-research-info-systems; charset=utf-8', label: 'RIS', write: toRis },
  csl: { ext: 'csl.json', type: 'application/vnd.citationstyles.csl+json', label: 'CSL-JSON', write: toCslJson },
} as const;
export type CitationFormat = keyof typeof CITATION_FILES;

/**
 * Path, under the site's base, of a citation download of a page:
 * `data/cite/fr/cases/<slug>.bib`. One file per language version, since each
 * cites its own title and address.
 */
export function citationFile(lang: Lang, section: 'cases' | 'practices', slug: string, format: CitationFormat): string {
  return `data/cite/${lang}/${section}/${slug}.${CITATION_FILES[format].ext}`;
}
