/** Schema of the theme taxonomy (`content/themes.yaml`). */
import { z } from 'astro/zod';
import { slug } from './common';

/** A theme of the taxonomy (`content/themes.yaml`, a list). */
export const themeSchema = z
  .object({
    /** Stable id used in `themes:` fields. */
    id: slug,
    /** Label in every language. */
    label: z.object({ fr: z.string().min(1), en: z.string().min(1), ar: z.string().min(1) }).strict(),
    /** One sentence in every language. */
    description: z.object({ fr: z.string().min(1), en: z.string().min(1), ar: z.string().min(1) }).strict(),
  })
  .strict();
export type Theme = z.infer<typeof themeSchema>;
