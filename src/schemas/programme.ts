/**
 * Schema of a funding or support programme (`content/programmes/<slug>.yaml`), e.g. PRA/OSIM.
 * Besides its description and free-text rules, a programme may carry the
 * structured facts of a practical sheet (who may apply, where, how much, with
 * which top-ups and obligations, the last call, contacts), each naming the
 * source it comes from. Every one of them is optional: a fact no source gives
 * is left out, and the sheet says it is not documented.
 */
import { z } from 'astro/zod';
import { CITATION_KEY } from '../lib/cite/in-text';
import { say } from '../lib/model/check/wording';
import { countryCode, httpUrl, isoDate, localized, partialDate, period, ref, source } from './common';

/** What a programme's link is: its official page, the applicants' guide, or a call for proposals. */
const LINK_KINDS = ['official', 'guide', 'call'] as const;

/** The key of one of the programme's sources. */
const sourceKey = z
  .string({ error: () => say.factSourceMissing() })
  .regex(CITATION_KEY, { error: () => say.factSourceFormat() })
  .meta({ description: 'Key of the source that states this fact (one of sources[].key).' });

/** A structured fact and the source it comes from. */
const cited = <T extends z.ZodRawShape>(shape: T) => z.object({ ...shape, source: sourceKey }).strict();

/** An amount of money in the programme's currency, as a source states it. */
const amount = (what: string) =>
  cited({
    value: z
      .number()
      .positive()
      .meta({ description: `${what}, in the programme's currency.` }),
  })
    .optional()
    .meta({ description: `${what}, with its source.` });

/** Whether a top-up or a rule was carried out, or only announced. */
export const TOP_UP_STATUSES = ['announced', 'confirmed'] as const;

const countries = (what: string) =>
  cited({
    countries: z
      .array(countryCode)
      .min(1)
      .meta({ description: `${what} (ISO 3166-1 alpha-2).` }),
  })
    .optional()
    .meta({ description: `${what}, with its source.` });

/** Who may apply and from where. */
const eligibility = z
  .object({
    applicants: z
      .array(cited({ text: localized.meta({ description: 'One condition, in each language.' }) }))
      .default([])
      .meta({
        description:
          'Who may apply, one condition per item (legal form, age or track record where a source says so), each with its source.',
      }),
    residence: countries('Countries where the applying association must be based'),
    origin: countries('Diasporas the programme serves, by country of origin'),
    projectCountries: cited({
      description: localized.meta({ description: 'Where projects may take place, in each language.' }),
      countries: z.array(countryCode).default([]).meta({
        description: 'The countries, when a source lists them; leave empty for a rule such as "ODA-eligible".',
      }),
    })
      .optional()
      .meta({ description: 'Countries where projects may take place.' }),
    excluded: countries('Countries where a source says projects are excluded'),
  })
  .strict();

/** The amounts of a grant. */
const amounts = z
  .object({
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code such as "EUR" or "MXN"')
      .optional()
      .meta({
        description:
          'Currency of every amount below (ISO 4217: EUR, MXN, XOF); may be left out when only a share is known.',
      }),
    strand: localized
      .optional()
      .meta({ description: 'Which strand of the programme these amounts are for (small projects), in each language.' }),
    minimum: amount('Smallest grant'),
    maximum: amount('Largest grant'),
    share: cited({
      value: z
        .number()
        .gt(0)
        .max(100, { error: () => say.percentAtMost100() })
        .meta({ description: "Largest share of the project's total cost the grant may cover, in %." }),
    })
      .optional()
      .meta({ description: "Largest share of the project's total cost the grant may cover, with its source." }),
    maxBudget: amount('Largest total cost of a project the programme accepts'),
  })
  .strict()
  .superRefine((value, ctx) => {
    const given = (['minimum', 'maximum', 'maxBudget'] as const).filter((field) => value[field] !== undefined);
    if (value.currency === undefined && given.length > 0)
      ctx.addIssue({
        code: 'custom',
        path: ['currency'],
        message: say.amountsWithoutCurrency(given),
      });
  });

/** A co-funder's addition to the programme's grant. */
const topUp = cited({
  funder: ref.meta({ description: 'Organisation that adds it (slug in content/organizations/).' }),
  share: z
    .number()
    .gt(0)
    .max(100, { error: () => say.percentAtMost100() })
    .meta({ description: "What it adds, in % of the programme's grant (after the grant's caps)." }),
  origin: z
    .array(countryCode)
    .default([])
    .meta({ description: 'Diasporas it is for, by country of origin; leave empty when it is for every applicant.' }),
  period: period.optional().meta({ description: 'When it applies.' }),
  status: z
    .enum(TOP_UP_STATUSES, { error: () => say.oneOf(TOP_UP_STATUSES) })
    .meta({ description: '"announced" when a source only announces it, "confirmed" when one reports it paid.' }),
});

/** A call for proposals. */
const call = cited({
  opens: partialDate.optional().meta({ description: 'When applications opened.' }),
  closes: partialDate.optional().meta({ description: 'When applications closed.' }),
});

/** A contact a source gives. */
const contact = cited({
  name: z.string().min(1).meta({ description: 'Who (a service, a person) as the source names them.' }),
  email: z.email('must be an e-mail address').optional().meta({ description: 'E-mail address.' }),
  phone: z.string().min(1).optional().meta({ description: 'Telephone, with the country code.' }),
  url: httpUrl.optional().meta({ description: 'Contact page.' }),
});

/** A funding or support programme (`content/programmes/<slug>.yaml`). */
export const programmeSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'Name in its own language.' }),
    names: localized.optional().meta({ description: 'Name in other languages.' }),
    acronym: z.string().optional().meta({ description: 'Short form (PRA/OSIM).' }),
    operator: ref.meta({ description: 'Organisation that runs it.' }),
    funders: z.array(ref).default([]).meta({ description: 'Organisations that fund it.' }),
    countries: z
      .array(countryCode)
      .default([])
      .meta({ description: 'Countries where it funds projects; leave empty when it is open to many.' }),
    period: period.optional().meta({ description: 'When it runs.' }),
    website: httpUrl.optional().meta({ description: 'Official page.' }),
    description: localized.meta({ description: 'What it funds and how, in each language.' }),
    rules: z.array(localized).default([]).meta({ description: 'Co-financing rules, in each language, one per line.' }),
    sources: z
      .array(source)
      .default([])
      .superRefine((sources, ctx) => {
        const seen = new Set<string>();
        sources.forEach((s, i) => {
          if (seen.has(s.key))
            ctx.addIssue({
              code: 'custom',
              path: [i, 'key'],
              message: say.duplicateSourceKey(s.key),
            });
          seen.add(s.key);
        });
      })
      .meta({ description: "Documents the sheet's facts come from; each fact names one by its key." }),
    lastChecked: isoDate.optional().meta({
      description:
        "When an editor last compared the sheet with its sources (YYYY-MM-DD). Leave out when not known: the sheet then says so; never today's date by default.",
    }),
    eligibility: eligibility.optional().meta({ description: 'Who may apply, and where projects may take place.' }),
    sectors: cited({
      themes: z.array(ref).min(1).meta({ description: 'Sectors it funds (theme ids in content/themes.yaml).' }),
    })
      .optional()
      .meta({ description: 'Sectors it funds, as themes.' }),
    amounts: amounts.optional().meta({ description: 'Amounts of its grant: caps, share and budget.' }),
    topUps: z
      .array(topUp)
      .default([])
      .meta({ description: "Co-funders' additions to its grant (the CCME's 30 %), as a source states them." }),
    obligations: z
      .array(
        cited({
          text: localized.meta({ description: 'The obligation, in each language.' }),
          since: partialDate.optional().meta({ description: 'Since when it applies.' }),
        }),
      )
      .default([])
      .meta({ description: 'What an applicant must do (be coached by a support operator), each with its source.' }),
    calls: z
      .array(call)
      .default([])
      .meta({ description: 'Calls for proposals whose dates a source gives, latest last.' }),
    links: z
      .array(
        z
          .object({
            source: sourceKey.meta({ description: 'Key of the source that is the official page or guide.' }),
            kind: z
              .enum(LINK_KINDS, { error: () => say.oneOf(LINK_KINDS) })
              .meta({ description: 'official page, applicant guide, or call for proposals.' }),
          })
          .strict(),
      )
      .default([])
      .meta({ description: 'Sources that are official pages, guides or calls, to show first on the sheet.' }),
    contacts: z.array(contact).default([]).meta({ description: 'Contacts a source gives.' }),
  })
  .strict();
export type Programme = z.infer<typeof programmeSchema>;
