/**
 * What an in-text citation (`[@key]`) of a text file points to, read from the
 * content folder, for the Markdown processor, which renders one file at a time
 * and knows only its path. In a case text, a key is one of the case's
 * `sources`, numbered in the order of the list; in a practice text, a key is
 * a case that lists the practice, numbered in the order of the practice
 * page's list of evidence (by slug). The pages number the same way
 * (`src/lib/cite/marks.ts`), so a mark and its list always agree.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, relative, sep } from 'node:path';
import type { Lang } from '../../schemas/common';
import type { Source } from '../../schemas/common';
import { caseMarker, evidenceOrder, sourceMarker, type CitationMark } from '../cite/marks';
import {
  contentDir,
  factsFile,
  parseYaml,
  readFacts as readFactsOf,
  splitFrontMatter,
  textFileName,
  textIn,
  walk,
} from './layout';

/** The marks of one text: how to render each key it may cite. */
export interface CitationTargets {
  lang: Lang;
  mark: (key: string) => CitationMark | undefined;
}

/**
 * Facts read so far (the front matter of the French texts), by path, with the time they were changed: a
 * practice's text needs every case's facts, and each of its languages would
 * otherwise read and parse them all again. A changed file is read afresh (the dev server).
 */
const factsRead = new Map<string, { mtimeMs: number; facts: Record<string, unknown> }>();

const readFacts = (file: string): Record<string, unknown> => {
  let mtimeMs: number;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    return {};
  }
  const known = factsRead.get(file);
  if (known?.mtimeMs === mtimeMs) return known.facts;
  let facts: Record<string, unknown>;
  try {
    facts = readFactsOf(file, { datesAsText: true }) ?? {};
  } catch {
    facts = {};
  }
  factsRead.set(file, { mtimeMs, facts });
  return facts;
};

/** The title of a case in `lang`, or in its original language when it has no text in `lang`. */
function caseTitle(folder: string, lang: Lang, original: Lang): string | undefined {
  const text = textIn('cases', folder, lang) ?? textIn('cases', folder, original);
  if (!text) return undefined;
  const parts = splitFrontMatter(readFileSync(text.path, 'utf8'));
  const front = parts ? (parseYaml(parts.frontMatter) as { title?: unknown } | null) : null;
  return typeof front?.title === 'string' ? front.title : undefined;
}

/** The citation targets of a case or practice text at `file`, or undefined for any other file. */
export function citationTargets(file: string, root = contentDir()): CitationTargets | undefined {
  const found = textFileName(basename(file));
  const [collection, slug, ...rest] = relative(root, dirname(file)).split(sep);
  if (!found || !slug || rest.length > 0) return undefined;
  const { lang } = found;
  if (collection === 'cases') {
    const facts = readFacts(factsFile('cases', dirname(file)));
    const sources = (Array.isArray(facts.sources) ? facts.sources : []) as Source[];
    return { lang, mark: sourceMarker(lang, sources) };
  }
  if (collection === 'practices') {
    const cases = walk(root, 'cases').map(({ slug: caseSlug, path }) => ({
      slug: caseSlug,
      path,
      facts: readFacts(factsFile('cases', path)),
    }));
    const evidence = evidenceOrder(
      cases.filter((c) => Array.isArray(c.facts.practices) && c.facts.practices.includes(slug)),
    );
    const titleOf = (key: string) => {
      const c = evidence.find((e) => e.slug === key)!;
      return caseTitle(c.path, lang, (c.facts.originalLanguage as Lang | undefined) ?? 'fr') ?? key;
    };
    return { lang, mark: caseMarker(lang, evidence, titleOf) };
  }
  return undefined;
}
