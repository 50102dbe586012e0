/**
 * Gives the standard sections of a case the same anchor in every language
 * (`#context`, `#results`, `#replicate`…), so that a link to a section
 * survives a change of language and ids stay plain ASCII. A hast plugin for
 * Astro's Markdown processor; it runs before the built-in heading ids, which
 * keep an id already set.
 */
import { CASE_SECTIONS, SECTION_HEADINGS } from '../../lib/model/sections';

const idByHeading = new Map<string, string>(
  Object.values(SECTION_HEADINGS).flatMap((headings) => CASE_SECTIONS.map((key) => [headings[key], key] as const)),
);

interface Ctx {
  textContent(node: unknown): string;
  setProperty(node: unknown, name: string, value: string): void;
}

/** The id of a standard section heading, or undefined for any other heading. */
export function sectionId(text: string): string | undefined {
  return idByHeading.get(text.trim());
}

export function sectionIdsPlugin() {
  return {
    name: 'codev-atlas:section-ids',
    element: {
      filter: ['h2'],
      visit(node: unknown, ctx: Ctx) {
        const id = sectionId(ctx.textContent(node));
        if (id) ctx.setProperty(node, 'id', id);
      },
    },
  };
}
