/**
 * Stable addresses: a published slug never changes meaning, and a renamed
 * case or practice keeps its old addresses. The map is each entry's
 * `formerSlugs` field in `content/` (the content check refuses a former slug
 * that is, or was, another entry's). The build turns it into a small
 * redirecting page at every old address, in every language (any static
 * host), and into `_redirects` (hosts that read it answer with a real 301).
 */
import { existsSync, readFileSync } from 'node:fs';
import { LANGS, type Lang } from '../../schemas/common';
import { factsFile, parseYaml, splitFrontMatter, walk } from '../model/layout';

/** The folders whose entries can be renamed. */
export type RenamableSection = 'cases' | 'practices';

/** One old address and the page it leads to, in one language. */
export interface Redirect {
  lang: Lang;
  section: RenamableSection;
  /** The former slug. */
  from: string;
  /** The current slug. */
  to: string;
}

/** Every redirect of `entries`, in every language, in a stable order. */
export function redirectsOf(entries: { section: RenamableSection; slug: string; formerSlugs: string[] }[]): Redirect[] {
  return LANGS.flatMap((lang) =>
    entries.flatMap(({ section, slug, formerSlugs }) =>
      [...formerSlugs].sort().map((from) => ({ lang, section, from, to: slug })),
    ),
  ).sort((a, b) => a.lang.localeCompare(b.lang) || a.section.localeCompare(b.section) || a.from.localeCompare(b.from));
}

/** Path of a page without the site's base: `fr/cases/<slug>/`. */
export const redirectPath = (r: Redirect, which: 'from' | 'to') => `${r.lang}/${r.section}/${r[which]}/`;

/**
 * The redirects of a content folder, read straight from the facts in its
 * French texts' front matter, for the configuration (which runs before
 * Astro loads any collection). Drafts
 * have no page, so their former slugs lead nowhere yet. A file that is not
 * valid YAML is left out rather than stopping the configuration, so that the
 * content check can report it as `file:line: field: problem — fix`.
 */
export function readRedirects(contentRoot: string): Redirect[] {
  const entries: { section: RenamableSection; slug: string; formerSlugs: string[] }[] = [];
  for (const section of ['cases', 'practices'] as const) {
    for (const { slug, path: folder } of walk(contentRoot, section)) {
      const path = factsFile(section, folder);
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8');
      // Most entries were never renamed: their YAML need not be parsed.
      if (!text.includes('formerSlugs')) continue;
      let facts: { status?: string; formerSlugs?: unknown };
      try {
        facts = parseYaml(splitFrontMatter(text)?.frontMatter ?? '') ?? {};
      } catch {
        // The content check reports the file with its line; the configuration must still load for it to run.
        continue;
      }
      const formerSlugs = Array.isArray(facts.formerSlugs) ? facts.formerSlugs.map(String) : [];
      if (facts.status !== 'draft' && formerSlugs.length) entries.push({ section, slug, formerSlugs });
    }
  }
  return redirectsOf(entries);
}

/**
 * `_redirects` in the syntax of Netlify and Cloudflare Pages: one
 * `from to 301` line per old address, under the site's `base`.
 * @see https://docs.netlify.com/routing/redirects/
 */
export function redirectsFile(redirects: Redirect[], base: string): string {
  const root = base.replace(/\/?$/, '/');
  return [
    '# Old addresses of renamed cases and practices (from formerSlugs in content/): permanent redirects.',
    ...redirects.map((r) => `${root}${redirectPath(r, 'from')} ${root}${redirectPath(r, 'to')} 301`),
    '',
  ].join('\n');
}
