/**
 * Content collections: one per folder of `content/`. The schemas live in
 * `src/schemas/`; what a single schema cannot see (references, translations,
 * sections) is checked before the build by `src/integrations/content-check.ts`.
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
import { contentDir } from './lib/model/layout';

const root = contentDir();
/** `forim-ccme/case.yaml` → `forim-ccme`; `forim-ccme/en.md` (or `.mdx`) → `forim-ccme/en`. */
const folderId = ({ entry }: { entry: string }) => entry.replace(/\/(case|practice)\.yaml$/, '').replace(/\.mdx?$/, '');
/**
 * Texts are Markdown (`fr.md`) or, when they use an editor component, MDX
 * (`fr.mdx`): see `TEXT_FILE` in `lib/model/layout.ts`. Astro renders Markdown while it syncs the
 * content and keeps the HTML in its data store, which the build holds in
 * memory; the raw text is not needed after that, so it is not kept too.
 */
const texts = (folder: string) =>
  glob({ pattern: '*/{fr,en,ar}.{md,mdx}', base: `${root}/${folder}`, generateId: folderId, retainBody: false });
const fileId = ({ entry }: { entry: string }) => entry.replace(/\.ya?ml$/, '');

export const collections = {
  cases: defineCollection({
    loader: glob({ pattern: '*/case.yaml', base: `${root}/cases`, generateId: folderId }),
    schema: caseSchema,
  }),
  caseTexts: defineCollection({
    loader: texts('cases'),
    schema: caseTextSchema,
  }),
  practices: defineCollection({
    loader: glob({ pattern: '*/practice.yaml', base: `${root}/practices`, generateId: folderId }),
    schema: practiceSchema,
  }),
  practiceTexts: defineCollection({
    loader: texts('practices'),
    schema: practiceTextSchema,
  }),
  organizations: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/organizations`, generateId: fileId }),
    schema: organizationSchema,
  }),
  programmes: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/programmes`, generateId: fileId }),
    schema: programmeSchema,
  }),
  people: defineCollection({
    loader: glob({ pattern: '*.{yaml,yml}', base: `${root}/people`, generateId: fileId }),
    schema: personSchema,
  }),
  themes: defineCollection({
    loader: file(`${root}/themes.yaml`),
    schema: themeSchema,
  }),
};
