/**
 * Machine-readable citation metadata in a page's head: Highwire Press
 * `citation_*` tags (read by Zotero and Google Scholar), Dublin Core,
 * OpenGraph and schema.org JSON-LD. All of them are made from the same
 * `CitableWork` as the page's "Cite this" block, so that a reference saved
 * from the page and one copied from it agree.
 * @see https://scholar.google.com/intl/en/scholar/inclusion.html#indexing
 * @see https://www.dublincore.org/specifications/dublin-core/dcmi-terms/
 * @see https://ogp.me/
 * @see https://schema.org/Article
 */
import { parse as parseName } from '@citation-js/name';
import type { Lang } from '../../schemas/common';
import { LICENCE_URLS, type CitableWork, type CitedAuthor } from './cite';
import { lastChange } from '../model/translation-status';
import { OG_LOCALES } from '../site/meta';

/** One `<meta>` tag: `name` for Highwire and Dublin Core, `property` for OpenGraph. */
export interface MetaTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * The day the work last changed: its `updated` date, or its latest revision
 * in the repository when later (an edit in GitHub's web editor changes the
 * text without touching `updated`).
 */
export const modifiedOn = (work: CitableWork) => lastChange(work.updated, work.version?.date);

/** Highwire wants dates written `YYYY/MM/DD`. */
const slashDate = (date: string) => date.replaceAll('-', '/');

/** The address that identifies the work: its DOI when it has one, else its URL. */
export const identifier = (work: CitableWork) => (work.doi ? `https://doi.org/${work.doi}` : work.url);

/**
 * An author as the Highwire and Dublin Core tags write them, so that
 * Zotero's page reader files them right: it reads a name with a comma as
 * "Family, Given" and one without as "Given … Family" (`ZU.cleanAuthor`, from
 * `processHighwireCreators` in its "Embedded Metadata" translator and
 * `handleCreators` in its "RDF" one). A person is written "Family, Given",
 * particles included ("van der Doe, Jane", not filed under "Doe"); a
 * corporate author ends with a comma, which Zotero trims before reading the
 * name as a family name alone, so that it stays whole ("Codev Atlas
 * editorial team," rather than given names "Codev Atlas editorial" and family
 * name "team").
 * @see https://github.com/zotero/translators/blob/master/Embedded%20Metadata.js
 */
export function taggedName(author: CitedAuthor): string {
  if (author.organization) return `${author.name},`;
  const name = parseName(author.name);
  const family = [name['non-dropping-particle'], name.family].filter(Boolean).join(' ');
  if (!family) return `${author.name},`;
  return name.given ? `${family}, ${name.given}` : `${family},`;
}

/**
 * Highwire Press tags, one `citation_author` per author in order. The
 * publication date is the version cited (the last update), as in the page's
 * citations; the online date is the first publication. The atlas is named as
 * the institution of a report: it is the tag that makes Zotero save a page as
 * a report by the atlas's editorial team (with `citation_title` alone it
 * guesses a journal article, with no journal).
 */
export function highwireTags(work: CitableWork): MetaTag[] {
  return [
    { name: 'citation_title', content: work.title },
    ...work.authors.map((a) => ({ name: 'citation_author', content: taggedName(a) })),
    ...work.authors.flatMap((a) => (a.orcid ? [{ name: 'citation_author_orcid', content: a.orcid }] : [])),
    { name: 'citation_publication_date', content: slashDate(work.updated) },
    { name: 'citation_online_date', content: slashDate(work.published) },
    { name: 'citation_language', content: work.lang },
    { name: 'citation_publisher', content: work.siteName },
    { name: 'citation_technical_report_institution', content: work.siteName },
    { name: 'citation_public_url', content: work.url },
    ...(work.doi ? [{ name: 'citation_doi', content: work.doi }] : []),
  ];
}

/** Dublin Core elements, prefixed `DC.` (declared by a `schema.DC` link beside them). */
export function dublinCoreTags(work: CitableWork): MetaTag[] {
  return [
    { name: 'DC.title', content: work.title },
    ...work.authors.map((a) => ({ name: 'DC.creator', content: taggedName(a) })),
    { name: 'DC.date', content: work.updated },
    { name: 'DC.language', content: work.lang },
    { name: 'DC.publisher', content: work.siteName },
    { name: 'DC.rights', content: LICENCE_URLS[work.licence] ?? work.licence },
    { name: 'DC.identifier', content: identifier(work) },
  ];
}

/** OpenGraph tags for link previews; `lang` is the page's language. */
export function openGraphTags(work: CitableWork, lang: Lang): MetaTag[] {
  return [
    { property: 'og:type', content: 'article' },
    { property: 'og:title', content: work.title },
    { property: 'og:description', content: work.summary },
    { property: 'og:url', content: work.url },
    { property: 'og:site_name', content: work.siteName },
    { property: 'og:locale', content: OG_LOCALES[lang] },
    { property: 'article:published_time', content: work.published },
    { property: 'article:modified_time', content: modifiedOn(work) },
  ];
}

/** A place a case is about, for schema.org. */
export interface PlaceRef {
  /** Name of the place, or of the country when the place is the whole country. */
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  lat?: number | undefined;
  lon?: number | undefined;
}

/**
 * The atlas as the publisher of a page, with its logo: Google shows an
 * article's publisher by its logo, and requires one with the article's image.
 * @see https://developers.google.com/search/docs/appearance/structured-data/article
 */
export const publisherJsonLd = (name: string, logoUrl: string) => ({
  '@type': 'Organization',
  name,
  logo: { '@type': 'ImageObject', url: logoUrl },
});

/** An author or a team, for schema.org, with their ORCID when they have one. */
const authorJsonLd = (a: CitedAuthor) => ({
  '@type': a.organization ? 'Organization' : 'Person',
  name: a.name,
  ...(a.orcid ? { sameAs: `https://orcid.org/${a.orcid}` } : {}),
});

/**
 * The page as a schema.org `Article`, about its places, part of the atlas
 * as a `Dataset` (whose page is `datasetUrl`), with its preview picture as
 * its image and the atlas's logo as its publisher's.
 */
export function articleJsonLd(
  work: CitableWork,
  options: { about?: PlaceRef[]; datasetUrl: string; imageUrl: string; logoUrl: string },
): Record<string, unknown> {
  const licence = LICENCE_URLS[work.licence] ?? work.licence;
  return {
    '@context': 'https://schema.org',
    '@type': 'Article',
    '@id': work.url,
    headline: work.title,
    description: work.summary,
    image: options.imageUrl,
    inLanguage: work.lang,
    url: work.url,
    ...(work.doi ? { identifier: identifier(work) } : {}),
    datePublished: work.published,
    dateModified: modifiedOn(work),
    ...(work.version ? { version: String(work.version.number) } : {}),
    author: work.authors.map(authorJsonLd),
    publisher: publisherJsonLd(work.siteName, options.logoUrl),
    license: licence,
    ...(options.about?.length
      ? {
          about: options.about.map((p) => ({
            '@type': 'Place',
            name: p.name,
            address: { '@type': 'PostalAddress', addressCountry: p.country },
            ...(p.lat !== undefined && p.lon !== undefined
              ? { geo: { '@type': 'GeoCoordinates', latitude: p.lat, longitude: p.lon } }
              : {}),
          })),
        }
      : {}),
    isPartOf: { '@type': 'Dataset', name: work.siteName, url: options.datasetUrl, license: licence },
  };
}

/**
 * The atlas as a schema.org `Dataset`, on its open-data page (the `Dataset`
 * every case and practice page says it is part of), as dataset search
 * engines read it: what it holds, who made it, its licence, its version (the
 * day of its last change, as its citations and its JSON files give it) and
 * its files with their formats.
 * @see https://developers.google.com/search/docs/appearance/structured-data/dataset
 */
export function datasetJsonLd(
  work: CitableWork,
  options: { files: { url: string; format: string }[]; logoUrl: string },
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    '@id': work.url,
    name: work.title,
    description: work.summary,
    url: work.url,
    inLanguage: work.lang,
    license: LICENCE_URLS[work.licence] ?? work.licence,
    isAccessibleForFree: true,
    creator: work.authors.map(authorJsonLd),
    publisher: publisherJsonLd(work.siteName, options.logoUrl),
    datePublished: work.published,
    dateModified: work.updated,
    version: work.updated,
    distribution: options.files.map((file) => ({
      '@type': 'DataDownload',
      encodingFormat: file.format,
      contentUrl: file.url,
    })),
  };
}

/**
 * A programme's page as a schema.org `WebPage` about the programme as a
 * `Service` (a funding scheme run by an organisation for some countries), with
 * its preview picture and the atlas as its publisher.
 */
export function programmeJsonLd(page: {
  url: string;
  name: string;
  description: string;
  lang: Lang;
  siteName: string;
  operator: string;
  countries: string[];
  imageUrl: string;
  logoUrl: string;
}): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.name,
    description: page.description,
    inLanguage: page.lang,
    image: page.imageUrl,
    publisher: publisherJsonLd(page.siteName, page.logoUrl),
    about: {
      '@type': 'Service',
      name: page.name,
      provider: { '@type': 'Organization', name: page.operator },
      ...(page.countries.length
        ? { areaServed: page.countries.map((c) => ({ '@type': 'Country', identifier: c })) }
        : {}),
    },
  };
}

/**
 * JSON for a `<script type="application/ld+json">` block: `<` is written
 * `\u003c` so that no text in the content can close the script element.
 */
export function jsonLdText(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
