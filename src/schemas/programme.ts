/** Schema of a funding or support programme (`content/programmes/<slug>.yaml`), e.g. PRA/OSIM. */
import { z } from 'astro/zod';
import { countryCode, httpUrl, localized, period, ref } from './common';

/** A funding or support programme (`content/programmes/<slug>.yaml`). */
export const programmeSchema = z
  .object({
    /** Name in its own language. */
    name: z.string().min(1),
    /** Name in other languages. */
    names: localized.optional(),
    /** Short form (`PRA/OSIM`). */
    acronym: z.string().optional(),
    /** Organisation that runs it. */
    operator: ref,
    /** Organisations that fund it. */
    funders: z.array(ref).default([]),
    /** Countries where it funds projects; leave empty when it is open to many. */
    countries: z.array(countryCode).default([]),
    /** When it runs. */
    period: period.optional(),
    /** Official page. */
    website: httpUrl.optional(),
    /** What it funds and how, in each language. */
    description: localized,
    /** Co-financing rules, in each language, one per line. */
    rules: z.array(localized).default([]),
  })
  .strict();
export type Programme = z.infer<typeof programmeSchema>;
