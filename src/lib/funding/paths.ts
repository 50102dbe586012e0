/**
 * The paths between what a reader looks for when funding a project: the
 * practices a programme funds (through the cases that name both), the
 * programmes that can fund a practice, the programmes open to projects in a
 * country and the organisations active there, and the programmes of a sector.
 * Worked out once per build from the content graph.
 */
import { fromAtlas, isListed, type Atlas, type AtlasCase } from '../atlas/content';

const pushTo = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
};

/** Countries where a case's projects take place or that its diaspora comes from (not where the diaspora lives). */
function projectCountries(c: AtlasCase): string[] {
  const facts = c.facts;
  const set = new Set(facts.places.map((p) => p.country));
  if (facts.kind === 'diaspora') facts.diaspora.origin.forEach((code) => set.add(code));
  else [...facts.transfer.origin, ...facts.transfer.receiving].forEach((code) => set.add(code));
  facts.openTo?.excluded.forEach((code) => set.delete(code));
  return [...set];
}

/** Every path, by the entry it starts from; lists in slug or id order. */
export function fundingPaths(atlas: Atlas) {
  return fromAtlas(atlas, 'funding-paths', () => {
    const practicesOf = new Map<string, string[]>();
    const programmesOf = new Map<string, string[]>();
    const programmesIn = new Map<string, string[]>();
    const organizationsIn = new Map<string, string[]>();
    const programmesOfTheme = new Map<string, string[]>();
    for (const slug of atlas.programmeSlugs) {
      const p = atlas.programmes.get(slug)!;
      const cases = atlas.casesByProgramme.get(slug) ?? [];
      for (const c of cases)
        for (const practice of c.facts.practices)
          if (atlas.practiceBySlug.has(practice)) {
            pushTo(practicesOf, slug, practice);
            pushTo(programmesOf, practice, slug);
          }
      const listed = p.eligibility?.projectCountries?.countries.length
        ? p.eligibility.projectCountries.countries
        : p.countries;
      const excluded = new Set(p.eligibility?.excluded?.countries ?? []);
      const open = listed.length > 0 ? listed : cases.flatMap(projectCountries);
      for (const code of open) if (!excluded.has(code)) pushTo(programmesIn, code, slug);
      for (const theme of p.sectors?.themes ?? []) pushTo(programmesOfTheme, theme, slug);
    }
    for (const c of atlas.cases.filter(isListed))
      for (const code of projectCountries(c))
        for (const actor of c.facts.actors) pushTo(organizationsIn, code, actor.organization);
    const sorted = (map: Map<string, string[]>) => {
      for (const list of map.values()) list.sort();
      return map;
    };
    return {
      practicesOf: sorted(practicesOf),
      programmesOf: sorted(programmesOf),
      programmesIn: sorted(programmesIn),
      organizationsIn: sorted(organizationsIn),
      programmesOfTheme: sorted(programmesOfTheme),
    };
  });
}
