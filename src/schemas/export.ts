/**
 * Shape of the open-data exports (`/data/cases.json`, `/data/practices.json`):
 * each published entry with its facts exactly as validated from
 * `content/` (see `case.ts`, `practice.ts`), its title and summary in each
 * language it is written in, its credits and the addresses of its pages.
 * The JSON Schemas published beside the exports are generated from these.
 */
import { z } from 'astro/zod';
import { caseSchema } from './case';
import { countryCode, httpUrl, LANGS, licence, slug } from './common';
import { PERSON_TYPES } from './person';
import { practiceSchema } from './practice';

/** The language of each key of an object keyed by language, for the codebook. */
const IN: Record<(typeof LANGS)[number], string> = { fr: 'In French.', en: 'In English.', ar: 'In Arabic.' };

/** A text in the languages it is written in; a language without a translation is left out. */
const texts = z
  .object({
    fr: z.string().min(1).meta({ description: IN.fr }),
    en: z.string().min(1).meta({ description: IN.en }),
    ar: z.string().min(1).meta({ description: IN.ar }),
  })
  .partial()
  .strict();

/** Address of the entry's page in each language (every entry has a page in every language). */
const urls = z.object(
  Object.fromEntries(LANGS.map((l) => [l, httpUrl.meta({ description: IN[l] })])) as Record<
    (typeof LANGS)[number],
    typeof httpUrl
  >,
);

/** A credited person or corporate author, resolved from `content/people/`. */
const credit = z
  .object({
    slug: slug.meta({ description: 'Slug in `content/people/`.' }),
    name: z.string().min(1).meta({ description: 'Name as it should be cited.' }),
    type: z.enum(PERSON_TYPES).meta({ description: '`organization` for a corporate author, cited as written.' }),
    orcid: z.string().optional().meta({ description: 'ORCID iD, when the person has one.' }),
  })
  .strict();

const entry = {
  slug: slug.meta({ description: 'Stable identifier: never changes meaning, never reused.' }),
  titles: texts.meta({ description: 'Title in each language the entry is written in.' }),
  summaries: texts.meta({ description: 'One-paragraph summary in each language the entry is written in.' }),
  urls: urls.meta({ description: "Public address of the entry's page in each language." }),
  authors: z.array(credit).meta({ description: 'Authors, in the order they are credited.' }),
  reviewers: z.array(credit).meta({ description: 'Reviewers, once reviewed.' }),
};

/** One case study in `cases.json`. */
export const caseExportSchema = z
  .object({
    ...entry,
    countries: z.array(countryCode).meta({
      description: 'Every country the case touches (places, diaspora or transfer countries), ISO 3166-1 alpha-2.',
    }),
    facts: caseSchema.meta({
      description: 'The facts in the front matter of `content/cases/<slug>/case.fr.md`, as validated.',
    }),
  })
  .strict();

/** One practice in `practices.json`. */
export const practiceExportSchema = z
  .object({
    ...entry,
    cases: z.array(slug).meta({ description: 'Slugs of the published cases that evidence the practice.' }),
    facts: practiceSchema.meta({
      description: 'The facts in the front matter of `content/practices/<slug>/practice.fr.md`, as validated.',
    }),
  })
  .strict();

/** What every export file says about itself: name, licence and the version it is. */
const envelope = {
  $schema: httpUrl.meta({ description: 'Address of the JSON Schema of this file.' }),
  name: z.string().min(1).meta({ description: 'Name of the dataset.' }),
  licence: licence.meta({ description: 'Licence of the data (SPDX identifier).' }),
  version: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .meta({ description: 'Version of the data: the date of the last update of any entry, `YYYY-MM-DD`.' }),
  documentation: httpUrl.meta({ description: 'Page that documents the exports and how to cite them.' }),
};

/** `cases.json`: every published case study. */
export const casesFileSchema = z
  .object({
    ...envelope,
    cases: z.array(caseExportSchema).meta({ description: 'Every published case study, in the order of their slugs.' }),
  })
  .strict()
  .meta({ description: 'Every published case study: its facts, titles, summaries, credits and page addresses.' });
/** `practices.json`: every published practice. */
export const practicesFileSchema = z
  .object({
    ...envelope,
    practices: z.array(practiceExportSchema).meta({ description: 'Every published practice.' }),
  })
  .strict()
  .meta({
    description:
      'Every published practice: its facts, titles, summaries, credits, page addresses and evidencing cases.',
  });

export type CaseExport = z.infer<typeof caseExportSchema>;
export type PracticeExport = z.infer<typeof practiceExportSchema>;
export type CasesFile = z.infer<typeof casesFileSchema>;
export type PracticesFile = z.infer<typeof practicesFileSchema>;
