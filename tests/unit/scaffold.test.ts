import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/lib/editors/json-schemas';
import {
  caseFiles,
  listProblem,
  practiceFiles,
  readKnown,
  slugify,
  slugProblem,
  type NewCase,
  type NewFile,
} from '../../src/lib/editors/scaffold';
import { checkContent, formatProblem } from '../../src/lib/model/check';
import { runScript } from '../helpers/cli';
import { VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

/** A fresh copy of the valid fixture, so that nothing is ever written into content/. */
function content(): string {
  const dir = tempDir('new');
  cpSync(VALID, dir, { recursive: true });
  return dir;
}
const problems = (dir: string) => checkContent(dir, dir).problems.map(formatProblem);

/** `npm run new translation` of an entry (`--case <slug>` or `--practice <slug>`) into `to`, by the test editor. */
const translate = (dir: string, entry: ['--case' | '--practice', string], to: string) =>
  runScript('new', ['translation', ...entry, '--to', to, '--translators', 'test-editor'], dir);

/** Writes what the scaffold gives into a content folder, as `npm run new` does. */
function write(dir: string, files: NewFile[]) {
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
}

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
function fieldNames(file: string, kind?: string): string[] {
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
function writtenNames(yaml: string): Set<string> {
  return new Set([...yaml.matchAll(/(?:^|[\s{,#-])([A-Za-z]+):(?=\s)/gm)].map((m) => m[1]));
}

const today = new Date().toISOString().slice(0, 10);
const newCase: NewCase = {
  kind: 'diaspora',
  slug: 'presse',
  title: 'Pressé',
  lang: 'fr',
  countries: ['ML'],
  otherCountries: ['FR'],
  themes: ['education'],
  scale: 'local',
  start: '2012',
  authors: ['test-editor'],
  today,
};
const FLAGS = [
  '--lang',
  'fr',
  '--themes',
  'education',
  '--scale',
  'local',
  '--start',
  '2012',
  '--authors',
  'test-editor',
];

describe('npm run new', () => {
  it('writes a diaspora case from flags, every field present and commented, that passes the check as a draft', () => {
    const dir = content();
    const run = runScript(
      'new',
      [
        'case',
        '--kind',
        'diaspora',
        '--title',
        'Écoles de Kayes',
        '--countries',
        'ML',
        '--residence',
        'FR,ES',
        ...FLAGS,
      ],
      dir,
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The check passes.');
    expect(problems(dir)).toEqual([]);
    const yaml = readFileSync(join(dir, 'cases/ecoles-de-kayes/case.yaml'), 'utf8');
    expect(yaml).toMatch(/^status: draft$/m);
    expect(yaml).toMatch(/^ {2}residence: \[FR, ES\]$/m);
    const written = writtenNames(yaml);
    expect(fieldNames('case.schema.json', 'diaspora').filter((name) => !written.has(name))).toEqual([]);
    const mdx = readFileSync(join(dir, 'cases/ecoles-de-kayes/fr.mdx'), 'utf8');
    expect(mdx).toMatch(/^title: Écoles de Kayes$/m);
    for (const heading of [
      'Contexte',
      'Acteurs et financement',
      'Ce qui a été fait',
      'Résultats',
      'Enseignements',
      'Comment reproduire',
    ])
      expect(mdx).toContain(`\n## ${heading}\n`);
  });

  it('refuses a slug in use, writing nothing', () => {
    const dir = content();
    const taken = runScript(
      'new',
      [
        'case',
        '--kind',
        'diaspora',
        '--title',
        'X',
        '--slug',
        'example-diaspora',
        '--countries',
        'ML',
        '--residence',
        'FR',
        ...FLAGS,
      ],
      dir,
    );
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('a case "example-diaspora" already exists');
    expect(readFileSync(join(dir, 'cases/example-diaspora/case.yaml'), 'utf8')).toBe(
      readFileSync(join(VALID, 'cases/example-diaspora/case.yaml'), 'utf8'),
    );
  });

  it('without a terminal, names what is missing', () => {
    const run = runScript('new', ['case', '--kind', 'diaspora', '--lang', 'fr', '--title', 'Y'], content());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--countries is missing');
    expect(run.stderr).toContain('Usage: npm run new');
  });

  it('starts a translation with its fields filled in and the headings of the new language, hidden until done', () => {
    const dir = content();
    const run = translate(dir, ['--case', 'example-diaspora'], 'ar');
    expect(run.status, run.stderr).toBe(0);
    expect(problems(dir)).toEqual([]);
    const mdx = readFileSync(join(dir, 'cases/example-diaspora/ar.mdx'), 'utf8');
    // Translated from the original language, its text and components kept to translate in place.
    expect(mdx).toContain(`translation: { from: fr, date: ${today}, translators: [ test-editor ], draft: true }`);
    expect(mdx).toContain('<KeyFigure value="30 %"');
    expect(mdx).toContain('\n## السياق\n');
    expect(mdx).not.toContain('\n## Contexte\n');
    // Translating into a language the case already has is refused.
    const again = translate(dir, ['--case', 'example-diaspora'], 'en');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('cases/example-diaspora/en.md already exists');
  });

  it('keeps a Markdown text Markdown in its translation, with the note as an HTML comment', () => {
    const dir = content();
    const run = translate(dir, ['--practice', 'example-practice-two'], 'en');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'practices/example-practice-two/en.mdx'))).toBe(false);
    const md = readFileSync(join(dir, 'practices/example-practice-two/en.md'), 'utf8');
    expect(md).toContain(`translation: { from: fr, date: ${today}, translators: [ test-editor ], draft: true }`);
    expect(md).toMatch(/\n<!-- Translation from fr\.md in progress: [^\n]* -->\n/);
    expect(problems(dir)).toEqual([]);
  });

  it('writes a transfer case with its own block and the "adapted" sentence to write', () => {
    const dir = content();
    const files = caseFiles({
      ...newCase,
      kind: 'transfer',
      slug: 'transfert-test',
      countries: ['MZ', 'AO'],
      otherCountries: ['BR'],
      channel: 'triangular',
    });
    write(dir, files);
    expect(problems(dir)).toEqual([]);
    const yaml = files[0].text;
    const written = writtenNames(yaml);
    expect(fieldNames('case.schema.json', 'transfer').filter((name) => !written.has(name))).toEqual([]);
    expect(yaml).toMatch(/^ {2}channel: triangular$/m);
    expect(yaml).toMatch(/^ {2}receiving: \[MZ, AO\]$/m);
    expect(files[1].text).toMatch(/^adapted: "TODO/m);
  });

  it('writes a practice that passes the check', () => {
    const dir = content();
    const files = practiceFiles({
      slug: 'matching-funds',
      title: 'Matching funds',
      lang: 'en',
      category: 'financing',
      themes: ['health'],
      authors: ['test-editor'],
      today,
    });
    write(dir, files);
    expect(problems(dir)).toEqual([]);
    const written = writtenNames(files[0].text);
    expect(fieldNames('practice.schema.json').filter((name) => !written.has(name))).toEqual([]);
    expect(files.map((f) => f.path)).toEqual([
      'practices/matching-funds/practice.yaml',
      'practices/matching-funds/en.mdx',
    ]);
  });

  it('refuses former slugs and unknown references before writing', () => {
    const dir = content();
    const facts = join(dir, 'cases/example-transfer/case.yaml');
    writeFileSync(facts, `${readFileSync(facts, 'utf8')}formerSlugs: [old-transfer]\n`);
    const known = readKnown(dir);
    expect(slugProblem('old-transfer', 'cases', known)).toContain(
      '"old-transfer" was the slug of a case and is never reused',
    );
    expect(slugProblem('example-practice', 'practices', known)).toContain(
      'a practice "example-practice" already exists',
    );
    expect(slugProblem('Bad Slug', 'cases', known)).toContain('is not a slug');
    expect(slugProblem('new-one', 'cases', known)).toBeUndefined();
    expect(listProblem('country', ['XX', 'FR'], known)).toContain('not ISO 3166-1 alpha-2 codes: XX');
    expect(listProblem('theme', ['educaton'], known)).toBe('unknown theme educaton: choose among education, health');
    expect(listProblem('person', ['nobody'], known)).toContain('add content/people/<slug>.yaml first');
    expect(listProblem('person', ['test-editor'], known)).toBeUndefined();
  });

  it('leaves TODOs that the check refuses once the case is published', () => {
    const dir = content();
    const files = caseFiles(newCase);
    write(dir, files);
    expect(problems(dir)).toEqual([]);
    writeFileSync(join(dir, files[0].path), files[0].text.replace('status: draft', 'status: published'));
    const found = problems(dir);
    const line = files[0].text.split('\n').findIndex((l) => l.includes('title: "TODO')) + 1;
    expect(found).toContain(
      `cases/presse/case.yaml:${line}: sources.0.title: still holds "TODO", text left to write — write it, or set status: draft until the case is ready`,
    );
    // The summary, the lesson and the six sections of the text.
    expect(found.filter((p) => p.startsWith('cases/presse/fr.mdx:')).length).toBe(8);
  });

  it('derives slugs from titles', () => {
    expect(slugify('Écoles de Kayes (Mali) : 1990–2010')).toBe('ecoles-de-kayes-mali-1990-2010');
    expect(slugify('أطلس')).toBe('');
  });
});
