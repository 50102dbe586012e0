/**
 * Content collections: one per folder of `content/`. The schemas live in
 * `src/schemas/`; what a single schema cannot see (references, translations,
 * sections) is checked before the build by `src/integrations/content-check.ts`,
 * which in the dev server lists the problems in place of the pages; there,
 * a loader that meets an entry its schema refuses logs instead of stopping
 * the server (`src/integrations/tolerant-loaders.ts`).
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { caseSchema } from './schemas/case';
import { organizationSchema } from './schemas/organization';
import { personSchema } from './schemas/person';
import { practiceSchema } from './schemas/practice';
import { programmeSchema } from './schemas/programme';
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
import { tolerantInDev } from './integrations/tolerant-loaders';

const root = contentDir();
/** `forim-ccme/case.yaml` → `forim-ccme`; `forim-ccme/en.md` (or `.mdx`) → `forim-ccme/en`. */
const folderId = ({ entry }: { entry: string }) => entry.replace(/\/[^/]+\.yaml$/, '').replace(/\.mdx?$/, '');
/** The facts of every entry of a case or practice folder. */
const facts = (collection: FolderCollection) =>
  glob({ pattern: `*/${FOLDER_COLLECTIONS[collection].facts}`, base: `${root}/${collection}`, generateId: folderId });
/**
 * Texts are Markdown (`fr.md`) or, when they use an editor component, MDX
 * (`fr.mdx`): see `TEXT_FILE` in `lib/model/layout.ts`. Astro renders Markdown while it syncs the
 * content and keeps the HTML in its data store, which the build holds in
 * memory; the raw text is not needed after that, so it is not kept too.
 */
const texts = (folder: string) =>
  glob({ pattern: '*/{fr,en,ar}.{md,mdx}', base: `${root}/${folder}`, generateId: folderId, retainBody: false });
const fileId = ({ entry }: { entry: string }) => entry.replace(YAML_FILE, '');
/** The entries of a collection kept as one YAML file each. */
const entries = (collection: FileCollection) =>
  glob({ pattern: '*.{yaml,yml}', base: `${root}/${collection}`, generateId: fileId });

export const collections = tolerantInDev({
  cases: defineCollection({
    loader: facts('cases'),
    schema: caseSchema,
  }),
  caseTexts: defineCollection({
    loader: texts('cases'),
    schema: caseTextSchema,
  }),
  practices: defineCollection({
    loader: facts('practices'),
    schema: practiceSchema,
  }),
  practiceTexts: defineCollection({
    loader: texts('practices'),
    schema: practiceTextSchema,
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
