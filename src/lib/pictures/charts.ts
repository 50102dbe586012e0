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

/**
 * Widths of a timeline, in CSS pixels, at which it may write more labels:
 * the chart on a 320 px phone (288), then the container-query sizes that
 * `Timeline.astro` turns each into (20rem, 24rem, 28rem, 32rem, 42rem,
 * 56rem). A label is written from the first of these widths at which it
 * fits; below the first, as at the first.
 */
export const TIMELINE_WIDTHS = [288, 320, 384, 448, 512, 672, 896] as const;
/** One of the widths at which a timeline's labels change. */
export type TimelineWidth = (typeof TIMELINE_WIDTHS)[number];

/** Width of a digit at the chart's 12 px font, rounded up over common system fonts, and the least gap between two labels. */
const DIGIT_PX = 8;
const LABEL_GAP_PX = 6;
/** Steps between the round years written under the axis: each divides the next, so that a wider chart only adds years. */
const YEAR_STEPS = [1, 5, 10, 50, 100];

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
  /**
   * The chart width from which the year is written under the axis
   * (the first and the last year at every width, round years where they
   * fit), or undefined when it never is.
   */
  yearFrom: TimelineWidth | undefined;
  /** The chart width from which the counts are written over the columns: where every one fits beside its neighbours. */
  countFrom: TimelineWidth | undefined;
}

/**
 * Whether the round `year` can be written, centred under its column, on a
 * chart where each year takes `columnPx` pixels: a whole step from the
 * other round years, and clear of the first and last years, which are
 * written from the chart's ends inwards.
 */
function yearFits(year: number, first: number, last: number, columnPx: number): boolean {
  const label = 4 * DIGIT_PX;
  const step = YEAR_STEPS.find((s) => s * columnPx >= label + LABEL_GAP_PX);
  if (step === undefined || year % step !== 0) return false;
  const centre = (y: number) => (y - first + 0.5) * columnPx;
  const end = (last - first + 1) * columnPx;
  return centre(year) - label / 2 >= label + LABEL_GAP_PX && end - centre(year) - label / 2 >= label + LABEL_GAP_PX;
}

/**
 * A column for every year from the first to the last of `counts` (years
 * without a case are gaps, so that time reads evenly), the earliest at the
 * start of the reading direction: left in French and English, right in
 * Arabic. Which years and counts are written depends on the chart's width
 * (`TIMELINE_WIDTHS`), so that no two labels collide on a phone.
 */
export function timeline(counts: readonly { key: number; count: number }[], rtl = false): Column[] {
  if (counts.length === 0) return [];
  const first = counts[0].key;
  const last = counts.at(-1)!.key;
  const span = last - first + 1;
  const max = Math.max(...counts.map((c) => c.count));
  const countOf = new Map(counts.map((c) => [c.key, c.count]));
  const width = 100 / span;
  const yearFrom = (year: number) =>
    year === first || year === last
      ? TIMELINE_WIDTHS[0]
      : TIMELINE_WIDTHS.find((px) => yearFits(year, first, last, px / span));
  // Neighbouring counts are written side by side over their columns: all of them from the width at which the
  // closest two are a label's width apart.
  const countPx = (n: number) => String(n).length * DIGIT_PX;
  const needed = Math.max(
    0,
    ...counts.slice(1).map((c, i) => ((countPx(c.count) + countPx(counts[i].count)) / 2 + 2) / (c.key - counts[i].key)),
  );
  const countFrom = TIMELINE_WIDTHS.find((px) => px / span >= needed);
  return Array.from({ length: span }, (_, i) => {
    const year = first + i;
    const count = countOf.get(year) ?? 0;
    return {
      year,
      count,
      x: round2((rtl ? span - 1 - i : i) * width),
      width: round2(width),
      height: round2((count / max) * 100),
      yearFrom: yearFrom(year),
      countFrom,
    };
  }).filter((c) => c.count > 0 || c.yearFrom !== undefined);
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
