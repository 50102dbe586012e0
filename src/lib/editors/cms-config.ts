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
 * fork). Facts and texts are separate collections because the content keeps
 * them in separate files (`case.yaml` beside `fr.md`, `en.md`, `ar.md`), which
 * none of Sveltia's i18n structures reads as one entry; the texts of an entry
 * are one i18n item with its files named `{{locale}}.md`, edited side by side.
 * @see https://sveltiacms.app/en/docs/i18n/structures
 * @see https://sveltiacms.app/en/docs/workflows/editorial
 */
import { existsSync, readFileSync } from 'node:fs';
import countries from 'i18n-iso-countries';
import { stringify } from 'yaml';
import { DEFAULT_LANG, LANGS } from '../../schemas/common';
import {
  FILE_COLLECTIONS,
  FOLDER_COLLECTIONS,
  THEMES_FILE,
  factsFile,
  parseYaml,
  textIn,
  walk,
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
    label: 'Études de cas : faits',
    singular: 'Étude de cas',
    description:
      'Les faits de chaque cas (case.yaml), les mêmes dans toutes les langues. Case facts, the same in every language.',
  },
  practices: {
    label: 'Pratiques : faits',
    singular: 'Pratique',
    description: 'Les faits de chaque pratique (practice.yaml). Practice facts.',
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

const TEXT_LABELS: Record<FolderCollection, { label: string; newLabel: string; description: string }> = {
  cases: {
    label: 'Études de cas : textes et traductions',
    newLabel: 'Études de cas : nouveau texte en français',
    description:
      'Le texte de chaque cas en français, anglais et arabe, côte à côte. Each case’s text in French, English and Arabic, side by side.',
  },
  practices: {
    label: 'Pratiques : textes et traductions',
    newLabel: 'Pratiques : nouveau texte en français',
    description:
      'Le texte de chaque pratique dans les trois langues, côte à côte. Each practice’s text in the three languages, side by side.',
  },
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
    if (Array.isArray(items.enum)) return { ...base, widget: 'select', options: items.enum, multiple: true, ...bounds };
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
  if (Array.isArray(node.enum)) {
    if (node.enum.length === COUNTRY_OPTIONS.length && node.enum.includes('MA'))
      return { ...base, widget: 'select', options: COUNTRY_OPTIONS };
    return { ...base, widget: 'select', options: node.enum };
  }
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

/** The slug of a new entry is typed in the editor: the folder or file name, lower-case letters, digits and hyphens. */
const SLUG_TEMPLATE = { editable: true };

/** The facts of the cases or practices: `content/<collection>/<slug>/case.yaml`. */
function factsCollection(root: string, collection: FolderCollection): CmsCollection {
  const { label, singular, description } = LABELS[collection];
  return {
    name: collection,
    label,
    label_singular: singular,
    description,
    folder: `${root}/${collection}`,
    path: `{{slug}}/${FOLDER_COLLECTIONS[collection].facts.replace(/\.yaml$/, '')}`,
    extension: 'yaml',
    format: 'yaml',
    summary: '{{slug}}',
    slug: SLUG_TEMPLATE,
    create: true,
    delete: false,
    fields: fieldsOf(FACTS_SCHEMA[collection], collection),
  };
}

/**
 * The texts of every case or practice on disk as one item each, with its
 * languages side by side (`{{locale}}.md`), the original first. New
 * translations are started here; a new entry's French text is started in
 * the collection that `newTextCollection` makes.
 */
function textsCollection(contentRoot: string, root: string, collection: FolderCollection): CmsCollection {
  const fields = textFields(TEXT_SCHEMA[collection]);
  const files = walk(contentRoot, collection).map(({ slug, path }) => {
    const format = LANGS.map((l) => textIn(path, l)?.format).find(Boolean) ?? 'md';
    return {
      name: slug,
      label: slug,
      file: `${root}/${collection}/${slug}/{{locale}}.${format}`,
      format: 'frontmatter',
      i18n: { default_locale: originalLanguage(collection, path) },
      fields,
    };
  });
  return {
    name: `${collection}-texts`,
    label: TEXT_LABELS[collection].label,
    description: TEXT_LABELS[collection].description,
    i18n: true,
    files,
  };
}

/** A French text for a new case or practice, whose facts are started in the facts collection under the same slug. */
function newTextCollection(root: string, collection: FolderCollection): CmsCollection {
  return {
    name: `${collection}-new-text`,
    label: TEXT_LABELS[collection].newLabel,
    description:
      'Le texte français d’une nouvelle entrée, sous le même identifiant que ses faits. The French text of a new entry, under the same slug as its facts.',
    folder: `${root}/${collection}`,
    path: `{{slug}}/${DEFAULT_LANG}`,
    extension: 'md',
    format: 'frontmatter',
    identifier_field: 'title',
    slug: SLUG_TEMPLATE,
    create: true,
    delete: false,
    fields: textFields(TEXT_SCHEMA[collection]),
  };
}

/** The original language of an entry, from its facts; French when they cannot be read. */
function originalLanguage(collection: FolderCollection, folder: string): string {
  const file = factsFile(collection, folder);
  if (!existsSync(file)) return DEFAULT_LANG;
  try {
    const facts = parseYaml(readFileSync(file, 'utf8')) as { originalLanguage?: string } | null;
    return facts?.originalLanguage && (LANGS as readonly string[]).includes(facts.originalLanguage)
      ? facts.originalLanguage
      : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

/** Organisations, programmes, people: `content/<collection>/<slug>.yaml`. */
function fileCollection(root: string, collection: FileCollection): CmsCollection {
  const { label, singular, description } = LABELS[collection];
  return {
    name: collection,
    label,
    label_singular: singular,
    description,
    folder: `${root}/${collection}`,
    extension: 'yaml',
    format: 'yaml',
    identifier_field: 'name',
    slug: SLUG_TEMPLATE,
    create: true,
    delete: false,
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
      factsCollection(root, 'cases'),
      textsCollection(contentRoot, root, 'cases'),
      newTextCollection(root, 'cases'),
      factsCollection(root, 'practices'),
      textsCollection(contentRoot, root, 'practices'),
      newTextCollection(root, 'practices'),
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
