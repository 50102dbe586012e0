import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { editorialFindings, editorialReport } from '../../src/lib/editors/report';
import { caseFiles } from '../../src/lib/editors/scaffold';
import { checkContent } from '../../src/lib/model/check';
import { VALID } from '../helpers/fixtures';
import { tempDir } from '../helpers/temp';

/** The valid fixture (with its translation in progress), plus a draft case and a source without an archived copy. */
function content(): string {
  const dir = tempDir('report');
  cpSync(VALID, dir, { recursive: true });
  const today = '2026-12-01';
  const files = [
    ...caseFiles({
      kind: 'diaspora',
      slug: 'brouillon',
      title: 'Un brouillon',
      lang: 'fr',
      countries: ['ML'],
      otherCountries: ['FR'],
      themes: ['education'],
      scale: 'local',
      start: '2012',
      authors: ['test-editor'],
      today,
    }),
  ];
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.text);
  }
  const facts = join(dir, 'cases/example-diaspora/case.yaml');
  writeFileSync(
    facts,
    `${readFileSync(facts, 'utf8')}  - { title: Second report, publisher: Example Agency, url: https://example.org/second }\n`,
  );
  return dir;
}

describe("the editors' report", () => {
  const dir = content();
  const result = checkContent(dir, dir);

  it('is made from valid content', () => {
    expect(result.problems).toEqual([]);
  });

  it('lists, per case, empty fields, missing, outdated and unfinished translations, status and unarchived sources', () => {
    const { cases, practices } = editorialFindings(result);
    const bySlug = Object.fromEntries([...cases, ...practices].map((r) => [r.slug, r]));
    expect(bySlug['example-diaspora']).toMatchObject({
      status: 'published',
      missingTranslations: ['ar'],
      draftTranslations: [],
      outdatedTranslations: [],
      sourcesWithoutArchive: [2],
      emptyFields: ['`beneficiaries`', '`diaspora.originLocality`', '`sources.date` (item 2)'],
      todo: 0,
    });
    expect(bySlug['example-transfer']).toMatchObject({
      status: 'reviewed',
      missingTranslations: [],
      draftTranslations: ['ar'],
      outdatedTranslations: [{ lang: 'fr', date: '2025-12-20', updated: '2026-01-01' }],
      sourcesWithoutArchive: [],
    });
    expect(bySlug.brouillon).toMatchObject({ status: 'draft', missingTranslations: ['en', 'ar'], todo: 10 });
    expect(bySlug.brouillon.emptyFields).toContain('`financing`');
    expect(bySlug['example-practice']).toMatchObject({ missingTranslations: ['en', 'ar'] });
  });

  it('reads as Markdown with a summary and a section per entry', () => {
    const markdown = editorialReport(result, '2026-12-01');
    expect(markdown).toMatch(/^# Editors' report, 2026-12-01\n/);
    expect(markdown).toContain('3 case studies and 2 practices.');
    expect(markdown).toContain('| Drafts (not published) | 1 |');
    expect(markdown).toContain('| Published, not yet peer-reviewed | 3 |');
    expect(markdown).toContain('| With outdated translations | 1 |');
    expect(markdown).toContain(
      '### Example transfer case\n\n`cases/example-transfer`: reviewed\n\n- Outdated translation: fr (translated 2025-12-20, original updated 2026-01-01)\n- Translations in progress: ar\n',
    );
    expect(markdown).toContain('- Translations in progress: ar\n');
    expect(markdown).toContain('- Sources without an archived copy: 2\n');
    expect(markdown).toContain('`cases/brouillon`: draft, not published\n\n- Text left to write: 10 TODO\n');
  });

  it('names the problems of invalid content instead of hiding them', () => {
    const broken = content();
    writeFileSync(join(broken, 'cases/example-transfer/case.yaml'), 'kind: nonsense\n');
    const markdown = editorialReport(checkContent(broken, broken), '2026-12-01');
    expect(markdown).toMatch(/The check finds \d+ problems\*\*: run `npm run check`/);
    expect(markdown).not.toContain('### Example transfer case');
  });
});
