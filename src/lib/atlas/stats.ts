/**
 * Counting the atlas: how many listed cases touch each country, theme, start
 * year and kind, and the flows between countries that the maps draw. Pure
 * functions of the cases, so that a picture and its table alternative are
 * always computed from the same numbers.
 */
import type { CaseFacts } from '../../schemas/case';

/** The part of a case that counting needs (an `AtlasCase` fits). */
export interface CountedCase {
  slug: string;
  facts: CaseFacts;
  /** Every country the case touches. */
  countries: string[];
}

/** A link between two countries drawn as an arrow: the diaspora's home, or a practice's way. */
export interface Flow {
  kind: CaseFacts['kind'];
  /** Where the arrow starts: a country of residence, or the practice's country of origin. */
  from: string;
  /** Where it points: the diaspora's country of origin, or a receiving country. */
  to: string;
  /** Slugs of the cases behind this flow, sorted. */
  cases: string[];
}

/** A counted category, e.g. a theme and its number of cases. */
export interface Tally<K extends string | number = string> {
  key: K;
  count: number;
}

/**
 * The flows of one case. A diaspora case goes from each country of residence
 * to each country of origin; a transfer from each origin country to each
 * receiving country. A country never flows to itself.
 */
export function caseFlows(facts: CaseFacts): { kind: CaseFacts['kind']; from: string; to: string }[] {
  const pairs =
    facts.kind === 'diaspora'
      ? facts.diaspora.residence.flatMap((from) => facts.diaspora.origin.map((to) => [from, to] as const))
      : facts.transfer.origin.flatMap((from) => facts.transfer.receiving.map((to) => [from, to] as const));
  const flows = new Map<string, { kind: CaseFacts['kind']; from: string; to: string }>();
  for (const [from, to] of pairs) if (from !== to) flows.set(`${from}>${to}`, { kind: facts.kind, from, to });
  return [...flows.values()];
}

/**
 * Every flow of the cases, one per kind and ordered pair of countries, with
 * the cases behind it; sorted by kind, origin and destination so that the
 * picture and the table list them in the same order.
 */
export function flowsOf(cases: readonly CountedCase[]): Flow[] {
  const byKey = new Map<string, Flow>();
  for (const c of cases) {
    for (const f of caseFlows(c.facts)) {
      const key = `${f.kind} ${f.from} ${f.to}`;
      const flow = byKey.get(key) ?? { ...f, cases: [] };
      flow.cases.push(c.slug);
      byKey.set(key, flow);
    }
  }
  return [...byKey.values()]
    .map((f) => ({ ...f, cases: [...f.cases].sort() }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}

function tally<K extends string | number>(cases: readonly CountedCase[], keys: (c: CountedCase) => K[]): Tally<K>[] {
  const counts = new Map<K, number>();
  for (const c of cases) for (const key of new Set(keys(c))) counts.set(key, (counts.get(key) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count }));
}

/** Most cases first; ties in the order of `order` (a name, so that equal bars read alphabetically). */
function byCount<K extends string | number>(list: Tally<K>[], order: (a: K, b: K) => number): Tally<K>[] {
  return list.sort((a, b) => b.count - a.count || order(a.key, b.key));
}

/** Number of cases that touch each country (places, diaspora and transfer countries), most first. */
export function casesByCountry(
  cases: readonly CountedCase[],
  order: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): Tally[] {
  return byCount(
    tally(cases, (c) => c.countries),
    order,
  );
}

/** Number of cases under each theme, most first. */
export function casesByTheme(
  cases: readonly CountedCase[],
  order: (a: string, b: string) => number = (a, b) => a.localeCompare(b),
): Tally[] {
  return byCount(
    tally(cases, (c) => c.facts.themes),
    order,
  );
}

/** Number of cases of each kind, most first. */
export function casesByKind(cases: readonly CountedCase[]): Tally<CaseFacts['kind']>[] {
  return byCount(
    tally(cases, (c) => [c.facts.kind]),
    (a, b) => a.localeCompare(b),
  );
}

/** Number of cases by who leads them, the most common first. */
export function casesByLeadership(cases: readonly CountedCase[]): Tally<CaseFacts['ledBy']>[] {
  return byCount(
    tally(cases, (c) => [c.facts.ledBy]),
    (a, b) => a.localeCompare(b),
  );
}

/** Number of cases that started each year, in time order (years without a case are left out). */
export function casesByStartYear(cases: readonly CountedCase[]): Tally<number>[] {
  return tally(cases, (c) => [Number(c.facts.period.start.slice(0, 4))]).sort((a, b) => a.key - b.key);
}
