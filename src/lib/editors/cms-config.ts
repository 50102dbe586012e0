/**
 * The configuration of the web editor at `/admin/` (Sveltia CMS), generated
 * from the same JSON Schemas as the editors' YAML completion
 * (`json-schemas.ts`, themselves generated from the zod schemas), so that the
 * editor offers the fields, required fields, allowed values, bounds, patterns
 * and descriptions the content check enforces, and cannot drift from them.
 * References (`references.ts`) become relation fields that list the entries of
 * the collection they name.
 *
 * Every save goes through the editorial workflow (a branch and a pull request)
 * and, for people without write access to the repository, open authoring (a
 * fork). A case or practice is one entry: its texts (`case.fr.md`,
 * `case.en.md`, `case.ar.md`) edited side by side, and its facts, kept in the
 * French text's front matter, so that a new case is one file and one pull
 * request.
 * @see https://sveltiacms.app/en/docs/i18n/structures
 * @see https://sveltiacms.app/en/docs/workflows/editorial
 */
import countries from 'i18n-iso-countries';
import { stringify } from 'yaml';
import { DEFAULT_LANG, LANGS } from '../../schemas/common';
import {
  FILE_COLLECTIONS,
  FOLDER_COLLECTIONS,
  THEMES_FILE,
  textIn,
  walk,
  type TextFormat,
  type Collection,
  type FileCollection,
  type FolderCollection,
} from '../model/layout';
import { REFERENCES, type Holder } from '../model/references';
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../site/site';
import { jsonSchemas } from './json-schemas';

type Node = Record<string, unknown>;
/** One field of the editor's configuration (Sveltia's `Field`). */
export type CmsField = Record<string, unknown> & { name: string; widget: string };
/** One collection of the editor's configuration. */
export type CmsCollection = Record<string, unknown> & { name: string };

/** Where the editor and what it needs are served, below the site's base path. */
export const ADMIN_DIR = 'admin';

/** The content folder as the repository names it: the editor writes there, whatever folder the entries were listed from. */
export const CONTENT_PATH = 'content';

/** The settings of the web editor that come from the site's deployment rather than the schemas. */
export interface CmsOptions {
  /** The repository's web address (`ATLAS_REPOSITORY_URL`): `https://github.com/<owner>/<name>`. */
  repositoryUrl?: string;
  /** The branch pull requests target (`ATLAS_REPOSITORY_BRANCH`). */
  branch?: string;
  /**
   * The address of the OAuth worker that lets contributors sign in with
   * GitHub (`ATLAS_CMS_AUTH_URL`); without one, they sign in with a personal
   * access token. See CONTRIBUTING.md.
   */
  authUrl?: string;
}

const LABELS: Record<Collection, { label: string; singular: string; description: string }> = {
  cases: {
    label: 'Études de cas',
    singular: 'Étude de cas',
    description:
      'Chaque cas : ses faits (écrits une fois, dans le fichier français) et son texte en français, anglais et arabe, côte à côte. Each case: its facts and its text in three languages, side by side.',
  },
  practices: {
    label: 'Pratiques',
    singular: 'Pratique',
    description:
      'Chaque pratique : ses faits et son texte dans les trois langues, côte à côte. Each practice: its facts and its text in three languages, side by side.',
  },
  organizations: {
    label: 'Organisations',
    singular: 'Organisation',
    description: 'Associations, fédérations, agences, bailleurs. Organisations named by cases and programmes.',
  },
  programmes: {
    label: 'Programmes',
    singular: 'Programme',
    description: 'Dispositifs de financement et d’appui. Funding and support schemes.',
  },
  people: {
    label: 'Personnes',
    singular: 'Personne',
    description: 'Auteurs, relecteurs, traducteurs. Authors, reviewers and translators.',
  },
  themes: { label: 'Thèmes', singular: 'Thèmes', description: 'La taxonomie des thèmes. The theme taxonomy.' },
};

/** Which entries a relation field lists, and how it shows them. */
function relationTo(to: Collection): Node {
  if (to === 'themes')
    return { collection: 'themes', file: 'themes', value_field: 'themes.*.id', display_fields: ['themes.*.label.fr'] };
  const named = to === 'organizations' || to === 'programmes' || to === 'people';
  return {
    collection: to,
    value_field: '{{slug}}',
    display_fields: named ? ['name'] : ['{{slug}}'],
    search_fields: named ? ['name'] : ['{{slug}}'],
  };
}

/** Country codes with their French names, as the select fields offer them. */
const COUNTRY_OPTIONS = Object.keys(countries.getAlpha2Codes())
  .sort()
  .map((code) => ({ value: code, label: `${code} — ${countries.getName(code, 'fr') ?? code}` }));

/** The schema a `$ref` names, with the field's own description kept. */
function resolve(node: Node, definitions: Record<string, Node>): Node {
  const ref = node.$ref as string | undefined;
  if (!ref) return node;
  const target = definitions[ref.replace('#/definitions/', '')];
  return { ...resolve(target, definitions), ...(node.description ? { description: node.description } : {}) };
}

/**
 * Two or more object schemas of a discriminated union (a case's two kinds)
 * as one object: every property, required only when every branch requires
 * it, the discriminator's values as the choices of one select field.
 */
function mergeBranches(branches: Node[], definitions: Record<string, Node>): Node {
  const properties: Record<string, Node> = {};
  for (const branch of branches)
    for (const [name, value] of Object.entries((branch.properties ?? {}) as Record<string, Node>)) {
      const seen = properties[name];
      const resolved = resolve(value, definitions);
      if (seen && (seen.enum || 'const' in seen) && 'const' in resolved) {
        // The discriminator: each value with what it means.
        const values = seen.enum ? (seen.enum as unknown[]) : [seen.const];
        const described = seen.enum ? seen.description : `${String(seen.const)}: ${String(seen.description)}`;
        properties[name] = {
          type: 'string',
          enum: [...values, resolved.const],
          description: `${String(described)} ${String(resolved.const)}: ${String(resolved.description)}`,
        };
      } else properties[name] ??= value;
    }
  const required = branches
    .map((b) => (b.required ?? []) as string[])
    .reduce((all, names) => all.filter((n) => names.includes(n)));
  return { type: 'object', properties, required };
}

/** Bounds and a pattern of a string schema, as Sveltia writes them. */
function stringRules(node: Node): Node {
  const rules: Node = {};
  if (typeof node.minLength === 'number' && node.minLength > 1) rules.minlength = node.minLength;
  if (typeof node.maxLength === 'number') rules.maxlength = node.maxLength;
  if (typeof node.pattern === 'string')
    rules.pattern = [
      node.pattern,
      typeof node.description === 'string' ? node.description : `Format attendu / expected form: ${node.pattern}`,
    ];
  return rules;
}

/**
 * One field of the editor from one property of a JSON Schema. `path` is the
 * property's dotted path in the document (`actors.*.organization`), matched
 * against the references table; `holder` names the table's part.
 */
export function fieldFor(
  name: string,
  raw: Node,
  required: boolean,
  ctx: { definitions: Record<string, Node>; holder?: Holder; path: string },
): CmsField {
  const node = resolve(raw, ctx.definitions);
  const base: CmsField = {
    name,
    label: name,
    widget: 'string',
    ...(node.description ? { hint: node.description } : {}),
    ...(required ? {} : { required: false }),
  };
  const reference = ctx.holder ? REFERENCES[ctx.holder].find((r) => r.path === ctx.path) : undefined;
  const child = (n: string, schema: Node, req: boolean, p: string) =>
    fieldFor(n, schema, req, { ...ctx, path: p ? `${p}.${n}` : n });

  if (node.type === 'array') {
    const items = resolve((node.items ?? {}) as Node, ctx.definitions);
    const bounds = {
      ...(typeof node.minItems === 'number' ? { min: node.minItems } : {}),
      ...(typeof node.maxItems === 'number' ? { max: node.maxItems } : {}),
    };
    if (reference) return { ...base, widget: 'relation', ...relationTo(reference.to), multiple: true, ...bounds };
    if (Array.isArray(items.enum))
      return { ...base, widget: 'select', options: optionsOf(items.enum), multiple: true, ...bounds };
    if (items.type === 'object' || items.oneOf || items.anyOf) {
      const object = objectFields(items, { ...ctx, path: `${ctx.path}.*` });
      return { ...base, widget: 'list', ...bounds, fields: object };
    }
    return { ...base, widget: 'list', ...bounds, field: child(name, items, true, `${ctx.path}.*`) };
  }
  if (reference) return { ...base, widget: 'relation', ...relationTo(reference.to) };
  const union = (node.anyOf ?? node.oneOf) as Node[] | undefined;
  if (union && !node.type) {
    const branches = union.map((b) => resolve(b, ctx.definitions));
    // One value or a list of them (`origin: MA` or `origin: [MA, SN]`): the list says both.
    const list = branches.find((b) => b.type === 'array');
    if (list) return { ...fieldFor(name, { ...list, description: node.description }, required, ctx) };
    // A partial date is a year (a YAML number) or a text: the text, which reads as either.
    const text = branches.find((b) => b.type === 'string');
    if (text) return { ...fieldFor(name, { ...text, description: node.description }, required, ctx) };
    if (branches.every((b) => b.type === 'object'))
      return { ...base, widget: 'object', fields: objectFields(mergeBranches(branches, ctx.definitions), ctx) };
    return fieldFor(name, { ...branches[0], description: node.description }, required, ctx);
  }
  if (node.type === 'object')
    return {
      ...base,
      widget: 'object',
      ...(required ? {} : { collapsed: true }),
      fields: objectFields(node, ctx),
    };
  if (Array.isArray(node.enum)) return { ...base, widget: 'select', options: optionsOf(node.enum) };
  if ('const' in node) return { ...base, widget: 'select', options: [node.const], default: node.const };
  if (node.type === 'boolean')
    return { ...base, widget: 'boolean', ...('default' in node ? { default: node.default } : {}) };
  if (node.type === 'integer' || node.type === 'number')
    return {
      ...base,
      widget: 'number',
      value_type: node.type === 'integer' ? 'int' : 'float',
      ...(typeof node.minimum === 'number' ? { min: node.minimum } : {}),
      ...(typeof node.maximum === 'number' ? { max: node.maximum } : {}),
    };
  if (node.type === 'string' && node.pattern === '^\\d{4}-\\d{2}-\\d{2}$')
    return { ...base, widget: 'datetime', type: 'date', format: 'YYYY-MM-DD', picker_utc: true };
  // A paragraph (a summary, a text in one language of a localized field) gets a text area.
  const long =
    (typeof node.minLength === 'number' && node.minLength >= 40) || /^The text in /.test(String(node.description));
  return { ...base, widget: long ? 'text' : 'string', ...stringRules(node) };
}

/**
 * The options of a choice: a country's code with its French name, so that
 * an editor finds it by name ("Maroc"), in a list of countries as in one
 * country; the values themselves otherwise.
 */
const optionsOf = (values: unknown[]) =>
  values.length === COUNTRY_OPTIONS.length && values.includes('MA') ? COUNTRY_OPTIONS : values;

/** The fields of an object schema, or of the merged branches of a union of objects. */
function objectFields(
  raw: Node,
  ctx: { definitions: Record<string, Node>; holder?: Holder; path: string },
): CmsField[] {
  const resolved = resolve(raw, ctx.definitions);
  const branches = (resolved.oneOf ?? resolved.anyOf) as Node[] | undefined;
  const node =
    !resolved.properties && branches
      ? mergeBranches(
          branches.map((b) => resolve(b, ctx.definitions)),
          ctx.definitions,
        )
      : resolved;
  const required = (node.required ?? []) as string[];
  return Object.entries((node.properties ?? {}) as Record<string, Node>).map(([name, schema]) =>
    fieldFor(name, schema, required.includes(name), {
      ...ctx,
      path: ctx.path ? `${ctx.path}.${name}` : name,
    }),
  );
}

/** The fields of one generated JSON Schema (`case.schema.json`…), with what it holds. */
function fieldsOf(file: string, holder?: Holder): CmsField[] {
  const found = jsonSchemas().find((s) => s.file === file);
  if (!found) throw new Error(`${file}: no such JSON Schema in src/lib/editors/json-schemas.ts`);
  const schema = found.schema as Node;
  return objectFields(schema, { definitions: (schema.definitions ?? {}) as Record<string, Node>, holder, path: '' });
}

/** A field and the fields within it, written in each language's file (Sveltia's `i18n: true`). */
function translatable(field: CmsField): CmsField {
  return {
    ...field,
    i18n: true,
    ...(Array.isArray(field.fields) ? { fields: (field.fields as CmsField[]).map(translatable) } : {}),
    ...(field.field ? { field: translatable(field.field as CmsField) } : {}),
  };
}

/**
 * The front matter fields of a text, translatable, and its body, plain
 * Markdown edited as text: the citation syntax (`[@key]`) is kept as typed
 * and no editor component is offered, since the editor cannot insert the
 * site's MDX components safely.
 */
function textFields(file: string): CmsField[] {
  const fields = fieldsOf(file, 'texts').map(translatable);
  return [
    ...fields,
    {
      name: 'body',
      label: 'body',
      widget: 'markdown',
      i18n: true,
      modes: ['raw'],
      editor_components: [],
      hint: 'Le texte en Markdown : les six sections (## Contexte…) et les citations [@clé]. The text in Markdown, with [@key] citations.',
    },
  ];
}

const FACTS_SCHEMA: Record<FolderCollection, string> = { cases: 'case.schema.json', practices: 'practice.schema.json' };
const TEXT_SCHEMA: Record<FolderCollection, string> = {
  cases: 'case-text.schema.json',
  practices: 'practice-text.schema.json',
};
const FILE_SCHEMA: Record<FileCollection, string> = {
  organizations: 'organization.schema.json',
  programmes: 'programme.schema.json',
  people: 'person.schema.json',
};

/**
 * The order of the facts in a French text's front matter, after its text
 * fields: the order `npm run new` writes them in (and the content follows),
 * so that a save from the web editor, which writes fields in the order of the
 * configuration, does not reshuffle a file. A fact not listed comes after, in
 * the schema's order.
 */
/** The editorial facts every case and practice has, in the order they are written. */
const EDITORIAL_ORDER = [
  'status',
  'published',
  'updated',
  'authors',
  'reviewers',
  'reviewedOn',
  'retiredReason',
  'licence',
  'doi',
  'originalLanguage',
  'formerSlugs',
  'corrections',
];
const FACT_ORDER: Record<FolderCollection, string[]> = {
  cases: [
    'kind',
    'ledBy',
    ...EDITORIAL_ORDER,
    'places',
    'scale',
    'openTo',
    'period',
    'diaspora',
    'transfer',
    'actors',
    'programmes',
    'financing',
    'results',
    'beneficiaries',
    'themes',
    'sdgs',
    'practices',
    'sources',
    'media',
  ],
  practices: [...EDITORIAL_ORDER, 'category', 'themes', 'related'],
};

/**
 * The French labels of the fields of cases and practices, written by hand
 * (a label derived from a field's description reads badly); the field's name
 * stays in its hint. Fields within them keep their names as labels.
 */
const FRENCH_LABELS: Record<string, string> = {
  title: 'Titre',
  summary: 'Résumé',
  lessons: 'Leçons',
  adapted: 'Ce qui a été adapté',
  translation: 'Traduction',
  enablingFactors: 'Facteurs de réussite',
  pitfalls: 'Écueils',
  steps: 'Étapes',
  body: 'Texte',
  kind: 'Type de cas',
  ledBy: 'Porté par',
  status: 'Statut',
  published: 'Publié le',
  updated: 'Mis à jour le',
  authors: 'Auteurs',
  reviewers: 'Relecteurs',
  reviewedOn: 'Relu le',
  retiredReason: 'Raison du retrait',
  licence: 'Licence',
  doi: 'DOI',
  originalLanguage: 'Langue originale',
  formerSlugs: 'Anciens identifiants',
  corrections: 'Corrections',
  places: 'Lieux',
  scale: 'Échelle',
  openTo: 'Ouvert aux pays',
  period: 'Période',
  diaspora: 'Diaspora',
  transfer: 'Transfert',
  actors: 'Acteurs',
  programmes: 'Programmes',
  financing: 'Financement',
  results: 'Résultats',
  beneficiaries: 'Bénéficiaires',
  themes: 'Thèmes',
  sdgs: 'Objectifs de développement durable',
  practices: 'Pratiques',
  sources: 'Sources',
  media: 'Images',
  category: 'Catégorie',
  related: 'Pratiques liées',
};

/** A top-level field with its French label, its name kept at the start of its hint. */
function labelled(field: CmsField): CmsField {
  const label = FRENCH_LABELS[field.name];
  if (!label) return field;
  const hint = typeof field.hint === 'string' ? ` — ${field.hint}` : '';
  return { ...field, label, hint: `${field.name}${hint}` };
}

/** The facts of a case or practice, in the files' order. */
function factFields(collection: FolderCollection): CmsField[] {
  const order = FACT_ORDER[collection];
  const rank = (field: CmsField) => (order.includes(field.name) ? order.indexOf(field.name) : order.length);
  return fieldsOf(FACTS_SCHEMA[collection], collection)
    .map((field, index) => ({ field, index }))
    .sort((a, b) => rank(a.field) - rank(b.field) || a.index - b.index)
    .map(({ field }) => field);
}

/** The slug of a new entry is typed in the editor: the folder or file name, lower-case letters, digits and hyphens. */
const SLUG_TEMPLATE = { editable: true };

/** What every collection of entries says about itself and how its entries are named and kept. */
function collectionHeader(collection: Exclude<Collection, 'themes'>, root: string) {
  const { label, singular, description } = LABELS[collection];
  return {
    name: collection as string,
    label,
    label_singular: singular,
    description,
    folder: `${root}/${collection}`,
    slug: SLUG_TEMPLATE,
    create: true,
    delete: false,
  };
}

/**
 * The cases or practices, one entry per folder with its texts side by side
 * (`case.fr.md`, `case.en.md`, `case.ar.md`: Sveltia's `multiple_files`
 * structure). The facts are not translatable, so the editor writes them in
 * the French file only, after its text fields; the text fields and the body
 * are written in each language's file. A new entry starts in French only
 * (`initial_locales: default`), as one file. A folder collection has one
 * extension: texts in MDX (those with editor components) are listed by a
 * second collection, made only when the content has some, where their body
 * is edited as raw text and no entry is created.
 */
function entryCollection(root: string, collection: FolderCollection, format: TextFormat): CmsCollection {
  const text = textFields(TEXT_SCHEMA[collection]);
  const body = text.filter((field) => field.name === 'body');
  const header = collectionHeader(collection, root);
  return {
    ...header,
    ...(format === 'mdx'
      ? {
          name: `${collection}-mdx`,
          label: `${header.label} (MDX)`,
          description: `${header.description} ${MDX_NOTE}`,
          create: false,
        }
      : {}),
    path: `{{slug}}/${FOLDER_COLLECTIONS[collection].base}`,
    extension: format,
    format: 'frontmatter',
    i18n: true,
    identifier_field: 'title',
    summary: '{{title}}',
    fields: [...text.filter((field) => field.name !== 'body'), ...factFields(collection), ...body].map(labelled),
  };
}

const MDX_NOTE =
  'Textes en MDX (avec des composants) : le corps se modifie comme texte brut. Texts in MDX, with components: the body is edited as raw text.';

/** Whether some case or practice of the content has a text in MDX. */
function hasMdx(contentRoot: string, collection: FolderCollection): boolean {
  return walk(contentRoot, collection).some(({ path }) =>
    LANGS.some((lang) => textIn(collection, path, lang)?.format === 'mdx'),
  );
}

/** Organisations, programmes, people: `content/<collection>/<slug>.yaml`. */
function fileCollection(root: string, collection: FileCollection): CmsCollection {
  return {
    ...collectionHeader(collection, root),
    extension: 'yaml',
    format: 'yaml',
    identifier_field: 'name',
    fields: fieldsOf(FILE_SCHEMA[collection], collection === 'programmes' ? 'programmes' : undefined),
  };
}

/** The theme taxonomy, one list in `content/themes.yaml`. */
function themesCollection(root: string): CmsCollection {
  const found = jsonSchemas().find((s) => s.file === 'themes.schema.json')!.schema as Node;
  const definitions = (found.definitions ?? {}) as Record<string, Node>;
  const list = fieldFor('themes', found, true, { definitions, path: '' });
  return {
    name: 'themes',
    label: LABELS.themes.label,
    description: LABELS.themes.description,
    files: [
      {
        name: 'themes',
        label: LABELS.themes.label,
        file: `${root}/${THEMES_FILE}`,
        format: 'yaml',
        fields: [{ ...list, root: true }],
      },
    ],
  };
}

/** `owner/name` of a GitHub repository address. */
export function repositoryName(url: string): string {
  const match = /^https:\/\/github\.com\/([^/]+\/[^/]+?)(?:\.git)?\/?$/.exec(url);
  if (!match)
    throw new Error(
      `ATLAS_REPOSITORY_URL: ${url} is not a GitHub repository address — write https://github.com/<owner>/<name>`,
    );
  return match[1];
}

/**
 * The whole configuration: the GitHub backend with the editorial workflow and
 * open authoring, the three languages (French first), and one collection per
 * kind of content file. `contentRoot` is the content folder on disk, whose
 * entries name the text items; paths in the configuration are relative to
 * the repository's root (`content/…`).
 */
export function cmsConfig(contentRoot: string, options: CmsOptions = {}): Node {
  const root = CONTENT_PATH;
  const repo = repositoryName(options.repositoryUrl ?? REPOSITORY_URL);
  return {
    backend: {
      name: 'github',
      repo,
      branch: options.branch ?? REPOSITORY_BRANCH,
      open_authoring: true,
      // The atlas's repository is public: a fork needs no access to the contributor's private repositories.
      auth_scope: 'public_repo',
      ...(options.authUrl ? { base_url: options.authUrl } : {}),
      commit_messages: {
        create: 'Start {{collection}} {{slug}} from the web editor',
        update: 'Edit {{collection}} {{slug}} from the web editor',
        delete: 'Delete {{collection}} {{slug}} from the web editor',
        openAuthoring: '{{message}} (by {{author-login}})',
      },
    },
    publish_mode: 'editorial_workflow',
    media_folder: 'public/media',
    public_folder: '/media',
    app_title: 'Atlas du codéveloppement',
    // A text is written only in the languages a contributor turns on: editing the French text of a
    // case leaves its missing translations missing, rather than saving them empty.
    i18n: {
      structure: 'multiple_files',
      locales: [...LANGS],
      default_locale: DEFAULT_LANG,
      initial_locales: 'default',
    },
    output: { omit_empty_optional_fields: true },
    collections: [
      ...(['cases', 'practices'] as const).flatMap((collection) => [
        entryCollection(root, collection, 'md'),
        ...(hasMdx(contentRoot, collection) ? [entryCollection(root, collection, 'mdx')] : []),
      ]),
      ...FILE_COLLECTIONS.map((c) => fileCollection(root, c)),
      themesCollection(root),
    ],
  };
}

/** The configuration as the editor reads it (`admin/config.yml`). */
export function cmsConfigYaml(config: Node): string {
  // Fields shared by every text item are written once, as YAML anchors and aliases.
  return `# Generated by src/lib/editors/cms-config.ts from the zod schemas; do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}
