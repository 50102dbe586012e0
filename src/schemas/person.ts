/** Schema of a person or corporate author credited on content (`content/people/<slug>.yaml`). */
import { z } from 'astro/zod';
import { say } from '../lib/model/check/wording';
import { localized, type Lang } from './common';

/** Whether a credited name is a person or a corporate author. */
export const PERSON_TYPES = ['person', 'organization'] as const;

/** An author, editor, reviewer or translator (`content/people/<slug>.yaml`). */
export const personSchema = z
  .object({
    name: z.string().min(1).meta({ description: 'Name as it should be cited.' }),
    names: localized.optional().meta({
      description:
        'The name in other languages, as pages in that language cite it (a corporate author such as the editorial team has one per language); `name` where none is given.',
    }),
    type: z
      .enum(PERSON_TYPES)
      .default('person')
      .meta({ description: 'person, or organization for a corporate author such as the editorial team.' }),
    orcid: z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { error: () => say.orcidFormat() })
      .optional()
      .meta({ description: 'ORCID iD (0000-0002-1825-0097).' }),
    affiliation: z.string().optional().meta({ description: 'Affiliation, when relevant.' }),
  })
  .strict();
export type Person = z.infer<typeof personSchema>;

/**
 * The name a page in `lang` cites: the person's name in that language when
 * one is given (the editorial team is "Équipe éditoriale de l'Atlas du
 * codéveloppement" on French pages), else `name` as written.
 */
export const nameIn = (person: Person, lang: Lang): string => person.names?.[lang] ?? person.name;
