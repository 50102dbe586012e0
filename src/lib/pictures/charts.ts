/**
 * Geometry of the charts, computed at build time: bar lengths in percent of
 * the chart's width (so that labels keep their size on any screen while bars
 * stretch), columns of a timeline, and the parts of a financing bar. Right to
 * left pages get mirrored positions; nothing here knows about words.
 */
import type { CaseFacts } from '../../schemas/case';
import { CATEGORICAL } from './palette';

/** One bar of a horizontal bar chart. */
export interface Bar {
  /** Length in percent of the chart's width. */
  length: number;
  /** Where the bar starts, in percent from the left: 0 left to right, `100 - length` right to left. */
  x: number;
}

/** Two decimals are enough for a percentage of a screen's width. */
const round2 = (n: number) => Math.round(n * 100) / 100;

/** Bars for `values`, the largest filling the width; mirrored when `rtl`. */
export function bars(values: readonly number[], rtl = false): Bar[] {
  const max = Math.max(0, ...values);
  return values.map((v) => {
    const length = max > 0 ? round2((v / max) * 100) : 0;
    return { length, x: rtl ? round2(100 - length) : 0 };
  });
}

/** One column of a timeline: a year and its count, placed in percent of the width. */
export interface Column {
  year: number;
  count: number;
  /** Left edge, in percent. */
  x: number;
  /** Width, in percent. */
  width: number;
  /** Height, in percent of the tallest column. */
  height: number;
  /** Whether the year is written under the axis (the first, the last and round years). */
  labelled: boolean;
}

/**
 * A column for every year from the first to the last of `counts` (years
 * without a case are gaps, so that time reads evenly), the earliest at the
 * start of the reading direction: left in French and English, right in Arabic.
 */
export function timeline(counts: readonly { key: number; count: number }[], rtl = false): Column[] {
  if (counts.length === 0) return [];
  const first = counts[0].key;
  const last = counts.at(-1)!.key;
  const span = last - first + 1;
  const max = Math.max(...counts.map((c) => c.count));
  const countOf = new Map(counts.map((c) => [c.key, c.count]));
  const step = span > 30 ? 10 : span > 12 ? 5 : 1;
  const width = 100 / span;
  return Array.from({ length: span }, (_, i) => {
    const year = first + i;
    const count = countOf.get(year) ?? 0;
    return {
      year,
      count,
      x: round2((rtl ? span - 1 - i : i) * width),
      width: round2(width),
      height: round2((count / max) * 100),
      labelled:
        year === first || year === last || (year % step === 0 && last - year >= step / 2 && year - first >= step / 2),
    };
  }).filter((c) => c.count > 0 || c.labelled);
}

/** A part of a financing bar. */
export interface Segment {
  /** Index of the contribution in `financing.contributions`, to match the list item. */
  index: number;
  /** Share of the total, in percent, as the content states it or as amount ÷ total. */
  share: number;
  /** Where it starts, in percent from the left. */
  x: number;
  colour: string;
}

/**
 * The parts of a financing breakdown: each contribution whose share is known,
 * either stated (`share`) or computed from its amount and the stated total.
 * Amounts without a total are not turned into shares: the sources do not say
 * that they add up to one budget. Empty when no share is known.
 */
export function financingSegments(financing: NonNullable<CaseFacts['financing']>, rtl = false): Segment[] {
  const parts = financing.contributions.flatMap((c, index) => {
    const share =
      c.share ?? (c.amount !== undefined && financing.total ? round2((c.amount / financing.total) * 100) : undefined);
    return share !== undefined && share > 0 ? [{ index, share }] : [];
  });
  let start = 0;
  return parts.map((p, i) => {
    const share = round2(Math.min(p.share, 100 - start));
    const x = rtl ? round2(100 - start - share) : round2(start);
    start += share;
    return { ...p, share, x, colour: CATEGORICAL[i % CATEGORICAL.length] };
  });
}
