import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { caseSchema } from '../../src/schemas/case';
import { organizationSchema } from '../../src/schemas/organization';
import { personSchema } from '../../src/schemas/person';
import { practiceSchema } from '../../src/schemas/practice';
import { programmeSchema } from '../../src/schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../src/schemas/text';
import { themeSchema } from '../../src/schemas/theme';
import { jsonSchemas } from '../../src/lib/editors/json-schemas';
import { fieldsOf } from '../../src/lib/model/fields';

const SCHEMAS = {
  case: caseSchema,
  practice: practiceSchema,
  organization: organizationSchema,
  programme: programmeSchema,
  person: personSchema,
  theme: themeSchema,
  'case text': caseTextSchema,
  'practice text': practiceTextSchema,
};

describe('field descriptions', () => {
  it.each(Object.entries(SCHEMAS))('describe every field of the %s schema', (_, schema) => {
    const missing = fieldsOf(schema)
      .filter(({ schema: field }) => !z.globalRegistry.get(field)?.description)
      .map(({ path }) => path);
    expect(missing).toEqual([]);
  });

  it('reach the JSON Schemas that editors hover', () => {
    const caseJson = jsonSchemas().find((s) => s.file === 'case.schema.json')!.schema;
    const text = JSON.stringify(caseJson);
    expect(text).toContain('"description":"Practices this case evidences (slugs in content/practices/)."');
    expect(text).toContain('"description":"Body that facilitated the transfer (organisation slug)."');
  });
});
