/** Content folders and JSON Schema field names for the tests of `npm run new` and its scaffold. */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonSchemas } from '../../src/lib/editors/json-schemas';
import type { NewCase, NewFile } from '../../src/lib/editors/scaffold';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { VALID } from './fixtures';
import { tempDir } from './temp';

/** A fresh copy of the valid fixture, so that nothing is ever written into content/. */
export function content(): string {
  const dir = tempDir('new');
  cpSync(VALID, dir, { recursive: true });
  return dir;
}
/** The check's messages on a content folder. */
export const problems = (dir: string) => checkContent(dir, dir).problems.map(formatProblem);

type Schema = {
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  $ref?: string;
  const?: unknown;
  definitions?: Record<string, Schema>;
};
/** Every field name a schema allows, at any depth (for a case, in the branch of `kind`). */
export function fieldNames(file: string, kind?: string): string[] {
  const root = jsonSchemas().find((s) => s.file === file)!.schema as Schema;
  const names = new Set<string>();
  const walk = (s: Schema | undefined) => {
    if (!s) return;
    if (s.$ref) return walk(root.definitions![s.$ref.split('/').pop()!]);
    for (const [name, sub] of Object.entries(s.properties ?? {})) {
      names.add(name);
      walk(sub);
    }
    walk(s.items);
    s.anyOf?.forEach(walk);
  };
  walk(kind ? root.oneOf!.find((b) => b.properties!.kind.const === kind) : root);
  return [...names].sort();
}
/** Field names written in a YAML file, as keys or as commented-out keys ready to fill. */
export function writtenNames(yaml: string): Set<string> {
  return new Set([...yaml.matchAll(/(?:^|[\s{,#-])([A-Za-z]+):(?=\s)/gm)].map((m) => m[1]));
}

/** Today, as the scaffold dates what it writes. */
export const today = new Date().toISOString().slice(0, 10);

/** A diaspora case in Mali, in French, by a test editor, as `npm run new` is asked for it in the tests. */
export const newCase = (slug: string, title: string): NewCase => ({
  kind: 'diaspora',
  slug,
  title,
  lang: 'fr',
  countries: ['ML'],
  otherCountries: ['FR'],
  themes: ['education'],
  scale: 'local',
  start: '2012',
  authors: ['test-editor'],
  today,
});

/** Writes what the scaffold gives into a content folder, as `npm run new` does. */
export function writeFiles(dir: string, files: NewFile[]) {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}
