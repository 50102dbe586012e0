/**
 * Colours of the pictures, chosen to stay readable for colour-blind visitors
 * and in black-and-white print: a sequential scale for counts, a categorical
 * palette for parts of a whole, and two flow styles that differ by dash as
 * well as by colour.
 */

/**
 * Sequential scale for "how many cases", light to dark: ColorBrewer YlGnBu
 * without its near-white first step, so that the lightest class still stands
 * out from countries without a case.
 * @see https://colorbrewer2.org/#type=sequential&scheme=YlGnBu&n=6
 */
export const SEQUENTIAL = ['#c7e9b4', '#7fcdbb', '#41b6c4', '#2c7fb8', '#253494'] as const;

/**
 * Categorical palette of Okabe and Ito, distinguishable under the common
 * forms of colour blindness.
 * @see https://jfly.uni-koeln.de/color/
 */
export const CATEGORICAL = ['#0072b2', '#e69f00', '#009e73', '#cc79a7', '#56b4e9', '#d55e00', '#f0e442'] as const;

/** Land without a case, borders and lines, in colours that print. */
export const MAP_COLOURS = {
  land: '#dcd8cf',
  border: '#ffffff',
  shadedBorder: '#1c2430',
  diaspora: '#d55e00',
  transfer: '#1c2430',
  locator: '#2c7fb8',
  bar: '#0b5e55',
  track: '#e7e4dd',
} as const;

/** Dash pattern of transfer arrows (diaspora arrows are solid), so that the two read apart without colour. */
export const TRANSFER_DASH = '5 3';

/** A class of the sequential scale: the counts from `min` to `max` share `colour`. */
export interface CountClass {
  min: number;
  max: number;
  colour: string;
}

/**
 * Splits counts from 1 to `max` into at most five classes: one per count
 * when there are few, else steps that grow geometrically (1, 2, 3–5, 6–10,
 * 11–20 for a maximum of 20), because a few countries gather most cases.
 * With fewer classes than colours, the colours are spread over the scale.
 */
export function countClasses(max: number): CountClass[] {
  if (max < 1) return [];
  const n = SEQUENTIAL.length;
  const starts: number[] = [];
  for (let i = 0; i < Math.min(n, max); i++) {
    const step = max <= n ? i + 1 : Math.round(max ** (i / n));
    starts.push(Math.max(step, (starts.at(-1) ?? 0) + 1));
  }
  const k = starts.length;
  return starts.map((min, i) => ({
    min,
    max: i + 1 < k ? starts[i + 1] - 1 : max,
    colour: SEQUENTIAL[k === 1 ? Math.floor(n / 2) : Math.round((i * (n - 1)) / (k - 1))],
  }));
}

/** The class that a count falls in, or undefined for zero. */
export function classOf(classes: readonly CountClass[], count: number): CountClass | undefined {
  return classes.find((c) => count >= c.min && count <= c.max);
}
