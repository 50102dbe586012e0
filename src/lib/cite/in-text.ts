/**
 * In-text citations: how an editor says which document supports a sentence.
 * The syntax is Pandoc's, written in plain Markdown or in a front-matter
 * string: `[@key]` after the claim, or `[@key-a; @key-b]` for several
 * documents. In a case, a key is the `key` of one of the case's `sources`;
 * in a practice, it is the slug of a case that evidences the practice.
 * A web editor that escapes brackets (`\[@key\]`) still gives the same text
 * once the Markdown is parsed, so the citation survives it.
 * @see https://pandoc.org/MANUAL.html#citation-syntax
 */

/** A key: lower-case letters, digits and single hyphens (`forim-2024-call`), like a slug. */
export const CITATION_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `[@a]`, `[@a; @b]`, also as the escaped `\[@a\]` of a raw file; loose inside so that slips are caught, not skipped. */
const CITATION = /\\?\[@([^\]\n]*?)\\?\]/g;

/** One citation found in a text. */
export interface Citation {
  /** The keys it cites, in order (`[@a; @b]` → `a`, `b`). */
  keys: string[];
  /** Where the citation starts in the text, and its length. */
  index: number;
  length: number;
}

/** Every citation of a text, in order. A key that is not well formed is kept as written, for the check to name. */
export function citationsIn(text: string): Citation[] {
  return [...text.matchAll(CITATION)].map((match) => ({
    keys: match[1]
      .split(';')
      .map((part) => part.trim().replace(/^@/, ''))
      .filter(Boolean),
    index: match.index,
    length: match[0].length,
  }));
}

/**
 * Parts of a text: plain strings and citations, in order, for a renderer to
 * turn the citations into superscript links. The space an editor leaves
 * before a citation (`in 2003 [@a].`) is dropped, so the mark sits on the word.
 */
export function splitCitations(text: string): (string | Citation)[] {
  const parts: (string | Citation)[] = [];
  let at = 0;
  for (const citation of citationsIn(text)) {
    const before = text.slice(at, citation.index).trimEnd();
    if (before) parts.push(before);
    parts.push(citation);
    at = citation.index + citation.length;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
