/**
 * Front matter of the prose files `<lang>.mdx` of cases and practices. The
 * body holds the standard sections (see `src/lib/model/sections.ts`).
 */
import { z } from 'astro/zod';
import { isoDate, lang, ref } from './common';

/**
 * What a translation translates. Required in every language file except the
 * original one, so that an outdated translation can be flagged.
 */
const translation = z
  .object({
    /** Language of the text this one was translated from. */
    from: lang,
    /** Date the translation was made or last brought up to date. */
    date: isoDate,
    /** Slugs of the translators in `content/people/`. */
    translators: z.array(ref).min(1, 'needs at least one translator (a slug in content/people/)'),
    /**
     * `true` while the translation is being written (what `npm run new`
     * writes): the site keeps showing the original until it is removed.
     */
    draft: z.boolean().default(false),
  })
  .strict();

const common = {
  /** Title, in this language. */
  title: z.string().min(1, 'is empty: give a title'),
  /** One paragraph, shown in cards, search results and citations. */
  summary: z.string().min(40, 'is too short: write one paragraph of at least 40 characters'),
  /** Present when this file is a translation. */
  translation: translation.optional(),
};

/** Prose of a case study in one language. */
export const caseTextSchema = z
  .object({
    ...common,
    /** Key lessons, a short list. */
    lessons: z.array(z.string().min(1)).min(1, 'needs at least one key lesson'),
    /** For a transfer: what the receiving side adapted. */
    adapted: z.string().min(1).optional(),
  })
  .strict();
export type CaseText = z.infer<typeof caseTextSchema>;

/** Prose of a practice in one language. */
export const practiceTextSchema = z
  .object({
    ...common,
    /** Conditions that make the practice work. */
    enablingFactors: z.array(z.string().min(1)).min(1, 'needs at least one enabling factor'),
    /** Mistakes and risks to avoid. */
    pitfalls: z.array(z.string().min(1)).min(1, 'needs at least one pitfall'),
    /** Steps to replicate it, in order. */
    steps: z.array(z.string().min(1)).min(2, 'needs at least two steps to replicate'),
  })
  .strict();
export type PracticeText = z.infer<typeof practiceTextSchema>;
