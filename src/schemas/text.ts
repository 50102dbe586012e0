/**
 * Front matter of the texts `case.<lang>.md` and `practice.<lang>.md` (or
 * `.mdx`) of cases and practices; the French one also holds the facts (see
 * `entry-fields.ts`). The body holds the standard sections (see `src/lib/model/sections.ts`).
 */
import { z } from 'astro/zod';
import { isoDate, lang, ref } from './common';
import { say } from '../lib/model/check/wording';

/**
 * What a translation translates. Required in every language file except the
 * original one, so that an outdated translation can be flagged.
 */
const translation = z
  .object({
    from: lang.meta({ description: 'Language of the text this one was translated from.' }),
    date: isoDate.meta({ description: 'Date the translation was made or last brought up to date.' }),
    translators: z
      .array(ref)
      .min(1, { error: () => say.needsTranslator() })
      .meta({ description: 'Slugs of the translators in content/people/.' }),
    draft: z.boolean().default(false).meta({
      description:
        'true while the translation is being written (what npm run new writes): the site keeps showing the original until it is removed.',
    }),
  })
  .strict();

const common = {
  title: z
    .string()
    .min(1, { error: () => say.emptyTitle() })
    .meta({ description: 'Title, in this language.' }),
  summary: z
    .string()
    .min(40, { error: () => say.shortSummary() })
    .meta({ description: 'One paragraph, shown in cards, search results and citations.' }),
  translation: translation.optional().meta({ description: 'Present when this file is a translation.' }),
};

/** Prose of a case study in one language. */
export const caseTextSchema = z
  .object({
    ...common,
    lessons: z
      .array(z.string().min(1))
      .min(1, { error: () => say.needsLesson() })
      .meta({ description: 'Key lessons, a short list.' }),
    adapted: z.string().min(1).optional().meta({ description: 'For a transfer: what the receiving side adapted.' }),
  })
  .strict();
export type CaseText = z.infer<typeof caseTextSchema>;

/** Prose of a practice in one language. */
export const practiceTextSchema = z
  .object({
    ...common,
    enablingFactors: z
      .array(z.string().min(1))
      .min(1, { error: () => say.needsEnablingFactor() })
      .meta({ description: 'Conditions that make the practice work.' }),
    pitfalls: z
      .array(z.string().min(1))
      .min(1, { error: () => say.needsPitfall() })
      .meta({ description: 'Mistakes and risks to avoid.' }),
    steps: z
      .array(z.string().min(1))
      .min(2, { error: () => say.needsSteps() })
      .meta({ description: 'Steps to replicate it, in order.' }),
  })
  .strict();
export type PracticeText = z.infer<typeof practiceTextSchema>;
