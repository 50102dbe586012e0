import { Ajv } from 'ajv';
import { globSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, SCHEMA_DIR, serialize, yamlSchemasSetting } from '../../src/lib/editors/json-schemas';
import { invalidContent, VALID } from '../helpers/fixtures';

const schemas = jsonSchemas();
/** Validates as an editor's YAML extension does: YAML 1.2 (dates stay text), every error at once. */
function validator(file: string) {
  const { schema } = schemas.find((s) => s.file === file)!;
  return new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile(schema);
}
const read = (path: string) => parse(readFileSync(path, 'utf8')) as unknown;

describe('JSON Schemas for editors', () => {
  it('are current: public/schemas/ holds exactly what the zod schemas give (run `npm run schemas` after a change)', () => {
    expect(readdirSync(SCHEMA_DIR).sort()).toEqual(schemas.map((s) => s.file).sort());
    for (const { file, schema } of schemas)
      expect(readFileSync(join(SCHEMA_DIR, file), 'utf8'), file).toBe(serialize(schema));
  });

  it('are wired into VS Code for every YAML content file', () => {
    const settings = JSON.parse(readFileSync('.vscode/settings.json', 'utf8')) as Record<string, unknown>;
    expect(settings['yaml.schemas']).toEqual(yamlSchemasSetting());
    expect(Object.values(yamlSchemasSetting())).toEqual(
      expect.arrayContaining(['content/cases/*/case.yaml', 'content/themes.yaml']),
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
    expect(validateCase(read(join(VALID, 'cases/example-diaspora/case.yaml')))).toBe(true);
    for (const [fixture, pattern] of [
      ['misspelt-field', /additional properties/i],
      ['bad-country', /allowed values/i],
      ['unknown-kind', /const|allowed values|oneOf/i],
      ['javascript-url', /pattern/i],
    ] as const) {
      const dir = invalidContent(fixture);
      expect(validateCase(read(join(dir, 'cases/example-diaspora/case.yaml'))), fixture).toBe(false);
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
