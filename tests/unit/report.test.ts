import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/lib/editors/messages';
import { editorialFindings, editorialReport } from '../../src/lib/editors/report';
import { caseFiles } from '../../src/lib/editors/scaffold';
import { checkContent } from '../../src/lib/model/check';
import { VALID } from '../helpers/fixtures';
import { newCase, writeFiles } from '../helpers/scaffold';
import { tempDir } from '../helpers/temp';

/** The valid fixture (with its translation in progress), plus a draft case and a third source without an archived copy. */
function content(): string {
  const dir = tempDir('report');
  cpSync(VALID, dir, { recursive: true });
  writeFiles(dir, caseFiles(newCase('brouillon', 'Un brouillon')));
  const facts = join(dir, 'cases/example-diaspora/case.fr.mdx');
  // A third source, online without an archived copy, cited in both texts.
  writeFileSync(
    facts,
    readFileSync(facts, 'utf8').replace(
      '\nledBy:',
      '\n  - { key: second-report, title: Second report, publisher: Example Agency, url: https://example.org/second }\nledBy:',
    ),
  );
  for (const text of ['cases/example-diaspora/case.en.md', 'cases/example-diaspora/case.fr.mdx'])
    writeFileSync(
      join(dir, text),
      readFileSync(join(dir, text), 'utf8').replace('[@example-report]', '[@example-report; @second-report]'),
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
    const { cases, practices } = editorialFindings(result, { root: dir });
    const bySlug = Object.fromEntries([...cases, ...practices].map((r) => [r.slug, r]));
    expect(bySlug['example-diaspora']).toMatchObject({
      status: 'published',
      missingTranslations: ['ar'],
      draftTranslations: [],
      outdatedTranslations: [],
      sourcesWithoutArchive: [3],
      emptyFields: [
        { path: 'beneficiaries' },
        { path: 'diaspora.originLocality' },
        { path: 'sources.date', items: [3] },
      ],
      todo: 0,
    });
    expect(bySlug['example-transfer']).toMatchObject({
      status: 'reviewed',
      missingTranslations: [],
      draftTranslations: ['ar'],
      outdatedTranslations: [{ lang: 'fr', date: '2025-12-20', updated: '2026-01-01' }],
      sourcesWithoutArchive: [],
      // Without financing, no total is asked for; ongoing, no end date.
      notApplicable: ['financing.total', 'period.end'],
    });
    expect(bySlug.brouillon).toMatchObject({ status: 'draft', missingTranslations: ['en', 'ar'], todo: 10 });
    expect(bySlug.brouillon.emptyFields).toContainEqual({ path: 'financing' });
    expect(bySlug['example-practice']).toMatchObject({ missingTranslations: ['en', 'ar'] });
  });

  it('flags a translation whose original was changed after it, by the history, without a new "updated"', () => {
    // The diaspora case's English text is dated 2026-02-02, its "updated" 2026-02-01.
    const history = (file: string) => (file.endsWith('example-diaspora/case.fr.mdx') ? '2026-03-15' : undefined);
    const { cases } = editorialFindings(result, { root: dir, committedOn: history });
    const diaspora = cases.find((r) => r.slug === 'example-diaspora')!;
    expect(diaspora.outdatedTranslations).toEqual([
      {
        lang: 'en',
        date: '2026-02-02',
        updated: '2026-03-15',
        file: join(dir, 'cases/example-diaspora/case.en.md').slice(dir.length + 1),
      },
    ]);
    // A commit older than the translation changes nothing.
    const older = editorialFindings(result, { root: dir, committedOn: () => '2026-01-05' });
    expect(older.cases.find((r) => r.slug === 'example-diaspora')!.outdatedTranslations).toEqual([]);
  });

  it('reads as Markdown with a summary and a section per entry, each item where to act and how', () => {
    const markdown = editorialReport(result, '2026-12-01', { root: dir });
    expect(markdown).toMatch(/^# Editors' report, 2026-12-01\n/);
    expect(markdown).toContain('3 case studies and 2 practices.');
    expect(markdown).toContain('| With text left to write (blocks publication) | 1 |');
    expect(markdown).toContain('| Drafts (not published) | 1 |');
    expect(markdown).toContain('| Published, not yet peer-reviewed | 3 |');
    expect(markdown).toContain('| With outdated translations | 1 |');
    expect(markdown).toContain(
      '### Example transfer case\n\n`cases/example-transfer`: reviewed\n\n- Outdated translation: fr (translated 2025-12-20, original changed 2026-01-01): `cases/example-transfer/case.fr.mdx:7`\n- Translation in progress: ar: `cases/example-transfer/case.ar.mdx:7`\n',
    );
    expect(markdown).toContain('- Not applicable: `financing.total`, `period.end`\n');
    expect(markdown).toMatch(/- Sources without an archived copy: 3: `cases\/example-diaspora\/case\.fr\.mdx:\d+`\n/);
    expect(markdown).toContain(
      '- Missing translation: ar — fix: `npm run new -- translation --case example-diaspora --to ar --translators your-slug`\n',
    );
    expect(markdown).toContain(
      '- Missing translation: en — fix: `npm run new -- translation --practice example-practice --to en --translators your-slug`\n',
    );
    const todoLine = readFileSync(join(dir, 'cases/brouillon/case.fr.mdx'), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes('TODO'));
    expect(markdown).toContain(
      `\`cases/brouillon\`: draft, not published\n\n- Text left to write: 10 TODO: \`cases/brouillon/case.fr.mdx:${todoLine + 1}\`\n`,
    );
    expect(markdown).toMatch(/- Empty fields in `cases\/brouillon\/case\.fr\.mdx`: `actors` line \d+, /);
  });

  it('counts the texts of each collection by language, without translations in progress', () => {
    const markdown = editorialReport(result, '2026-12-01', { root: dir });
    // example-transfer's Arabic text is still a draft; example-diaspora has no Arabic, brouillon only French.
    expect(markdown).toContain(
      '| Texts by language (published translations, of all entries) | fr | en | ar |\n| --- | ---: | ---: | ---: |\n' +
        '| Case studies | 3 of 3 | 2 of 3 | 0 of 3 |\n| Practices | 2 of 2 | 0 of 2 | 0 of 2 |\n',
    );
  });

  it('puts first the entries whose state blocks publication', () => {
    const markdown = editorialReport(result, '2026-12-01', { root: dir });
    const order = [...markdown.matchAll(/^`cases\/([^`]+)`/gm)].map((m) => m[1]);
    // Text left to write, then an outdated translation, then a missing one.
    expect(order).toEqual(['brouillon', 'example-transfer', 'example-diaspora']);
  });

  it('is written in French when asked', () => {
    const markdown = editorialReport(result, '2026-12-01', { root: dir, messages: MESSAGES.fr });
    expect(markdown).toMatch(/^# Rapport éditorial, 2026-12-01\n/);
    expect(markdown).toContain('3 études de cas et 2 pratiques.');
    expect(markdown).toContain('- Traduction en cours : ar : `cases/example-transfer/case.ar.mdx:7`\n');
    expect(markdown).toContain('- Sans objet : `financing.total`, `period.end`\n');
  });

  it('names the problems of invalid content and the entries it leaves out', () => {
    const broken = content();
    const facts = join(broken, 'cases/example-transfer/case.fr.mdx');
    writeFileSync(facts, readFileSync(facts, 'utf8').replace('\nkind: transfer\n', '\nkind: nonsense\n'));
    const markdown = editorialReport(checkContent(broken, broken), '2026-12-01', { root: broken });
    expect(markdown).toMatch(/The check finds \d+ problems?\*\*: run `npm run check:content`/);
    expect(markdown).toMatch(
      /Left out of this report because their files have errors:\n> - `cases\/example-transfer` \(`cases\/example-transfer\/case\.fr\.mdx:\d+`\)/,
    );
    expect(markdown).not.toContain('### Example transfer case');
  });

  it('does not call a text the check refused a missing translation: it is there, to mend', () => {
    const broken = content();
    const english = join(broken, 'cases/example-diaspora/case.en.md');
    writeFileSync(english, readFileSync(english, 'utf8').replace('\nsummary:', '\nsummery:'));
    const result = checkContent(broken, broken);
    expect(result.problems.map((p) => p.field)).toContain('summery');
    const report = editorialFindings(result, { root: broken });
    expect(report.cases.find((c) => c.slug === 'example-diaspora')?.missingTranslations).toEqual(['ar']);
  });
});
