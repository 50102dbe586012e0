/** Highwire, Dublin Core, OpenGraph and JSON-LD carry the values of the work, one author at a time. */
import { describe, expect, it } from 'vitest';
import {
  articleJsonLd,
  highwireTags,
  jsonLdText,
  openGraphTags,
  dublinCoreTags,
} from '../../src/lib/cite/citation-meta';
import type { CitableWork } from '../../src/lib/cite/cite';
import { zoteroReads } from '../helpers/zotero';

const work: CitableWork = {
  key: 'codev-atlas-x-en',
  type: 'webpage',
  title: 'A title with </script> in it',
  summary: 'A summary.',
  authors: [
    { name: 'Codev Atlas editorial team', organization: true },
    { name: 'Jane van der Doe', organization: false, orcid: '0000-0002-1825-0097' },
  ],
  published: '2025-06-10',
  updated: '2026-02-01',
  url: 'https://example.org/en/cases/x/',
  siteName: 'Codev Atlas',
  lang: 'fr',
  licence: 'CC-BY-4.0',
};
const values = (tags: { name?: string; property?: string; content: string }[], key: string) =>
  tags.filter((t) => (t.name ?? t.property) === key).map((t) => t.content);

describe('citation meta tags', () => {
  it('give Highwire one citation_author per author, in order, and the dates as YYYY/MM/DD', () => {
    const tags = highwireTags(work);
    expect(values(tags, 'citation_author')).toEqual(['Codev Atlas editorial team,', 'van der Doe, Jane']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2026/02/01']);
    expect(values(tags, 'citation_online_date')).toEqual(['2025/06/10']);
    expect(values(tags, 'citation_language')).toEqual(['fr']);
    expect(values(tags, 'citation_public_url')).toEqual([work.url]);
    expect(values(tags, 'citation_doi')).toEqual([]);
    expect(values(highwireTags({ ...work, doi: '10.5281/zenodo.1' }), 'citation_doi')).toEqual(['10.5281/zenodo.1']);
  });

  // What Zotero's "Embedded Metadata" translator does with these tags (zotero/translators at
  // 2814370, "Embedded Metadata.js"): the item type comes from the Highwire tags (lines 296-324:
  // citation_technical_report_institution → report, citation_title alone → journalArticle), and
  // each citation_author goes to ZU.cleanAuthor(name, 'author', name.includes(',')) (line 614),
  // which trims trailing commas and then reads "Family, Given" — or, without a comma, takes the
  // last word as the family name. DC.creator goes the same way (RDF.js, lines 139 and 158).
  it('make Zotero save a page as a report of the atlas, with the corporate author as one name', () => {
    const tags = highwireTags(work);
    expect(values(tags, 'citation_technical_report_institution')).toEqual(['Codev Atlas']);
    for (const other of ['citation_journal_title', 'citation_conference_title', 'citation_book_title', 'citation_isbn'])
      expect(values(tags, other), other).toEqual([]);
    for (const tag of ['citation_author', 'DC.creator']) {
      const [team, person] = values([...tags, ...dublinCoreTags(work)], tag);
      // One comma, at the end: nothing is left after it to read as given names.
      expect(team, tag).toBe('Codev Atlas editorial team,');
      // "Family, Given", with the particles in the family name.
      expect(person, tag).toBe('van der Doe, Jane');
    }
  });

  it('write a person with one name, or an Arabic corporate name, so that Zotero keeps it whole', () => {
    const authors = [
      { name: 'Madonna', organization: false },
      { name: 'فريق تحرير أطلس التنمية المشتركة', organization: true },
    ];
    expect(values(highwireTags({ ...work, authors }), 'citation_author')).toEqual([
      'Madonna,',
      'فريق تحرير أطلس التنمية المشتركة,',
    ]);
  });

  it("are read by Zotero's own translator as a report, with each author's name as Zotero should keep it", () => {
    const authors = [
      ...work.authors,
      { name: 'Madonna', organization: false },
      { name: 'فريق تحرير أطلس التنمية المشتركة', organization: true },
    ];
    const tags = [...highwireTags({ ...work, authors }), ...dublinCoreTags(work), ...openGraphTags(work, 'en')];
    const head = tags
      .map(
        ({ name, property, content }) =>
          `<meta ${name ? 'name' : 'property'}="${name ?? property}" content="${content}">`,
      )
      .join('');
    const reading = zoteroReads(`<!doctype html><html><head>${head}</head><body></body></html>`, work.url);
    expect(reading.itemType).toBe('report');
    expect(reading.creators).toEqual([
      { lastName: 'Codev Atlas editorial team', creatorType: 'author' },
      { firstName: 'Jane', lastName: 'van der Doe', creatorType: 'author' },
      { lastName: 'Madonna', creatorType: 'author' },
      { lastName: 'فريق تحرير أطلس التنمية المشتركة', creatorType: 'author' },
    ]);
  });

  it('identify the work by its DOI in Dublin Core when it has one, else by its address', () => {
    expect(values(dublinCoreTags(work), 'DC.identifier')).toEqual([work.url]);
    expect(values(dublinCoreTags({ ...work, doi: '10.5281/zenodo.1' }), 'DC.identifier')).toEqual([
      'https://doi.org/10.5281/zenodo.1',
    ]);
    expect(values(dublinCoreTags(work), 'DC.rights')).toEqual(['https://creativecommons.org/licenses/by/4.0/']);
  });

  it('give OpenGraph the page language as a locale', () => {
    expect(values(openGraphTags(work, 'ar'), 'og:locale')).toEqual(['ar_AR']);
    expect(values(openGraphTags(work, 'en'), 'og:type')).toEqual(['article']);
  });
});

describe('JSON-LD', () => {
  const data = articleJsonLd(work, {
    about: [
      { name: 'Taroudant', country: 'MA', lat: 30.47, lon: -8.88 },
      { name: 'Mali', country: 'ML' },
    ],
    datasetUrl: 'https://example.org/en/data/',
    imageUrl: 'https://example.org/previews/en/cases/x.png',
    logoUrl: 'https://example.org/icons/512.png',
  });

  it('describes an Article about its places, part of the atlas as a Dataset', () => {
    expect(data).toMatchObject({
      '@type': 'Article',
      headline: work.title,
      inLanguage: 'fr',
      datePublished: '2025-06-10',
      dateModified: '2026-02-01',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isPartOf: { '@type': 'Dataset', url: 'https://example.org/en/data/' },
      image: 'https://example.org/previews/en/cases/x.png',
      publisher: {
        '@type': 'Organization',
        name: work.siteName,
        logo: { '@type': 'ImageObject', url: 'https://example.org/icons/512.png' },
      },
      author: [
        { '@type': 'Organization', name: 'Codev Atlas editorial team' },
        { '@type': 'Person', name: 'Jane van der Doe', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
      ],
    });
    expect(data.about).toEqual([
      {
        '@type': 'Place',
        name: 'Taroudant',
        address: { '@type': 'PostalAddress', addressCountry: 'MA' },
        geo: { '@type': 'GeoCoordinates', latitude: 30.47, longitude: -8.88 },
      },
      { '@type': 'Place', name: 'Mali', address: { '@type': 'PostalAddress', addressCountry: 'ML' } },
    ]);
  });

  it('cannot close its script element, whatever the content says, and still parses', () => {
    const text = jsonLdText(data);
    expect(text).not.toContain('</script');
    expect((JSON.parse(text) as { headline: string }).headline).toBe(work.title);
  });
});
