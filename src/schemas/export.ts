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

/** A text in the languages it is written in; a language without a translation is left out. */
const texts = z
  .object({ fr: z.string().min(1), en: z.string().min(1), ar: z.string().min(1) })
  .partial()
  .strict();

/** Address of the entry's page in each language (every entry has a page in every language). */
const urls = z.object(
  Object.fromEntries(LANGS.map((l) => [l, httpUrl])) as Record<(typeof LANGS)[number], typeof httpUrl>,
);

/** A credited person or corporate author, resolved from `content/people/`. */
const credit = z
  .object({
    /** Slug in `content/people/`. */
    slug,
    /** Name as it should be cited. */
    name: z.string().min(1),
    /** `organization` for a corporate author, cited as written. */
    type: z.enum(PERSON_TYPES),
    /** ORCID iD, when the person has one. */
    orcid: z.string().optional(),
  })
  .strict();

const entry = {
  /** Stable identifier: never changes meaning, never reused. */
  slug,
  /** Title in each language the entry is written in. */
  titles: texts,
  /** One-paragraph summary in each language the entry is written in. */
  summaries: texts,
  /** Public address of the entry's page in each language. */
  urls,
  /** Authors, in the order they are credited. */
  authors: z.array(credit),
  /** Reviewers, once reviewed. */
  reviewers: z.array(credit),
};

/** One case study in `cases.json`. */
export const caseExportSchema = z
  .object({
    ...entry,
    /** Every country the case touches (places, diaspora or transfer countries), ISO 3166-1 alpha-2. */
    countries: z.array(countryCode),
    /** The facts of `content/cases/<slug>/case.yaml`, as validated. */
    facts: caseSchema,
  })
  .strict();

/** One practice in `practices.json`. */
export const practiceExportSchema = z
  .object({
    ...entry,
    /** Slugs of the published cases that evidence the practice. */
    cases: z.array(slug),
    /** The facts of `content/practices/<slug>/practice.yaml`, as validated. */
    facts: practiceSchema,
  })
  .strict();

/** What every export file says about itself: name, licence and the version it is. */
const envelope = {
  /** Address of the JSON Schema of this file. */
  $schema: httpUrl,
  /** Name of the dataset. */
  name: z.string().min(1),
  /** Licence of the data (SPDX identifier). */
  licence,
  /** Version of the data: the date of the last update of any entry, `YYYY-MM-DD`. */
  version: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** Page that documents the exports and how to cite them. */
  documentation: httpUrl,
};

/** `cases.json`: every published case study. */
export const casesFileSchema = z.object({ ...envelope, cases: z.array(caseExportSchema) }).strict();
/** `practices.json`: every published practice. */
export const practicesFileSchema = z.object({ ...envelope, practices: z.array(practiceExportSchema) }).strict();

export type CaseExport = z.infer<typeof caseExportSchema>;
export type PracticeExport = z.infer<typeof practiceExportSchema>;
export type CasesFile = z.infer<typeof casesFileSchema>;
export type PracticesFile = z.infer<typeof practicesFileSchema>;
