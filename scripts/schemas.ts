/**
 * `npm run schemas`: writes the JSON Schemas of the content files to
 * public/schemas/ from the zod schemas, and points VS Code's YAML extension
 * at them (`yaml.schemas` in .vscode/settings.json). Run it after changing a
 * schema in src/schemas/; a test fails until the files are current.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_DIR, serialize, yamlSchemasSetting } from '../src/lib/editors/json-schemas';

mkdirSync(SCHEMA_DIR, { recursive: true });
for (const { file, schema } of jsonSchemas()) writeFileSync(join(SCHEMA_DIR, file), serialize(schema));

const settingsFile = '.vscode/settings.json';
let settings: Record<string, unknown> = {};
try {
  settings = JSON.parse(readFileSync(settingsFile, 'utf8')) as Record<string, unknown>;
} catch {
  mkdirSync('.vscode', { recursive: true });
}
settings['yaml.schemas'] = yamlSchemasSetting();
writeFileSync(settingsFile, `${JSON.stringify(settings, null, 2)}\n`);
console.log(`Wrote ${jsonSchemas().length} schemas to ${SCHEMA_DIR}/ and the yaml.schemas setting of ${settingsFile}.`);
