/**
 * Editorial fields shared by case studies and practices: status, dates,
 * credit, licence and identifiers. A researcher cites these; an editor
 * changes them in review.
 */
import { z } from 'astro/zod';
import { isoDate, lang, licence, localized, ref, slug, status } from './common';

/**
 * One correction of a published entry: readers who cited the earlier text
 * learn what was wrong and what the page says now.
 */
export const correction = z
  .object({
    date: isoDate.meta({ description: 'Date the correction was published (YYYY-MM-DD), not before `published`.' }),
    wrong: localized.meta({
      description: 'What was wrong, in each language the entry is written in.',
    }),
    changed: localized.meta({
      description: 'What changed, in each language the entry is written in.',
    }),
  })
  .strict();
export type Correction = z.infer<typeof correction>;

export const editorial = {
  status: status.meta({
    description: 'Editorial status (a draft is not on the site; a published text is shown as not yet peer-reviewed)',
  }),
  published: isoDate.meta({ description: 'Date of first publication (YYYY-MM-DD).' }),
  updated: isoDate.meta({ description: 'Date of the last change to the facts or to the original text (YYYY-MM-DD).' }),
  authors: z
    .array(ref)
    .min(1, 'needs at least one author (a slug in content/people/)')
    .meta({ description: 'Authors (slugs in content/people/).' }),
  reviewers: z
    .array(ref)
    .default([])
    .meta({ description: 'Reviewers (slugs in content/people/); required for status: reviewed.' }),
  reviewedOn: isoDate
    .optional()
    .meta({ description: 'Date of the review (YYYY-MM-DD); required for status: reviewed.' }),
  retiredReason: localized
    .optional()
    .meta({ description: 'Why it was withdrawn, in each language; required for status: retired.' }),
  licence: licence.meta({ description: 'Licence of the text' }),
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as "10.5281/zenodo.1234"')
    .optional()
    .meta({ description: 'DOI, once one has been minted (10.5281/zenodo.1234).' }),
  originalLanguage: lang.meta({ description: 'Language the text is first written in' }),
  formerSlugs: z
    .array(slug)
    .default([])
    .meta({ description: 'Former slugs, kept so that their addresses still lead here.' }),
  corrections: z.array(correction).default([]).meta({
    description:
      'Corrections of facts already published, oldest first: shown on the page, in the feed and on the errata page.',
  }),
};

type EditorialValue = {
  status: string;
  published: string;
  updated: string;
  authors: string[];
  reviewers: string[];
  corrections: { date: string }[];
  reviewedOn?: string;
  retiredReason?: unknown;
};

/** Rules that tie editorial fields together (a review needs reviewers and a date, …). */
export function checkEditorial(value: EditorialValue, ctx: z.RefinementCtx): void {
  if (value.status === 'reviewed') {
    if (value.reviewers.length === 0)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewers'],
        message:
          'is empty but status is reviewed: name the reviewers (slugs in content/people/) or set status: published',
      });
    if (!value.reviewedOn)
      ctx.addIssue({
        code: 'custom',
        path: ['reviewedOn'],
        message: 'is missing but status is reviewed: give the review date (YYYY-MM-DD)',
      });
  }
  value.reviewers.forEach((reviewer, i) => {
    if (value.authors.includes(reviewer))
      ctx.addIssue({
        code: 'custom',
        path: ['reviewers', i],
        message: `"${reviewer}" is also an author: a review is done by someone who did not write the text; name another reviewer`,
      });
  });
  value.corrections.forEach((c, i) => {
    if (c.date < value.published)
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', i, 'date'],
        message: `is before published (${value.published}): a correction is dated the day it was made, after publication`,
      });
  });
  if (value.status === 'retired' && !value.retiredReason)
    ctx.addIssue({
      code: 'custom',
      path: ['retiredReason'],
      message: 'is missing but status is retired: say why it was retired',
    });
  if (value.updated < value.published)
    ctx.addIssue({
      code: 'custom',
      path: ['updated'],
      message: `is before published (${value.published}): the update date must not come before the publication date`,
    });
}
