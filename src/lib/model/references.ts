/**
 * Which field of which collection points to which collection, in one table.
 * The content check reads it to refuse a reference to a missing entry, and
 * the content graph (`src/lib/atlas/content.ts`) reads it to list, on the
 * page of an organisation, programme, practice or theme, the cases that name
 * it. A new reference field is added to its schema (as `ref`) and here; a test
 * fails when a `ref` of a schema is missing from this table.
 */
import type { Collection } from './layout';

/** What holds references: a collection's facts, or the front matter of its texts. */
export type Holder = 'cases' | 'practices' | 'programmes' | 'texts';

/**
 * One reference field: its dotted path, where `*` stands for every item of a
 * list (a list at the end of the path is a list of references), and the
 * collection its slugs name.
 */
export interface ReferenceField {
  path: string;
  to: Collection;
}

/** Every reference field of the content, by the collection that holds it. */
export const REFERENCES: Record<Holder, readonly ReferenceField[]> = {
  cases: [
    { path: 'authors', to: 'people' },
    { path: 'reviewers', to: 'people' },
    { path: 'actors.*.organization', to: 'organizations' },
    { path: 'programmes', to: 'programmes' },
    { path: 'themes', to: 'themes' },
    { path: 'practices', to: 'practices' },
    { path: 'financing.contributions.*.source', to: 'organizations' },
    { path: 'financing.contributions.*.programme', to: 'programmes' },
    { path: 'diaspora.organizations', to: 'organizations' },
    { path: 'transfer.originInstitution', to: 'organizations' },
    { path: 'transfer.facilitator', to: 'organizations' },
    { path: 'transfer.receivingInstitutions', to: 'organizations' },
  ],
  practices: [
    { path: 'authors', to: 'people' },
    { path: 'reviewers', to: 'people' },
    { path: 'themes', to: 'themes' },
    { path: 'related', to: 'practices' },
  ],
  programmes: [
    { path: 'operator', to: 'organizations' },
    { path: 'funders', to: 'organizations' },
    { path: 'topUps.*.funder', to: 'organizations' },
    { path: 'sectors.themes', to: 'themes' },
  ],
  texts: [{ path: 'translation.translators', to: 'people' }],
};

/** One reference found in an entry: where it is, and the slug it names. */
export interface FoundReference {
  path: (string | number)[];
  slug: string;
  to: Collection;
}

/** The references held by `data`, an entry of `holder`, in the order of the table. */
export function referencesIn(holder: Holder, data: unknown): FoundReference[] {
  return REFERENCES[holder].flatMap(({ path, to }) =>
    valuesAt(data, path.split('.'), []).map(({ at, slug }) => ({ path: at, slug, to })),
  );
}

function valuesAt(
  value: unknown,
  rest: string[],
  at: (string | number)[],
): { at: (string | number)[]; slug: string }[] {
  if (rest.length === 0) {
    if (typeof value === 'string') return [{ at, slug: value }];
    if (Array.isArray(value))
      return value.flatMap((item, i) => (typeof item === 'string' ? [{ at: [...at, i], slug: item }] : []));
    return [];
  }
  const [key, ...next] = rest as [string, ...string[]];
  if (key === '*') return Array.isArray(value) ? value.flatMap((item, i) => valuesAt(item, next, [...at, i])) : [];
  if (!value || typeof value !== 'object') return [];
  return valuesAt((value as Record<string, unknown>)[key], next, [...at, key]);
}
