/** Schema of a funding or support programme (`content/programmes/<slug>.yaml`), e.g. PRA/OSIM. */
import { z } from 'astro/zod';
import { countryCode, httpUrl, localized, period, ref } from './common';

/** A funding or support programme (`content/programmes/<slug>.yaml`). */
export const programmeSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'Name in its own language.' }),
    names: localized.optional().meta({ description: 'Name in other languages.' }),
    acronym: z.string().optional().meta({ description: 'Short form (PRA/OSIM).' }),
    operator: ref.meta({ description: 'Organisation that runs it.' }),
    funders: z.array(ref).default([]).meta({ description: 'Organisations that fund it.' }),
    countries: z
      .array(countryCode)
      .default([])
      .meta({ description: 'Countries where it funds projects; leave empty when it is open to many.' }),
    period: period.optional().meta({ description: 'When it runs.' }),
    website: httpUrl.optional().meta({ description: 'Official page.' }),
    description: localized.meta({ description: 'What it funds and how, in each language.' }),
    rules: z.array(localized).default([]).meta({ description: 'Co-financing rules, in each language, one per line.' }),
  })
  .strict();
export type Programme = z.infer<typeof programmeSchema>;
