/**
 * Editorial fields shared by case studies and practices: status, dates,
 * credit, licence and identifiers. A researcher cites these; an editor
 * changes them in review.
 */
import { z } from 'astro/zod';
import { ISO_DAY, isoDate, lang, licence, localized, ref, slug, status } from './common';
import { say } from '../lib/model/check/wording';

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
    .min(1, { error: () => say.needsAuthor() })
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
    .regex(/^10\.\d{4,9}\/\S+$/, { error: () => say.doiFormat() })
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
      ctx.addIssue({ code: 'custom', path: ['reviewers'], message: say.reviewedWithoutReviewers() });
    if (!value.reviewedOn) ctx.addIssue({ code: 'custom', path: ['reviewedOn'], message: say.reviewedWithoutDate() });
  }
  value.reviewers.forEach((reviewer, i) => {
    if (value.authors.includes(reviewer))
      ctx.addIssue({ code: 'custom', path: ['reviewers', i], message: say.reviewerIsAuthor(reviewer) });
  });
  // Dates are compared only when both are written YYYY-MM-DD: another shape has a message of its own.
  const before = (date: string, published: string) => ISO_DAY.test(date) && ISO_DAY.test(published) && date < published;
  value.corrections.forEach((c, i) => {
    if (before(c.date, value.published))
      ctx.addIssue({
        code: 'custom',
        path: ['corrections', i, 'date'],
        message: say.correctionBeforePublished(value.published),
      });
  });
  if (value.status === 'retired' && !value.retiredReason)
    ctx.addIssue({ code: 'custom', path: ['retiredReason'], message: say.retiredWithoutReason() });
  if (before(value.updated, value.published))
    ctx.addIssue({ code: 'custom', path: ['updated'], message: say.updatedBeforePublished(value.published) });
}
