/** Addresses and page numbers of the paginated case lists. */
import { describe, expect, it } from 'vitest';
import { browsePath, pageCount, pageLinks, pageOf, PAGE_SIZE, recentCases } from '../../src/lib/atlas/browse';
import type { AtlasCase } from '../../src/lib/atlas/content';

describe('browsePath', () => {
  it('gives the first page of all cases by date the address of the case list', () => {
    expect(browsePath()).toBe('cases');
    expect(browsePath(undefined, undefined, 'date', 1)).toBe('cases');
  });

  it('puts later pages and other orders under browse/, never beside case slugs', () => {
    expect(browsePath(undefined, undefined, 'date', 2)).toBe('browse/all/2');
    expect(browsePath(undefined, undefined, 'title')).toBe('browse/all/title');
    expect(browsePath(undefined, undefined, 'title', 3)).toBe('browse/all/title/3');
    expect(browsePath('theme', 'water')).toBe('browse/theme/water');
    expect(browsePath('theme', 'water', 'date', 2)).toBe('browse/theme/water/2');
    expect(browsePath('theme', 'water', 'title', 12)).toBe('browse/theme/water/title/12');
  });
});

describe('pages of a list', () => {
  it('counts the pages, an empty list keeping its first page', () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(1)).toBe(1);
    expect(pageCount(PAGE_SIZE)).toBe(1);
    expect(pageCount(PAGE_SIZE + 1)).toBe(2);
    expect(pageCount(10_000)).toBe(Math.ceil(10_000 / PAGE_SIZE));
  });

  it('shows each item on exactly one page, in order', () => {
    const items = Array.from({ length: PAGE_SIZE * 2 + 5 }, (_, i) => i);
    const pages = Array.from({ length: pageCount(items.length) }, (_, i) => pageOf(items, i + 1));
    expect(pages.map((p) => p.length)).toEqual([PAGE_SIZE, PAGE_SIZE, 5]);
    expect(pages.flat()).toEqual(items);
  });

  it('links the first, the last and the pages near the current one, with gaps for the rest', () => {
    expect(pageLinks(1, 1)).toEqual([1]);
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageLinks(6, 12)).toEqual([1, null, 4, 5, 6, 7, 8, null, 12]);
    expect(pageLinks(12, 12)).toEqual([1, null, 10, 11, 12]);
    // A gap of a single page shows that page rather than an ellipsis.
    expect(pageLinks(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pageLinks(4, 10)).toEqual([1, 2, 3, 4, 5, 6, null, 10]);
  });
});

describe('recent cases', () => {
  const item = (slug: string, kind: 'diaspora' | 'transfer', updated: string) =>
    ({ slug, facts: { kind, updated } }) as unknown as AtlasCase;

  it('takes the newest day first and alternates the kinds within a day, each in slug order', () => {
    const cases = [
      item('t1', 'transfer', '2026-12-03'),
      item('t2', 'transfer', '2026-12-03'),
      item('t3', 'transfer', '2026-12-03'),
      item('d2', 'diaspora', '2026-12-03'),
      item('d1', 'diaspora', '2026-12-03'),
      item('old', 'diaspora', '2025-01-01'),
    ];
    expect(recentCases(cases, 4).map((c) => c.slug)).toEqual(['d1', 't1', 'd2', 't2']);
    expect(recentCases(cases, 6).map((c) => c.slug)).toEqual(['d1', 't1', 'd2', 't2', 't3', 'old']);
  });
});
