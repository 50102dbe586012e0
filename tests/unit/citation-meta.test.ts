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

const work: CitableWork = {
  key: 'codev-atlas-x-en',
  type: 'webpage',
  title: 'A title with </script> in it',
  summary: 'A summary.',
  authors: [
    { name: 'Codev Atlas editorial team', organization: true },
    { name: 'Jane Doe', organization: false, orcid: '0000-0002-1825-0097' },
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
    expect(values(tags, 'citation_author')).toEqual(['Codev Atlas editorial team', 'Jane Doe']);
    expect(values(tags, 'citation_publication_date')).toEqual(['2026/02/01']);
    expect(values(tags, 'citation_online_date')).toEqual(['2025/06/10']);
    expect(values(tags, 'citation_language')).toEqual(['fr']);
    expect(values(tags, 'citation_public_url')).toEqual([work.url]);
    expect(values(tags, 'citation_doi')).toEqual([]);
    expect(values(highwireTags({ ...work, doi: '10.5281/zenodo.1' }), 'citation_doi')).toEqual(['10.5281/zenodo.1']);
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
      author: [
        { '@type': 'Organization', name: 'Codev Atlas editorial team' },
        { '@type': 'Person', name: 'Jane Doe', sameAs: 'https://orcid.org/0000-0002-1825-0097' },
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
