/**
 * The codebook: every field of every content file and every column of every
 * table, with its type, allowed values, unit and meaning. It is read from the
 * JSON Schemas the editors' tools get (`../editors/json-schemas.ts`, made
 * from the zod schemas and their field descriptions) and from the tables'
 * column definitions (`./tables.ts`), never written by hand, so that a field
 * added to a schema appears here at the next build. Published as
 * `data/codebook.json` and as a page in each language.
 */
import { z } from 'astro/zod';
import { casesFileSchema, practicesFileSchema } from '../../schemas/export';
import { HOLDERS, jsonSchemas } from '../editors/json-schemas';
import { REFERENCES } from '../model/references';
import { columnDoc, CSV_COLUMNS, DATA_FILES, LIST } from './export';
import { TABLE_NAMES, TABLES, tableFiles, type Column } from './tables';

/** One field of a file, or one column of a table. */
export interface CodebookField {
  /** Dotted path from the top of the file (`financing.contributions[].amount`: `[]` is each item of a list); a column's name. */
  path: string;
  /** `string`, `number`, `integer`, `boolean`, `object`, `array of …`, or a shared type of `definitions`. */
  type: string;
  /** Whether every file or row has it. */
  required: boolean;
  /** The values it may take. */
  values?: (string | number | boolean)[];
  pattern?: string;
  format?: string;
  minimum?: number;
  maximum?: number;
  /** Value when it is left out. */
  default?: unknown;
  unit?: string;
  /** For an identifier: what it names (`organizations`, `cases.slug`). */
  references?: string;
  /** For a field of one kind of entry only (`kind = transfer`). */
  when?: string;
  /** Its meaning, in English, from the schema's description. */
  description: string;
}

/** A type used by many fields, described once. */
export interface CodebookDefinition {
  id: string;
  type: string;
  description: string;
  values?: (string | number | boolean)[];
  pattern?: string;
  format?: string;
}

/** The fields of one file or table. */
export interface CodebookFile {
  /** `content` for an editor's file, `export` for a JSON file of the open data, `table` for a table of it. */
  group: 'content' | 'export' | 'table';
  /** Where it is: a glob of content files, or the table's CSV path. */
  file: string;
  title: string;
  description: string;
  fields: CodebookField[];
}

export interface Codebook {
  definitions: CodebookDefinition[];
  files: CodebookFile[];
}

type Node = Record<string, unknown>;

/** Definitions that hold fields of their own, listed under each field that uses them. */
const COMPOUND = new Set(['source', 'period', 'localized']);

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const definitionId = (node: Node) =>
  typeof node.$ref === 'string' ? node.$ref.replace('#/definitions/', '') : undefined;
const branchesOf = (node: Node) =>
  (['anyOf', 'oneOf', 'allOf'] as const).flatMap((key) => (Array.isArray(node[key]) ? (node[key] as Node[]) : []));

/** A short name of the type of a node. */
function typeOf(node: Node, defs: Record<string, Node>): string {
  const ref = definitionId(node);
  if (ref) return ref;
  const branches = branchesOf(node);
  if (branches.length) return [...new Set(branches.map((b) => typeOf(b, defs)))].join(' or ');
  if (node.type === 'array') return `array of ${node.items ? typeOf(node.items as Node, defs) : 'any'}`;
  if (node.const !== undefined) return typeof node.const;
  if (Array.isArray(node.type)) return node.type.join(' or ');
  return typeof node.type === 'string' ? node.type : 'any';
}

/** The constraints a node states, for the codebook. */
function constraints(node: Node): Partial<CodebookField> {
  const values = Array.isArray(node.enum) ? (node.enum as CodebookField['values']) : undefined;
  return {
    ...(values ? { values } : node.const !== undefined ? { values: [node.const as string] } : {}),
    ...(typeof node.pattern === 'string' ? { pattern: node.pattern } : {}),
    ...(typeof node.format === 'string' ? { format: node.format } : {}),
    ...(typeof node.minimum === 'number' ? { minimum: node.minimum } : {}),
    ...(typeof node.maximum === 'number' ? { maximum: node.maximum } : {}),
    ...(node.default !== undefined ? { default: node.default } : {}),
  };
}

/** The object nodes that hold a node's fields: itself, its items, its definition, its branches. */
function holdersOf(node: Node, defs: Record<string, Node>): Node[] {
  const ref = definitionId(node);
  if (ref) return COMPOUND.has(ref) ? holdersOf(defs[ref], defs) : [];
  if (node.properties) return [node];
  return branchesOf(node).flatMap((b) => holdersOf(b, defs));
}

/**
 * Every field under `node`, depth first. A field of only some branches of a
 * union (the `diaspora` block of a diaspora case) says so in `when`.
 */
function fieldsOf(node: Node, defs: Record<string, Node>, prefix: string): CodebookField[] {
  const items = node.type === 'array' && node.items ? (node.items as Node) : undefined;
  if (items) return fieldsOf(items, defs, `${prefix}[]`);
  const holders = holdersOf(node, defs);
  const discriminator = (holder: Node) => {
    const kind = Object.entries(holder.properties as Record<string, Node>).find(([, p]) => p.const !== undefined);
    return kind ? `${kind[0]} = ${String(kind[1].const)}` : undefined;
  };
  const found = new Map<string, CodebookField>();
  const seenIn = new Map<string, string[]>();
  for (const holder of holders) {
    const required = new Set((holder.required as string[] | undefined) ?? []);
    const branch = discriminator(holder);
    for (const [name, child] of Object.entries(holder.properties as Record<string, Node>)) {
      const path = prefix ? `${prefix}.${name}` : name;
      const ref = definitionId(child);
      const own: CodebookField = {
        path,
        type: typeOf(child, defs),
        required: required.has(name),
        ...constraints(child),
        description: text(child.description) || text(ref ? defs[ref]?.description : undefined),
      };
      for (const field of [own, ...fieldsOf(child, defs, path)]) {
        if (branch) seenIn.set(field.path, [...(seenIn.get(field.path) ?? []), branch]);
        const known = found.get(field.path);
        // The discriminator (kind) takes a value in each branch: the codebook lists them all.
        if (known?.values && field.values && field.values.some((v) => !known.values!.includes(v)))
          known.values = [...known.values, ...field.values.filter((v) => !known.values!.includes(v))];
        if (!known) found.set(field.path, { ...field });
      }
    }
  }
  const branches = holders.map(discriminator).filter((b): b is string => Boolean(b));
  return [...found.values()].map((field) => {
    const inBranches = [...new Set(seenIn.get(field.path) ?? [])];
    const partial = branches.length > 1 && inBranches.length > 0 && inBranches.length < branches.length;
    return partial ? { ...field, when: inBranches.join(' or ') } : field;
  });
}

/** `actors.*.organization` as the codebook writes paths: `actors[].organization`. */
const referencePath = (path: string) => path.replaceAll('.*', '[]');

function contentFiles(): { definitions: CodebookDefinition[]; files: CodebookFile[] } {
  const definitions = new Map<string, CodebookDefinition>();
  const files = jsonSchemas().map(({ file, files: glob, schema }) => {
    const defs = (schema.definitions ?? {}) as Record<string, Node>;
    for (const [id, def] of Object.entries(defs))
      if (!definitions.has(id))
        definitions.set(id, {
          id,
          type: def.properties ? 'object' : typeOf({ ...def, $ref: undefined }, defs),
          description: text(def.description),
          ...(constraints(def) as Partial<CodebookDefinition>),
        });
    const holder = HOLDERS[file];
    const references = new Map(
      (holder ? REFERENCES[holder] : []).map(({ path, to }) => [referencePath(path), to] as const),
    );
    const fields = fieldsOf(schema, defs, '').map((field) => {
      const to = references.get(field.path.replace(/\[\]$/, ''));
      return to ? { ...field, references: to } : field;
    });
    const description = String(schema.description);
    return {
      group: 'content' as const,
      file: glob ?? /content\/[^\s:]+/.exec(description)![0],
      title: String(schema.title),
      description,
      fields,
    };
  });
  return { definitions: [...definitions.values()].sort((a, b) => a.id.localeCompare(b.id)), files };
}

/**
 * The JSON exports, `cases.json` and `practices.json`: their envelope and the
 * fields of each entry. An entry's `facts` are the fields of its content file,
 * listed once under that file rather than again here.
 */
function exportFiles(): CodebookFile[] {
  const exports = [
    { file: 'data/cases.json', list: 'cases', facts: 'content/cases/<slug>/case.fr.md', schema: casesFileSchema },
    {
      file: 'data/practices.json',
      list: 'practices',
      facts: 'content/practices/<slug>/practice.fr.md',
      schema: practicesFileSchema,
    },
  ] as const;
  return exports.map(({ file, list, facts, schema }) => {
    const json = z.toJSONSchema(schema, { target: 'draft-07', io: 'output', unrepresentable: 'any' }) as Node;
    const defs = (json.definitions ?? {}) as Record<string, Node>;
    const factsPath = `${list}[].facts`;
    const fields = fieldsOf(json, defs, '')
      .filter((field) => !field.path.startsWith(`${factsPath}.`))
      .map((field) =>
        field.path === factsPath
          ? { ...field, type: 'object', description: `${field.description} Its fields: ${facts}.` }
          : field,
      );
    return {
      group: 'export' as const,
      file,
      title: file.replace('data/', ''),
      description: text(json.description),
      fields,
    };
  });
}

/**
 * The one-table export, `cases.csv`: its columns in order, each described in
 * the words the data page gives it (the UI string the column names), in
 * English as the rest of the codebook.
 */
function casesCsvFile(): CodebookFile {
  return {
    group: 'export',
    file: DATA_FILES.casesCsv,
    title: DATA_FILES.casesCsv.replace('data/', ''),
    description: `One row per case study, for a spreadsheet or statistics software; several values in a cell are separated by "${LIST}".`,
    fields: CSV_COLUMNS.map((c) => ({
      path: c.name,
      type: 'string',
      required: false,
      description: columnDoc(c, 'en'),
    })),
  };
}

function columnField(c: Column): CodebookField {
  const type = c.type === 'date' ? 'string' : c.type;
  return {
    path: c.name,
    type: c.list ? `list of ${type}` : type,
    required: Boolean(c.required),
    ...(c.enum ? { values: [...c.enum] } : {}),
    ...(c.pattern ? { pattern: c.pattern } : {}),
    ...(c.type === 'date' ? { format: 'date' } : {}),
    ...(c.unit ? { unit: c.unit } : {}),
    ...(c.references ? { references: `${c.references.table}.${c.references.column}` } : {}),
    description: c.description,
  };
}

/** The codebook of the content files and the tables. */
export function codebook(): Codebook {
  const content = contentFiles();
  const tables: CodebookFile[] = TABLE_NAMES.map((name) => ({
    group: 'table',
    file: tableFiles(name).csv,
    title: name,
    description: TABLES[name].description,
    fields: TABLES[name].columns.map(columnField),
  }));
  return {
    definitions: content.definitions,
    files: [...content.files, ...exportFiles(), casesCsvFile(), ...tables],
  };
}

/** Path, under the site's base, of the codebook as JSON. */
export const CODEBOOK_FILE = 'data/codebook.json';
