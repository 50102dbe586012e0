/**
 * Building blocks shared by every content schema: languages, slugs, dates,
 * URLs, countries, localized text and sources. Each rule is defined once here
 * so that an editor gets the same message wherever the field appears. The
 * messages are functions of `say` (`src/lib/model/check/wording.ts`), called
 * when a value is refused, so that they speak the language of the check.
 */
import { z } from 'astro/zod';
import { CITATION_KEY } from '../lib/cite/in-text';
import { isCountryCode, meantCountry } from '../lib/editors/countries';
import { say } from '../lib/model/check/wording';

/** The languages of the atlas, French first (the default and fallback). */
export const LANGS = ['fr', 'en', 'ar'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'fr';

/** A content language: `fr`, `en` or `ar`. */
export const lang = z.enum(LANGS, { error: () => say.oneOf(LANGS) });

/** What a slug looks like: lower-case letters, digits and single hyphens. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A slug: lower-case letters, digits and single hyphens (`forim-ccme-2017`). */
export const slug = z.string().regex(SLUG, { error: () => say.slugFormat() });

/**
 * A reference to another entry by its slug. Whether the entry exists is checked
 * once all collections are loaded (see `src/lib/model/check/`).
 */
export const ref = slug.clone();

/**
 * Why a date written `YYYY-MM-DD` (or `YYYY-MM`) does not exist, if it does
 * not. YAML readers roll an impossible day over (`2019-02-30` becomes 2 March),
 * so the day is checked against its month here, from the text as written.
 */
export function calendarProblem(text: string): string | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), match[3] === undefined ? 1 : Number(match[3])];
  if (month < 1 || month > 12) return say.noSuchMonth(text, match[2]);
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return say.noSuchDay(text, year, month, days);
  return undefined;
}

/** Adds the calendar's problem with a date, if any, as a schema issue. */
const onTheCalendar = (value: string, ctx: z.core.$RefinementCtx<string>) => {
  const problem = calendarProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
};

/** A day written `YYYY-MM-DD`, as the schemas keep it. */
export const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

const twoDigits = (n: number) => String(n).padStart(2, '0');

/**
 * What to say of a date written another way than year first: a day, month
 * and year (`12/03/2019`, as French editors write them, or `03/25/2019`,
 * when only the month can be first) is turned round for the editor, and the
 * day it was read as is named, so that a date meant the other way round shows.
 */
function dateShapeProblem(input: unknown, otherwise: () => string): string {
  const text = String(input).trim();
  const numbers = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  if (numbers) {
    const year = Number(numbers[3]);
    let [day, month] = [Number(numbers[1]), Number(numbers[2])];
    if (month > 12 && day <= 12) [day, month] = [month, day];
    if (month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate())
      return say.dayFirstDate(text, `${year}-${twoDigits(month)}-${twoDigits(day)}`, year, month, day);
  }
  return otherwise();
}

/**
 * A calendar date written `YYYY-MM-DD` in YAML (YAML dates are accepted too).
 * A date of another shape stops there (`abort`): the calendar has nothing to add.
 */
export const isoDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string({ error: () => say.dateFormat() })
    .regex(ISO_DAY, {
      abort: true,
      error: (issue) =>
        dateShapeProblem(issue.input, () =>
          /^\d{4}-\d{1,2}-\d{1,2}$/.test(String(issue.input)) ? say.dateZeros() : say.dateFormat(),
        ),
    })
    .superRefine(onTheCalendar),
);

/**
 * A point in time as precise as the sources allow: a year (`2017`), a month
 * (`2017-01`) or a day (`2017-01-15`).
 */
export const partialDate = z.preprocess(
  (value) =>
    value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'number' ? String(value) : value,
  z
    .string({ error: () => say.partialDate() })
    // One message for `2019-13` (the calendar's), not two; the pattern stays whole for the JSON Schemas.
    .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, {
      abort: true,
      error: (issue) => calendarProblem(String(issue.input)) ?? dateShapeProblem(issue.input, () => say.partialDate()),
    })
    .superRefine(onTheCalendar),
);

/**
 * A web address. Only `http` and `https` are accepted: `javascript:`, `data:`
 * and other schemes could run code or hide content in a visitor's browser.
 */
export const httpUrl = z
  .string({ error: () => say.webAddress() })
  .refine(
    (value) => {
      try {
        const { protocol } = new URL(value);
        return protocol === 'http:' || protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: () => say.webAddressScheme() },
  )
  .refine((value) => !/\s/.test(value), { error: () => say.webAddressSpace() });

/**
 * A country as its ISO 3166-1 alpha-2 code (`FR`, `MA`), checked against the
 * `i18n-iso-countries` package. Names in each language come from that package.
 * @see https://www.iso.org/iso-3166-country-codes.html
 */
export const countryCode = z.string({ error: () => say.countryCodeType() }).refine(isCountryCode, {
  error: (issue) => say.countryCode(meantCountry(issue.input)),
});

/** One country code, or a list of them; always read as a list. */
export const oneOrMoreCountries = z
  .union([countryCode, z.array(countryCode).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]));

const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English', ar: 'Arabic' };
/** A text in one language, described as such for editors. */
const textIn = (l: Lang) =>
  z
    .string()
    .min(1)
    .meta({ description: `The text in ${LANG_NAMES[l]}.` });
const maybeTextIn = (l: Lang) =>
  z
    .string()
    .min(1)
    .optional()
    .meta({ description: `The text in ${LANG_NAMES[l]}.` });

/** Text required in every language: a theme's label and description. */
export const inEveryLanguage = z.object({ fr: textIn('fr'), en: textIn('en'), ar: textIn('ar') }).strict();

/**
 * Text given in one or more languages, e.g. `{ fr: "écoles", en: "schools" }`.
 * Pages fall back to French, then to any language given.
 */
export const localized = z
  .object(
    {
      fr: maybeTextIn('fr'),
      en: maybeTextIn('en'),
      ar: maybeTextIn('ar'),
    },
    {
      error: (issue) =>
        issue.code === 'invalid_type' && typeof issue.input === 'string' ? say.textPerLanguage() : undefined,
    },
  )
  .strict()
  .refine((value) => Object.keys(value).length > 0, { error: () => say.textInNoLanguage() });
export type Localized = z.infer<typeof localized>;

/**
 * A document a case relies on. Every fact on a page must come from one: the
 * texts cite it by its `key` (`[@key]`, see `src/lib/cite/in-text.ts`).
 */
export const source = z
  .object({
    key: z
      .string()
      .regex(CITATION_KEY, { error: () => say.sourceKeyFormat() })
      .meta({
        description:
          'Short, stable name the texts cite the document by, as [@key]: lower-case letters, digits and hyphens (forim-2024-call). Never reuse or renumber it.',
      }),
    title: z.string().min(1).optional().meta({
      description:
        "The document's own title, in its own language. Leave out when it has none or it is not known, and give a description instead.",
    }),
    description: localized.optional().meta({
      description:
        'For a document without a known title: what it is (a press article relaying a communiqué, an interview), in each language of the site. Never an invented title.',
    }),
    publisher: z.string().min(1).optional().meta({
      description:
        'Who wrote or published it (person, organisation, newspaper). Leave out when it is not known, and say so in note.',
    }),
    date: partialDate.optional().meta({ description: 'When it was published, as precisely as known.' }),
    url: httpUrl.optional().meta({ description: 'Where it can be read. Leave out when the document is not online.' }),
    archived: httpUrl
      .optional()
      .meta({ description: 'A copy in a web archive (e.g. the Wayback Machine), in case the URL dies.' }),
    accessed: isoDate.optional().meta({ description: 'When the URL was last read by an editor.' }),
    lang: z
      .string()
      .regex(/^[a-z]{2,3}$/, { error: () => say.languageCode() })
      .optional()
      .meta({ description: 'Language of the document.' }),
    note: localized.optional().meta({
      description:
        'A short note by the editors, e.g. "copy on a third-party host", in each language of the site: { fr: …, en: …, ar: … }.',
    }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.title === undefined && value.description === undefined)
      ctx.addIssue({ code: 'custom', path: ['title'], message: say.sourceWithoutTitle() });
    if (value.title !== undefined && value.description !== undefined)
      ctx.addIssue({ code: 'custom', path: ['description'], message: say.sourceTitleAndDescription() });
  });
export type Source = z.infer<typeof source>;

/** Licences a text can be published under. */
export const LICENCES = ['CC-BY-4.0', 'CC-BY-SA-4.0', 'CC0-1.0'] as const;
export type Licence = (typeof LICENCES)[number];

/** Copyright licence of a text; CC BY 4.0 unless said otherwise. */
export const licence = z.enum(LICENCES).default('CC-BY-4.0');

/**
 * Editorial status:
 * - `draft`: not published;
 * - `published`: public, shown as "not yet peer-reviewed";
 * - `reviewed`: public, with reviewers and a review date;
 * - `retired`: kept reachable at its URL but out of listings, with a reason.
 */
export const STATUSES = ['draft', 'published', 'reviewed', 'retired'] as const;
export type Status = (typeof STATUSES)[number];
/** Statuses whose entries appear in listings, feeds and the open data. */
export const LISTED_STATUSES: readonly Status[] = ['published', 'reviewed'];
/** Statuses whose entries have a page (a retired one stays reachable at its address). */
export const PAGED_STATUSES: readonly Status[] = ['published', 'reviewed', 'retired'];

export const status = z.enum(STATUSES, { error: () => say.oneOf(STATUSES) });

/** Sustainable Development Goal numbers (1–17). */
export const sdg = z
  .number()
  .int()
  .min(1, { error: () => say.sdgNumber() })
  .max(17, { error: () => say.sdgNumber() });

/** Compares partial dates: `2017` < `2017-01` < `2017-01-15` < `2018`. */
export function partialDateEnd(value: string): string {
  if (value.length === 4) return `${value}-12-31`;
  if (value.length === 7) return `${value}-31`;
  return value;
}
export function partialDateStart(value: string): string {
  if (value.length === 4) return `${value}-01-01`;
  if (value.length === 7) return `${value}-01`;
  return value;
}

/** A span of time: start, and either an end or `ongoing: true`. */
export const period = z
  .object({
    start: partialDate.meta({ description: 'When it started.' }),
    end: partialDate.optional().meta({ description: 'When it ended; leave out while it goes on.' }),
    ongoing: z.boolean().default(false).meta({ description: 'true while it goes on.' }),
  })
  .strict()
  .superRefine((value, ctx) => {
    if (value.end && partialDateEnd(value.end) < partialDateStart(value.start)) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: say.endBeforeStart(value.start) });
    }
    if (value.end && value.ongoing) {
      ctx.addIssue({ code: 'custom', path: ['ongoing'], message: say.ongoingWithEnd() });
    }
  });
