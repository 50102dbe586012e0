/**
 * Programmes as the funding pages use them: the planner's rules and the
 * finder's conditions read from a programme's structured facts, the budgets
 * of a sheet's worked examples, and the data the planner's script receives.
 */
import countries from 'i18n-iso-countries';
import type { Programme } from '../../schemas/programme';
import type { Atlas } from '../atlas/content';
import {
  countryName,
  formatMoney,
  formatNumber,
  intlLocale,
  localize,
  shortName,
  templatesOf,
  type Lang,
} from '../i18n/i18n';
import { sourceMarker } from '../cite/marks';
import { localePath, paths } from '../site/urls';
import type { Wording } from './explain';
import type { Eligibility } from './match';
import type { FundingRules } from './plan';

/** Whether a programme has the facts of a practical sheet (who may apply, or its amounts). */
export const hasSheet = (p: Programme) => p.eligibility !== undefined || p.amounts !== undefined;

/** The planner's rules of a programme. */
export function fundingRules(slug: string, p: Programme): FundingRules {
  const a = p.amounts;
  return {
    slug,
    currency: a?.currency,
    minimum: a?.minimum,
    maximum: a?.maximum,
    share: a?.share,
    maxBudget: a?.maxBudget,
    topUps: p.topUps.map((u) => ({
      funder: u.funder,
      share: u.share,
      origin: u.origin,
      status: u.status,
      period: u.period ? { start: u.period.start, end: u.period.end } : undefined,
      source: u.source,
    })),
  };
}

/** The finder's conditions of a programme; its listed `countries` count when no fact says where projects may be. */
export function eligibilityOf(slug: string, p: Programme): Eligibility {
  const e = p.eligibility;
  return {
    slug,
    residence: e?.residence,
    origin: e?.origin,
    projectCountries: e?.projectCountries ?? (p.countries.length ? { countries: p.countries } : undefined),
    excluded: e?.excluded,
    sectors: p.sectors,
    ended: p.period?.end?.slice(0, 4),
  };
}

const STEPS = [1, 1.5, 2, 2.5, 3, 4, 5, 6, 7, 8, 10];
/** The round number nearest to `value` (10,714 → 10,000; 53,571 → 50,000), for examples a reader can follow. */
export function roundBudget(value: number): number {
  const power = 10 ** Math.floor(Math.log10(value));
  const step = STEPS.reduce((best, s) => (Math.abs(s - value / power) < Math.abs(best - value / power) ? s : best));
  return step * power;
}

/**
 * A small, a medium and a large budget that show the programme's rules at
 * work: below and above the total at which the cap starts to bind, and
 * beyond the largest budget it accepts.
 */
export function exampleBudgets(rules: FundingRules): [number, number, number] {
  const { share, maximum, maxBudget } = rules;
  const pivot = share && maximum ? (maximum.value * 100) / share.value : maximum ? maximum.value : undefined;
  if (!pivot) return [10000, 50000, 150000];
  const small = roundBudget(pivot / 2);
  const medium = roundBudget(pivot * 2.5);
  const large = roundBudget(maxBudget ? maxBudget.value * 1.25 : pivot * 10);
  return [small, medium, Math.max(large, medium * 2)];
}

/** Money in the page's language; a plain number when the programme's currency is not known. */
export function money(lang: Lang, value: number, currency: string): string {
  return currency ? formatMoney(lang, value, currency) : formatNumber(lang, value, { maximumFractionDigits: 0 });
}

/** How the build words a plan, in `lang`. */
export function buildWording(lang: Lang, atlas: Atlas): Wording {
  const templates = templatesOf(lang, 'funding.');
  return {
    template: (key) => templates[key] ?? key,
    money: (value, currency) => money(lang, value, currency),
    name: (kind, id) =>
      kind === 'country'
        ? countryName(id, lang)
        : kind === 'programme'
          ? shortName(atlas.programmes.get(id)!, lang)
          : shortName(atlas.organizations.get(id)!, lang),
  };
}

/** A citation mark as the planner's script renders it. */
export interface ScriptMark {
  n: number;
  href: string;
  label: string;
}

/** What the planner and the finder's script receive, as JSON in the page. */
export interface PlannerData {
  lang: Lang;
  locale: string;
  programmes: {
    slug: string;
    name: string;
    href: string;
    rules: FundingRules;
    eligibility: Eligibility;
    /** The rule for the countries of projects, when a source gives a rule rather than a list, in the page's language. */
    rule?: string | undefined;
    /** The programme's sources as citation marks, linking to its sheet (or, on the sheet, to its own list). */
    marks: Record<string, ScriptMark>;
  }[];
  names: { country: Record<string, string>; organization: Record<string, string>; theme: Record<string, string> };
  templates: Record<string, string>;
}

/** The data of a planner on a page of `lang` for the programmes `slugs`; `onSheet` when the page is that programme's sheet. */
export function plannerData(
  lang: Lang,
  atlas: Atlas,
  slugs: string[],
  countries: string[],
  onSheet = false,
): PlannerData {
  const organizations = new Set<string>();
  const programmes = slugs.map((slug) => {
    const p = atlas.programmes.get(slug)!;
    p.topUps.forEach((u) => organizations.add(u.funder));
    const href = localePath(lang, paths.programme(slug));
    const mark = sourceMarker(lang, p.sources);
    const marks = Object.fromEntries(
      p.sources.map((s) => {
        const m = mark(s.key)!;
        return [s.key, { n: m.n, href: onSheet ? m.href : `${href}${m.href}`, label: m.label }];
      }),
    );
    const description = p.eligibility?.projectCountries?.description;
    return {
      slug,
      name: shortName(p, lang),
      href,
      rules: fundingRules(slug, p),
      eligibility: eligibilityOf(slug, p),
      rule: description ? localize(description, lang).text : undefined,
      marks,
    };
  });
  return {
    lang,
    locale: intlLocale(lang),
    programmes,
    names: {
      country: Object.fromEntries(countries.map((c) => [c, countryName(c, lang)])),
      organization: Object.fromEntries(
        [...organizations].map((o) => [o, shortName(atlas.organizations.get(o)!, lang)]),
      ),
      theme: Object.fromEntries(atlas.themeIds.map((id) => [id, atlas.themes.get(id)!.label[lang]])),
    },
    templates: templatesOf(lang, 'funding.'),
  };
}

/** Every ISO 3166-1 alpha-2 code, for the finder's choices: an association may be based or work anywhere. */
export const allCountryCodes = (): string[] => Object.keys(countries.getAlpha2Codes());
