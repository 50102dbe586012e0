/**
 * The links at the end of case and practice pages that let a reader improve
 * them on the repository's web editor: the text, the facts and, on a page
 * the entry lacks a translation for, a new translation already started.
 */
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { t, type Lang } from '../../src/lib/i18n/i18n';
import { splitFrontMatter } from '../../src/lib/model/layout';
import { CASE_SECTIONS, SECTION_HEADINGS } from '../../src/lib/model/sections';
import { REPOSITORY_BRANCH, REPOSITORY_URL } from '../../src/lib/site/site';
import { htmlPages, page } from '../helpers/dist';
import { BASE, REPOSITORY } from '../helpers/sub-path';

const EDIT = `${REPOSITORY_URL}/edit/${REPOSITORY_BRANCH}/content`;

/** The footer's links of a page, by label. */
function links(path: string, lang: Lang, dir?: string) {
  const list = page(path, dir)
    .querySelectorAll('main a')
    .find((a) => a.text.trim() === t(lang, 'edit.link'))
    ?.closest('ul');
  expect(list, path).toBeTruthy();
  expect(list!.hasAttribute('data-pagefind-ignore'), 'kept out of the search index').toBe(true);
  const href = (key: 'edit.link' | 'edit.facts' | 'edit.translate') =>
    list!
      .querySelectorAll('a')
      .find((a) => a.text.trim() === t(lang, key))
      ?.getAttribute('href');
  return { text: href('edit.link'), facts: href('edit.facts'), translate: href('edit.translate') };
}

describe('the links to improve a page', () => {
  it('edit the text and the facts of a translated case, and offer no translation', () => {
    const { text, facts, translate } = links('/ar/cases/kayes-mali-associations/', 'ar');
    expect(text).toBe(`${EDIT}/cases/kayes-mali-associations/case.ar.md`);
    expect(facts).toBe(`${EDIT}/cases/kayes-mali-associations/case.fr.md`);
    expect(translate).toBeUndefined();
  });

  it('edit the facts of a practice in its French text, practice.fr.md', () => {
    const list = page('/en/practices/diaspora-expert-missions/')
      .querySelectorAll('a')
      .find((a) => a.text.trim() === t('en', 'edit.facts'));
    expect(list?.getAttribute('href')).toBe(`${EDIT}/practices/diaspora-expert-missions/practice.fr.md`);
  });

  // Every case of the atlas has its three texts; the fixture site (built under a sub-path, from the
  // fork REPOSITORY) has a case without Arabic text, example-diaspora, written in French MDX.
  const fixture = join(inject('subPathRoot'), BASE);

  it('start the missing translation as a new file with its fields to fill and the headings in the page’s language', () => {
    const { text, facts, translate } = links('/ar/cases/example-diaspora/', 'ar', fixture);
    // The page shows the original: "Edit this page" edits it.
    expect(text).toMatch(new RegExp(`^${REPOSITORY}/edit/main/content/cases/example-diaspora/case\\.fr\\.mdx?$`));
    expect(facts).toBe(`${REPOSITORY}/edit/main/content/cases/example-diaspora/case.fr.mdx`);
    const url = new URL(translate!);
    expect(`${url.origin}${url.pathname}`).toBe(`${REPOSITORY}/new/main`);
    expect(url.searchParams.get('filename')).toMatch(/^content\/cases\/example-diaspora\/case\.ar\.mdx?$/);
    const parts = splitFrontMatter(url.searchParams.get('value')!)!;
    const front = parse(parts.frontMatter) as { title: string; summary: string; translation: Record<string, unknown> };
    // The fields to translate, empty: the translator reads the original on the page.
    expect(front).toMatchObject({ title: '', summary: '' });
    expect(front.translation).toMatchObject({ from: 'fr', translators: [], draft: true });
    const headings = parts.body.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(CASE_SECTIONS.map((key) => `## ${SECTION_HEADINGS.ar[key]}`));
  });

  it('keep every translation link a reasonable length: headings, not the whole text', () => {
    const starts = [undefined, fixture]
      .flatMap((dir) =>
        htmlPages(dir)
          .filter((path) => /^\/(fr|en|ar)\/(cases|practices)\/[^/]+\/$/.test(path))
          .map((path) => page(path, dir)),
      )
      .flatMap((doc) => doc.querySelectorAll(`a[href*="/new/"]`))
      .map((a) => a.getAttribute('href')!);
    expect(starts.length).toBeGreaterThan(0);
    for (const href of starts) expect(href.length, href.slice(0, 120)).toBeLessThan(8000);
  });
});
