/** Counting cases and flows: the numbers that the map, the charts and their tables all show. */
import { describe, expect, it } from 'vitest';
import { caseSchema } from '../../src/schemas/case';
import { MINIMAL_CASE } from '../helpers/case-facts';
import {
  caseFlows,
  casesByCountry,
  casesByKind,
  casesByStartYear,
  casesByTheme,
  flowsOf,
  type CountedCase,
} from '../../src/lib/atlas/stats';

/** A case as the build sees it, parsed by the real schema. */
function counted(slug: string, extra: Record<string, unknown>, countries: string[] = []): CountedCase {
  const facts = caseSchema.parse({ ...MINIMAL_CASE, period: { start: 2017 }, ...extra });
  return { slug, facts, countries };
}

const moroccan = counted('a', { kind: 'diaspora', diaspora: { origin: 'MA', residence: ['FR', 'BE'] } }, [
  'BE',
  'FR',
  'MA',
]);
const comorian = counted(
  'b',
  { kind: 'diaspora', period: { start: '2005-03' }, diaspora: { origin: 'KM', residence: ['FR'] } },
  ['FR', 'KM'],
);
const ibsa = counted(
  'c',
  {
    kind: 'transfer',
    themes: ['health', 'education'],
    period: { start: 2005 },
    transfer: { origin: ['IN', 'BR'], receiving: ['BR', 'HT'], channel: 'triangular' },
  },
  ['BR', 'HT', 'IN'],
);

describe('flows', () => {
  it('go from each country of residence to the country of origin', () => {
    expect(caseFlows(moroccan.facts)).toEqual([
      { kind: 'diaspora', from: 'FR', to: 'MA' },
      { kind: 'diaspora', from: 'BE', to: 'MA' },
    ]);
  });

  it('go from each origin of a transfer to each receiving country, never from a country to itself', () => {
    expect(caseFlows(ibsa.facts)).toEqual([
      { kind: 'transfer', from: 'IN', to: 'BR' },
      { kind: 'transfer', from: 'IN', to: 'HT' },
      { kind: 'transfer', from: 'BR', to: 'HT' },
    ]);
  });

  it('are merged across cases, with the cases behind each, in a stable order', () => {
    const twin = counted('d', { kind: 'diaspora', diaspora: { origin: 'MA', residence: ['FR'] } });
    const flows = flowsOf([twin, ibsa, moroccan]);
    expect(flows.map((f) => `${f.kind} ${f.from} ${f.to} ${f.cases.join('+')}`)).toEqual([
      'diaspora BE MA a',
      'diaspora FR MA a+d',
      'transfer BR HT c',
      'transfer IN BR c',
      'transfer IN HT c',
    ]);
  });
});

describe('tallies', () => {
  const all = [moroccan, comorian, ibsa];

  it('count each case once per country, most cases first, ties by name', () => {
    expect(casesByCountry(all)).toEqual([
      { key: 'FR', count: 2 },
      { key: 'BE', count: 1 },
      { key: 'BR', count: 1 },
      { key: 'HT', count: 1 },
      { key: 'IN', count: 1 },
      { key: 'KM', count: 1 },
      { key: 'MA', count: 1 },
    ]);
    // Ties follow the order given, e.g. names in the page's language.
    const names: Record<string, string> = { BE: 'z', BR: 'y', HT: 'x', IN: 'w', KM: 'v', MA: 'u' };
    expect(casesByCountry(all, (a, b) => names[a].localeCompare(names[b])).map((t) => t.key)).toEqual([
      'FR',
      'MA',
      'KM',
      'IN',
      'HT',
      'BR',
      'BE',
    ]);
  });

  it('count themes, kinds and start years', () => {
    expect(casesByTheme(all)).toEqual([
      { key: 'education', count: 3 },
      { key: 'health', count: 1 },
    ]);
    expect(casesByKind(all)).toEqual([
      { key: 'diaspora', count: 2 },
      { key: 'transfer', count: 1 },
    ]);
    expect(casesByStartYear(all)).toEqual([
      { key: 2005, count: 2 },
      { key: 2017, count: 1 },
    ]);
  });

  it('are empty without cases', () => {
    expect(casesByCountry([])).toEqual([]);
    expect(flowsOf([])).toEqual([]);
  });
});
