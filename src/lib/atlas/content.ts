/**
 * The atlas as one graph, loaded once per build: each collection is read a
 * single time, sorted explicitly (collection order is not guaranteed) and
 * joined into lookup maps and reverse references (practice → cases,
 * organisation → cases, programme → cases, theme → cases, country → cases),
 * which follow the table of references (`../model/references.ts`) that the
 * content check also reads. Pages ask this module; they never call
 * `getCollection` themselves.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { CaseFacts } from '../../schemas/case';
import { LANGS, LISTED_STATUSES, PAGED_STATUSES, type Lang } from '../../schemas/common';
import type { PracticeFacts } from '../../schemas/practice';
import { join } from 'node:path';
import { historyOf, type Revision } from '../model/history';
import { contentDir, FOLDER_COLLECTIONS, type Collection } from '../model/layout';
import { referencesIn, type Holder } from '../model/references';

export type CaseTextEntry = CollectionEntry<'caseTexts'>;
export type PracticeTextEntry = CollectionEntry<'practiceTexts'>;

/** A case study with its facts and its texts by language. */
export interface AtlasCase {
  slug: string;
  facts: CaseFacts;
  texts: Partial<Record<Lang, CaseTextEntry>>;
  /** Every country the case touches: places, diaspora and transfer countries. */
  countries: string[];
  /** Every change to its files in the repository, newest first, when the history can be read and has any. */
  history: Revision[] | undefined;
}

/** A practice with its facts, texts and the cases that evidence it. */
export interface AtlasPractice {
  slug: string;
  facts: PracticeFacts;
  texts: Partial<Record<Lang, PracticeTextEntry>>;
  /** Every change to its files in the repository, newest first, when the history can be read and has any. */
  history: Revision[] | undefined;
}

const LISTED = new Set<string>(LISTED_STATUSES);
const PAGED = new Set<string>(PAGED_STATUSES);

export const isListed = (entry: { facts: { status: string } }) => LISTED.has(entry.facts.status);
export const hasPage = (entry: { facts: { status: string } }) => PAGED.has(entry.facts.status);

const derived = new WeakMap<Atlas, Map<string, unknown>>();
/**
 * A value worked out from the atlas once per build, under `key`, for what
 * many pages share (facet counts, sorted lists): made on first use.
 */
export function fromAtlas<T>(atlas: Atlas, key: string, make: () => T): T {
  let values = derived.get(atlas);
  if (!values) derived.set(atlas, (values = new Map<string, unknown>()));
  if (!values.has(key)) values.set(key, make());
  return values.get(key) as T;
}

function caseCountries(facts: CaseFacts): string[] {
  const set = new Set(facts.places.map((p) => p.country));
  if (facts.kind === 'diaspora') {
    facts.diaspora.origin.forEach((c) => set.add(c));
    facts.diaspora.residence.forEach((c) => set.add(c));
  } else {
    facts.transfer.origin.forEach((c) => set.add(c));
    facts.transfer.receiving.forEach((c) => set.add(c));
  }
  return [...set].sort();
}

function groupTexts<T extends { id: string }>(entries: T[]): Map<string, Partial<Record<Lang, T>>> {
  const map = new Map<string, Partial<Record<Lang, T>>>();
  for (const entry of entries) {
    const [slug, lang] = entry.id.split('/') as [string, Lang];
    const texts = map.get(slug) ?? {};
    texts[lang] = entry;
    map.set(slug, texts);
  }
  return map;
}

/**
 * For each collection, the entries of `items` that name each of its slugs, in
 * the order of `items`: the reverse of the references of `holder`.
 */
function referrersOf<T extends { facts: unknown }>(holder: Holder, items: T[]): Map<Collection, Map<string, T[]>> {
  const byCollection = new Map<Collection, Map<string, T[]>>();
  for (const item of items)
    for (const { slug, to } of referencesIn(holder, item.facts)) {
      let map = byCollection.get(to);
      if (!map) byCollection.set(to, (map = new Map<string, T[]>()));
      pushTo(map, slug, item);
    }
  return byCollection;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}

async function load() {
  const [cases, caseTexts, practices, practiceTexts, organizations, programmes, people, themes] = await Promise.all([
    getCollection('cases'),
    getCollection('caseTexts'),
    getCollection('practices'),
    getCollection('practiceTexts'),
    getCollection('organizations'),
    getCollection('programmes'),
    getCollection('people'),
    getCollection('themes'),
  ]);
  // A translation still being written is not shown: its page keeps the original text.
  const ready = <T extends { data: { translation?: { draft: boolean } | undefined } }>(list: T[]) =>
    list.filter((entry) => !entry.data.translation?.draft);
  const history = historyOf(contentDir());
  const versionsOf = (section: 'cases' | 'practices', slug: string) => {
    const entry = history.available ? historyOf(join(contentDir(), section, slug)) : undefined;
    return entry?.available && entry.revisions.length > 0 ? entry.revisions : undefined;
  };
  const caseTextMap = groupTexts(ready(caseTexts));
  const practiceTextMap = groupTexts(ready(practiceTexts));

  const allCases: AtlasCase[] = cases
    .map((entry) => ({
      slug: entry.id,
      facts: entry.data,
      texts: caseTextMap.get(entry.id) ?? {},
      countries: caseCountries(entry.data),
      history: versionsOf('cases', entry.id),
    }))
    .filter(hasPage)
    // Newest update first, then by slug so that the order is stable.
    .sort((a, b) => b.facts.updated.localeCompare(a.facts.updated) || a.slug.localeCompare(b.slug));

  const allPractices: AtlasPractice[] = practices
    .map((entry) => ({
      slug: entry.id,
      facts: entry.data,
      texts: practiceTextMap.get(entry.id) ?? {},
      history: versionsOf('practices', entry.id),
    }))
    .filter(hasPage)
    .sort((a, b) => a.slug.localeCompare(b.slug));

  const listedCases = allCases.filter(isListed);
  const caseReferrers = referrersOf('cases', listedCases);
  const practiceReferrers = referrersOf('practices', allPractices.filter(isListed));
  const casesBy = (collection: Collection) => caseReferrers.get(collection) ?? new Map<string, AtlasCase[]>();
  const casesByCountry = new Map<string, AtlasCase[]>();
  for (const c of listedCases) c.countries.forEach((code) => pushTo(casesByCountry, code, c));

  const byId = <T extends { id: string; data: unknown }>(list: T[]) =>
    new Map<string, T['data']>(list.map((e) => [e.id, e.data]));
  const sortedIds = <T extends { id: string }>(list: T[]) => list.map((e) => e.id).sort();

  return {
    /** Whether pages can show their history, and why not. */
    history: history.available ? { available: true as const } : history,
    cases: allCases,
    practices: allPractices,
    caseBySlug: new Map(allCases.map((c) => [c.slug, c])),
    practiceBySlug: new Map(allPractices.map((p) => [p.slug, p])),
    organizations: byId(organizations),
    organizationSlugs: sortedIds(organizations),
    programmes: byId(programmes),
    programmeSlugs: sortedIds(programmes),
    people: byId(people),
    themes: byId(themes),
    themeIds: themes.map((t) => t.id),
    countries: [...casesByCountry.keys()].sort(),
    casesByPractice: casesBy('practices'),
    casesByOrganization: casesBy('organizations'),
    casesByProgramme: casesBy('programmes'),
    casesByTheme: casesBy('themes'),
    casesByCountry,
    practicesByTheme: practiceReferrers.get('themes') ?? new Map<string, AtlasPractice[]>(),
  };
}

export type Atlas = Awaited<ReturnType<typeof load>>;
let cached: Promise<Atlas> | undefined;

/** The whole atlas, loaded once and shared by every page of the build. */
export function getAtlas(): Promise<Atlas> {
  cached ??= load();
  return cached;
}

/**
 * The text of an entry to show in `lang`: the translation when there is one,
 * else the original, flagged so that the page can say so.
 */
export function pickText<T>(
  texts: Partial<Record<Lang, T>>,
  lang: Lang,
  original: Lang,
): { text: T; lang: Lang; fallback: boolean } {
  const own = texts[lang];
  if (own) return { text: own, lang, fallback: false };
  const fallbackLang = texts[original] ? original : LANGS.find((l) => texts[l]);
  if (!fallbackLang) throw new Error('an entry has no text in any language');
  return { text: texts[fallbackLang]!, lang: fallbackLang, fallback: true };
}

/**
 * The file of a text from the repository's root (`content/cases/<slug>/case.fr.md`,
 * or `.mdx` when the text is MDX), for the page's edit link.
 */
export function textFile(
  section: 'cases' | 'practices',
  slug: string,
  lang: Lang,
  entry: { filePath?: string },
): string {
  const base = FOLDER_COLLECTIONS[section].base;
  return `content/${section}/${slug}/${base}.${lang}.${entry.filePath?.endsWith('.md') ? 'md' : 'mdx'}`;
}

/** Lists used by static paths: every language × every entry with a page. */
export function everyLang<T>(items: T[], params: (item: T) => Record<string, string>) {
  return LANGS.flatMap((lang) => items.map((item) => ({ params: { lang, ...params(item) }, props: { item } })));
}
