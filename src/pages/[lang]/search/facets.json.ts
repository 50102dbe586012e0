/**
 * Words the search UI needs in one language: its own strings, and the labels
 * of every facet value (filters hold stable ids so that shared URLs work in
 * every language). Fetched only when search opens.
 */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../../lib/atlas/content';
import { LANGS, t, type Lang } from '../../../lib/i18n/i18n';
import { facetCounts } from '../../../lib/atlas/search';
import { localePath } from '../../../lib/site/urls';

export function getStaticPaths() {
  return LANGS.map((lang) => ({ params: { lang } }));
}

export const GET: APIRoute = async ({ params }) => {
  const lang = params.lang as Lang;
  const atlas = await getAtlas();
  const s = (key: Parameters<typeof t>[1]) => t(lang, key);
  const body = {
    strings: {
      title: s('search.title'),
      label: s('search.label'),
      placeholder: s('search.placeholder'),
      close: s('search.close'),
      filters: s('search.filters'),
      sort: s('search.sort'),
      sortRelevance: s('search.sortRelevance'),
      sortUpdated: s('search.sortUpdated'),
      sortTitle: s('search.sortTitle'),
      resultsNone: s('search.resultsNone'),
      resultsOne: s('search.resultsOne'),
      resultsMany: t(lang, 'search.resultsMany', { n: '{n}' }),
      empty: s('search.empty'),
      clearFilters: s('search.clearFilters'),
      loading: s('search.loading'),
      fullPage: s('search.fullPage'),
      hint: s('search.hint'),
      more: s('search.more'),
      resultsAtLeast: t(lang, 'search.resultsAtLeast', { n: '{n}' }),
      excerpts: s('search.excerpts'),
      wider: s('search.wider'),
      showResults: t(lang, 'search.showResults', { n: '{n}' }),
      sortUpdatedNote: s('search.sortUpdatedNote'),
      unreachable: s('search.unreachable'),
    },
    facets: facetCounts(atlas, lang).map(({ facet, values }) => ({
      id: facet,
      label: t(lang, `facet.${facet}`),
      values: Object.fromEntries(values.map((v) => [v.id, v.label])),
    })),
    searchPage: localePath(lang, 'search'),
  };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
