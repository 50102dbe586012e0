/**
 * The words of the compact search index: a query finds a page whatever the
 * reader's accents, Arabic spelling or digits, and word forms meet at their
 * stem; and the query over the index's buckets narrows to pages with every
 * word, best scores first, saying when a very common word leaves the answer
 * incomplete.
 */
import { describe, expect, it } from 'vitest';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { analyser, forPagefind, terms, withoutHairSpaces } from '../../src/lib/search/terms';
import { bucketOf, searchCompact, type Bucket, type IndexHead } from '../../src/lib/search/compact-index';

const fr = analyser('fr', french);
const en = analyser('en', english);
const ar = analyser('ar', arabic);

describe('index terms', () => {
  it.each([
    ['électrification', 'electrification'],
    ['Électrification', 'ÉLECTRIFICATION'],
    ['coopération', 'cooperation'],
    ['éthiopiennes', 'ethiopiennes'],
    ['villages', 'village'],
    ['œuvre', 'oeuvre'],
  ])('in French, "%s" and "%s" are one term', (a, b) => {
    expect(fr(a)).toEqual(fr(b));
    expect(fr(a)).toHaveLength(1);
  });

  it.each([
    ['transfers', 'transfer'],
    ['Cooperation', 'cooperative'],
    ['farming', 'farms'],
  ])('in English, "%s" and "%s" are one term', (a, b) => {
    expect(en(a)).toEqual(en(b));
  });

  it.each([
    ['الطاقة', 'الطاقه', 'taa marbuta written as haa'],
    ['الشمسية', 'شمسية', 'the article'],
    ['أفريقيا', 'افريقيا', 'alef with hamza'],
    ['إفريقيا', 'آفريقيا', 'alef forms'],
    ['مستشفى', 'مستشفي', 'alef maqsura'],
    ['التَّنْمِيَة', 'التنمية', 'diacritics'],
    ['التنـــمية', 'التنمية', 'tatweel'],
    ['المؤسسات', 'الموسسات', 'hamza on waw'],
  ])('in Arabic, "%s" and "%s" are one term (%s)', (a, b) => {
    expect(ar(a)).toEqual(ar(b));
    expect(ar(a)).toHaveLength(1);
  });

  it('reads Arabic-Indic digits as Western digits', () => {
    expect(ar('٢٠١٩')).toEqual(['2019']);
    expect(fr('۲۰۱۹')).toEqual(['2019']);
  });

  it('cuts at punctuation, apostrophes and hyphens, and leaves out words of one letter', () => {
    expect(fr("l'eau, co-développement")).toEqual([...fr('eau'), ...fr('co'), ...fr('développement')]);
    expect(ar('و الطاقة')).toEqual(ar('الطاقة'));
  });

  it('folds Latin-script words on Arabic pages without stemming them, and Arabic words on French pages without the Arabic stemmer', () => {
    expect(ar('Coopération')).toEqual(['cooperation']);
    expect(terms('الطاقة', 'fr', french)).toEqual(['الطاقه']);
  });
});

/** An index over documents given as text, built in memory as the build writes it (one score per occurrence). */
function memoryIndex(docs: string[], cap = 50) {
  const head: IndexHead = { buckets: 3, documents: docs.length, cap };
  const buckets: Bucket[] = Array.from({ length: head.buckets }, () => ({ terms: {}, titles: {} }));
  const postings = new Map<string, Map<number, number>>();
  docs.forEach((text, id) => {
    for (const w of en(text)) {
      if (!postings.has(w)) postings.set(w, new Map());
      const list = postings.get(w)!;
      list.set(id, (list.get(id) ?? 0) + 1);
    }
  });
  for (const [w, list] of postings) {
    const best = [...list].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, cap);
    buckets[bucketOf(w, head.buckets)].terms[w] = [list.size, ...best.flat()];
    for (const [id] of best) buckets[bucketOf(w, head.buckets)].titles[id] = [`cases/${id}/`, docs[id]];
  }
  const load = (path: string) => Promise.resolve(buckets[Number(/t\/(\d+)\.json/.exec(path)![1])]);
  return (query: string) => searchCompact(query, en, head, load);
}

describe('text given to Pagefind', () => {
  it('is cut at an apostrophe inside a word, as the compact index cuts it, and shown as written', () => {
    const text = "L’accès à l’eau d'Aïn Sebaâ, aujourd’hui ; « l’ » seul et 5’ restent.";
    const indexed = forPagefind.page(text);
    expect(indexed).toBe(
      "L’\u200Aaccès à l’\u200Aeau d'\u200AAïn Sebaâ, aujourd’\u200Ahui ; « l’ » seul et 5’ restent.",
    );
    expect(withoutHairSpaces(indexed)).toBe(text);
    // The one-letter words the compact index leaves out are not asked of Pagefind either.
    expect(forPagefind.query("l'eau potable")).toBe('eau potable');
    expect(forPagefind.query('l’accès à l’eau')).toBe('accès eau');
    expect(forPagefind.query('2 puits')).toBe('2 puits');
    // The words either engine reads are the same.
    expect(terms(indexed, 'fr', french)).toEqual(terms(text, 'fr', french));
  });
});

describe('a query over the compact index', () => {
  const docs = ['solar water pumps', 'solar solar lamps', 'water wells', 'diaspora bonds for water'];

  it('finds the documents with every word, best score first, with their titles', async () => {
    const search = memoryIndex(docs);
    const found = await search('Solar');
    expect(found.ids).toEqual([1, 0]);
    expect(found).toMatchObject({ total: 2, complete: true });
    expect(found.titles.get(1)).toEqual(['cases/1/', 'solar solar lamps']);
    expect((await search('water solar')).ids).toEqual([0]);
    expect((await search('pumping water')).ids).toEqual([0]);
  });

  it('finds nothing when a word is in no document', async () => {
    expect(await memoryIndex(docs)('solar xylophone')).toMatchObject({ ids: [], total: 0, complete: true });
  });

  it('says that the answer may be incomplete when a word lists only its best documents', async () => {
    const search = memoryIndex(docs, 1);
    expect(await search('water')).toMatchObject({ ids: [0], total: 1, complete: false });
    // "bonds" is listed in full: it narrows, and "water" is taken to be in its documents.
    expect(await search('water bonds')).toMatchObject({ ids: [3], total: 1, complete: false });
    // Both words common: the documents listed under both (none here).
    expect(await search('water solar')).toMatchObject({ ids: [], total: 0, complete: false });
  });

  it('puts a term in its bucket by FNV-1a, the published 32-bit hash (test vectors of its authors)', () => {
    expect(bucketOf('a', 2 ** 32)).toBe(0xe40c292c);
    expect(bucketOf('foobar', 2 ** 32)).toBe(0xbf9cf968);
    expect(bucketOf('foobar', 1000)).toBe(0xbf9cf968 % 1000);
  });
});
