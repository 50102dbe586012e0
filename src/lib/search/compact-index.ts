/**
 * The files of the compact search index and how a query reads them, shared
 * by the build that writes them (src/integrations/compact-search.ts) and the
 * search UI that reads them. Per language, under `search/<lang>/`:
 *
 * - `index.json`: how many buckets and documents there are;
 * - `t/<n>.json`: a bucket, the terms whose hash falls in it, each with its
 *   number of documents and its best-scoring documents (scores worked out at
 *   build time with field weights), and the title and address of each term's
 *   first documents, so that a one-word query shows results after one request;
 * - `c/<id>.json`: the result card of one document (what it is, its
 *   countries, its summary), fetched for each result shown.
 *
 * A query costs one bucket per word; nothing grows with the site but the
 * number of buckets.
 */
import type { Analyser } from './terms';

/** Folder of a language's compact index in the built site, under the base path. */
export const compactIndexFolder = (lang: string) => `search-index/${lang}`;

/**
 * The small files every search in `lang` reads before its first bucket: the
 * facet labels and words of the UI (`<lang>/search/facets.json`) and the
 * index's head. The header's opener fetches them beside the search code, so
 * that neither waits for the other on a slow network.
 */
export const searchStartFiles = (lang: string, base: string) =>
  [`${base}${lang}/search/facets.json`, `${base}${compactIndexFolder(lang)}/index.json`] as const;

/** What a result shows before its page is opened. */
export interface Card {
  /** The page's address, under the base path. */
  url: string;
  title: string;
  /** What the entry is (case study, practice, programme…), in the page's language. */
  type?: string;
  /** The kind of case, in the page's language. */
  kind?: string;
  countries?: string;
  summary?: string;
  /** The language and direction of the text when it is not the page's (an untranslated entry). */
  textLang?: string;
  textDir?: string;
}

/** `index.json`. */
export interface IndexHead {
  buckets: number;
  documents: number;
  /** The most documents a term lists; a term in more lists its best ones and its count. */
  cap: number;
}

/**
 * A bucket: `terms` maps a term to its number of documents followed by its
 * documents and their scores, best first (`[count, id, score, id, score…]`);
 * `titles` holds the address (after `<base><lang>/`) and title of each
 * term's first few documents.
 */
export interface Bucket {
  terms: Record<string, number[]>;
  titles: Record<string, [path: string, title: string]>;
}

/** How many results the first screen shows, and so how many titles a bucket carries per term. */
export const FIRST_RESULTS = 5;

/**
 * The bucket of a term: FNV-1a over its UTF-16 code units, the same in
 * Node and every browser.
 * @see http://www.isthe.com/chongo/tech/comp/fnv/
 */
export function bucketOf(term: string, buckets: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < term.length; i++) {
    hash ^= term.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % buckets;
}

/** The bucket files (`t/<n>.json`) that hold `terms`, one per term. */
export const bucketFiles = (terms: string[], head: IndexHead) =>
  terms.map((t) => `t/${bucketOf(t, head.buckets)}.json`);

/** The results of a query: documents best first, and whether the list is every document that matches. */
export interface Found {
  /** Documents that have every word of the query, best first. */
  ids: number[];
  /** How many documents match (`ids.length`); when `complete` is false, more may. */
  total: number;
  /** False when a word is in more documents than its bucket lists, so that more may match. */
  complete: boolean;
  /** The address (after `<base><lang>/`) and title of documents, as far as the buckets carried them. */
  titles: Map<number, [path: string, title: string]>;
}

/**
 * Answers a query from the compact index: documents that have every word
 * (its stem, accents and Arabic spellings aside), ranked by the sum of their
 * precomputed scores. A word in more documents than its bucket lists (a
 * very common word) cannot narrow the results exactly. With rarer words
 * beside it, it is taken to be in the documents that have them, and only
 * adds to the score of those it lists; when every word is that common, the
 * answer is the documents listed under every word. Either way the answer
 * says it may be incomplete, and the reader can ask Pagefind for the rest.
 * `load` reads a file of the index (a fetch in the browser, a file read in tests).
 */
export async function searchCompact(
  query: string,
  analyse: Analyser,
  head: IndexHead,
  load: (path: string) => Promise<unknown>,
): Promise<Found> {
  const words = [...new Set(analyse(query))];
  const titles = new Map<number, [string, string]>();
  if (words.length === 0) return { ids: [], total: 0, complete: true, titles };
  const buckets = await Promise.all(bucketFiles(words, head).map((path) => load(path) as Promise<Bucket>));
  const lists = words.map((w, i) => {
    const entry = buckets[i].terms[w];
    for (const [id, title] of Object.entries(buckets[i].titles)) titles.set(Number(id), title);
    const scores = new Map<number, number>();
    if (entry) for (let j = 1; j < entry.length; j += 2) scores.set(entry[j], entry[j + 1]);
    return { count: entry?.[0] ?? 0, scores, complete: !entry || scores.size >= entry[0] };
  });
  if (lists.some((l) => l.count === 0)) return { ids: [], total: 0, complete: true, titles };
  const exact = lists.filter((l) => l.complete);
  const complete = exact.length === lists.length;
  // Candidates: the documents of the narrowest word listed in full (every document with
  // every such word is among them), or, when every word is common, those listed under all.
  const candidates = exact.length
    ? exact.reduce((a, b) => (b.scores.size < a.scores.size ? b : a)).scores.keys()
    : [...lists[0].scores.keys()].filter((id) => lists.every((l) => l.scores.has(id)));
  const ranked: { id: number; score: number }[] = [];
  for (const id of candidates) {
    if (!exact.every((l) => l.scores.has(id))) continue;
    let score = 0;
    for (const l of lists) score += l.scores.get(id) ?? 0;
    ranked.push({ id, score });
  }
  ranked.sort((a, b) => b.score - a.score || a.id - b.id);
  return { ids: ranked.map((r) => r.id), total: ranked.length, complete, titles };
}
