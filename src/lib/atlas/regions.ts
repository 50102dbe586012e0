/**
 * World regions of countries, from the maintained `world-countries` data
 * (never a hand-written list). Used to filter and browse cases by region.
 */
import countries from 'world-countries';

/** Region ids, in display order. */
export const REGIONS = ['africa', 'americas', 'asia', 'europe', 'oceania'] as const;
export type Region = (typeof REGIONS)[number];

const regionByCode = new Map<string, Region>(
  countries.filter((c) => c.region !== 'Antarctic').map((c) => [c.cca2, c.region.toLowerCase() as Region] as const),
);

/** The region of an ISO 3166-1 alpha-2 country, e.g. `MA` → `africa`. */
export function regionOf(code: string): Region | undefined {
  return regionByCode.get(code);
}
