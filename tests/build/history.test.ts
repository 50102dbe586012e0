/**
 * Versions a researcher can cite and find again: each case and practice page
 * names its version (revision number and day, from the repository's
 * history), links the text as it is at that version and the page of every
 * version, and says the same in its JSON-LD and its CSL-JSON download. A
 * build without a history (the sub-path fixture, built from a folder outside
 * git; or this checkout, when it is a shallow clone) shows no version and no
 * history page rather than an invented one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { REPOSITORY_URL } from '../../src/lib/site/site';
import { LANGS, publishedCases, publishedPractices } from '../helpers/content';
import { DIST, htmlPages, page, pageExists } from '../helpers/dist';
import { BASE } from '../helpers/sub-path';

const git = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).trim();
const shallow = git('rev-parse', '--is-shallow-repository') === 'true';
const entries = [
  ...publishedCases().map(({ slug }) => ({ section: 'cases', slug })),
  ...publishedPractices().map(({ slug }) => ({ section: 'practices', slug })),
];

/** Commits that changed no content (a move of files), which are not versions: `.git-blame-ignore-revs`. */
const notVersions = new Set(
  readFileSync('.git-blame-ignore-revs', 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#')),
);

/**
 * The published states of an entry's folder: the commits of the main line
 * that changed it, newest first, but for those that changed no content.
 */
function commitsOf(section: string, slug: string): string[] {
  const log = git('log', '--first-parent', '--format=%H', '--', `content/${section}/${slug}`);
  return log ? log.split('\n').filter((hash) => !notVersions.has(hash)) : [];
}

describe.skipIf(shallow)('the versions of each entry, from the full history', () => {
  it.each(entries)('$section/$slug names its version and links every version', ({ section, slug }) => {
    const commits = commitsOf(section, slug);
    expect(commits.length).toBeGreaterThan(0);
    for (const lang of LANGS) {
      const doc = page(`/${lang}/${section}/${slug}/`);
      const line = doc.querySelector('[data-version]');
      expect(line?.getAttribute('data-version'), `${lang}/${section}/${slug}`).toBe(String(commits.length));
      const links = line!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(links[0]).toMatch(
        // The text as it was named at that version: `case.fr.md`, or `fr.md` before the facts moved into it.
        new RegExp(
          `^${REPOSITORY_URL}/blob/${commits[0]}/content/${section}/${slug}/((case|practice)\\.)?(fr|en|ar)\\.mdx?$`,
        ),
      );
      expect(links[1]).toBe(`/${lang}/${section}/${slug}/history/`);
      const jsonLd = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text) as { version?: string };
      expect(jsonLd.version).toBe(String(commits.length));

      const history = page(`/${lang}/${section}/${slug}/history/`);
      const rows = history.querySelectorAll('li[data-revision]');
      expect(rows.map((row) => row.getAttribute('data-revision'))).toEqual(commits);
      const [change, files] = rows
        .at(-1)!
        .querySelectorAll('a')
        .map((a) => a.getAttribute('href'));
      expect(change).toBe(`${REPOSITORY_URL}/commit/${commits.at(-1)}`);
      expect(files).toBe(`${REPOSITORY_URL}/tree/${commits.at(-1)}/content/${section}/${slug}`);
    }
  });

  it('gives the version in the CSL-JSON download, and keeps history pages out of search', () => {
    const [first] = entries;
    const csl = JSON.parse(
      readFileSync(join(DIST, `data/cite/fr/${first.section}/${first.slug}.csl.json`), 'utf8'),
    ) as { version?: string }[];
    expect(csl[0].version).toBe(String(commitsOf(first.section, first.slug).length));
    const doc = page(`/fr/${first.section}/${first.slug}/history/`);
    expect(doc.querySelector('[data-pagefind-body]')).toBeNull();
  });
});

describe.runIf(shallow)('a build from a shallow clone', () => {
  it('shows no version and no history page', () => {
    expect(htmlPages().filter((p) => p.endsWith('/history/'))).toEqual([]);
    expect(page(`/fr/cases/${publishedCases()[0].slug}/`).querySelector('[data-version]')).toBeNull();
  });
});

describe('a build from a folder outside git (the sub-path fixture)', () => {
  const root = join(inject('subPathRoot'), BASE);
  it('shows no version and no history page', () => {
    const pages = htmlPages(root);
    expect(pages.length).toBeGreaterThan(0);
    expect(pages.filter((p) => p.endsWith('/history/'))).toEqual([]);
    const casePage = pages.find((p) => /^\/fr\/cases\/[^/]+\/$/.test(p))!;
    expect(page(casePage, root).querySelector('[data-version]')).toBeNull();
    expect(pageExists(casePage, root)).toBe(true);
    expect(existsSync(join(root, casePage, 'history'))).toBe(false);
  });
});
