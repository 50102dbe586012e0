/**
 * Facts of a reusable practice, kept in the front matter of
 * `content/practices/<slug>/practice.fr.md` after its text fields.
 * The cases that evidence a practice are not listed here: they are found by
 * reverse reference from each case's `practices` field, so nothing is listed twice.
 */
import { z } from 'astro/zod';
import { ref } from './common';
import { checkEditorial, editorial } from './editorial';
import { say } from '../lib/model/check/wording';

/** Families of practices, used to group and filter them. */
export const PRACTICE_CATEGORIES = [
  'financing',
  'capacity-building',
  'governance',
  'partnerships',
  'knowledge-transfer',
  'community-participation',
  'monitoring-evaluation',
] as const;

export const practiceSchema = z
  .object({
    ...editorial,
    category: z
      .enum(PRACTICE_CATEGORIES, { error: () => say.oneOf(PRACTICE_CATEGORIES) })
      .meta({ description: 'Family of the practice.' }),
    themes: z
      .array(ref)
      .min(1, { error: () => say.needsTheme() })
      .meta({ description: 'Themes (ids in content/themes.yaml).' }),
    related: z.array(ref).default([]).meta({ description: 'Related practices (slugs in content/practices/).' }),
  })
  .strict()
  .superRefine(checkEditorial);
export type PracticeFacts = z.infer<typeof practiceSchema>;
