/**
 * The funding finder's rules: given where an association is based, where its
 * members come from, the country of the project and its sector, which
 * programmes can fund it, and for each condition why it matches, why it rules
 * the programme out ("projects in Mali are excluded"), or that no source says.
 * Plain TypeScript with no dependency, shared by the build and the finder's script.
 */

/** What the finder knows of a programme, each fact with its source key. */
export interface Eligibility {
  slug: string;
  residence?: { countries: string[]; source: string } | undefined;
  origin?: { countries: string[]; source: string } | undefined;
  /** Countries where projects may take place; `countries` empty when a source gives a rule rather than a list. */
  projectCountries?: { countries: string[]; source?: string | undefined } | undefined;
  excluded?: { countries: string[]; source: string } | undefined;
  sectors?: { themes: string[]; source: string } | undefined;
  /** The year it ended, when it has ended. */
  ended?: string | undefined;
}

/** The reader's choices; each may be left open. */
export interface Choice {
  residence?: string | undefined;
  origin?: string | undefined;
  country?: string | undefined;
  sector?: string | undefined;
}

export const CRITERIA = ['residence', 'origin', 'country', 'sector'] as const;
export type Criterion = (typeof CRITERIA)[number] | 'period';

/**
 * How one condition turns out:
 * - `yes`: a source lists the reader's choice;
 * - `no`: a source lists other values only, so the choice rules the programme out;
 * - `excluded`: a source names the project's country as excluded;
 * - `rule`: a source gives a rule (ODA-eligible countries) the reader must check;
 * - `unknown`: no source says;
 * - `ended`: the programme has ended.
 */
export type Outcome = 'yes' | 'no' | 'excluded' | 'rule' | 'unknown' | 'ended';

export interface Finding {
  criterion: Criterion;
  outcome: Outcome;
  /** The value chosen, or the year the programme ended. */
  value: string;
  /** The values a source lists, for `no`. */
  allowed: string[];
  source?: string | undefined;
}

/** `match`: every condition chosen is met; `possible`: none rules it out but some are not documented or must be checked; `ruled-out`. */
export type Verdict = 'match' | 'possible' | 'ruled-out';

export interface Match {
  slug: string;
  verdict: Verdict;
  findings: Finding[];
}

function among(
  criterion: Criterion,
  value: string,
  fact: { countries?: string[]; themes?: string[]; source?: string | undefined } | undefined,
): Finding {
  const allowed = fact?.countries ?? fact?.themes ?? [];
  if (!fact || allowed.length === 0) return { criterion, outcome: 'unknown', value, allowed: [] };
  return { criterion, outcome: allowed.includes(value) ? 'yes' : 'no', value, allowed, source: fact.source };
}

/** Whether and why a programme can fund a project, condition by condition. */
export function matchProgramme(facts: Eligibility, choice: Choice): Match {
  const findings: Finding[] = [];
  if (facts.ended) findings.push({ criterion: 'period', outcome: 'ended', value: facts.ended, allowed: [] });
  if (choice.residence) findings.push(among('residence', choice.residence, facts.residence));
  if (choice.origin) findings.push(among('origin', choice.origin, facts.origin));
  if (choice.country) {
    const country = choice.country;
    if (facts.excluded?.countries.includes(country))
      findings.push({
        criterion: 'country',
        outcome: 'excluded',
        value: country,
        allowed: [],
        source: facts.excluded.source,
      });
    else if (facts.projectCountries && facts.projectCountries.countries.length === 0)
      findings.push({
        criterion: 'country',
        outcome: 'rule',
        value: country,
        allowed: [],
        source: facts.projectCountries.source,
      });
    else findings.push(among('country', country, facts.projectCountries));
  }
  if (choice.sector) findings.push(among('sector', choice.sector, facts.sectors));
  const outcomes = new Set(findings.map((f) => f.outcome));
  const verdict: Verdict =
    outcomes.has('no') || outcomes.has('excluded') || outcomes.has('ended')
      ? 'ruled-out'
      : outcomes.has('unknown') || outcomes.has('rule')
        ? 'possible'
        : 'match';
  return { slug: facts.slug, verdict, findings };
}

const ORDER: Record<Verdict, number> = { match: 0, possible: 1, 'ruled-out': 2 };

/** Every programme's match, those that match first, then those that may, then those ruled out (each group in the given order). */
export function findProgrammes(all: Eligibility[], choice: Choice): Match[] {
  return all
    .map((facts, i) => ({ m: matchProgramme(facts, choice), i }))
    .sort((a, b) => ORDER[a.m.verdict] - ORDER[b.m.verdict] || a.i - b.i)
    .map(({ m }) => m);
}
