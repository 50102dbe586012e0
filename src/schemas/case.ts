/**
 * Facts of a case study: everything that is the same in every language, kept
 * in the front matter of `content/cases/<slug>/case.fr.md` after its text
 * fields. The prose lives in the body and text fields of `case.<lang>.md`
 * (see `text.ts`; `entry-fields.ts` tells the facts from the text fields). Two
 * kinds of case share most fields and differ in one block: `diaspora` (a
 * diaspora's part in development, whoever leads it: see `ledBy`) and
 * `transfer` (a South-South transfer).
 */
import { z } from 'astro/zod';
import { CITATION_KEY } from '../lib/cite/in-text';
import { countryCode, localized, oneOrMoreCountries, period, ref, sdg, source } from './common';
import { checkEditorial, editorial } from './editorial';
import { say } from '../lib/model/check/wording';

/** Roles an organisation can play in a case. */
export const ACTOR_ROLES = ['lead', 'partner', 'funder', 'operator', 'beneficiary'] as const;

/**
 * Kinds of money or support that finance a case. `diaspora-raised` is money
 * the diaspora gathers (members' dues, hometown associations' collections);
 * `community` is the contribution of the residents of the place itself.
 */
export const CONTRIBUTION_TYPES = [
  'own-funds',
  'diaspora-raised',
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

/** Kinds of case: a diaspora's part in development, or a South-South practice transfer. */
export const CASE_KINDS = ['diaspora', 'transfer'] as const;

/** How exact a contribution's share is. */
export const SHARE_BOUNDS = ['exact', 'max', 'min'] as const;

/**
 * Who leads a case, apart from what it is about (`kind`): an association or
 * network of the diaspora, a public body (a ministry, an agency, a local
 * authority: a scheme aimed at the diaspora or a government's cooperation), a
 * multilateral organisation, an NGO or foundation, or a company. A state bond
 * sold to the diaspora is about the diaspora but led by a public body.
 */
export const LEADERSHIPS = ['diaspora-organisation', 'public-body', 'multilateral', 'ngo', 'company'] as const;
export type Leadership = (typeof LEADERSHIPS)[number];

/**
 * How exact a figure is: `exact`, `approx` (about), `more-than`, `at-least`,
 * `less-than`, `at-most`, or `range` (from `value` to `upper`). Written as
 * data, never in the label, so that the page, the data and the statistics read it.
 */
export const QUALIFIERS = ['exact', 'approx', 'more-than', 'at-least', 'less-than', 'at-most', 'range'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

/** Scale of a figure written in thousands, millions or billions (`value: 1.2, scale: billion`). */
export const NUMBER_SCALES = ['thousand', 'million', 'billion'] as const;
export type NumberScale = (typeof NUMBER_SCALES)[number];
export const SCALE_FACTOR: Record<NumberScale, number> = { thousand: 1e3, million: 1e6, billion: 1e9 };

/** A commitment that is not yet a result: `announced` (a plan made public) or `agreed` (signed between parties). */
export const COMMITMENTS = ['announced', 'agreed'] as const;

/** An ISO 4217 currency code. */
const currency = z.string().regex(/^[A-Z]{3}$/, { error: () => say.currencyCode() });

/** The key of one of the case's sources. */
const sourceKey = z.string().regex(CITATION_KEY, { error: () => say.caseSourceKey() });

const commitment = z
  .enum(COMMITMENTS, { error: () => say.oneOf(COMMITMENTS) })
  .optional()
  .meta({
    description:
      'Leave out once a source reports it done. "announced" when a source only announces it, "agreed" when it is signed but not reported done: the page says so.',
  });

const place = z
  .object({
    name: z.string().min(1).optional().meta({
      description: 'Name of the place in Latin script (Taroudant); leave out when the place is the whole country.',
    }),
    names: localized.optional().meta({
      description:
        'Name of the place in languages that write it otherwise (ar: تارودانت); a page without one shows name, set apart from the text around it.',
    }),
    country: countryCode.meta({ description: 'Country, ISO 3166-1 alpha-2.' }),
    lat: z.number().min(-90).max(90).optional().meta({ description: 'Latitude in decimal degrees (optional).' }),
    lon: z.number().min(-180).max(180).optional().meta({ description: 'Longitude in decimal degrees (optional).' }),
  })
  .strict();

const actor = z
  .object({
    organization: ref.meta({ description: 'Slug of the organisation in content/organizations/.' }),
    role: z.enum(ACTOR_ROLES, { error: () => say.oneOf(ACTOR_ROLES) }).meta({ description: 'What it did' }),
  })
  .strict();

const contribution = z
  .object({
    type: z
      .enum(CONTRIBUTION_TYPES, { error: () => say.oneOf(CONTRIBUTION_TYPES) })
      .meta({ description: 'What kind of money or support this is.' }),
    source: ref.optional().meta({ description: 'Who gives it: slug of an organisation, when it is one.' }),
    programme: ref.optional().meta({ description: 'Through which programme, when it comes from one.' }),
    amount: z.number().nonnegative().optional().meta({ description: "Amount in the case's currency." }),
    share: z
      .number()
      .min(0, { error: () => say.shareRange() })
      .max(100, { error: () => say.shareRange() })
      .optional()
      .meta({ description: 'Share of the total, in percent (0–100).' }),
    bound: z
      .enum(SHARE_BOUNDS)
      .default('exact')
      .meta({ description: 'Whether share is exact, a ceiling (max) or a floor (min).' }),
    topUpPercent: z
      .number()
      .positive()
      .max(1000)
      .optional()
      .meta({ description: "For a top-up: percent added on top of another contribution's amount (the CCME's 30 %)." }),
    commitment,
    label: localized.optional().meta({ description: 'Short description in each language.' }),
  })
  .strict();

const financing = z
  .object({
    currency: currency.meta({ description: 'ISO 4217 currency code of the amounts (EUR, USD, MXN).' }),
    total: z.number().nonnegative().optional().meta({ description: 'Total budget, when known.' }),
    contributions: z.array(contribution).min(1).meta({ description: 'Who pays what.' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    const sum = value.contributions.reduce((acc, c) => acc + (c.share ?? 0), 0);
    if (sum > 100) {
      ctx.addIssue({ code: 'custom', path: ['contributions'], message: say.sharesOver100(sum) });
    }
  });

const indicator = z
  .object({
    label: localized.meta({
      description: 'What is counted, in each language, without its qualifier ("more than", "about": see qualifier).',
    }),
    value: z
      .number()
      .meta({ description: 'The number (the lower end of a range), in the unit of scale when there is one.' }),
    qualifier: z
      .enum(QUALIFIERS, { error: () => say.oneOf(QUALIFIERS) })
      .default('exact')
      .meta({ description: 'How exact the number is: exact, approx, more-than, at-least, less-than, at-most, range.' }),
    upper: z.number().optional().meta({ description: 'For a range: its upper end (value is the lower end).' }),
    currency: currency
      .optional()
      .meta({ description: 'For an amount of money: ISO 4217 currency code (EUR, USD). Leave unit out.' }),
    scale: z
      .enum(NUMBER_SCALES, { error: () => say.oneOf(NUMBER_SCALES) })
      .optional()
      .meta({
        description: 'When the number is written in thousands, millions or billions (value 1.2, scale billion).',
      }),
    unit: localized
      .optional()
      .meta({ description: 'Unit, in each language (schools, %); leave out for a plain count or an amount of money.' }),
    year: z.number().int().min(1900).max(2100).optional().meta({ description: 'Year the figure refers to.' }),
    commitment,
    source: sourceKey
      .optional()
      .meta({ description: 'Key of the source that gives the figure (one of sources[].key).' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.qualifier === 'range' && value.upper === undefined)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: say.rangeWithoutUpper() });
    if (value.qualifier !== 'range' && value.upper !== undefined)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: say.upperWithoutRange() });
    if (value.upper !== undefined && value.upper <= value.value)
      ctx.addIssue({ code: 'custom', path: ['upper'], message: say.upperNotAbove(value.value) });
    if (value.currency && value.unit) ctx.addIssue({ code: 'custom', path: ['unit'], message: say.unitWithCurrency() });
  });

const base = {
  ...editorial,
  places: z
    .array(place)
    .min(1, { error: () => say.needsPlace() })
    .meta({ description: 'Places where the project happens.' }),
  scale: z.enum(SCALES).meta({ description: 'Geographic scale.' }),
  period: period.meta({ description: 'When it happened.' }),
  actors: z.array(actor).default([]).meta({ description: 'Organisations involved and their roles.' }),
  programmes: z
    .array(ref)
    .default([])
    .meta({ description: 'Funding or support programmes involved (slugs in content/programmes/).' }),
  financing: financing.optional().meta({ description: 'Money: currency, total and contributions.' }),
  results: z.array(indicator).default([]).meta({ description: 'Results as indicators.' }),
  beneficiaries: localized.optional().meta({ description: 'Who benefits, in each language.' }),
  themes: z
    .array(ref)
    .min(1, { error: () => say.needsTheme() })
    .meta({ description: 'Themes (ids in content/themes.yaml).' }),
  sdgs: z.array(sdg).default([]).meta({ description: 'Sustainable Development Goals (1–17).' }),
  practices: z
    .array(ref)
    .default([])
    .meta({ description: 'Practices this case evidences (slugs in content/practices/).' }),
  sources: z
    .array(source)
    .min(1, { error: () => say.needsSource() })
    .superRefine((sources, ctx) => {
      const seen = new Set<string>();
      sources.forEach((s, i) => {
        if (seen.has(s.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: say.duplicateSourceKey(s.key) });
        seen.add(s.key);
      });
    })
    .meta({ description: 'Documents the facts come from; the texts cite them by key as [@key].' }),
  ledBy: z
    .enum(LEADERSHIPS, {
      error: (issue) => (issue.input === undefined ? say.ledByMissing(LEADERSHIPS) : say.oneOf(LEADERSHIPS)),
    })
    .meta({
      description:
        'Who leads it: diaspora-organisation (an association or network of the diaspora), public-body, multilateral, ngo or company.',
    }),
  openTo: z
    .object({
      description: localized.meta({
        description:
          'Which countries the scheme is open to, in each language (countries eligible for development aid). The countries it excludes go in `excluded`, which the page names after this text: the text does not repeat them.',
      }),
      countries: z
        .array(countryCode)
        .default([])
        .meta({ description: 'The countries it is open to, when a source lists them (ISO 3166-1 alpha-2).' }),
      excluded: z.array(countryCode).default([]).meta({ description: 'Countries a source says are excluded.' }),
    })
    .strict()
    .optional()
    .meta({
      description:
        'For a scheme serving many countries: the countries it is open to. places stays the places of the projects the case documents (the map and statistics use places).',
    }),
  media: z
    .array(
      z
        .object({
          src: z.string().min(1).meta({ description: 'Where the picture is: its file or web address.' }),
          alt: localized.meta({
            description: 'What the picture shows, for those who cannot see it, in each language.',
          }),
          credit: z.string().min(1).meta({ description: 'Who took or owns the picture, as it should be credited.' }),
        })
        .strict(),
    )
    .default([])
    .meta({ description: 'Pictures, each with alternative text.' }),
};

/** A case about a diaspora's part in development. */
const diasporaCase = z
  .object({
    kind: z
      .literal('diaspora')
      .meta({ description: "A case about a diaspora's part in development (who leads it is ledBy)." }),
    ...base,
    diaspora: z
      .object({
        origin: oneOrMoreCountries.meta({
          description:
            'Country the diaspora comes from (where the project takes place), or a list of countries for a scheme that serves several diasporas. Always read as a list.',
        }),
        originLocality: localized.optional().meta({
          description:
            'Town, village or region of origin, when the project is tied to one: its name per language, in the languages that write it otherwise ({ fr: Souss, ar: سوس }); a page in another language shows the first, marked with its language.',
        }),
        residence: z.array(countryCode).min(1).meta({ description: 'Countries where the diaspora members live.' }),
        organizations: z
          .array(ref)
          .default([])
          .meta({ description: 'Diaspora organisations involved (slugs in content/organizations/).' }),
      })
      .strict()
      .meta({
        description: 'The diaspora behind the project: where it comes from, where it lives, its organisations.',
      }),
  })
  .strict();

/** A South-South practice transfer. */
const transferCase = z
  .object({
    kind: z.literal('transfer').meta({ description: 'A South-South practice transfer.' }),
    ...base,
    transfer: z
      .object({
        origin: oneOrMoreCountries.meta({
          description: 'Country the practice comes from, or a list when several countries pooled it (the IBSA Fund).',
        }),
        originInstitution: ref
          .optional()
          .meta({ description: 'Institution that developed the practice (organisation slug).' }),
        receiving: z.array(countryCode).min(1).meta({ description: 'Countries that took it up.' }),
        receivingInstitutions: z
          .array(ref)
          .default([])
          .meta({ description: 'Institutions that took it up (organisation slugs).' }),
        channel: z.enum(CHANNELS).meta({ description: 'How it travelled.' }),
        facilitator: ref.optional().meta({ description: 'Body that facilitated the transfer (organisation slug).' }),
      })
      .strict()
      .meta({ description: 'Where the practice came from, who took it up and how it travelled.' }),
  })
  .strict();

/** The facts of a case, either kind. */
export const caseSchema = z
  .discriminatedUnion('kind', [diasporaCase, transferCase], {
    error: () => say.caseKind(),
  })
  .superRefine((value, ctx) => {
    checkEditorial(value, ctx);
  });
export type CaseFacts = z.infer<typeof caseSchema>;
