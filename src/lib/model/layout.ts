/**
 * The content folder, as one module knows it: where it is, the folder of each
 * collection, the file names of texts and which one holds the facts, the walk of a collection, the
 * split of a text into front matter and body, and the one YAML reader of the
 * project. The content check, the scaffold (`npm run new`), the redirect map,
 * the generator of synthetic content and the tests all go through it, so that
 * a change of layout is made here once.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { LANGS, type Lang } from '../../schemas/common';

/**
 * The content folder. The published site is built from `content/`;
 * benchmarks and tests point `ATLAS_CONTENT_DIR` at generated content in a
 * temporary folder, so that synthetic cases never reach the published site.
 */
export function contentDir(): string {
  return resolve(process.env.ATLAS_CONTENT_DIR || 'content');
}

/**
 * Collections kept as one folder per entry, with one text per language named
 * `<base>.<lang>.md` (`case.fr.md`, `practice.en.md`): the names the web
 * editor reads as the translations of one entry. The facts live in the front
 * matter of the French text, after its text fields (see `FACTS_LANG`).
 */
export const FOLDER_COLLECTIONS = {
  cases: { base: 'case', label: 'case' },
  practices: { base: 'practice', label: 'practice' },
} as const;
export type FolderCollection = keyof typeof FOLDER_COLLECTIONS;

/**
 * The language of the text whose front matter also holds the facts of its
 * case or practice: one file for a new entry, so that a new case is one
 * change (one pull request from the web editor).
 */
export const FACTS_LANG = 'fr' satisfies Lang;

/** Collections kept as one YAML file per entry (`<slug>.yaml`). */
export const FILE_COLLECTIONS = ['organizations', 'programmes', 'people'] as const;
export type FileCollection = (typeof FILE_COLLECTIONS)[number];

/** The theme taxonomy: one list in one file. */
export const THEMES_FILE = 'themes.yaml';

/** Every collection an entry can refer to. */
export type Collection = FolderCollection | FileCollection | 'themes';

/**
 * Where an entry of `collection` lives, as an editor is told to create it
 * (`<slug>` stands for the slug); a theme is an entry of the file that lists them.
 */
export const ENTRY_PLACE: Record<Collection, string> = {
  cases: 'content/cases/<slug>/',
  practices: 'content/practices/<slug>/',
  organizations: 'content/organizations/<slug>.yaml',
  programmes: 'content/programmes/<slug>.yaml',
  people: 'content/people/<slug>.yaml',
  themes: `content/${THEMES_FILE}`,
};

/** A YAML file of a file collection: `<slug>.yaml` or `<slug>.yml`. */
export const YAML_FILE = /\.ya?ml$/;

/**
 * A text of a case or practice: `case.<lang>.md` (`practice.<lang>.md`),
 * plain Markdown (the usual form, and the cheapest to build: Astro renders it
 * while syncing content), or `.mdx` when it uses an editor component (each
 * MDX text becomes a module of the build, which costs time and memory on
 * large sites).
 */
export const TEXT_FILE = /^(case|practice)\.([a-z]{2})\.(mdx?)$/;
export type TextFormat = 'md' | 'mdx';

/** The collection of a base name of text files (`case` → `cases`). */
const COLLECTION_OF_BASE = Object.fromEntries(
  Object.entries(FOLDER_COLLECTIONS).map(([collection, { base }]) => [base, collection as FolderCollection]),
);

/** The collection, language and format of a text file name (`case.en.mdx`), when it is one. */
export function textFileName(
  name: string,
): { collection: FolderCollection; lang: Lang; format: TextFormat } | undefined {
  const match = TEXT_FILE.exec(name);
  if (!match || !(LANGS as readonly string[]).includes(match[2])) return undefined;
  return { collection: COLLECTION_OF_BASE[match[1]], lang: match[2] as Lang, format: match[3] as TextFormat };
}

/** The text of an entry's folder in `lang`, as `case.fr.md` or `case.fr.mdx`, when there is one. */
export function textIn(
  collection: FolderCollection,
  dir: string,
  lang: Lang,
): { path: string; format: TextFormat } | undefined {
  for (const format of ['md', 'mdx'] as const) {
    const path = textFile(collection, dir, lang, format);
    if (existsSync(path)) return { path, format };
  }
  return undefined;
}

/** One entry found in a collection's folder; `slug` is its folder or file name, not yet checked. */
export interface FoundEntry {
  slug: string;
  /** Its folder (folder collections) or its YAML file (file collections). */
  path: string;
}

/**
 * The entries of a collection in name order, hidden files left out: the
 * folders of `cases`/`practices`, the YAML files of the others. A missing
 * collection folder has no entries.
 */
export function walk(root: string, collection: FolderCollection | FileCollection): FoundEntry[] {
  const dir = join(root, collection);
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  const folders = collection in FOLDER_COLLECTIONS;
  return names.flatMap((name) => {
    if (name.startsWith('.')) return [];
    const path = join(dir, name);
    const isDir = statSync(path).isDirectory();
    if (folders) return isDir ? [{ slug: name, path }] : [];
    return !isDir && YAML_FILE.test(name) ? [{ slug: name.replace(YAML_FILE, ''), path }] : [];
  });
}

/** The folder of a case or practice. */
export const entryFolder = (root: string, collection: FolderCollection, slug: string) => join(root, collection, slug);

/** The content folder a case's or practice's folder is in: the inverse of `entryFolder`. */
export const contentRootOf = (folder: string) => dirname(dirname(folder));

/**
 * The file that holds the facts of a case or practice: its French text
 * (`case.fr.md`, or `case.fr.mdx` when that is the one there). A folder with
 * neither is named with `.md`, the form a new entry takes.
 */
export const factsFile = (collection: FolderCollection, folder: string) =>
  textIn(collection, folder, FACTS_LANG)?.path ?? textFile(collection, folder, FACTS_LANG, 'md');

/**
 * The facts of a case or practice: the front matter of its facts file (text
 * fields included, which the callers leave aside), read as Astro's loaders
 * read YAML; undefined when the file or its front matter is missing.
 */
export function readFacts(file: string, options: YamlOptions = {}): Record<string, unknown> | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const parts = splitFrontMatter(text.replace(/^\uFEFF/, ''));
  return parts ? (parseYaml(parts.frontMatter, options) as Record<string, unknown>) : undefined;
}

/**
 * A digest of the front matter of every facts file of the cases and
 * practices: the texts' citation numbers depend on the facts (see
 * `src/integrations/markdown/citations.ts`).
 */
export function factsDigest(root: string): string {
  const hash = createHash('sha256');
  for (const collection of Object.keys(FOLDER_COLLECTIONS) as FolderCollection[])
    for (const { path } of walk(root, collection)) {
      const file = factsFile(collection, path);
      if (!existsSync(file)) continue;
      const parts = splitFrontMatter(readFileSync(file, 'utf8'));
      if (parts) hash.update(file).update(parts.frontMatter);
    }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The names a text had before the facts moved into the French text
 * (`fr.md`, `en.mdx`: the facts were in `case.yaml`), which the history
 * still knows: the French text's past is read there.
 */
export const formerTextFiles = (folder: string, lang: Lang) => [
  join(folder, `${lang}.md`),
  join(folder, `${lang}.mdx`),
];

/** The name a text had before that move: `content/cases/x/case.fr.md` → `content/cases/x/fr.md`. */
export const formerTextName = (path: string) => path.replace(/\/(?:case|practice)\.([a-z]{2}\.mdx?)$/, '/$1');

/** The file of an organisation, programme or person. */
export const entryFile = (root: string, collection: FileCollection, slug: string) =>
  join(root, collection, `${slug}.yaml`);

/** The file of a text in an entry's folder (`case.fr.md`, `practice.en.mdx`). */
export const textFile = (collection: FolderCollection, folder: string, lang: Lang, format: TextFormat) =>
  join(folder, `${FOLDER_COLLECTIONS[collection].base}.${lang}.${format}`);

/** The names of the text files in an entry's folder, in name order (other files included; hidden ones left out). */
export function filesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort();
}

/** A Markdown or MDX text cut into its front matter and its body. */
export interface TextParts {
  /** The YAML between the two `---` lines. */
  frontMatter: string;
  body: string;
  /** Lines before the front matter's YAML starts (the opening `---`). */
  offset: number;
}

/** Splits a text into front matter and body; undefined when it has no front matter. */
export function splitFrontMatter(text: string): TextParts | undefined {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  return match ? { frontMatter: match[1], body: match[2], offset: 1 } : undefined;
}

/** YAML read, with what it takes to locate a field in its text. */
export interface ReadYaml {
  /** The value, or undefined when the text is not valid YAML. */
  data: unknown;
  /** The first syntax error (those after it follow from it). */
  error?: { message: string; line?: number };
  /** The parsed document and its line counter, to find the line of a field. */
  doc: Document;
  counter: LineCounter;
}

/** How to read YAML. */
export interface YamlOptions {
  /**
   * Keep dates as the text written (`2019-03-01`) instead of reading them as
   * dates as Astro's loaders do; for readers that compare values with what
   * the pages print.
   */
  datesAsText?: boolean;
}

/**
 * Reads YAML the way Astro's loaders do (YAML 1.2, with dates written
 * `2019-03-01` read as dates, which the schemas turn back into text), keeping
 * positions so that a problem can name its line. It is the only YAML reader
 * of the project: the check, the redirect map, the scaffold and the tests
 * see the same values as the pages.
 */
export function readYaml(text: string, options: YamlOptions = {}): ReadYaml {
  const counter = new LineCounter();
  const doc = parseDocument(text, {
    lineCounter: counter,
    prettyErrors: true,
    customTags: options.datesAsText ? [] : ['timestamp'],
  });
  const first: YAMLError | undefined = doc.errors[0];
  if (first)
    return {
      data: undefined,
      doc,
      counter,
      error: {
        message: first.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
        line: first.linePos?.[0]?.line,
      },
    };
  return { data: doc.toJS({ maxAliasCount: -1 }) ?? null, doc, counter };
}

/** Reads YAML that is expected to be valid (written by the project's own tools), throwing its first error. */
export function parseYaml(text: string, options: YamlOptions = {}): unknown {
  const read = readYaml(text, options);
  if (read.error) throw new Error(`${read.error.line ? `line ${read.error.line}: ` : ''}${read.error.message}`);
  return read.data;
}
