/**
 * The codebook lists every field of every schema: walked here from the zod
 * schemas themselves, apart from the JSON Schemas the codebook is read from,
 * so that a field the generation missed (a new field, a new kind of case, an
 * optional block of a programme) fails this test.
 */
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { codebook } from '../../src/lib/atlas/codebook';
import { TABLE_NAMES, TABLES, tableFiles } from '../../src/lib/atlas/tables';
import { caseSchema } from '../../src/schemas/case';
import { casesFileSchema, practicesFileSchema } from '../../src/schemas/export';
import { organizationSchema } from '../../src/schemas/organization';
import { personSchema } from '../../src/schemas/person';
import { practiceSchema } from '../../src/schemas/practice';
import { programmeSchema } from '../../src/schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../src/schemas/text';
import { themeSchema } from '../../src/schemas/theme';

/** The content files and their schemas. */
const SCHEMAS: [string, z.ZodType][] = [
  ['content/cases/<slug>/case.fr.md', caseSchema],
  ['content/practices/<slug>/practice.fr.md', practiceSchema],
  ['content/organizations/*.yaml', organizationSchema],
  ['content/programmes/*.yaml', programmeSchema],
  ['content/people/*.yaml', personSchema],
  ['content/themes.yaml', z.array(themeSchema)],
  ['content/cases/<slug>/case.<lang>.md', caseTextSchema],
  ['content/practices/<slug>/practice.<lang>.md', practiceTextSchema],
];

/** Every field path of a zod schema, `[]` for each item of a list, through wrappers and every branch of a union. */
function paths(schema: z.core.$ZodType, prefix = ''): string[] {
  const def = schema._zod.def as unknown as Record<string, unknown> & { type: string };
  const inner = (key: string) => paths(def[key] as z.core.$ZodType, prefix);
  switch (def.type) {
    case 'optional':
    case 'default':
    case 'nullable':
    case 'readonly':
    case 'prefault':
      return inner('innerType');
    case 'pipe':
      return [...inner('in'), ...inner('out')];
    case 'union':
      return (def.options as z.core.$ZodType[]).flatMap((o) => paths(o, prefix));
    case 'array':
      return paths(def.element as z.core.$ZodType, `${prefix}[]`);
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([name, child]) => {
        const path = prefix ? `${prefix}.${name}` : name;
        return [path, ...paths(child, path)];
      });
    default:
      return [];
  }
}

const book = codebook();

describe('codebook', () => {
  it('lists every field of every content schema, and no other', () => {
    const content = book.files.filter((f) => f.group === 'content');
    expect(content.map((f) => f.file)).toEqual(SCHEMAS.map(([file]) => file));
    for (const [file, schema] of SCHEMAS) {
      const listed = content.find((f) => f.file === file)!.fields.map((f) => f.path);
      expect(new Set(listed), file).toEqual(new Set(paths(schema)));
      expect(listed.length, `${file}: a field is listed twice`).toBe(new Set(listed).size);
    }
  });

  it('lists every field of the JSON exports, with the facts of an entry as one field that names its content file', () => {
    const exports = book.files.filter((f) => f.group === 'export');
    for (const [file, schema, facts, content] of [
      ['data/cases.json', casesFileSchema, 'cases[].facts', 'content/cases/<slug>/case.fr.md'],
      ['data/practices.json', practicesFileSchema, 'practices[].facts', 'content/practices/<slug>/practice.fr.md'],
    ] as const) {
      const listed = exports.find((f) => f.file === file)!;
      const expected = paths(schema).filter((path) => !path.startsWith(`${facts}.`));
      expect(new Set(listed.fields.map((f) => f.path)), file).toEqual(new Set(expected));
      expect(listed.fields.length, `${file}: a field is listed twice`).toBe(expected.length);
      expect(listed.fields.find((f) => f.path === facts)?.description).toContain(content);
      expect(listed.fields.find((f) => f.path === 'version')).toMatchObject({ required: true, type: 'string' });
    }
  });

  it('describes every field of a content file, from the schema or its shared type', () => {
    for (const file of book.files)
      for (const field of file.fields) expect(field.description, `${file.file}: ${field.path}`).not.toBe('');
  });

  it('lists every column of every table, with its type, unit and reference', () => {
    for (const name of TABLE_NAMES) {
      const file = book.files.find((f) => f.file === tableFiles(name).csv)!;
      expect(file.fields.map((f) => f.path)).toEqual(TABLES[name].columns.map((c) => c.name));
    }
    const financing = book.files.find((f) => f.file === tableFiles('financing').csv)!.fields;
    expect(financing.find((f) => f.path === 'programme')).toMatchObject({ references: 'programmes.slug' });
    expect(financing.find((f) => f.path === 'share')).toMatchObject({ type: 'number', unit: 'percent' });
  });

  it('gives allowed values, defaults and the kind of case a field belongs to', () => {
    const cases = book.files[0].fields;
    const byPath = (path: string) => cases.find((f) => f.path === path);
    expect(byPath('financing.contributions[].type')?.values).toContain('diaspora-raised');
    expect(byPath('results[].qualifier')).toMatchObject({ default: 'exact', required: false });
    expect(byPath('transfer.channel')).toMatchObject({
      when: 'kind = transfer',
      values: ['bilateral', 'triangular', 'multilateral'],
    });
    expect(byPath('scale')?.when).toBeUndefined();
    expect(byPath('retiredReason.fr')?.when).toBeUndefined();
    expect(byPath('kind')?.values).toEqual(['diaspora', 'transfer']);
    expect(byPath('actors[].organization')).toMatchObject({ references: 'organizations' });
    expect(byPath('places[].country')).toMatchObject({ type: 'country', required: true });
  });
});
