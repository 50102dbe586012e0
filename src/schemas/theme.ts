/** Schema of the theme taxonomy (`content/themes.yaml`). */
import { z } from 'astro/zod';
import { inEveryLanguage, slug } from './common';

/** A theme of the taxonomy (`content/themes.yaml`, a list). */
export const themeSchema = z
  .object({
    id: slug.meta({ description: 'Stable id used in themes: fields.' }),
    label: inEveryLanguage.meta({ description: 'Label in every language.' }),
    description: inEveryLanguage.meta({ description: 'One sentence in every language.' }),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;
