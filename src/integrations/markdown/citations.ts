/**
 * Turns the in-text citations of a case or practice text (`[@key]`, see
 * `src/lib/cite/in-text.ts`) into superscript numbers linking to the page's
 * list of sources (or, in a practice, of cases), the same markup as the
 * pages' `CitationMarks` component. A hast plugin for Astro's Markdown
 * processor (satteri), for Markdown and MDX alike. A key that does not
 * resolve is left as written: the content check has refused it before a build.
 *
 * The numbers come from the entry's facts file, which Astro's content cache
 * does not know a text depends on: `digest` (a digest of every facts file,
 * made in `astro.config.mjs`) is part of the configuration, so that the cache
 * is cleared, and every text rendered again, when a facts file changes.
 */
import type { Element, ElementContent, Text } from 'hast';
import { fileURLToPath } from 'node:url';
import type { HastContent, HastVisitorContext } from 'satteri';
import { markedParts, type CitationMark } from '../../lib/cite/marks';
import { markSeparator } from '../../lib/cite/mark-separator';
import { citationTargets, type CitationTargets } from '../../lib/model/citation-targets';

/** Where the targets of the document being rendered are kept between the hook and the visitors. */
const TARGETS = 'codev-atlas:citation-targets';

/** The hast of the marks of one citation in a text in `lang` (the markup `CitationMarks.astro` renders). */
export function marksElement(marks: CitationMark[], lang: string): Element {
  const links: ElementContent[] = marks.flatMap((m, i) => [
    ...(i > 0 ? [{ type: 'text' as const, value: markSeparator(lang) }] : []),
    {
      type: 'element' as const,
      tagName: 'a',
      properties: { href: m.href, ariaLabel: m.label },
      children: [{ type: 'text' as const, value: String(m.n) }],
    },
  ]);
  return {
    type: 'element',
    tagName: 'sup',
    properties: { className: ['cite'], dataPagefindIgnore: '' },
    children: links,
  };
}

export function citationsPlugin({ digest }: { digest: string }) {
  return {
    name: 'codev-atlas:citations',
    digest,
    // Read once per document, and only for a document that cites something.
    before(_root: unknown, ctx: HastVisitorContext) {
      if (ctx.fileURL && ctx.source.includes('[@')) ctx.data[TARGETS] = citationTargets(fileURLToPath(ctx.fileURL));
    },
    text(node: Readonly<Text>, ctx: HastVisitorContext) {
      const { value } = node;
      const targets = ctx.data[TARGETS] as CitationTargets | undefined;
      if (!targets || !value.includes('[@')) return;
      const parts = markedParts(value, targets.mark).map((part): HastContent =>
        typeof part === 'string' ? { type: 'text', value: part } : marksElement(part, targets.lang),
      );
      ctx.replaceNode(node, parts);
    },
  };
}
