import { Ajv } from 'ajv';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { cmsConfig, cmsConfigYaml, repositoryName, type CmsField } from '../../src/lib/editors/cms-config';
import { jsonSchemas } from '../../src/lib/editors/json-schemas';
import { caseFiles, practiceFiles } from '../../src/lib/editors/scaffold';
import { FILE_COLLECTIONS, splitFrontMatter } from '../../src/lib/model/layout';
import { TEXT_FIELDS } from '../../src/schemas/entry-fields';
import { REFERENCES, type Holder } from '../../src/lib/model/references';
import { VALID } from '../helpers/fixtures';
import { newCase } from '../helpers/scaffold';

type Node = Record<string, unknown>;
const config = cmsConfig(VALID, { repositoryUrl: 'https://github.com/codev-atlas/codev-atlas', branch: 'main' });
const collections = config.collections as Node[];
const collection = (name: string) => collections.find((c) => c.name === name)!;
const NEW_CASE = newCase('nouveau', 'Nouveau');

/** The JSON Schema the editor's package ships for its configuration. */
function sveltiaSchema(): Node {
  const entry = createRequire(import.meta.url).resolve('@sveltia/cms');
  return JSON.parse(readFileSync(join(dirname(entry), '..', 'schema', 'sveltia-cms.json'), 'utf8')) as Node;
}

/** A schema node with its `$ref` followed, and the union of a discriminated union's object branches. */
function deref(node: Node, definitions: Record<string, Node>): Node {
  const target = node.$ref ? deref(definitions[(node.$ref as string).split('/').pop()!], definitions) : node;
  const branches = (target.oneOf ?? target.anyOf) as Node[] | undefined;
  if (!target.properties && branches?.every((b) => deref(b, definitions).type === 'object')) {
    const all = branches.map((b) => deref(b, definitions));
    return {
      type: 'object',
      properties: Object.assign({}, ...all.map((b) => b.properties)) as Node,
      required: all.map((b) => b.required as string[]).reduce((a, b) => a.filter((n) => b.includes(n))),
    };
  }
  return target;
}

/**
 * Compares the fields of the editor with an object schema, property by
 * property, down every nested object and list: the same names, the same
 * required ones, the descriptions as hints, the allowed values as options,
 * the bounds, and references as relations to the collection they name.
 */
function compare(
  fields: CmsField[],
  schema: Node,
  definitions: Record<string, Node>,
  holder: Holder | undefined,
  path: string,
) {
  const object = deref(schema, definitions);
  const properties = object.properties as Record<string, Node>;
  const required = (object.required ?? []) as string[];
  expect(fields.map((f) => f.name).sort(), path || 'top level').toEqual(Object.keys(properties).sort());
  for (const field of fields) {
    const at = path ? `${path}.${field.name}` : field.name;
    const raw = properties[field.name];
    const node = deref(raw, definitions);
    expect(field.required !== false, `${at}: required`).toBe(required.includes(field.name));
    const description = (raw.description ?? node.description) as string | undefined;
    if (description) expect(field.hint, `${at}: description as hint`).toContain(description);
    const reference = holder && REFERENCES[holder].find((r) => r.path === at.replace(/\.\d+\./g, '.*.'));
    if (reference) {
      expect(field.widget, `${at}: a reference`).toBe('relation');
      expect(field.collection, `${at}: names ${reference.to}`).toBe(reference.to);
      continue;
    }
    const items = node.type === 'array' ? deref(node.items as Node, definitions) : undefined;
    if (items) {
      expect(field.widget, at).toMatch(/^(list|select)$/);
      if (typeof node.minItems === 'number') expect(field.min, `${at}: at least`).toBe(node.minItems);
      if (typeof node.maxItems === 'number') expect(field.max, `${at}: at most`).toBe(node.maxItems);
      if (items.type === 'object') compare(field.fields as CmsField[], items, definitions, holder, `${at}.*`);
      else if (Array.isArray(items.enum)) expect(optionValues(field), `${at}: allowed values`).toEqual(items.enum);
      continue;
    }
    if (node.type === 'object') {
      expect(field.widget, at).toBe('object');
      compare(field.fields as CmsField[], node, definitions, holder, at);
    } else if (Array.isArray(node.enum)) {
      expect(field.widget, at).toBe('select');
      expect(optionValues(field), `${at}: allowed values`).toEqual(node.enum);
    } else if (node.type === 'integer' || node.type === 'number') {
      expect(field.widget, at).toBe('number');
      expect(field.value_type, at).toBe(node.type === 'integer' ? 'int' : 'float');
      expect(field.min, `${at}: minimum`).toBe(node.minimum);
      expect(field.max, `${at}: maximum`).toBe(node.maximum);
    } else if (node.type === 'boolean') expect(field.widget, at).toBe('boolean');
    else if (typeof node.pattern === 'string' && (field.widget === 'string' || field.widget === 'text'))
      expect((field.pattern as string[])[0], `${at}: pattern`).toBe(node.pattern);
  }
}

const optionValues = (field: CmsField) =>
  (field.options as (string | { value: string })[]).map((o) => (typeof o === 'string' ? o : o.value));

describe('the web editor configuration', () => {
  it('is valid against the JSON Schema the editor package ships', () => {
    const ajv = new Ajv({ allErrors: true, strict: false, validateFormats: false });
    const valid = ajv.compile(sveltiaSchema());
    expect(valid(config), ajv.errorsText(valid.errors)).toBe(true);
    // What is served is the same configuration, as YAML.
    expect(parse(cmsConfigYaml(config))).toEqual(config);
  });

  it('has the fields of every zod schema: names, required fields, allowed values, bounds, patterns, descriptions, references', () => {
    const schemas = Object.fromEntries(jsonSchemas().map((s) => [s.file, s.schema as Node]));
    const pairs: [string, string, Holder | undefined][] = [
      ['organizations', 'organization.schema.json', undefined],
      ['programmes', 'programme.schema.json', 'programmes'],
      ['people', 'person.schema.json', undefined],
    ];
    for (const [name, file, holder] of pairs) {
      const schema = schemas[file];
      compare(
        collection(name).fields as CmsField[],
        schema,
        (schema.definitions ?? {}) as Record<string, Node>,
        holder,
        '',
      );
    }
    // A case or practice: its text fields and its facts, in one entry (the body aside).
    for (const [name, facts, text] of [
      ['cases', 'case.schema.json', 'case-text.schema.json'],
      ['practices', 'practice.schema.json', 'practice-text.schema.json'],
    ] as const) {
      const fields = (collection(name).fields as CmsField[]).filter((f) => f.name !== 'body');
      const isText = (f: CmsField) => TEXT_FIELDS[name].has(f.name);
      const [factSchema, textSchema] = [schemas[facts], schemas[text]];
      compare(
        fields.filter((f) => !isText(f)),
        factSchema,
        factSchema.definitions as Record<string, Node>,
        name,
        '',
      );
      compare(fields.filter(isText), textSchema, (textSchema.definitions ?? {}) as Record<string, Node>, 'texts', '');
    }
    const themes = (collection('themes').files as Node[])[0].fields as CmsField[];
    const list = schemas['themes.schema.json'];
    compare(
      themes[0].fields as CmsField[],
      list.items as Node,
      list.definitions as Record<string, Node>,
      undefined,
      '',
    );
  });

  it('offers no field the web editor could show in only one of its forms (a text or a text per language), which a save would drop', () => {
    const mixed: string[] = [];
    const visit = (node: unknown, path: string, definitions: Record<string, Node>) => {
      if (!node || typeof node !== 'object') return;
      const n = deref(node as Node, definitions);
      const branches = ((n.anyOf ?? n.oneOf) as Node[] | undefined)?.map((b) => deref(b, definitions));
      const kinds = new Set(branches?.map((b) => b.type));
      if (kinds.has('string') && kinds.has('object')) mixed.push(path);
      for (const [key, child] of Object.entries((n.properties ?? {}) as Record<string, Node>))
        visit(child, `${path}.${key}`, definitions);
      if (n.items) visit(n.items, `${path}[]`, definitions);
      for (const branch of branches ?? []) visit(branch, path, definitions);
    };
    for (const { file, schema } of jsonSchemas())
      visit(schema, file, ((schema as Node).definitions ?? {}) as Record<string, Node>);
    expect(mixed).toEqual([]);
    // The home locality of a diaspora, once a text or a text per language, is a name per language.
    const diaspora = (collection('cases').fields as CmsField[]).find((f) => f.name === 'diaspora')!;
    const locality = (diaspora.fields as CmsField[]).find((f) => f.name === 'originLocality')!;
    expect(locality.widget).toBe('object');
    expect((locality.fields as CmsField[]).map((f) => f.name)).toEqual(['fr', 'en', 'ar']);
  });

  it('lets an editor find a country by its name in a list of countries as in one country', () => {
    const diaspora = (collection('cases').fields as CmsField[]).find((f) => f.name === 'diaspora')!;
    for (const name of ['origin', 'residence']) {
      const field = (diaspora.fields as CmsField[]).find((f) => f.name === name)!;
      expect(field, name).toMatchObject({ widget: 'select', multiple: true });
      expect(field.options, name).toContainEqual({ value: 'MA', label: 'MA — Maroc' });
    }
  });

  it('makes each case and practice one entry: its folder, with one file per language, the facts in the French one', () => {
    for (const name of ['cases', 'practices'] as const) {
      const base = name === 'cases' ? 'case' : 'practice';
      expect(collection(name)).toMatchObject({
        folder: `content/${name}`,
        path: `{{slug}}/${base}`,
        extension: 'md',
        format: 'frontmatter',
        i18n: true,
        create: true,
      });
      const fields = collection(name).fields as CmsField[];
      // The facts are written once, in the French file; the text fields and the body in each language's.
      for (const field of fields)
        expect(field.i18n === true, field.name).toBe(TEXT_FIELDS[name].has(field.name) || field.name === 'body');
      // The fixture has texts in MDX: their entries are listed by a second collection, where nothing is created.
      expect(collection(`${name}-mdx`)).toMatchObject({ path: `{{slug}}/${base}`, extension: 'mdx', create: false });
      expect(collection(`${name}-mdx`).fields).toEqual(fields);
    }
    // The real content has no MDX text: no second collection.
    const real = cmsConfig('content').collections as Node[];
    expect(real.map((c) => c.name)).toEqual(['cases', 'practices', ...FILE_COLLECTIONS, 'themes']);
    for (const name of FILE_COLLECTIONS) expect(collection(name).folder).toBe(`content/${name}`);
  });

  it('writes the fields in the order of the files, so that a save does not reshuffle one', () => {
    for (const name of ['cases', 'practices'] as const) {
      const names = (collection(name).fields as CmsField[]).map((f) => f.name);
      // The text fields first, then the facts, then the body, as npm run new writes a new entry.
      const scaffold = name === 'cases' ? caseFiles(NEW_CASE) : practiceFiles({ ...NEW_CASE, category: 'financing' });
      const written = Object.keys(parse(splitFrontMatter(scaffold[0].text)!.frontMatter) as Node);
      expect(names.filter((n) => written.includes(n))).toEqual(written);
      expect(names.at(-1)).toBe('body');
    }
  });

  it('labels the fields of cases and practices in French, keeping their names in the hints', () => {
    const fields = collection('cases').fields as CmsField[];
    expect(fields.find((f) => f.name === 'summary')).toMatchObject({ label: 'Résumé' });
    expect(fields.find((f) => f.name === 'ledBy')).toMatchObject({ label: 'Porté par' });
    expect(String(fields.find((f) => f.name === 'ledBy')!.hint)).toMatch(/^ledBy — Who leads it/);
    expect(fields.every((f) => f.label !== f.name)).toBe(true);
  });

  it('saves through pull requests, opens forks for people without write access, and edits Arabic right to left', () => {
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'codev-atlas/codev-atlas',
      branch: 'main',
      open_authoring: true,
    });
    expect(config.i18n).toEqual({
      structure: 'multiple_files',
      locales: ['fr', 'en', 'ar'],
      default_locale: 'fr',
      initial_locales: 'default',
    });
    // The body is Markdown edited as text, so that citations stay as typed, with no editor component.
    const body = (collection('cases').fields as CmsField[]).find((f) => f.name === 'body')!;
    expect(body).toMatchObject({ widget: 'markdown', modes: ['raw'], editor_components: [] });
    expect(() => repositoryName('https://gitlab.com/a/b')).toThrow(/not a GitHub repository address/);
  });
});
