/**
 * What search and browsing know about a case: its facet values as stable
 * ids (never labels, so that a shared URL works in every language), and the
 * labels of those ids in each language.
 */
import { fromAtlas, isListed, type Atlas, type AtlasCase } from './content';
import { countryName, shortName, t, type Lang } from '../i18n/i18n';
import { regionOf, REGIONS } from './regions';
import type { CaseFacts } from '../../schemas/case';

/** The facets of the case list and of search, in display order. */
export const FACETS = ['kind', 'leadership', 'theme', 'country', 'region', 'programme', 'period', 'status'] as const;
export type Facet = (typeof FACETS)[number];

/** Decades a period touches (`2010` for 2010–2019); an ongoing period runs to the case's last update. */
export function decades(
  period: { start: string; end?: string | undefined; ongoing: boolean },
  updated: string,
): string[] {
  const start = Number(period.start.slice(0, 4));
  const end = Number((period.end ?? (period.ongoing ? updated : period.start)).slice(0, 4));
  const out: string[] = [];
  for (let d = Math.floor(start / 10) * 10; d <= end; d += 10) out.push(String(d));
  return out;
}

/**
 * Facet values of a case, as ids. Every list page and facet page asks for
 * them, so each case's are worked out once (treat them as read-only).
 */
export function facetValues(item: AtlasCase): Readonly<Record<Facet, readonly string[]>> {
  let values = valuesOf.get(item);
  if (!values) valuesOf.set(item, (values = readFacetValues(item)));
  return values;
}
const valuesOf = new WeakMap<AtlasCase, Record<Facet, string[]>>();

function readFacetValues(item: AtlasCase): Record<Facet, string[]> {
  const f = item.facts;
  return {
    kind: [f.kind],
    leadership: [f.ledBy],
    theme: [...f.themes],
    country: item.countries.map((c) => c.toLowerCase()),
    region: [...new Set(item.countries.map(regionOf).filter((r): r is NonNullable<typeof r> => Boolean(r)))].sort(
      (a, b) => REGIONS.indexOf(a) - REGIONS.indexOf(b),
    ),
    programme: [...f.programmes],
    period: decades(f.period, f.updated),
    status: [f.status],
  };
}

/** The label of a facet value in `lang`. */
export function facetLabel(atlas: Atlas, facet: Facet, id: string, lang: Lang): string {
  switch (facet) {
    case 'kind':
      return t(lang, id === 'transfer' ? 'kind.transfer' : 'kind.diaspora');
    case 'leadership':
      return t(lang, `ledBy.${id as CaseFacts['ledBy']}`);
    case 'theme':
      return atlas.themes.get(id)?.label[lang] ?? id;
    case 'country':
      return countryName(id.toUpperCase(), lang);
    case 'region':
      return t(lang, `region.${id}` as Parameters<typeof t>[1]);
    case 'programme': {
      const p = atlas.programmes.get(id);
      return p ? shortName(p, lang) : id;
    }
    case 'period':
      return t(lang, 'facet.decade', { decade: id });
    case 'status':
      return t(lang, id === 'reviewed' ? 'status.reviewed' : 'status.published');
  }
}

/**
 * For each facet, every value with the number of listed cases that have it,
 * most frequent first. The same on every list page of a language, so it is
 * counted once per language and build.
 */
export function facetCounts(atlas: Atlas, lang: Lang): FacetCount[] {
  return fromAtlas(atlas, `facet-counts/${lang}`, () => countFacets(atlas, atlas.cases.filter(isListed), lang));
}
export type FacetCount = { facet: Facet; values: { id: string; count: number; label: string }[] };

function countFacets(atlas: Atlas, cases: AtlasCase[], lang: Lang): FacetCount[] {
  return FACETS.map((facet) => {
    const counts = new Map<string, number>();
    for (const c of cases) for (const v of facetValues(c)[facet]) counts.set(v, (counts.get(v) ?? 0) + 1);
    const collator = new Intl.Collator(lang);
    const values = [...counts]
      .map(([id, count]) => ({ id, count, label: facetLabel(atlas, facet, id, lang) }))
      .sort((a, b) =>
        facet === 'period' ? a.id.localeCompare(b.id) : b.count - a.count || collator.compare(a.label, b.label),
      );
    return { facet, values };
  });
}

/**
 * The key Pagefind sorts titles by. Pagefind compares strings code point by
 * code point, so the key drops accents, case and leading punctuation to give
 * the order a reader expects ("« Yo, sí puedo »" among the Y, "Éducation"
 * among the E).
 */
export function titleSortKey(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^[^\p{L}\p{N}]+/u, '');
}
