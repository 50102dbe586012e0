/** Colour classes and chart geometry: what a reader sees in the legend, the bars and the financing bar. */
import { describe, expect, it } from 'vitest';
import { bars, financingSegments, timeline } from '../../src/lib/pictures/charts';
import { CATEGORICAL, classOf, countClasses, SEQUENTIAL } from '../../src/lib/pictures/palette';

describe('colour classes', () => {
  it('give each count its own class while there are few', () => {
    expect(countClasses(3).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
    ]);
    expect(countClasses(0)).toEqual([]);
  });

  it('grow geometrically for larger counts, five classes at most', () => {
    expect(countClasses(20).map((c) => [c.min, c.max])).toEqual([
      [1, 1],
      [2, 2],
      [3, 5],
      [6, 10],
      [11, 20],
    ]);
  });

  it('cover every count from 1 to the maximum exactly once, light to dark', () => {
    for (const max of [1, 2, 5, 6, 7, 13, 100, 10_000]) {
      const classes = countClasses(max);
      expect(classes.length, String(max)).toBeLessThanOrEqual(SEQUENTIAL.length);
      for (let n = 1; n <= Math.min(max, 500); n++) expect(classOf(classes, n), `${n} of ${max}`).toBeDefined();
      expect(classOf(classes, max)).toBe(classes.at(-1));
      expect(classOf(classes, 0)).toBeUndefined();
      const order = classes.map((c) => SEQUENTIAL.indexOf(c.colour as (typeof SEQUENTIAL)[number]));
      expect(order, String(max)).toEqual([...order].sort((a, b) => a - b));
      expect(new Set(order).size).toBe(order.length);
    }
  });
});

describe('bars', () => {
  it('give the largest value the full width, the others in proportion', () => {
    expect(bars([10, 5, 1])).toEqual([
      { length: 100, x: 0 },
      { length: 50, x: 0 },
      { length: 10, x: 0 },
    ]);
  });

  it('grow from the right in a right-to-left page', () => {
    expect(bars([4, 1], true)).toEqual([
      { length: 100, x: 0 },
      { length: 25, x: 75 },
    ]);
  });
});

describe('timeline', () => {
  const counts = [
    { key: 1970, count: 1 },
    { key: 2005, count: 3 },
    { key: 2017, count: 1 },
  ];

  it('keeps a slot for every year, labels the ends and round years, and leaves out empty unlabelled years', () => {
    const columns = timeline(counts);
    expect(columns.filter((c) => c.count > 0).map((c) => [c.year, c.count, c.height])).toEqual([
      [1970, 1, 33.33],
      [2005, 3, 100],
      [2017, 1, 33.33],
    ]);
    const written = (px: number) =>
      columns.filter((c) => c.yearFrom !== undefined && c.yearFrom <= px).map((c) => c.year);
    expect(written(896)).toEqual([1970, 1975, 1980, 1985, 1990, 1995, 2000, 2005, 2010, 2017]);
    const width = 100 / 48;
    expect(columns.find((c) => c.year === 2005)!.x).toBeCloseTo(35 * width, 1);
  });

  it('writes fewer years on a phone, each clear of its neighbours, and the ends at every width', () => {
    const columns = timeline(counts);
    const written = (px: number) =>
      columns.filter((c) => c.yearFrom !== undefined && c.yearFrom <= px).map((c) => c.year);
    // 343 px is the chart on a 375 px phone: 2010 would touch 2017, written from the end inwards.
    expect(written(343)).toEqual([1970, 1980, 1990, 2000, 2017]);
    for (const px of [288, 343, 512, 896]) {
      const years = written(px);
      expect(years.at(0)).toBe(1970);
      expect(years.at(-1)).toBe(2017);
      const centres = years.slice(1, -1).map((y) => ((y - 1970 + 0.5) * px) / 48);
      // A year takes at most 32 px: the first and last are written from the ends, the others centred.
      expect(centres[0] - 16, String(px)).toBeGreaterThanOrEqual(32 + 6);
      expect(px - centres.at(-1)! - 16, String(px)).toBeGreaterThanOrEqual(32 + 6);
      for (let i = 1; i < centres.length; i++) expect(centres[i] - centres[i - 1]).toBeGreaterThanOrEqual(32 + 6);
    }
  });

  it('writes the counts only where neighbouring ones fit side by side', () => {
    const years = timeline([
      { key: 2000, count: 1 },
      { key: 2001, count: 12 },
      { key: 2019, count: 1 },
    ]);
    // Twenty years; 1 and 12 next to each other need (8 + 16) / 2 + 2 = 14 px per year: 280 px.
    expect(new Set(years.map((c) => c.countFrom))).toEqual(new Set([288]));
    const dense = timeline(counts.map((c, i) => ({ key: 2000 + i, count: c.count })));
    expect(dense[0].countFrom).toBe(288);
    const long = timeline([
      { key: 1900, count: 1 },
      { key: 1901, count: 1 },
      { key: 2020, count: 1 },
    ]);
    // 121 years, two counts side by side: 10 px a year would need 1,210 px, wider than any chart.
    expect(long[0].countFrom).toBeUndefined();
  });

  it('runs from right to left in Arabic', () => {
    const [first] = timeline(counts, true);
    expect(first.year).toBe(1970);
    expect(first.x).toBeCloseTo(100 - 100 / 48, 1);
    expect(timeline([])).toEqual([]);
  });
});

describe('financing segments', () => {
  it('take stated shares, in the order of the list, with distinct colours', () => {
    const segments = financingSegments({
      currency: 'EUR',
      contributions: [
        { type: 'co-financing', share: 70, bound: 'max' },
        { type: 'top-up', topUpPercent: 30, bound: 'exact' },
        { type: 'own-funds', share: 30, bound: 'min' },
      ],
    });
    expect(segments).toEqual([
      { index: 0, share: 70, x: 0, colour: CATEGORICAL[0] },
      { index: 2, share: 30, x: 70, colour: CATEGORICAL[1] },
    ]);
  });

  it('compute shares from amounts only when the total is stated', () => {
    const contributions = [
      { type: 'public-grant' as const, amount: 750, bound: 'exact' as const },
      { type: 'own-funds' as const, amount: 250, bound: 'exact' as const },
    ];
    expect(financingSegments({ currency: 'EUR', total: 1000, contributions }).map((s) => s.share)).toEqual([75, 25]);
    expect(financingSegments({ currency: 'EUR', contributions })).toEqual([]);
  });

  it('never overflow the bar, and start from the right in Arabic', () => {
    const segments = financingSegments(
      {
        currency: 'EUR',
        total: 100,
        contributions: [
          { type: 'public-grant', amount: 80, bound: 'exact' },
          { type: 'loan', amount: 40, bound: 'exact' },
        ],
      },
      true,
    );
    expect(segments.map((s) => [s.x, s.share])).toEqual([
      [20, 80],
      [0, 20],
    ]);
  });
});
