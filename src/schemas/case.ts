/**
 * Facts of a case study (`content/cases/<slug>/case.yaml`): everything that is
 * the same in every language. The prose lives beside it in `<lang>.mdx`
 * (see `text.ts`). Two kinds of case share most fields and differ in one block:
 * `diaspora` (a diaspora-led project) and `transfer` (a South-South transfer).
 */
import { z } from 'astro/zod';
import { countryCode, localized, oneOrMoreCountries, period, ref, sdg, source } from './common';
import { checkEditorial, editorial } from './editorial';

/** Roles an organisation can play in a case. */
export const ACTOR_ROLES = ['lead', 'partner', 'funder', 'operator', 'beneficiary'] as const;

/** Kinds of money or support that finance a case. */
export const CONTRIBUTION_TYPES = [
  'own-funds',
  'community',
  'public-grant',
  'co-financing',
  'top-up',
  'loan',
  'bond',
  'in-kind',
  'private',
  'other',
] as const;

/** Geographic scales of a case. */
export const SCALES = ['local', 'regional', 'national', 'multi-country', 'global'] as const;

/** How a practice travelled from one country to others. */
export const CHANNELS = ['bilateral', 'triangular', 'multilateral'] as const;

/** Kinds of case: a diaspora-led project, or a South-South practice transfer. */
export const CASE_KINDS = ['diaspora', 'transfer'] as const;

/** How exact a contribution's share is. */
export const SHARE_BOUNDS = ['exact', 'max', 'min'] as const;

const place = z
  .object({
    /** Name of the place in Latin script (`Taroudant`); leave out when the place is the whole country. */
    name: z.string().min(1).optional(),
    /** Country, ISO 3166-1 alpha-2. */
    country: countryCode,
    /** Latitude in decimal degrees (optional). */
    lat: z.number().min(-90).max(90).optional(),
    /** Longitude in decimal degrees (optional). */
    lon: z.number().min(-180).max(180).optional(),
  })
  .strict();

const actor = z
  .object({
    /** Slug of the organisation in `content/organizations/`. */
    organization: ref,
    /** What it did: lead, partner, funder, operator or beneficiary. */
    role: z.enum(ACTOR_ROLES, { error: `must be one of ${ACTOR_ROLES.join(', ')}` }),
  })
  .strict();

const contribution = z
  .object({
    /** What kind of money or support this is. */
    type: z.enum(CONTRIBUTION_TYPES, { error: `must be one of ${CONTRIBUTION_TYPES.join(', ')}` }),
    /** Who gives it: slug of an organisation, when it is one. */
    source: ref.optional(),
    /** Through which programme, when it comes from one. */
    programme: ref.optional(),
    /** Amount in the case's currency. */
    amount: z.number().nonnegative().optional(),
    /** Share of the total, in percent (0–100). */
    share: z.number().min(0, 'must be between 0 and 100').max(100, 'must be between 0 and 100').optional(),
    /** Whether `share` is exact, a ceiling (`max`) or a floor (`min`). */
    bound: z.enum(SHARE_BOUNDS).default('exact'),
    /** For a top-up: percent added on top of another contribution's amount (the CCME's 30 %). */
    topUpPercent: z.number().positive().max(1000).optional(),
    /** Short description in each language. */
    label: localized.optional(),
  })
  .strict();

const financing = z
  .object({
    /** ISO 4217 currency code of the amounts (`EUR`, `USD`, `MXN`). */
    currency: z.string().regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "EUR"'),
    /** Total budget, when known. */
    total: z.number().nonnegative().optional(),
    /** Who pays what. */
    contributions: z.array(contribution).min(1),
  })
  .strict()
  .superRefine((value, ctx) => {
    const sum = value.contributions.reduce((acc, c) => acc + (c.share ?? 0), 0);
    if (sum > 100) {
      ctx.addIssue({
        code: 'custom',
        path: ['contributions'],
        message: `shares add up to ${sum} %, more than 100 %: correct the shares so that they total at most 100`,
      });
    }
  });

const indicator = z
  .object({
    /** What is counted, in each language. */
    label: localized,
    /** The number. */
    value: z.number(),
    /** Unit, in each language (`schools`, `%`); leave out for a plain count. */
    unit: localized.optional(),
    /** Year the figure refers to. */
    year: z.number().int().min(1900).max(2100).optional(),
    /** Index (1-based) in `sources` of the source that gives the figure. */
    source: z.number().int().positive().optional(),
  })
  .strict();

const base = {
  ...editorial,
  /** Places where the project happens. */
  places: z.array(place).min(1, 'needs at least one place'),
  /** Geographic scale. */
  scale: z.enum(SCALES),
  /** When it happened. */
  period,
  /** Organisations involved and their roles. */
  actors: z.array(actor).default([]),
  /** Funding or support programmes involved (slugs in `content/programmes/`). */
  programmes: z.array(ref).default([]),
  /** Money: currency, total and contributions. */
  financing: financing.optional(),
  /** Results as indicators. */
  results: z.array(indicator).default([]),
  /** Who benefits, in each language. */
  beneficiaries: localized.optional(),
  /** Themes (ids in `content/themes.yaml`). */
  themes: z.array(ref).min(1, 'needs at least one theme from content/themes.yaml'),
  /** Sustainable Development Goals (1–17). */
  sdgs: z.array(sdg).default([]),
  /** Practices this case evidences (slugs in `content/practices/`). */
  practices: z.array(ref).default([]),
  /** Documents the facts come from. */
  sources: z.array(source).min(1, 'needs at least one source: every fact must come from a document'),
  /** Pictures, each with alternative text. */
  media: z
    .array(
      z
        .object({
          src: z.string().min(1),
          alt: localized,
          credit: z.string().min(1),
        })
        .strict(),
    )
    .default([]),
};

/** A diaspora-led project. */
const diasporaCase = z
  .object({
    kind: z.literal('diaspora'),
    ...base,
    diaspora: z
      .object({
        /**
         * Country the diaspora comes from (where the project takes place), or a
         * list of countries for a scheme that serves several diasporas. Always
         * read as a list.
         */
        origin: oneOrMoreCountries,
        /** Town, village or region of origin, when the project is tied to one. */
        originLocality: z.string().optional(),
        /** Countries where the diaspora members live. */
        residence: z.array(countryCode).min(1),
        /** Diaspora organisations involved (slugs in `content/organizations/`). */
        organizations: z.array(ref).default([]),
      })
      .strict(),
  })
  .strict();

/** A South-South practice transfer. */
const transferCase = z
  .object({
    kind: z.literal('transfer'),
    ...base,
    transfer: z
      .object({
        /** Country the practice comes from, or a list when several countries pooled it (the IBSA Fund). */
        origin: oneOrMoreCountries,
        /** Institution that developed the practice (organisation slug). */
        originInstitution: ref.optional(),
        /** Countries that took it up. */
        receiving: z.array(countryCode).min(1),
        /** Institutions that took it up (organisation slugs). */
        receivingInstitutions: z.array(ref).default([]),
        /** How it travelled. */
        channel: z.enum(CHANNELS),
        /** Body that facilitated the transfer (organisation slug). */
        facilitator: ref.optional(),
      })
      .strict(),
  })
  .strict();

/** The facts of a case, either kind. */
export const caseSchema = z
  .discriminatedUnion('kind', [diasporaCase, transferCase], {
    error: 'kind must be "diaspora" (diaspora-led project) or "transfer" (South-South practice transfer)',
  })
  .superRefine((value, ctx) => {
    checkEditorial(value, ctx);
  });
export type CaseFacts = z.infer<typeof caseSchema>;
