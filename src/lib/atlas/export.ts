/**
 * Open data: every published case and practice as JSON (with JSON Schemas
 * generated from the zod schemas) and the cases as CSV, one row per case,
 * written with csv-stringify (RFC 4180 quoting, UTF-8). Published means
 * listed (`published` or `reviewed`): drafts and retired entries are left out.
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { LANGS, LISTED_STATUSES, type Lang } from '../../schemas/common';
import {
  casesFileSchema,
  practicesFileSchema,
  type CaseExport,
  type CasesFile,
  type PracticeExport,
  type PracticesFile,
} from '../../schemas/export';
import type { Person } from '../../schemas/person';
import type { AtlasCase, AtlasPractice } from './content';
import { languageName, t, type UIKey } from '../i18n/i18n';
import { localePath, paths, sitePath } from '../site/urls';

/** The parts of the atlas the exports read (a subset of `Atlas`, so that tests can build one). */
export interface ExportSource {
  cases: AtlasCase[];
  practices: AtlasPractice[];
  people: Map<string, Person>;
  casesByPractice: Map<string, AtlasCase[]>;
}

/** Paths, under the site's base, of the export files. */
export const DATA_FILES = {
  casesJson: 'data/cases.json',
  practicesJson: 'data/practices.json',
  casesCsv: 'data/cases.csv',
  casesSchema: 'data/cases.schema.json',
  practicesSchema: 'data/practices.schema.json',
} as const;

const LISTED = new Set<string>(LISTED_STATUSES);
const listed = <T extends { facts: { status: string } }>(items: T[]) => items.filter((i) => LISTED.has(i.facts.status));

/** Name of the dataset in every export. */
export const DATASET_NAME = 'Codev Atlas';

const absolute = (path: string, site: URL | string) => new URL(path, site).href;

function textsOf(texts: Partial<Record<Lang, { data: { title: string; summary: string } }>>) {
  const titles: Partial<Record<Lang, string>> = {};
  const summaries: Partial<Record<Lang, string>> = {};
  for (const lang of LANGS) {
    const text = texts[lang];
    if (!text) continue;
    titles[lang] = text.data.title;
    summaries[lang] = text.data.summary;
  }
  return { titles, summaries };
}

function credits(slugs: string[], people: Map<string, Person>) {
  return slugs.map((slug) => {
    const person = people.get(slug);
    if (!person) throw new Error(`unknown person "${slug}"`);
    return { slug, name: person.name, type: person.type, ...(person.orcid ? { orcid: person.orcid } : {}) };
  });
}

const pageUrls = (path: string, site: URL | string) =>
  Object.fromEntries(LANGS.map((lang) => [lang, absolute(localePath(lang, path), site)])) as Record<Lang, string>;

/** The date of the latest update of any published entry: the version of the dataset. */
export function datasetVersion(source: Pick<ExportSource, 'cases' | 'practices'>): string {
  return [...listed(source.cases), ...listed(source.practices)]
    .map((e) => e.facts.updated)
    .reduce((a, b) => (b > a ? b : a), '0000-00-00');
}

/** The date of the first publication of any published entry. */
export function datasetStart(source: Pick<ExportSource, 'cases' | 'practices'>): string {
  return [...listed(source.cases), ...listed(source.practices)]
    .map((e) => e.facts.published)
    .reduce((a, b) => (b < a ? b : a), '9999-99-99');
}

function envelope(source: ExportSource, site: URL | string, schema: string) {
  return {
    $schema: absolute(sitePath(schema), site),
    name: DATASET_NAME,
    licence: 'CC-BY-4.0' as const,
    version: datasetVersion(source),
    documentation: absolute(localePath('en', paths.data()), site),
  };
}

/** One case as exported. */
export function caseExport(item: AtlasCase, source: ExportSource, site: URL | string): CaseExport {
  return {
    slug: item.slug,
    ...textsOf(item.texts),
    urls: pageUrls(paths.case(item.slug), site),
    authors: credits(item.facts.authors, source.people),
    reviewers: credits(item.facts.reviewers, source.people),
    countries: item.countries,
    facts: item.facts,
  };
}

/** One practice as exported, with the published cases that evidence it. */
export function practiceExport(item: AtlasPractice, source: ExportSource, site: URL | string): PracticeExport {
  return {
    slug: item.slug,
    ...textsOf(item.texts),
    urls: pageUrls(paths.practice(item.slug), site),
    authors: credits(item.facts.authors, source.people),
    reviewers: credits(item.facts.reviewers, source.people),
    cases: (source.casesByPractice.get(item.slug) ?? []).map((c) => c.slug).sort(),
    facts: item.facts,
  };
}

/**
 * `cases.json`, checked against its own schema before it is written, so
 * that the published JSON Schema always describes the published data.
 */
export function casesFile(source: ExportSource, site: URL | string): CasesFile {
  return casesFileSchema.parse({
    ...envelope(source, site, DATA_FILES.casesSchema),
    cases: listed(source.cases)
      .map((c) => caseExport(c, source, site))
      .sort((a, b) => a.slug.localeCompare(b.slug)),
  });
}

/** `practices.json`, checked against its own schema. */
export function practicesFile(source: ExportSource, site: URL | string): PracticesFile {
  return practicesFileSchema.parse({
    ...envelope(source, site, DATA_FILES.practicesSchema),
    practices: listed(source.practices).map((p) => practiceExport(p, source, site)),
  });
}

/**
 * The JSON Schema (draft 2020-12) of an export file, with its public address
 * as `$id`. It gives the structure only: the editors' field descriptions (zod
 * metadata) are written for content files, not for the exported data.
 */
export function jsonSchemaOf(which: 'cases' | 'practices', site: URL | string): Record<string, unknown> {
  const schema = which === 'cases' ? casesFileSchema : practicesFileSchema;
  const path = which === 'cases' ? DATA_FILES.casesSchema : DATA_FILES.practicesSchema;
  return {
    ...z.toJSONSchema(schema, { io: 'output', unrepresentable: 'any', metadata: z.registry() }),
    $id: absolute(sitePath(path), site),
    title: `${DATASET_NAME}: ${which}`,
  };
}

/** Inside a CSV cell, several values are separated by `; `. */
export const LIST = '; ';
const list = (values: (string | number)[]) => values.join(LIST);

/** A column of `cases.csv`. */
export interface CsvColumn {
  name: string;
  /** The UI string that describes the column on the data page. */
  doc: UIKey;
  /** For a per-language column, its language (filled into the description). */
  lang?: Lang;
  value: (c: CaseExport) => string | number | boolean | undefined;
}
const column = (name: string, doc: UIKey, value: CsvColumn['value'], lang?: Lang): CsvColumn => ({
  name,
  doc,
  value,
  ...(lang ? { lang } : {}),
});
const perLanguage = (prefix: string, doc: UIKey, value: (c: CaseExport, lang: Lang) => string | undefined) =>
  LANGS.map((lang) => column(`${prefix}_${lang}`, doc, (c) => value(c, lang), lang));

/** What a column of `cases.csv` holds, in `lang`: the data page's words and the codebook's (in English). */
export const columnDoc = (col: CsvColumn, lang: Lang): string =>
  t(lang, col.doc, col.lang ? { lang: languageName(col.lang, lang) } : {});

/**
 * The columns of `cases.csv`, in order. Each names the UI string that
 * describes it on the data page, so that the documentation and the file
 * cannot drift apart.
 */
export const CSV_COLUMNS: CsvColumn[] = [
  column('slug', 'data.col.slug', (c) => c.slug),
  column('kind', 'data.col.kind', (c) => c.facts.kind),
  column('led_by', 'data.col.ledBy', (c) => c.facts.ledBy),
  column('status', 'data.col.status', (c) => c.facts.status),
  ...perLanguage('title', 'data.col.title', (c, lang) => c.titles[lang]),
  ...perLanguage('summary', 'data.col.summary', (c, lang) => c.summaries[lang]),
  column('original_language', 'data.col.originalLanguage', (c) => c.facts.originalLanguage),
  column('countries', 'data.col.countries', (c) => list(c.countries)),
  column('places', 'data.col.places', (c) =>
    list(c.facts.places.map((p) => (p.name ? `${p.name} (${p.country})` : p.country))),
  ),
  column('scale', 'data.col.scale', (c) => c.facts.scale),
  column('period_start', 'data.col.periodStart', (c) => c.facts.period.start),
  column('period_end', 'data.col.periodEnd', (c) => c.facts.period.end),
  column('ongoing', 'data.col.ongoing', (c) => c.facts.period.ongoing),
  column('themes', 'data.col.themes', (c) => list(c.facts.themes)),
  column('programmes', 'data.col.programmes', (c) => list(c.facts.programmes)),
  column('practices', 'data.col.practices', (c) => list(c.facts.practices)),
  column('sdgs', 'data.col.sdgs', (c) => list(c.facts.sdgs)),
  column('currency', 'data.col.currency', (c) => c.facts.financing?.currency),
  column('total_budget', 'data.col.total', (c) => c.facts.financing?.total),
  column('sources', 'data.col.sources', (c) => c.facts.sources.length),
  column('authors', 'data.col.authors', (c) => list(c.authors.map((a) => a.name))),
  column('published', 'data.col.published', (c) => c.facts.published),
  column('updated', 'data.col.updated', (c) => c.facts.updated),
  column('licence', 'data.col.licence', (c) => c.facts.licence),
  column('doi', 'data.col.doi', (c) => c.facts.doi),
  ...perLanguage('url', 'data.col.url', (c, lang) => c.urls[lang]),
];

/** `cases.csv`: a header row, then one row per published case (CRLF line ends, UTF-8, no BOM). */
export function casesCsv(cases: CaseExport[]): string {
  return stringify(
    cases.map((c) => CSV_COLUMNS.map((col) => col.value(c) ?? '')),
    {
      header: true,
      columns: CSV_COLUMNS.map((col) => col.name),
      record_delimiter: 'windows',
      cast: { boolean: (value) => String(value) },
    },
  );
}
