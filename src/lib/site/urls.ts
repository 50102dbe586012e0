/**
 * Internal links. Every link goes through `localePath` so that the site works
 * under a sub-path (a GitHub Pages project site) as well as at a domain root.
 */
import type { Lang } from '../../schemas/common';

const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');

/** `/<base>/<lang>/<path>/`, with a trailing slash as the site uses everywhere. */
export function localePath(lang: Lang, path = ''): string {
  const clean = path.replace(/^\/+|\/+$/g, '');
  return `${base}${lang}/${clean ? `${clean}/` : ''}`;
}

/** A path under the base that is not in a language folder (`data/cases.json`). */
export function sitePath(path: string): string {
  return `${base}${path.replace(/^\/+/, '')}`;
}

/** Path segments of each entity's page, without the language. */
export const paths = {
  cases: () => 'cases',
  case: (slug: string) => `cases/${slug}`,
  practices: () => 'practices',
  practice: (slug: string) => `practices/${slug}`,
  /** Every version of a case or practice. */
  history: (section: 'cases' | 'practices', slug: string) => `${section}/${slug}/history`,
  organizations: () => 'organizations',
  organization: (slug: string) => `organizations/${slug}`,
  programmes: () => 'programmes',
  programme: (slug: string) => `programmes/${slug}`,
  funding: () => 'funding',
  themes: () => 'themes',
  theme: (id: string) => `themes/${id}`,
  countries: () => 'countries',
  country: (code: string) => `countries/${code.toLowerCase()}`,
  about: () => 'about',
  data: () => 'data',
  /** Every field of every file and table, from the schemas. */
  codebook: () => 'data/codebook',
  map: () => 'map',
  stats: () => 'stats',
  contribute: () => 'contribute',
  method: () => 'method',
  errata: () => 'errata',
};
