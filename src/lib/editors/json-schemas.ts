/**
 * JSON Schemas of the content files, generated from the zod schemas with
 * zod 4's `z.toJSONSchema`, so that an editor's YAML extension (VS Code's
 * `yaml.schemas`, see `.vscode/settings.json`) completes field names and
 * values, shows each field's description (its zod metadata) on hover and
 * underlines mistakes as they are typed. They are written to
 * `public/schemas/` by `npm run schemas`; a test fails when the committed
 * files differ from what the zod schemas give.
 * @see https://zod.dev/json-schema
 */
import { z } from 'astro/zod';
import countries from 'i18n-iso-countries';
import { caseSchema } from '../../schemas/case';
import {
  countryCode,
  httpUrl,
  isoDate,
  lang,
  localized,
  partialDate,
  period,
  ref,
  source,
  status,
} from '../../schemas/common';
import { organizationSchema } from '../../schemas/organization';
import { personSchema } from '../../schemas/person';
import { practiceSchema } from '../../schemas/practice';
import { programmeSchema } from '../../schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../schemas/text';
import { themeSchema } from '../../schemas/theme';
import { REFERENCES, type Holder } from '../model/references';
import type { Collection } from '../model/layout';

/**
 * The identifiers the content already has, by collection (themes,
 * organisations, programmes, practices, people), offered as completions
 * in reference fields. See `withKnown`.
 */
export type KnownIds = Partial<Record<Collection, readonly string[]>>;

/** One generated schema: its file name in `public/schemas/`, the content files it describes, the schema. */
export interface SchemaFile {
  file: string;
  /**
   * Glob of the files it applies to, from the repository's root; absent for
   * front matter (the texts' fields and the facts in the French texts), which
   * YAML extensions do not read.
   */
  files?: string;
  schema: Record<string, unknown>;
}

/**
 * The building blocks used in many fields, written once under `definitions`
 * with a description that editors see on hover.
 */
const shared = z.registry<{ id: string; description: string }>();
shared.add(ref, { id: 'slug', description: 'A slug: lower-case letters, digits and hyphens, e.g. "forim-pra-osim".' });
shared.add(isoDate, { id: 'date', description: 'A date written YYYY-MM-DD.' });
shared.add(partialDate, {
  id: 'partialDate',
  description: 'A year (2017), a month (2017-01) or a day (2017-01-15), as precisely as the sources allow.',
});
shared.add(countryCode, { id: 'country', description: 'A country as its ISO 3166-1 alpha-2 code, e.g. "MA".' });
shared.add(httpUrl, { id: 'url', description: 'A web address starting with https:// or http://.' });
shared.add(localized, {
  id: 'localized',
  description: 'Text in one or more languages: { fr: …, en: …, ar: … }.',
});
shared.add(source, { id: 'source', description: 'A document the facts come from.' });
shared.add(period, { id: 'period', description: 'A span of time: start, and an end or ongoing: true.' });
shared.add(lang, { id: 'lang', description: 'A language of the atlas: fr, en or ar.' });
shared.add(status, {
  id: 'status',
  description: 'draft (not published), published (not yet peer-reviewed), reviewed, or retired (with a reason).',
});

/**
 * What the generator knows of a schema: its shared definition (id and
 * description), overridden by the description of the field itself.
 */
const metadata = {
  get(schema: z.core.$ZodType) {
    const block = shared.get(schema);
    const field = z.globalRegistry.get(schema);
    return block || field?.description
      ? { ...block, ...(field?.description ? { description: field.description } : {}) }
      : undefined;
  },
} as unknown as typeof shared;

/** The shared building block a field was made from with `.meta()`, when it was. */
function sharedBase(schema: unknown): z.core.$ZodType | undefined {
  for (let s = (schema as z.core.$ZodType)._zod.parent; s; s = s._zod.parent) if (shared.get(s)?.id) return s;
  return undefined;
}

const PARTIAL_DATE = '^\\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\\d|3[01]))?)?$';

/**
 * What zod cannot say in JSON Schema by itself: a partial date may be a bare
 * year (a YAML number), a country code is one of ISO 3166-1's (listed, so
 * that they complete), a URL must be http(s).
 */
function override(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }) {
  const base = sharedBase(ctx.zodSchema);
  if (base) {
    // A described field of a shared type: a reference to its definition, with the field's own description.
    replace(ctx.jsonSchema, { $ref: `#/definitions/${shared.get(base)!.id}` });
    return;
  }
  const { allOf, ...rest } = ctx.jsonSchema;
  const only = Array.isArray(allOf) && allOf.length === 1 ? (allOf[0] as Record<string, unknown>) : undefined;
  if (
    only?.$ref &&
    Object.keys(only).length === 1 &&
    Object.keys(rest).every((key) => key === 'description' || (key === '$ref' && rest.$ref === only.$ref))
  ) {
    // Draft-07 cannot put a description beside a bare $ref in zod's output; editors read it there.
    delete ctx.jsonSchema.allOf;
    ctx.jsonSchema.$ref = only.$ref;
    return;
  }
  if (ctx.zodSchema === partialDate) {
    replace(ctx.jsonSchema, {
      anyOf: [
        { type: 'integer', minimum: 1000, maximum: 9999 },
        { type: 'string', pattern: PARTIAL_DATE },
      ],
    });
  } else if (ctx.zodSchema === countryCode) {
    replace(ctx.jsonSchema, { type: 'string', enum: Object.keys(countries.getAlpha2Codes()).sort() });
  } else if (ctx.zodSchema === httpUrl) {
    replace(ctx.jsonSchema, { type: 'string', format: 'uri', pattern: '^https?://' });
  }
}

/** Replaces what zod wrote, keeping the description from the registry. */
function replace(target: Record<string, unknown>, value: Record<string, unknown>) {
  for (const key of Object.keys(target)) if (key !== 'description') delete target[key];
  Object.assign(target, value);
}

function generate(schema: z.ZodType, title: string, description: string): Record<string, unknown> {
  const json = z.toJSONSchema(schema, {
    target: 'draft-07',
    io: 'input',
    unrepresentable: 'any',
    metadata,
    override,
  }) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return { $schema, title, description, ...rest };
}

/** Which references a schema file's documents hold (see `REFERENCES`). */
export const HOLDERS: Record<string, Holder> = {
  'case.schema.json': 'cases',
  'practice.schema.json': 'practices',
  'programme.schema.json': 'programmes',
  'case-text.schema.json': 'texts',
  'practice-text.schema.json': 'texts',
};

type Node = Record<string, unknown>;
const SLUG_REF = '#/definitions/slug';

/** The nodes a dotted path (`*` for each item of a list) reaches, through every branch of a union. */
function nodesAt(node: Node | undefined, path: string[]): Node[] {
  if (!node) return [];
  const branches = ['anyOf', 'oneOf', 'allOf'].flatMap((key) =>
    Array.isArray(node[key]) ? (node[key] as Node[]) : [],
  );
  if (branches.length && !node.properties && !node.items) return branches.flatMap((b) => nodesAt(b, path));
  if (path.length === 0) return [node.type === 'array' ? (node.items as Node) : node];
  const [head, ...rest] = path;
  if (head === '*') return nodesAt(node.items as Node | undefined, rest);
  return nodesAt((node.properties as Record<string, Node> | undefined)?.[head], rest);
}

/**
 * Offers the content's identifiers in each reference field: a slug, or one
 * of those already known. The slug branch keeps a new identifier valid (an
 * \`enum\` alone would flag it as an error), while editors complete from the list.
 */
function withKnown(schema: Node, file: string, known: KnownIds): Node {
  const holder = HOLDERS[file];
  if (!holder) return schema;
  for (const { path, to } of REFERENCES[holder]) {
    const ids = known[to];
    if (!ids?.length) continue;
    for (const node of nodesAt(schema, path.split('.')))
      if (node.$ref === SLUG_REF) {
        delete node.$ref;
        node.anyOf = [{ $ref: SLUG_REF }, { enum: [...ids].sort() }];
      }
  }
  return schema;
}

/**
 * A schema without the identifiers `withKnown` added: what the zod schemas
 * alone give, so that the committed files can be compared with them
 * whatever entries were added since \`npm run schemas\` last ran.
 */
export function withoutKnown(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withoutKnown);
  if (!schema || typeof schema !== 'object') return schema;
  const node = schema as Node;
  const anyOf = node.anyOf as Node[] | undefined;
  if (anyOf?.length === 2 && anyOf[0].$ref === SLUG_REF && Array.isArray(anyOf[1].enum)) {
    const rest = Object.fromEntries(Object.entries(node).filter(([key]) => key !== 'anyOf'));
    return { ...withoutKnownEntries(rest), $ref: SLUG_REF };
  }
  return withoutKnownEntries(node);
}

function withoutKnownEntries(node: Node): Node {
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, withoutKnown(value)]));
}

/**
 * Every schema, in a stable order; with `known`, the content's identifiers
 * are offered in the reference fields (\`npm run schemas\` reads them from
 * content/).
 */
export function jsonSchemas(known: KnownIds = {}): SchemaFile[] {
  return [
    {
      file: 'case.schema.json',
      schema: generate(
        caseSchema,
        'Case study facts',
        'content/cases/<slug>/case.fr.md (its front matter, after the text fields): the facts of a case study, the same in every language.',
      ),
    },
    {
      file: 'practice.schema.json',
      schema: generate(
        practiceSchema,
        'Practice facts',
        'content/practices/<slug>/practice.fr.md (its front matter, after the text fields): the facts of a reusable practice.',
      ),
    },
    {
      file: 'organization.schema.json',
      files: 'content/organizations/*.yaml',
      schema: generate(organizationSchema, 'Organisation', 'content/organizations/<slug>.yaml'),
    },
    {
      file: 'programme.schema.json',
      files: 'content/programmes/*.yaml',
      schema: generate(programmeSchema, 'Programme', 'content/programmes/<slug>.yaml: a funding or support scheme.'),
    },
    {
      file: 'person.schema.json',
      files: 'content/people/*.yaml',
      schema: generate(personSchema, 'Person', 'content/people/<slug>.yaml: an author, reviewer or translator.'),
    },
    {
      file: 'themes.schema.json',
      files: 'content/themes.yaml',
      schema: generate(z.array(themeSchema), 'Themes', 'content/themes.yaml: the theme taxonomy.'),
    },
    {
      file: 'case-text.schema.json',
      schema: generate(
        caseTextSchema,
        'Case study text',
        'Front matter of content/cases/<slug>/case.<lang>.md (or .mdx).',
      ),
    },
    {
      file: 'practice-text.schema.json',
      schema: generate(
        practiceTextSchema,
        'Practice text',
        'Front matter of content/practices/<slug>/practice.<lang>.md (or .mdx).',
      ),
    },
  ].map((s) => ({ ...s, schema: withKnown(s.schema, s.file, known) }));
}

/** A schema as it is written to disk. */
export function serialize(schema: Record<string, unknown>): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Folder of the schemas, from the repository's root (served at `<base>/schemas/`). */
export const SCHEMA_DIR = 'public/schemas';

/** The `yaml.schemas` setting of VS Code's YAML extension: schema file → content files. */
export function yamlSchemasSetting(): Record<string, string> {
  return Object.fromEntries(
    jsonSchemas().flatMap(({ file, files }) => (files ? [[`./${SCHEMA_DIR}/${file}`, files]] : [])),
  );
}
