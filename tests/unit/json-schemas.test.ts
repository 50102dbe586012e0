import { Ajv } from 'ajv';
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  jsonSchemas,
  SCHEMA_DIR,
  serialize,
  withoutKnown,
  yamlSchemasSetting,
} from '../../src/lib/editors/json-schemas';
import { REFERENCES } from '../../src/lib/model/references';
import { readFacts } from '../../src/lib/model/layout';
import { TEXT_FIELDS } from '../../src/schemas/entry-fields';
import { invalidContent, VALID } from '../helpers/fixtures';

const schemas = jsonSchemas();
/** Validates as an editor's YAML extension does: YAML 1.2 (dates stay text), every error at once. */
function validator(file: string) {
  const { schema } = schemas.find((s) => s.file === file)!;
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}
const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;
/** The facts in a case's French text: its front matter but for the text fields. */
const caseFacts = (path: string) =>
  Object.fromEntries(
    Object.entries(readFacts(path, { datesAsText: true }) ?? {}).filter(([key]) => !TEXT_FIELDS.cases.has(key)),
  );

describe('JSON Schemas for editors', () => {
  it('are current: public/schemas/ holds exactly what the zod schemas give (run `npm run schemas` after a change)', () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(schemas.map((s) => s.file).sort());
    for (const { file, schema } of schemas) {
      const written = readFileSync(join(SCHEMA_DIR, file), 'utf8');
      // The content's identifiers offered as completions may lag behind the content; the rest may not.
      expect(withoutKnown(JSON.parse(written)), file).toEqual(schema);
      expect(written, file).toBe(serialize(JSON.parse(written) as Record<string, unknown>));
    }
  });

  it('offer the known identifiers in every reference field, and still accept a new one', () => {
    const known = {
      people: ['awa-sy', 'test-editor'],
      organizations: ['forim'],
      programmes: ['pra-osim'],
      themes: ['education'],
      practices: ['hometown-associations'],
    };
    const offered = jsonSchemas(known);
    for (const [holder, file] of [
      ['cases', 'case.schema.json'],
      ['practices', 'practice.schema.json'],
      ['programmes', 'programme.schema.json'],
      ['texts', 'case-text.schema.json'],
    ] as const) {
      const text = serialize(offered.find((s) => s.file === file)!.schema);
      const compact = JSON.stringify(JSON.parse(text));
      for (const to of new Set(REFERENCES[holder].map((r) => r.to))) {
        const choice = JSON.stringify([{ $ref: '#/definitions/slug' }, { enum: known[to as keyof typeof known] }]);
        const fields = REFERENCES[holder].filter((r) => r.to === to).length;
        expect(compact.split(choice).length - 1, `${file} → ${to}`).toBeGreaterThanOrEqual(fields);
      }
      // Removing them gives back the plain schema.
      expect(withoutKnown(JSON.parse(text)), file).toEqual(schemas.find((s) => s.file === file)!.schema);
    }
    const caseSchema = offered.find((s) => s.file === 'case.schema.json')!.schema;
    const validate = new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(caseSchema);
    const facts = caseFacts(join(VALID, 'cases/example-diaspora/case.fr.mdx'));
    // A person added since the list was made is not underlined, a mistyped slug still is.
    expect(validate({ ...facts, authors: ['someone-new'] }), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...facts, authors: ['Someone New'] })).toBe(false);
  });

  it('are wired into VS Code for every YAML content file', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting());
    expect(Object.values(yamlSchemasSetting())).toEqual(
      expect.arrayContaining(['content/organizations/*.yaml', 'content/themes.yaml']),
    );
  });

  it('accept every YAML file of the real content', () => {
    let checked = 0;
    for (const { file, files } of schemas) {
      if (!files) continue;
      const validate = validator(file);
      for (const path of globSync(files)) {
        validate(read(path));
        expect(validate.errors ?? [], path).toEqual([]);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('flag the mistakes an editor would see underlined', () => {
    const validateCase = validator('case.schema.json');
    expect(validateCase(caseFacts(join(VALID, 'cases/example-diaspora/case.fr.mdx')))).toBe(true);
    for (const [fixture, pattern] of [
      ['misspelt-field', /additional properties/i],
      ['bad-country', /allowed values/i],
      ['unknown-kind', /const|allowed values|oneOf/i],
      ['javascript-url', /pattern/i],
    ] as const) {
      const dir = invalidContent(fixture);
      expect(validateCase(caseFacts(join(dir, 'cases/example-diaspora/case.fr.mdx'))), fixture).toBe(false);
      expect(validateCase.errors!.map((e) => e.message).join('; '), fixture).toMatch(pattern);
    }
    // A bare year is a valid start, as the content check says.
    expect(
      validator('programme.schema.json')({
        name: 'P',
        operator: 'x',
        description: { fr: 'Texte' },
        period: { start: 2017 },
      }),
    ).toBe(true);
  });
});
