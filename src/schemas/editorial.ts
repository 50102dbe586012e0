/**
 * Editorial fields shared by case studies and practices: status, dates,
 * credit, licence and identifiers. A researcher cites these; an editor
 * changes them in review.
 */
import { z } from 'astro/zod';
import { isoDate, lang, licence, localized, ref, slug, status } from './common';

export const editorial = {
  /** Editorial status (draft, published, reviewed, retired). */
  status,
  /** Date the case was first published. */
  published: isoDate,
  /** Date of the last change to its facts or original text. */
  updated: isoDate,
  /** Slugs of the authors in `content/people/`. */
  authors: z.array(ref).min(1, 'needs at least one author (a slug in content/people/)'),
  /** Slugs of the reviewers; required when `status: reviewed`. */
  reviewers: z.array(ref).default([]),
  /** Date of the review; required when `status: reviewed`. */
  reviewedOn: isoDate.optional(),
  /** Why the case was retired; required when `status: retired`. */
  retiredReason: localized.optional(),
  /** Licence of the text. */
  licence,
  /** DOI of the case, if one was minted (`10.5281/zenodo.123`). */
  doi: z
    .string()
    .regex(/^10\.\d{4,9}\/\S+$/, 'must be a DOI such as "10.5281/zenodo.1234"')
    .optional(),
  /** Language the case was first written in. */
  originalLanguage: lang,
  /** Former slugs of this case, kept so their URLs still lead here. */
  formerSlugs: z.array(slug).default([]),
};

type EditorialValue = {
  status: string;
  published: string;
  updated: string;
  reviewers: string[];
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
