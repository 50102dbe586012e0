/**
 * The standard sections of a case study's body, in order, with the heading
 * each language uses. Editors write them as `## <heading>` in `<lang>.md`;
 * the check refuses a case text that lacks one.
 */
import type { Lang } from '../../schemas/common';

export const CASE_SECTIONS = ['context', 'actors', 'done', 'results', 'lessons', 'replicate'] as const;
export type CaseSection = (typeof CASE_SECTIONS)[number];

export const SECTION_HEADINGS: Record<Lang, Record<CaseSection, string>> = {
  fr: {
    context: 'Contexte',
    actors: 'Acteurs et financement',
    done: 'Ce qui a été fait',
    results: 'Résultats',
    lessons: 'Enseignements',
    replicate: 'Comment reproduire',
  },
  en: {
    context: 'Context',
    actors: 'Actors and financing',
    done: 'What was done',
    results: 'Results',
    lessons: 'Lessons learned',
    replicate: 'How to replicate',
  },
  ar: {
    context: 'السياق',
    actors: 'الفاعلون والتمويل',
    done: 'ما الذي أُنجز',
    results: 'النتائج',
    lessons: 'الدروس المستخلصة',
    replicate: 'كيف تُنقل التجربة',
  },
};

/** Level-2 headings of a Markdown body, in order. */
export function headingsOf(body: string): string[] {
  return [...body.matchAll(/^##[ \t]+(.+?)[ \t]*#*[ \t]*$/gm)].map((m) => m[1].trim());
}

/** Standard sections missing from a body written in `lang`. */
export function missingSections(body: string, lang: Lang): CaseSection[] {
  const present = new Set(headingsOf(body));
  return CASE_SECTIONS.filter((key) => !present.has(SECTION_HEADINGS[lang][key]));
}
