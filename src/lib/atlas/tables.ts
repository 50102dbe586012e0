/**
 * Tables for analysis: cases, practices, organisations, programmes, sources,
 * results (one row per indicator) and financing (one row per contribution),
 * which join by identifier. Each table is defined once here — its columns
 * with their type, unit, allowed values, meaning and, for an identifier, the
 * table it points to — and that one definition writes the rows, the CSV
 * (with and without a byte-order mark), the JSON, the Frictionless Table
 * Schema published beside them and the JSON Schema the tests check the JSON
 * against, so that none of them can drift from the others.
 *
 * Text given in several languages has one column per language
 * (`title_fr`, `title_en`, `title_ar`), so that every table has one row per
 * thing counted. Several values in one CSV cell are separated by `; `; in
 * JSON they are arrays. An empty CSV cell is `null` in JSON. Only listed
 * (published or reviewed) cases and practices, and what they hold, appear;
 * organisations and programmes all do, since they have no status.
 * @see https://specs.frictionlessdata.io/table-schema/
 * @see https://www.rfc-editor.org/rfc/rfc4180
 */
import { stringify } from 'csv-stringify/sync';
import {
  CASE_KINDS,
  COMMITMENTS,
  CONTRIBUTION_TYPES,
  LEADERSHIPS,
  NUMBER_SCALES,
  QUALIFIERS,
  SCALE_FACTOR,
  SCALES,
  SHARE_BOUNDS,
} from '../../schemas/case';
import { LANGS, LICENCES, LISTED_STATUSES, type Lang, type Localized } from '../../schemas/common';
import { ORGANIZATION_TYPES } from '../../schemas/organization';
import { PRACTICE_CATEGORIES } from '../../schemas/practice';
import type { Organization } from '../../schemas/organization';
import type { Programme } from '../../schemas/programme';
import { localePath, paths, sitePath } from '../site/urls';
import type { AtlasCase, AtlasPractice } from './content';

/** The names of the tables, in the order the data page lists them. */
export const TABLE_NAMES = [
  'cases',
  'practices',
  'organizations',
  'programmes',
  'sources',
  'results',
  'financing',
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

/** A cell's value in JSON: a list column holds an array, an empty cell is `null`. */
export type Cell = string | number | boolean | null | (string | number)[];
export type Row = Record<string, Cell>;

/**
 * Types of a column, as Frictionless names them: `date` is `YYYY-MM-DD`;
 * a date as precise as the sources allow (`2017`, `2017-01`, `2017-01-15`)
 * is a `string` with a pattern.
 */
export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

/** One column of a table. */
export interface Column {
  name: string;
  type: ColumnType;
  /** What the column holds, in English (the language of the schemas' descriptions). */
  description: string;
  /** Unit of a number (`percent`, `year`), or where it is read (`currency column`). */
  unit?: string;
  /** The values it may take. */
  enum?: readonly (string | number)[];
  /** A pattern every value matches. */
  pattern?: string;
  /** Whether every row has a value. */
  required?: boolean;
  /** A list of values: an array in JSON, joined with `; ` in CSV. */
  list?: boolean;
  /** For an identifier: the table and column it names. */
  references?: { table: TableName; column: string };
}

/** One table: its columns, the columns that identify a row, and its rows from the atlas. */
export interface Table {
  name: TableName;
  /** What one row is, in English. */
  description: string;
  columns: Column[];
  primaryKey: string[];
  /** References from several columns at once (a source of a result is `case` + `source`). */
  foreignKeys?: { columns: string[]; table: TableName; to: string[] }[];
}

/** The parts of the atlas the tables read (a subset of `Atlas`, so that tests can build one). */
export interface TableSource {
  cases: AtlasCase[];
  practices: AtlasPractice[];
  organizations: Map<string, Organization>;
  programmes: Map<string, Programme>;
  casesByPractice: Map<string, AtlasCase[]>;
}

const LIST = '; ';
const PARTIAL_DATE = '^\\d{4}(-\\d{2}(-\\d{2})?)?$';
const SLUG_PATTERN = '^[a-z0-9]+(-[a-z0-9]+)*$';

const col = (name: string, type: ColumnType, description: string, more: Partial<Column> = {}): Column => ({
  name,
  type,
  description,
  ...more,
});
const id = (name: string, description: string, table: TableName, more: Partial<Column> = {}): Column =>
  col(name, 'string', description, { pattern: SLUG_PATTERN, references: { table, column: 'slug' }, ...more });
const slugColumn = (what: string): Column =>
  col('slug', 'string', `Stable identifier of the ${what}; never reused.`, { pattern: SLUG_PATTERN, required: true });
const LANG_NAMES: Record<Lang, string> = { fr: 'French', en: 'English', ar: 'Arabic' };
const perLanguage = (prefix: string, what: string): Column[] =>
  LANGS.map((lang) =>
    col(`${prefix}_${lang}`, 'string', `${what} in ${LANG_NAMES[lang]}; empty when not given in it.`),
  );
const urls = (what: string): Column[] =>
  LANGS.map((lang) =>
    col(`url_${lang}`, 'string', `Address of the ${what}'s page in ${LANG_NAMES[lang]}.`, { required: true }),
  );
const position = (what: string): Column =>
  col('position', 'integer', `Position of the ${what} in the case, from 1: with case, identifies the row.`, {
    required: true,
  });
const caseColumn = (what: string): Column =>
  id('case', `Case study the ${what} belongs to.`, 'cases', { required: true });

/** Every table, defined once. */
export const TABLES: Record<TableName, Table> = {
  cases: {
    name: 'cases',
    description: 'One row per published case study.',
    primaryKey: ['slug'],
    columns: [
      slugColumn('case study'),
      col('kind', 'string', "diaspora (a diaspora's part in development) or transfer (a South-South transfer).", {
        enum: CASE_KINDS,
        required: true,
      }),
      col('led_by', 'string', 'Who leads it.', { enum: LEADERSHIPS, required: true }),
      col('status', 'string', 'published (not yet peer-reviewed) or reviewed (peer-reviewed).', {
        enum: LISTED_STATUSES,
        required: true,
      }),
      ...perLanguage('title', 'Title'),
      ...perLanguage('summary', 'Summary'),
      col('original_language', 'string', 'Language the case study was written in.', { enum: LANGS, required: true }),
      col('countries', 'string', 'Every country the case touches (ISO 3166-1 alpha-2).', { list: true }),
      col('scale', 'string', 'Geographic scale.', { enum: SCALES, required: true }),
      col('period_start', 'string', 'Start of the project: a year, a month or a day.', {
        pattern: PARTIAL_DATE,
        required: true,
      }),
      col('period_end', 'string', 'End of the project; empty while it goes on or when not known.', {
        pattern: PARTIAL_DATE,
      }),
      col('ongoing', 'boolean', 'true while the project goes on.', { required: true }),
      col('themes', 'string', 'Themes (identifiers).', { list: true }),
      id('programmes', 'Funding or support programmes involved.', 'programmes', { list: true }),
      id('practices', 'Practices the case evidences.', 'practices', { list: true }),
      col('sdgs', 'integer', 'Sustainable Development Goals (1–17).', { list: true }),
      col('currency', 'string', 'Currency of the financing amounts (ISO 4217).', { pattern: '^[A-Z]{3}$' }),
      col('total_budget', 'number', 'Total budget, when known.', { unit: 'currency column' }),
      col('published', 'date', 'Date of first publication.', { required: true }),
      col('updated', 'date', 'Date of the last update: the version to cite.', { required: true }),
      col('licence', 'string', 'Licence of the text.', { enum: LICENCES, required: true }),
      col('doi', 'string', 'DOI, when one has been minted.'),
      ...urls('case study'),
    ],
  },
  practices: {
    name: 'practices',
    description: 'One row per published practice.',
    primaryKey: ['slug'],
    columns: [
      slugColumn('practice'),
      col('category', 'string', 'Family of the practice.', { enum: PRACTICE_CATEGORIES, required: true }),
      col('status', 'string', 'published (not yet peer-reviewed) or reviewed (peer-reviewed).', {
        enum: LISTED_STATUSES,
        required: true,
      }),
      ...perLanguage('title', 'Title'),
      ...perLanguage('summary', 'Summary'),
      col('themes', 'string', 'Themes (identifiers).', { list: true }),
      id('related', 'Related practices.', 'practices', { list: true }),
      id('cases', 'Published case studies that evidence it.', 'cases', { list: true }),
      col('published', 'date', 'Date of first publication.', { required: true }),
      col('updated', 'date', 'Date of the last update: the version to cite.', { required: true }),
      col('licence', 'string', 'Licence of the text.', { enum: LICENCES, required: true }),
      ...urls('practice'),
    ],
  },
  organizations: {
    name: 'organizations',
    description: 'One row per organisation.',
    primaryKey: ['slug'],
    columns: [
      slugColumn('organisation'),
      col('name', 'string', 'Name in its own language.', { required: true }),
      ...perLanguage('name', 'Name'),
      col('acronym', 'string', 'Short form.'),
      col('type', 'string', 'What kind of body it is.', { enum: ORGANIZATION_TYPES, required: true }),
      col('country', 'string', 'Country of its seat (ISO 3166-1 alpha-2); empty for international bodies.', {
        pattern: '^[A-Z]{2}$',
      }),
      col('website', 'string', 'Official website.'),
      ...perLanguage('description', 'Description'),
    ],
  },
  programmes: {
    name: 'programmes',
    description: 'One row per funding or support programme.',
    primaryKey: ['slug'],
    columns: [
      slugColumn('programme'),
      col('name', 'string', 'Name in its own language.', { required: true }),
      ...perLanguage('name', 'Name'),
      col('acronym', 'string', 'Short form.'),
      id('operator', 'Organisation that runs it.', 'organizations', { required: true }),
      id('funders', 'Organisations that fund it.', 'organizations', { list: true }),
      col('countries', 'string', 'Countries where it funds projects (ISO 3166-1 alpha-2); empty when open to many.', {
        list: true,
      }),
      col('period_start', 'string', 'When it started: a year, a month or a day.', { pattern: PARTIAL_DATE }),
      col('period_end', 'string', 'When it ended; empty while it runs or when not known.', { pattern: PARTIAL_DATE }),
      col('ongoing', 'boolean', 'true while it runs; empty when its period is not known.'),
      col('website', 'string', 'Official page.'),
      ...perLanguage('description', 'Description'),
    ],
  },
  sources: {
    name: 'sources',
    description: 'One row per source of a published case study.',
    primaryKey: ['case', 'key'],
    columns: [
      caseColumn('source'),
      col('key', 'string', 'Key the texts cite the source by; with case, identifies the row.', { required: true }),
      col('title', 'string', "The document's own title; empty when it has none, then see description."),
      ...perLanguage('description', 'What the document is, for one without a known title,'),
      col('publisher', 'string', 'Who wrote or published it.'),
      col('date', 'string', 'When it was published: a year, a month or a day.', { pattern: PARTIAL_DATE }),
      col('url', 'string', 'Where it can be read.'),
      col('archived', 'string', 'A copy in a web archive.'),
      col('accessed', 'date', 'When the URL was last read by an editor.'),
      col('lang', 'string', 'Language of the document (ISO 639 code).', { pattern: '^[a-z]{2,3}$' }),
    ],
  },
  results: {
    name: 'results',
    description: 'One row per result (indicator) of a published case study.',
    primaryKey: ['case', 'position'],
    foreignKeys: [{ columns: ['case', 'source'], table: 'sources', to: ['case', 'key'] }],
    columns: [
      caseColumn('result'),
      position('result'),
      ...perLanguage('label', 'What is counted'),
      col('value', 'number', 'The number (the lower end of a range), in the unit of scale when there is one.', {
        required: true,
      }),
      col('upper', 'number', 'For a range: its upper end.'),
      col('scale', 'string', 'When value is written in thousands, millions or billions.', { enum: NUMBER_SCALES }),
      col('value_full', 'number', 'value multiplied by its scale: the number itself.', { required: true }),
      col('qualifier', 'string', 'How exact the number is.', { enum: QUALIFIERS, required: true }),
      ...perLanguage('unit', 'Unit'),
      col('currency', 'string', 'For an amount of money: its currency (ISO 4217).', { pattern: '^[A-Z]{3}$' }),
      col('year', 'integer', 'Year the figure refers to.', { unit: 'year' }),
      col('commitment', 'string', 'announced or agreed when the result is a commitment, not yet reported done.', {
        enum: COMMITMENTS,
      }),
      col('source', 'string', 'Key of the source that gives the figure (sources.key of the same case).'),
    ],
  },
  financing: {
    name: 'financing',
    description: 'One row per contribution to the financing of a published case study.',
    primaryKey: ['case', 'position'],
    columns: [
      caseColumn('contribution'),
      position('contribution'),
      col('type', 'string', 'What kind of money or support it is.', { enum: CONTRIBUTION_TYPES, required: true }),
      id('source', 'Organisation that gives it, when it is one.', 'organizations'),
      id('programme', 'Programme it comes through, when it comes from one.', 'programmes'),
      col('amount', 'number', 'Amount, when known.', { unit: 'currency column' }),
      col('currency', 'string', "Currency of the case's financing (ISO 4217).", {
        pattern: '^[A-Z]{3}$',
        required: true,
      }),
      col('share', 'number', 'Share of the total.', { unit: 'percent' }),
      col('bound', 'string', 'Whether share is exact, a ceiling (max) or a floor (min).', {
        enum: SHARE_BOUNDS,
        required: true,
      }),
      col('top_up_percent', 'number', "For a top-up: percent added on top of another contribution's amount.", {
        unit: 'percent',
      }),
      col('commitment', 'string', 'announced or agreed when not yet reported paid.', { enum: COMMITMENTS }),
      ...perLanguage('label', 'Short description'),
    ],
  },
};

/** Paths, under the site's base, of a table's files. */
export const tableFiles = (name: TableName) => ({
  csv: `data/tables/${name}.csv`,
  bomCsv: `data/tables/${name}.bom.csv`,
  json: `data/tables/${name}.json`,
  schema: `data/tables/${name}.schema.json`,
});

const LISTED = new Set<string>(LISTED_STATUSES);
const listed = <T extends { facts: { status: string } }>(items: T[]) => items.filter((i) => LISTED.has(i.facts.status));
const absolute = (path: string, site: URL | string) => new URL(path, site).href;
const each = (prefix: string, text: Localized | undefined) =>
  Object.fromEntries(LANGS.map((lang) => [`${prefix}_${lang}`, text?.[lang] ?? null]));
const pages = (path: string, site: URL | string) =>
  Object.fromEntries(LANGS.map((lang) => [`url_${lang}`, absolute(localePath(lang, path), site)]));
const texts = (item: AtlasCase | AtlasPractice) => ({
  ...each('title', Object.fromEntries(LANGS.map((l) => [l, item.texts[l]?.data.title]))),
  ...each('summary', Object.fromEntries(LANGS.map((l) => [l, item.texts[l]?.data.summary]))),
});
const bySlug = <T extends { slug: string }>(items: T[]) => [...items].sort((a, b) => a.slug.localeCompare(b.slug));

/** The rows of every table, each in the order of its primary key. */
export function tableRows(source: TableSource, site: URL | string): Record<TableName, Row[]> {
  const cases = bySlug(listed(source.cases));
  return {
    cases: cases.map((c) => ({
      slug: c.slug,
      kind: c.facts.kind,
      led_by: c.facts.ledBy,
      status: c.facts.status,
      ...texts(c),
      original_language: c.facts.originalLanguage,
      countries: c.countries,
      scale: c.facts.scale,
      period_start: c.facts.period.start,
      period_end: c.facts.period.end ?? null,
      ongoing: c.facts.period.ongoing,
      themes: c.facts.themes,
      programmes: c.facts.programmes,
      practices: c.facts.practices,
      sdgs: c.facts.sdgs,
      currency: c.facts.financing?.currency ?? null,
      total_budget: c.facts.financing?.total ?? null,
      published: c.facts.published,
      updated: c.facts.updated,
      licence: c.facts.licence,
      doi: c.facts.doi ?? null,
      ...pages(paths.case(c.slug), site),
    })),
    practices: bySlug(listed(source.practices)).map((p) => ({
      slug: p.slug,
      category: p.facts.category,
      status: p.facts.status,
      ...texts(p),
      themes: p.facts.themes,
      related: p.facts.related,
      cases: (source.casesByPractice.get(p.slug) ?? []).map((c) => c.slug).sort(),
      published: p.facts.published,
      updated: p.facts.updated,
      licence: p.facts.licence,
      ...pages(paths.practice(p.slug), site),
    })),
    organizations: [...source.organizations]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, o]) => ({
        slug,
        name: o.name,
        ...each('name', o.names),
        acronym: o.acronym ?? null,
        type: o.type,
        country: o.country ?? null,
        website: o.website ?? null,
        ...each('description', o.description),
      })),
    programmes: [...source.programmes]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([slug, p]) => ({
        slug,
        name: p.name,
        ...each('name', p.names),
        acronym: p.acronym ?? null,
        operator: p.operator,
        funders: p.funders,
        countries: p.countries,
        period_start: p.period?.start ?? null,
        period_end: p.period?.end ?? null,
        ongoing: p.period ? p.period.ongoing : null,
        website: p.website ?? null,
        ...each('description', p.description),
      })),
    sources: cases.flatMap((c) =>
      c.facts.sources.map((s) => ({
        case: c.slug,
        key: s.key,
        title: s.title ?? null,
        ...each('description', s.description),
        publisher: s.publisher ?? null,
        date: s.date ?? null,
        url: s.url ?? null,
        archived: s.archived ?? null,
        accessed: s.accessed ?? null,
        lang: s.lang ?? null,
      })),
    ),
    results: cases.flatMap((c) =>
      c.facts.results.map((r, i) => ({
        case: c.slug,
        position: i + 1,
        ...each('label', r.label),
        value: r.value,
        upper: r.upper ?? null,
        scale: r.scale ?? null,
        value_full: r.scale ? r.value * SCALE_FACTOR[r.scale] : r.value,
        qualifier: r.qualifier,
        ...each('unit', r.unit),
        currency: r.currency ?? null,
        year: r.year ?? null,
        commitment: r.commitment ?? null,
        source: r.source ?? null,
      })),
    ),
    financing: cases.flatMap((c) =>
      (c.facts.financing?.contributions ?? []).map((f, i) => ({
        case: c.slug,
        position: i + 1,
        type: f.type,
        source: f.source ?? null,
        programme: f.programme ?? null,
        amount: f.amount ?? null,
        currency: c.facts.financing!.currency,
        share: f.share ?? null,
        bound: f.bound,
        top_up_percent: f.topUpPercent ?? null,
        commitment: f.commitment ?? null,
        ...each('label', f.label),
      })),
    ),
  };
}

/** Rows in the column order of their table, checked to have exactly its columns. */
function ordered(table: Table, rows: Row[]): Row[] {
  const names = table.columns.map((c) => c.name);
  return rows.map((row) => {
    const extra = Object.keys(row).filter((key) => !names.includes(key));
    if (extra.length) throw new Error(`table ${table.name}: columns ${extra.join(', ')} are not defined`);
    return Object.fromEntries(names.map((name) => [name, row[name] ?? null]));
  });
}

/** A table as JSON: an array of rows, keys in column order. */
export function tableJson(name: TableName, rows: Row[]): string {
  return `${JSON.stringify(ordered(TABLES[name], rows), null, 2)}\n`;
}

/**
 * A table as CSV: a header row, then one row per entry (CRLF line ends,
 * UTF-8); with `bom`, preceded by a byte-order mark, which spreadsheets need
 * to read UTF-8 rather than guess a local encoding.
 */
export function tableCsv(name: TableName, rows: Row[], { bom = false } = {}): string {
  const table = TABLES[name];
  const cell = (value: Cell) => (Array.isArray(value) ? value.join(LIST) : value === null ? '' : value);
  return stringify(
    ordered(table, rows).map((row) => table.columns.map((c) => cell(row[c.name]))),
    {
      bom,
      header: true,
      columns: table.columns.map((c) => c.name),
      record_delimiter: 'windows',
      cast: { boolean: (value) => String(value) },
    },
  );
}

/**
 * The Frictionless Table Schema of a table's CSV: its fields with type,
 * description, unit and constraints, its primary key and foreign keys. A
 * list column is a `string` (its values joined with `; `), its reference
 * said in its description, since a Table Schema foreign key names one value.
 * @see https://specs.frictionlessdata.io/table-schema/
 */
export function tableSchema(name: TableName, site: URL | string): Record<string, unknown> {
  const table = TABLES[name];
  const fields = table.columns.map((c) => {
    const constraints = {
      ...(c.required ? { required: true } : {}),
      ...(c.enum && !c.list ? { enum: [...c.enum] } : {}),
      ...(c.pattern && !c.list ? { pattern: c.pattern } : {}),
    };
    const references = c.references ? ` Each names ${c.references.table}.${c.references.column}.` : '';
    return {
      name: c.name,
      type: c.list ? 'string' : c.type,
      description: c.list ? `${c.description} Several values are separated by "${LIST}".${references}` : c.description,
      ...(c.unit ? { unit: c.unit } : {}),
      ...(c.type === 'boolean' ? { trueValues: ['true'], falseValues: ['false'] } : {}),
      ...(Object.keys(constraints).length ? { constraints } : {}),
    };
  });
  const foreignKeys = [
    ...table.columns
      .filter((c) => c.references && !c.list)
      .map((c) => ({ fields: [c.name], reference: { resource: c.references!.table, fields: [c.references!.column] } })),
    ...(table.foreignKeys ?? []).map((k) => ({ fields: k.columns, reference: { resource: k.table, fields: k.to } })),
  ];
  return {
    $schema: 'https://datapackage.org/profiles/2.0/tableschema.json',
    $id: absolute(sitePath(tableFiles(name).schema), site),
    title: name,
    description: table.description,
    fields,
    missingValues: [''],
    primaryKey: table.primaryKey,
    ...(foreignKeys.length ? { foreignKeys } : {}),
  };
}

/** The JSON Schema (draft 2020-12) of a table's JSON file, from the same columns. */
export function tableJsonSchema(name: TableName): Record<string, unknown> {
  const table = TABLES[name];
  const valueOf = (c: Column): Record<string, unknown> => ({
    type: c.type === 'date' ? 'string' : c.type,
    ...(c.type === 'date' ? { format: 'date' } : {}),
    ...(c.enum ? { enum: [...c.enum] } : {}),
    ...(c.pattern ? { pattern: c.pattern } : {}),
  });
  const properties = Object.fromEntries(
    table.columns.map((c) => {
      const value = c.list ? { type: 'array', items: valueOf(c) } : valueOf(c);
      return [
        c.name,
        { description: c.description, ...(c.required || c.list ? value : { anyOf: [value, { type: 'null' }] }) },
      ];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: name,
    description: table.description,
    type: 'array',
    items: {
      type: 'object',
      properties,
      required: table.columns.map((c) => c.name),
      additionalProperties: false,
    },
  };
}
