import { describe, expect, it } from 'vitest';
import { ref } from '../../src/schemas/common';
import { caseSchema } from '../../src/schemas/case';
import { practiceSchema } from '../../src/schemas/practice';
import { programmeSchema } from '../../src/schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../src/schemas/text';
import { organizationSchema } from '../../src/schemas/organization';
import { personSchema } from '../../src/schemas/person';
import { REFERENCES, referencesIn } from '../../src/lib/model/references';
import { fieldsOf, isMadeFrom } from '../../src/lib/model/fields';
import type { z } from 'astro/zod';

/** The fields of a schema that hold a reference (`ref`), as the table writes their paths. */
const refFields = (schema: z.ZodType) =>
  fieldsOf(schema)
    .filter(({ schema: field }) => isMadeFrom(field, ref))
    .map(({ path }) => path)
    .sort();

const tablePaths = (holder: keyof typeof REFERENCES) => REFERENCES[holder].map((r) => r.path).sort();

describe('the table of references', () => {
  it.each([
    ['cases', caseSchema],
    ['practices', practiceSchema],
    ['programmes', programmeSchema],
  ] as const)('lists every reference field of the %s schema, and only those', (holder, schema) => {
    expect(tablePaths(holder)).toEqual(refFields(schema));
  });

  it('lists every reference field of the texts of cases and practices', () => {
    expect(tablePaths('texts')).toEqual(
      [...new Set([...refFields(caseTextSchema), ...refFields(practiceTextSchema)])].sort(),
    );
  });

  it('has nothing for the collections that hold no reference', () => {
    expect(refFields(organizationSchema)).toEqual([]);
    expect(refFields(personSchema)).toEqual([]);
  });

  it('finds every reference of a case, with the path an editor is told', () => {
    const found = referencesIn('cases', {
      authors: ['ana'],
      reviewers: [],
      actors: [{ organization: 'forim', role: 'lead' }],
      programmes: ['pra-osim'],
      themes: ['education'],
      practices: [],
      financing: { contributions: [{ type: 'co-financing', source: 'afd', programme: 'pra-osim' }] },
      kind: 'transfer',
      transfer: { originInstitution: 'embrapa', receivingInstitutions: ['iiam'] },
    });
    expect(found.map(({ path, slug, to }) => `${path.join('.')} ${slug} ${to}`)).toEqual([
      'authors.0 ana people',
      'actors.0.organization forim organizations',
      'programmes.0 pra-osim programmes',
      'themes.0 education themes',
      'financing.contributions.0.source afd organizations',
      'financing.contributions.0.programme pra-osim programmes',
      'transfer.originInstitution embrapa organizations',
      'transfer.receivingInstitutions.0 iiam organizations',
    ]);
  });
});
