/**
 * `npm run new`, run without a terminal as an editor's script or CI would:
 * cases and translations written from flags, and refusals that write nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/cli';
import { VALID } from '../helpers/fixtures';
import { content, fieldNames, problems, today, writtenNames } from '../helpers/scaffold';

/** `npm run new translation` of an entry (`--case <slug>` or `--practice <slug>`) into `to`, by the test editor. */
const translate = (dir: string, entry: ['--case' | '--practice', string], to: string) =>
  runScript('new', ['translation', ...entry, '--to', to, '--translators', 'test-editor'], dir);

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
    // One file: the French text, with the facts in its front matter.
    expect(readdirSync(join(dir, 'cases/ecoles-de-kayes'))).toEqual(['case.fr.mdx']);
    const yaml = readFileSync(join(dir, 'cases/ecoles-de-kayes/case.fr.mdx'), 'utf8');
    expect(yaml).toMatch(/^status: draft$/m);
    expect(yaml).toMatch(/^ {2}residence: \[FR, ES\]$/m);
    const written = writtenNames(yaml);
    expect(fieldNames('case.schema.json', 'diaspora').filter((name) => !written.has(name))).toEqual([]);
    const mdx = yaml;
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
    expect(readFileSync(join(dir, 'cases/example-diaspora/case.fr.mdx'), 'utf8')).toBe(
      readFileSync(join(VALID, 'cases/example-diaspora/case.fr.mdx'), 'utf8'),
    );
  });

  it('without a terminal, names what is missing', () => {
    const run = runScript('new', ['case', '--kind', 'diaspora', '--lang', 'fr', '--title', 'Y'], content());
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('--countries is missing');
    expect(run.stderr).toContain('Usage: npm run new');
  });

  it('names the flag meant for a misspelt one, with its usage in the system’s language, and writes nothing', () => {
    const dir = content();
    const run = runScript('new', ['case', '--kind', 'diaspora', '--titel', 'Écoles'], dir, { LANG: 'fr_FR.UTF-8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /^npm run new: --titel n’est pas une option de cette commande — vouliez-vous dire --title \?\n\nUtilisation : npm run new /,
    );
    expect(run.stderr).toContain('Pays : codes (MA) ou noms en français');
    expect(run.stderr).not.toMatch(/TypeError|at .*\.js:\d+/);
    expect(readdirSync(join(dir, 'cases')).sort()).toEqual(readdirSync(join(VALID, 'cases')).sort());
  });

  it('starts a translation with its fields filled in and the headings of the new language, hidden until done', () => {
    const dir = content();
    const run = translate(dir, ['--case', 'example-diaspora'], 'ar');
    expect(run.status, run.stderr).toBe(0);
    expect(problems(dir)).toEqual([]);
    const mdx = readFileSync(join(dir, 'cases/example-diaspora/case.ar.mdx'), 'utf8');
    // Translated from the original language, its text and components kept to translate in place.
    expect(mdx).toContain(`translation: { from: fr, date: ${today}, translators: [ test-editor ], draft: true }`);
    expect(mdx).toContain('<KeyFigure value="30 %"');
    expect(mdx).toContain('\n## السياق\n');
    expect(mdx).not.toContain('\n## Contexte\n');
    // The text fields only: the facts stay in the French text.
    expect(mdx).not.toMatch(/^(kind|sources):/m);
    // Translating into a language the case already has is refused.
    const again = translate(dir, ['--case', 'example-diaspora'], 'en');
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('cases/example-diaspora/case.en.md already exists');
  });

  it('keeps a Markdown text Markdown in its translation, with the note as an HTML comment', () => {
    const dir = content();
    const run = translate(dir, ['--practice', 'example-practice-two'], 'en');
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(join(dir, 'practices/example-practice-two/practice.en.mdx'))).toBe(false);
    const md = readFileSync(join(dir, 'practices/example-practice-two/practice.en.md'), 'utf8');
    expect(md).toContain(`translation: { from: fr, date: ${today}, translators: [ test-editor ], draft: true }`);
    expect(md).toMatch(/\n<!-- Translation from practice\.fr\.md in progress: [^\n]* -->\n/);
    expect(problems(dir)).toEqual([]);
  });

  it('finds countries by their French, English or Arabic name, and refuses names it does not know', () => {
    const dir = content();
    const args = ['case', '--kind', 'diaspora', '--title', 'Kayes', '--countries', 'مالي', ...FLAGS];
    const run = runScript('new', [...args, '--residence', 'France, Espagne'], dir);
    expect(run.status, run.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'cases/kayes/case.fr.mdx'), 'utf8');
    expect(yaml).toMatch(/^ {2}origin: \[ML\]$/m);
    expect(yaml).toMatch(/^ {2}residence: \[FR, ES\]$/m);
    const wrong = runScript('new', [...args, '--slug', 'kayes-2', '--residence', 'France, Narnia'], dir);
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('--residence: unknown countries: Narnia');
    expect(existsSync(join(dir, 'cases/kayes-2'))).toBe(false);
  });

  it('asks for a slug when the title has no Latin letters, and takes the one given', () => {
    const dir = content();
    const args = ['case', '--kind', 'diaspora', '--title', 'مدارس كايس', '--countries', 'ML', '--residence', 'FR'];
    const run = runScript('new', [...args, ...FLAGS.map((f) => (f === 'fr' ? 'ar' : f))], dir);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('the title gives no slug');
    expect(existsSync(join(dir, 'cases/madaris-kayes'))).toBe(false);
    const given = runScript(
      'new',
      [...args, '--slug', 'madaris-kayes', ...FLAGS.map((f) => (f === 'fr' ? 'ar' : f))],
      dir,
    );
    expect(given.status, given.stderr).toBe(0);
    expect(readFileSync(join(dir, 'cases/madaris-kayes/case.ar.mdx'), 'utf8')).toMatch(/^title: مدارس كايس$/m);
    // Written in Arabic: the facts are in the French text, a draft translation still to write.
    expect(readFileSync(join(dir, 'cases/madaris-kayes/case.fr.mdx'), 'utf8')).toMatch(/^kind: diaspora$/m);
  });

  it('starts an organisation and a person, refusing a kind it does not know', () => {
    const dir = content();
    const organisation = runScript(
      'new',
      ['organisation', '--name', 'Maliens de Montreuil', '--type', 'diaspora-association', '--country', 'Mali'],
      dir,
    );
    // Without the language and text of its description, it says what is missing.
    expect(organisation.status).toBe(1);
    expect(organisation.stderr).toContain('--lang is missing');
    const withText = ['--lang', 'fr', '--description', 'Association de ressortissants de Kayes.'];
    const wrongType = runScript('new', ['organisation', '--name', 'X', '--type', 'club', ...withText], dir);
    expect(wrongType.status).toBe(1);
    expect(wrongType.stderr).toContain('--type: must be one of diaspora-association, diaspora-federation');
    const written = runScript(
      'new',
      [
        'organisation',
        '--name',
        'Maliens de Montreuil',
        '--type',
        'diaspora-association',
        '--country',
        'Mali',
        ...withText,
      ],
      dir,
    );
    expect(written.status, written.stderr).toBe(0);
    const yaml = readFileSync(join(dir, 'organizations/maliens-de-montreuil.yaml'), 'utf8');
    expect(yaml).toMatch(/^country: ML$/m);
    expect(yaml).toContain('  fr: Association de ressortissants de Kayes.');
    const person = runScript('new', ['person', '--name', 'Aïcha Diallo'], dir);
    expect(person.status, person.stderr).toBe(0);
    expect(readFileSync(join(dir, 'people/aicha-diallo.yaml'), 'utf8')).toMatch(/^type: person$/m);
    const again = runScript('new', ['person', '--name', 'Aïcha Diallo'], dir);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('a person "aicha-diallo" already exists');
    expect(problems(dir)).toEqual([]);
  });

  it('speaks French when the system does, or when asked', () => {
    const dir = content();
    const missing = runScript('new', ['case', '--kind', 'diaspora', '--lang', 'fr', '--title', 'Y'], dir, {
      LANG: 'fr_FR.UTF-8',
    });
    expect(missing.stderr).toContain('--countries manque');
    const person = runScript('new', ['person', '--ui', 'fr', '--name', 'Awa Sy'], dir);
    expect(person.stdout).toContain('La vérification passe.');
    const wrong = runScript('new', ['person', '--ui', 'de', '--name', 'Awa Sy'], dir);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('--ui: "de" must be one of fr, en');
  });
});
