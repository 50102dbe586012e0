/**
 * `npm run schemas`: writes the JSON Schemas of the content files to
 * public/schemas/ from the zod schemas, with the identifiers of content/
 * (themes, organisations, programmes, practices, people) offered as
 * completions in the fields that name them, and points VS Code's YAML extension
 * at them (`yaml.schemas` in .vscode/settings.json). Run it after changing a
 * schema in src/schemas/ (a test fails until the files are current), and
 * after adding entries, to complete their identifiers.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsonSchemas, SCHEMA_DIR, serialize, yamlSchemasSetting, type KnownIds } from '../src/lib/editors/json-schemas';
import { readKnown } from '../src/lib/editors/scaffold';
import { contentDir } from '../src/lib/model/layout';

// The identifiers of the content, offered as completions in reference fields.
const found = readKnown(contentDir());
const known: KnownIds = {
  themes: [...found.themes.keys()],
  organizations: [...found.organizations],
  programmes: [...found.programmes],
  practices: [...found.practices],
  people: [...found.people.keys()],
};
mkdirSync(SCHEMA_DIR, { recursive: true });
for (const { file, schema } of jsonSchemas(known)) writeFileSync(join(SCHEMA_DIR, file), serialize(schema));

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
