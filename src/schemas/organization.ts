/** Schema of an organisation (`content/organizations/<slug>.yaml`): FORIM, the CCME, a hometown association, an agency. */
import { z } from 'astro/zod';
import { countryCode, httpUrl, localized } from './common';

/** Kinds of organisation. */
export const ORGANIZATION_TYPES = [
  'diaspora-association',
  'diaspora-federation',
  'ngo',
  'public-agency',
  'government',
  'local-authority',
  'international-organisation',
  'research',
  'company',
  'foundation',
  'community',
] as const;

/** An organisation (`content/organizations/<slug>.yaml`). */
export const organizationSchema = z
  .object({
    /** Name in its own language. */
    name: z.string().min(1),
    /** Name in other languages, when it has an official one. */
    names: localized.optional(),
    /** Short form (`FORIM`). */
    acronym: z.string().optional(),
    /** What kind of body it is. */
    type: z.enum(ORGANIZATION_TYPES, { error: `must be one of ${ORGANIZATION_TYPES.join(', ')}` }),
    /** Country of its seat; leave out for international bodies. */
    country: countryCode.optional(),
    /** Official website. */
    website: httpUrl.optional(),
    /** One or two sentences, in each language. */
    description: localized,
  })
  .strict();
export type Organization = z.infer<typeof organizationSchema>;
