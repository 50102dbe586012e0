/**
 * The compact search index of the built site, queried as the search UI
 * queries it: every case is found by its title in its language, need-phrased
 * queries find the entry a reader wants, and the index holds every page that
 * Pagefind indexes, in buckets small enough for a phone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compactIndexFolder, type IndexHead } from '../../src/lib/search/compact-index';
import { compactSearch } from '../helpers/compact-search';
import { publishedCases } from '../helpers/content';
import { DIST, htmlPages, page } from '../helpers/dist';
import { NEED_QUERIES } from '../helpers/search-queries';
import { LANGS } from '../../src/schemas/common';

const folder = (lang: string) => join(DIST, compactIndexFolder(lang));

describe.each(LANGS)('the compact index in %s', (lang) => {
  const search = compactSearch(lang);

  it('finds every case by its title among the first three results', async () => {
    const missed: string[] = [];
    for (const { slug } of publishedCases()) {
      const path = `/${lang}/cases/${slug}/`;
      const title = page(path).querySelector('h1')!.textContent.trim();
      const { urls } = await search(title);
      if (!urls.slice(0, 3).includes(path)) missed.push(`${title} → ${urls.slice(0, 3).join(', ')}`);
    }
    expect(missed).toEqual([]);
    expect(publishedCases().length).toBeGreaterThan(10);
  });

  it.each(NEED_QUERIES.filter((n) => n.lang === lang))('finds $finds for "$q"', async ({ q, finds }) => {
    const { urls } = await search(q);
    expect(urls.slice(0, 3)).toContain(`/${lang}/${finds}`);
  });

  it('finds nothing for a word in no page', async () => {
    expect(await search('xqzwvj')).toEqual({ urls: [], complete: true, total: 0 });
  });

  it('holds every page that Pagefind indexes, each with its card', () => {
    const head = JSON.parse(readFileSync(join(folder(lang), 'index.json'), 'utf8')) as IndexHead;
    const searched = htmlPages().filter(
      (p) => p.startsWith(`/${lang}/`) && page(p).querySelector('[data-pagefind-body]'),
    );
    expect(head.documents).toBe(searched.length);
    const cards = readdirSync(join(folder(lang), 'c')).map(
      (f) => JSON.parse(readFileSync(join(folder(lang), 'c', f), 'utf8')) as { url: string },
    );
    expect(cards.map((c) => c.url).sort()).toEqual(searched.sort());
    expect(readdirSync(join(folder(lang), 't'))).toHaveLength(head.buckets);
  });

  it('keeps its buckets small: a word costs at most 3 kB gzip at the median, 6 kB at most', () => {
    const sizes = readdirSync(join(folder(lang), 't'))
      .map((f) => gzipSync(readFileSync(join(folder(lang), 't', f))).length)
      .sort((a, b) => a - b);
    expect(sizes[Math.floor(sizes.length / 2)]).toBeLessThanOrEqual(3 * 1024);
    expect(sizes.at(-1)).toBeLessThanOrEqual(6 * 1024);
  });
});
