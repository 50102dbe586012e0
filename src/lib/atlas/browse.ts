/**
 * Static browsing of the case list, for visitors without JavaScript: one page
 * per facet value (kind, leadership, theme, country, region, programme, period), each
 * sortable by date or title. Search enhances these pages; it never replaces them.
 */
import type { Atlas, AtlasCase } from './content';
import { fromAtlas, isListed, pickText } from './content';
import type { Lang } from '../i18n/i18n';
import { facetCounts, facetValues, type Facet, type FacetCount } from './search';

/** Facets that have static pages. */
export const BROWSE_FACETS = [
  'kind',
  'leadership',
  'theme',
  'country',
  'region',
  'programme',
  'period',
] as const satisfies readonly Facet[];
export type BrowseFacet = (typeof BROWSE_FACETS)[number];
export type BrowseSort = 'date' | 'title';

/** The facet counts of `facetCounts` for the facets that have static pages, in the same order. */
export function browseFacetCounts(atlas: Atlas, lang: Lang): (FacetCount & { facet: BrowseFacet })[] {
  return facetCounts(atlas, lang).filter((f): f is FacetCount & { facet: BrowseFacet } =>
    (BROWSE_FACETS as readonly string[]).includes(f.facet),
  );
}

/** Values of a facet linked from the side of every list page, the most common first; its index page has them all. */
export const FACET_TOP = 10;

/** Newest cases shown on the page of a theme, country or programme, which links to the full list. */
export const PREVIEW_SIZE = 12;

/**
 * Cases on one page of a list: a list of thousands of cases is one page of
 * megabytes, too heavy for a phone on a slow connection (and for the build).
 */
export const PAGE_SIZE = 24;

/** Number of pages of a list of `count` cases (an empty list still has its first page). */
export function pageCount(count: number): number {
  return Math.max(1, Math.ceil(count / PAGE_SIZE));
}

/** The cases shown on page `page` (from 1) of a list. */
export function pageOf<T>(items: T[], page: number): T[] {
  return items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
}

/**
 * The page numbers a list's navigation links from page `current` of `total`:
 * the first, the last and two either side of the current one; `null` stands
 * for the pages left out (a gap of one page shows that page instead).
 */
export function pageLinks(current: number, total: number): (number | null)[] {
  const near = [1, current - 2, current - 1, current, current + 1, current + 2, total];
  const shown = [...new Set(near.filter((n) => n >= 1 && n <= total))].sort((a, b) => a - b);
  return shown.flatMap((n, i) => {
    const gap = i === 0 ? 0 : n - shown[i - 1] - 1;
    return gap === 0 ? [n] : gap === 1 ? [n - 1, n] : [null, n];
  });
}

/**
 * Path (without language) of page `page` of the list of cases with `facet` =
 * `value`, or of all cases when facet is omitted: `cases`, `browse/all/2`,
 * `browse/theme/water/title/3`. Pages after the first are under `browse/`, so
 * that a page number can never be mistaken for a case's slug.
 */
export function browsePath(facet?: string, value?: string, sort: BrowseSort = 'date', page = 1): string {
  const list = facet && value ? `browse/${facet}/${value}` : 'browse/all';
  const path = [sort === 'title' ? `${list}/title` : list, page > 1 ? String(page) : ''].filter(Boolean).join('/');
  return path === 'browse/all' ? 'cases' : path;
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

/**
 * The listed cases with `facet` = `value` (all listed cases without a facet)
 * in the order asked. Made once per list and shared by all its pages: sorting
 * thousands of titles again for each page of a list would cost more than the
 * pages themselves.
 */
export function caseList(atlas: Atlas, lang: Lang, sort: BrowseSort, facet?: BrowseFacet, value?: string): AtlasCase[] {
  const key = ['case-list', facet, value, sort, sort === 'title' ? lang : ''].join('/');
  return fromAtlas(atlas, key, () => {
    const listed = atlas.cases.filter(isListed);
    return sortCases(facet && value ? casesWith(listed, facet, value) : listed, sort, lang);
  });
}

/**
 * The `n` most recently updated cases, for the home page. Cases updated the
 * same day alternate between the two kinds (each kind in slug order), so
 * that a day on which many cases changed does not show only transfers.
 */
export function recentCases(cases: readonly AtlasCase[], n: number): AtlasCase[] {
  const byDay = new Map<string, AtlasCase[]>();
  for (const c of cases) byDay.set(c.facts.updated, [...(byDay.get(c.facts.updated) ?? []), c]);
  const bySlug = (a: AtlasCase, b: AtlasCase) => (a.slug < b.slug ? -1 : 1);
  const out: AtlasCase[] = [];
  for (const day of [...byDay.keys()].sort().reverse()) {
    const queues = (['diaspora', 'transfer'] as const).map((kind) =>
      byDay
        .get(day)!
        .filter((c) => c.facts.kind === kind)
        .sort(bySlug),
    );
    while (queues.some((q) => q.length > 0)) for (const q of queues) if (q.length > 0) out.push(q.shift()!);
    if (out.length >= n) break;
  }
  return out.slice(0, n);
}
