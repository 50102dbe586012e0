/**
 * The scaffold behind `npm run new`: the files of a case or practice, every
 * field of its schema present or commented, that pass the check as a draft
 * and leave TODOs the check refuses once published; slug and reference checks.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  caseFiles,
  listProblem,
  organizationFile,
  personFile,
  practiceFiles,
  readKnown,
  SLUG_MAX,
  slugify,
  slugProblem,
} from '../../src/lib/editors/scaffold';
import { MESSAGES } from '../../src/lib/editors/messages';
import {
  content,
  fieldNames,
  newCase as aNewCase,
  problems,
  today,
  writeFiles as write,
  writtenNames,
} from '../helpers/scaffold';

const newCase = aNewCase('presse', 'Pressé');
describe('the scaffold of npm run new', () => {
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
    // One file: the French text, its facts in the front matter after its text fields.
    expect(files.map((f) => f.path)).toEqual(['cases/transfert-test/case.fr.mdx']);
    const yaml = files[0].text;
    expect(yaml.indexOf('\nadapted:')).toBeLessThan(yaml.indexOf('\nkind: transfer'));
    const written = writtenNames(yaml);
    expect(fieldNames('case.schema.json', 'transfer').filter((name) => !written.has(name))).toEqual([]);
    expect(yaml).toMatch(/^ {2}channel: triangular$/m);
    expect(yaml).toMatch(/^ {2}receiving: \[MZ, AO\]$/m);
    expect(files[0].text).toMatch(/^adapted: "TODO/m);
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
    // Written in English, with the facts in the French text, which starts as a draft translation.
    expect(files.map((f) => f.path)).toEqual([
      'practices/matching-funds/practice.en.mdx',
      'practices/matching-funds/practice.fr.mdx',
    ]);
    const written = writtenNames(files[1].text);
    expect(fieldNames('practice.schema.json').filter((name) => !written.has(name))).toEqual([]);
    expect(files[1].text).toMatch(
      /^translation: \{ from: en, date: \S+, translators: \[ test-editor \], draft: true \}$/m,
    );
    expect(files[0].text).not.toMatch(/^category:/m);
  });

  it('refuses former slugs and unknown references before writing', () => {
    const dir = content();
    const facts = join(dir, 'cases/example-transfer/case.fr.mdx');
    writeFileSync(
      facts,
      readFileSync(facts, 'utf8').replace('\nkind: transfer\n', '\nkind: transfer\nformerSlugs: [old-transfer]\n'),
    );
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
    // In French when the tools speak French.
    const fr = MESSAGES.fr.new;
    expect(slugProblem('example-practice', 'practices', known, fr)).toBe(
      'une pratique « example-practice » existe déjà : choisissez un autre slug',
    );
    expect(listProblem('theme', ['educaton'], known, fr)).toBe(
      'thème inconnu educaton : choisissez parmi education, health',
    );
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
      `cases/presse/case.fr.mdx:${line}: sources.0.title: still holds "TODO", text left to write — write it, or set status: draft until the case is ready`,
    );
    // The summary, the lesson and the six sections of the text, the source's title and publisher,
    // and the source no sentence cites yet.
    const inText = found.filter((p) => p.startsWith('cases/presse/case.fr.mdx:'));
    expect(inText.filter((p) => p.includes('"TODO"'))).toHaveLength(10);
    expect(inText.filter((p) => !p.includes('"TODO"'))).toEqual([
      expect.stringContaining('cites no sentence to the source [@first-source]'),
    ]);
  });

  it('writes texts with nothing to convert: renamed from .mdx to .md, they pass the check and show no guidance', () => {
    const dir = content();
    const files = [...caseFiles(newCase), ...practiceFiles({ ...newCase, slug: 'pratique', category: 'financing' })];
    write(
      dir,
      files.map((f) => ({ ...f, path: f.path.replace(/\.mdx$/, '.md') })),
    );
    expect(problems(dir)).toEqual([]);
    for (const text of files.filter((f) => f.path.endsWith('.mdx')).map((f) => f.text)) {
      expect(text).not.toContain('{/*');
      expect(text).not.toContain('<!--');
    }
    // The guidance of a section is in the TODO that its text replaces.
    expect(files[0].text).toMatch(/^## Contexte\n\nTODO: The situation before the project/m);
  });

  it('derives slugs from titles', () => {
    expect(slugify('Écoles de Kayes (Mali) : 1990–2010')).toBe('ecoles-de-kayes-mali-1990-2010');
    expect(slugify('أطلس')).toBe('');
    // Letters Unicode does not split into a letter and an accent are spelled out.
    expect(slugify('L’école d’Aïn Sebaâ : « l’œuvre » des femmes')).toBe('l-ecole-d-ain-sebaa-l-oeuvre-des-femmes');
    expect(slugify('Aïcha N’Diaye-Œillet, Straße in Łódź')).toBe('aicha-n-diaye-oeillet-strasse-in-lodz');
  });

  it('cuts the slug of a long title after a whole word, never inside one', () => {
    const slug = slugify(
      'Associations de migrants maliens de la région de Kayes et construction d’écoles villageoises',
    );
    expect(slug).toBe('associations-de-migrants-maliens-de-la-region-de-kayes-et');
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX);
    // A slug that ends exactly at the limit keeps its last word.
    expect(slugify(`${'a'.repeat(55)} bcde`)).toBe(`${'a'.repeat(55)}-bcde`);
    // A single word longer than the limit is cut where it must be.
    expect(slugify('x'.repeat(70))).toBe('x'.repeat(SLUG_MAX));
  });

  it('writes an organisation and a person that pass the check, and refuses their slugs once taken', () => {
    const dir = content();
    const organisation = organizationFile({
      slug: 'maliens-de-montreuil',
      name: 'Maliens de Montreuil',
      type: 'diaspora-association',
      country: 'ML',
      description: 'Association de ressortissants de Kayes.',
      lang: 'fr',
    });
    const person = personFile({ slug: 'aicha-diallo', name: 'Aïcha Diallo', type: 'person' });
    write(dir, [organisation, person]);
    expect(problems(dir)).toEqual([]);
    expect(organisation.text).toMatch(/^type: diaspora-association$/m);
    // The allowed kinds are listed above the field.
    expect(organisation.text).toContain('international-organisation, research, company');
    expect(organisation.text).toMatch(/^# website: /m);
    expect(person.text).toMatch(/^# orcid: /m);
    const known = readKnown(dir);
    expect(slugProblem('maliens-de-montreuil', 'organizations', known)).toContain('already exists');
    expect(slugProblem('aicha-diallo', 'people', known)).toContain('already exists');
    expect(slugProblem('aicha-diallo', 'organizations', known)).toBeUndefined();
  });
});
