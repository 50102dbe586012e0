/**
 * Content collections: one per folder of `content/`. The schemas live in
 * `src/schemas/`; what a single schema cannot see (references, translations,
 * sections) is checked before the build by `src/integrations/content-check.ts`,
 * which in the dev server lists the problems in place of the pages; there,
 * a loader that meets an entry its schema refuses logs instead of stopping
 * the server (`src/integrations/tolerant-loaders.ts`).
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { file, glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { organizationSchema } from './schemas/organization';
import { personSchema } from './schemas/person';
import { practiceSchema } from './schemas/practice';
import { programmeSchema } from './schemas/programme';
import { withoutFacts } from './schemas/entry-fields';
import { caseTextSchema, practiceTextSchema } from './schemas/text';
import { themeSchema } from './schemas/theme';
import {
  contentDir,
  FOLDER_COLLECTIONS,
  THEMES_FILE,
  YAML_FILE,
  type FileCollection,
  type FolderCollection,
} from './lib/model/layout';
import { factsLoader } from './integrations/facts-loader';
import { tolerantInDev } from './integrations/tolerant-loaders';

const root = contentDir();
/** `forim-ccme/case.en.md` (or `.mdx`) → `forim-ccme/en`. */
const textId = ({ entry }: { entry: string }) => entry.replace(/\/[a-z]+\.([a-z]{2})\.mdx?$/, '/$1');
/**
 * Texts are Markdown (`case.fr.md`) or, when they use an editor component,
 * MDX (`case.fr.mdx`): see `TEXT_FILE` in `lib/model/layout.ts`. Astro
 * renders Markdown while it syncs the content and keeps the HTML in its data
 * store, which the build holds in memory; the raw text is not needed after
 * that, so it is not kept too. The French text's front matter also holds the
 * facts, which `text` leaves to the `cases`/`practices` collections.
 */
const texts = (collection: FolderCollection) =>
  glob({
    pattern: `*/${FOLDER_COLLECTIONS[collection].base}.{fr,en,ar}.{md,mdx}`,
    base: `${root}/${collection}`,
    generateId: textId,
    retainBody: false,
  });
/** A text's front matter without the facts the French one also holds. */
const text = <T extends z.ZodType>(collection: FolderCollection, schema: T) =>
  z.preprocess((data) => (data && typeof data === 'object' ? withoutFacts(collection, data) : data), schema);
const fileId = ({ entry }: { entry: string }) => entry.replace(YAML_FILE, '');
/** The entries of a collection kept as one YAML file each. */
const entries = (collection: FileCollection) =>
  glob({ pattern: '*.{yaml,yml}', base: `${root}/${collection}`, generateId: fileId });

export const collections = tolerantInDev({
  cases: defineCollection({
    loader: factsLoader(root, 'cases'),
    schema: caseSchema,
  }),
  caseTexts: defineCollection({
    loader: texts('cases'),
    schema: text('cases', caseTextSchema),
  }),
  practices: defineCollection({
    loader: factsLoader(root, 'practices'),
    schema: practiceSchema,
  }),
  practiceTexts: defineCollection({
    loader: texts('practices'),
    schema: text('practices', practiceTextSchema),
  }),
  organizations: defineCollection({
    loader: entries('organizations'),
    schema: organizationSchema,
  }),
  programmes: defineCollection({
    loader: entries('programmes'),
    schema: programmeSchema,
  }),
  people: defineCollection({
    loader: entries('people'),
    schema: personSchema,
  }),
  themes: defineCollection({
    loader: file(`${root}/${THEMES_FILE}`),
    schema: themeSchema,
  }),
});
