/**
 * The marks in-text citations become on a page: a superscript number that
 * links to the source (or, in a practice, to the case) in the page's list,
 * with an accessible name that says what it is ("Source 3: <title>"). The
 * Markdown processor and the page components number with the same rules.
 */
import { LISTED_STATUSES, type Lang, type Localized } from '../../schemas/common';
import { t } from '../i18n/i18n';
import { splitCitations } from './in-text';

/** One cited key, as a page renders it. */
export interface CitationMark {
  key: string;
  /** Its number in the page's list. */
  n: number;
  /** `#source-<key>` or `#case-<slug>`. */
  href: string;
  /** The link's accessible name. */
  label: string;
}

/** What a label names: a source's own title, or its description in the page's language. */
export interface Labelled {
  title?: string | undefined;
  description?: Localized | undefined;
}

/** The name of a source as a page shows it: its title, or its description, in the page's language or the first given. */
export function sourceName(lang: Lang, source: Labelled): string {
  if (source.title) return source.title;
  const d = source.description ?? {};
  return d[lang] ?? d.fr ?? d.en ?? d.ar ?? '';
}

/**
 * "Source 3" (the list it leads to gives the reference: a case page cites
 * dozens of times, and every byte counts on a slow connection) or
 * "Case 2: <title>" (a practice names the cases it comes from), in the page's language.
 */
export function sourceLabel(lang: Lang, n: number, source: Labelled, kind: 'source' | 'case'): string {
  return kind === 'source'
    ? t(lang, 'cite.mark.source', { n })
    : t(lang, 'cite.mark.case', { n, title: sourceName(lang, source) });
}

const LISTED = new Set<string>(LISTED_STATUSES);

/** The cases a practice page lists as its evidence, in the order its citations number them: public ones, by slug. */
export function evidenceOrder<C extends { slug: string; facts: { status?: unknown } }>(cases: C[]): C[] {
  return cases
    .filter((c) => LISTED.has(String(c.facts.status)))
    .sort((a, b) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0));
}

/** How a page renders `[@key]` citing one of `sources` (a case's list, numbered in its order). */
export function sourceMarker(lang: Lang, sources: readonly (Labelled & { key: string })[]) {
  const index = new Map(sources.map((s, i) => [s.key, i] as const));
  return (key: string): CitationMark | undefined => {
    const i = index.get(key);
    if (i === undefined) return undefined;
    return { key, n: i + 1, href: `#source-${key}`, label: sourceLabel(lang, i + 1, sources[i], 'source') };
  };
}

/** How a practice page renders `[@slug]` citing one of its cases (`evidence`, in `evidenceOrder`). */
export function caseMarker(lang: Lang, evidence: readonly { slug: string }[], titleOf: (slug: string) => string) {
  return (key: string): CitationMark | undefined => {
    const i = evidence.findIndex((c) => c.slug === key);
    if (i < 0) return undefined;
    return { key, n: i + 1, href: `#case-${key}`, label: sourceLabel(lang, i + 1, { title: titleOf(key) }, 'case') };
  };
}

/**
 * A text cut into plain strings and the marks of its citations, for a
 * renderer. A citation with a key `mark` does not resolve is left as
 * written (the content check refuses it before a build).
 */
export function markedParts(
  text: string,
  mark: (key: string) => CitationMark | undefined,
): (string | CitationMark[])[] {
  return splitCitations(text).map((part) => {
    if (typeof part === 'string') return part;
    const marks = part.keys.map(mark);
    return marks.every((m) => m !== undefined) ? marks : text.slice(part.index, part.index + part.length);
  });
}
