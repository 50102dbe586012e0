/**
 * What "Translate this page" opens: a new file on the repository's web
 * editor, started as `npm run new` starts a translation but with the
 * original's fields left empty and only the headings of its body, so that
 * the link stays short.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { translationStarter } from '../../src/lib/site/contribute-links';
import { splitFrontMatter } from '../../src/lib/model/layout';
import { FACT_FIELDS } from '../../src/schemas/entry-fields';
import { CASE_SECTIONS, SECTION_HEADINGS } from '../../src/lib/model/sections';
import { newFileUrl, REPOSITORY_BRANCH, REPOSITORY_URL } from '../../src/lib/site/site';

const source = readFileSync('tests/fixtures/valid/cases/example-diaspora/case.fr.mdx', 'utf8');

describe('the translation starter', () => {
  const starter = translationStarter({
    collection: 'cases',
    slug: 'example-diaspora',
    from: 'fr',
    to: 'ar',
    source,
    format: 'mdx',
    date: '2024-05-01',
  });
  const parts = splitFrontMatter(starter.text)!;

  it('is the translation file npm run new would write, in draft, dated, with the original’s fields to fill', () => {
    expect(starter.path).toBe('cases/example-diaspora/case.ar.mdx');
    const front = parse(parts.frontMatter) as Record<string, unknown>;
    const original = parse(splitFrontMatter(source)!.frontMatter) as Record<string, unknown>;
    // The text fields only: the facts are written once, in the French text.
    const textFields = Object.keys(original).filter((key) => !FACT_FIELDS.cases.has(key));
    expect(Object.keys(front).sort()).toEqual([...textFields, 'translation'].sort());
    expect(textFields.length).toBeLessThan(Object.keys(original).length);
    expect(front.title).toBe('');
    expect(front.lessons).toEqual(['']);
    expect(front.translation).toEqual({ from: 'fr', date: '2024-05-01', translators: [], draft: true });
  });

  it('has the sections’ headings in the target language and none of the original’s prose', () => {
    const lines = parts.body.split('\n').filter((line) => line.trim() !== '');
    const headings = lines.filter((line) => line.startsWith('## '));
    expect(headings).toEqual(CASE_SECTIONS.map((key) => `## ${SECTION_HEADINGS.ar[key]}`));
    // Nothing besides the headings: the guides say what draft: true does.
    expect(lines.filter((line) => !line.startsWith('## '))).toEqual([]);
    expect(parts.body.length).toBeLessThan(splitFrontMatter(source)!.body.length);
  });
});

describe('the new-file link', () => {
  it('keeps the folders of the file name and encodes the text whole', () => {
    const url = newFileUrl('content/cases/x/case.ar.md', 'a & b #1\n');
    expect(url).toBe(
      `${REPOSITORY_URL}/new/${REPOSITORY_BRANCH}?filename=content/cases/x/case.ar.md&value=a%20%26%20b%20%231%0A`,
    );
    expect(new URL(url).searchParams.get('value')).toBe('a & b #1\n');
  });
});
