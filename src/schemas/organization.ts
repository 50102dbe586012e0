/** Schema of an organisation (`content/organizations/<slug>.yaml`): FORIM, the CCME, a hometown association, an agency. */
import { z } from 'astro/zod';
import { countryCode, httpUrl, localized } from './common';
import { say } from '../lib/model/check/wording';

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
    name: z.string().min(1).meta({ description: 'Name in its own language.' }),
    names: localized.optional().meta({ description: 'Name in other languages, when it has an official one.' }),
    acronym: z.string().optional().meta({ description: 'Short form (FORIM).' }),
    type: z
      .enum(ORGANIZATION_TYPES, { error: () => say.oneOf(ORGANIZATION_TYPES) })
      .meta({ description: 'What kind of body it is.' }),
    country: countryCode.optional().meta({ description: 'Country of its seat; leave out for international bodies.' }),
    website: httpUrl.optional().meta({ description: 'Official website.' }),
    description: localized.meta({ description: 'One or two sentences, in each language.' }),
  })
  .strict();
export type Organization = z.infer<typeof organizationSchema>;
