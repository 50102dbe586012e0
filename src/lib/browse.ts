/**
 * Static browsing of the case list, for visitors without JavaScript: one page
 * per facet value (theme, country, kind, programme, region, period), each
 * sortable by date or title. Search enhances these pages; it never replaces them.
 */
import type { AtlasCase } from './content';
import { pickText } from './content';
import type { Lang } from './i18n';
import { facetValues, type Facet } from './search';

/** Facets that have static pages. */
export const BROWSE_FACETS = [
  'kind',
  'theme',
  'country',
  'region',
  'programme',
  'period',
] as const satisfies readonly Facet[];
export type BrowseFacet = (typeof BROWSE_FACETS)[number];
export type BrowseSort = 'date' | 'title';

/** Path (without language) of the list of cases with `facet` = `value`, or of all cases when facet is omitted. */
export function browsePath(facet?: string, value?: string, sort: BrowseSort = 'date'): string {
  const base = facet && value ? `browse/${facet}/${value}` : sort === 'title' ? 'browse/all' : 'cases';
  return sort === 'title' ? `${base}/title` : base;
}

/** The cases with a facet value. */
export function casesWith(cases: AtlasCase[], facet: BrowseFacet, value: string): AtlasCase[] {
  return cases.filter((c) => facetValues(c)[facet].includes(value));
}

/** Cases in the requested order: newest update first (the default), or by title in the page's language. */
export function sortCases(cases: AtlasCase[], sort: BrowseSort, lang: Lang): AtlasCase[] {
  if (sort === 'date') return cases;
  const collator = new Intl.Collator(lang);
  const title = (c: AtlasCase) => pickText(c.texts, lang, c.facts.originalLanguage).text.data.title;
  return [...cases].sort((a, b) => collator.compare(title(a), title(b)));
}
