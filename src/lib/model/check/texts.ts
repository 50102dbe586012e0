/**
 * The texts of a case or practice folder (`case.<lang>.md` or `.mdx`): file
 * names, front matter, MDX safety of the body, the translation block, and for
 * cases the standard sections and, for a transfer, what was adapted. The
 * French text's front matter also holds the facts: they are cut from its text
 * fields here, and checked by the caller.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../../../schemas/common';
import { FACT_FIELDS, splitFields, TEXT_FIELDS } from '../../../schemas/entry-fields';
import { didYouMean } from '../../editors/did-you-mean';
import { FACTS_LANG, FOLDER_COLLECTIONS, filesIn, textFileName, type FolderCollection } from '../layout';
import { isImageFile, type MdxNode } from '../safe-mdx';
import { headingsOf, missingSections, SECTION_HEADINGS } from '../sections';
import { checkLanguage } from './language';
import { checkBody } from './mdx';
import type { Parsed, Problems } from './read';
import { checkReferences, type Known } from './references';
import { validate } from './schema';
import { say } from './wording';

/** What every text's front matter has. */
export interface TextFrontMatter {
  title: string;
  translation?: { from: Lang; date: string; translators: string[]; draft: boolean } | undefined;
}

/** A text file found in a folder, with its value when its front matter is valid. */
export interface TextFound<T> {
  value?: T | undefined;
  /** Its front matter as read; in the French text, its text fields only. */
  parsed?: Parsed | undefined;
  tree?: MdxNode | undefined;
  /** In the French text: the facts of its front matter (same lines, facts only). */
  facts?: Parsed | undefined;
}
export type Texts<T> = Map<Lang, TextFound<T>>;

/** The facts files of the layout before the facts moved into the French text. */
const FORMER_FACT_FILES = new Set(Object.values(FOLDER_COLLECTIONS).map(({ base }) => `${base}.yaml`));

/**
 * Reads every text of an entry's folder; the body is checked even when the
 * front matter is not valid. The French text's front matter is cut in two:
 * its text fields are checked here, its facts are left to the caller (in
 * `facts`); a field that is neither is named. A fact in another language's
 * text is named too: facts are written once, in the French text.
 */
export function readTexts<T>(
  problems: Problems,
  collection: FolderCollection,
  dir: string,
  schema: z.ZodType<T>,
): Texts<T> {
  const texts: Texts<T> = new Map();
  const base = FOLDER_COLLECTIONS[collection].base;
  for (const name of filesIn(dir)) {
    const path = join(dir, name);
    if (isImageFile(name)) continue;
    if (FORMER_FACT_FILES.has(name)) {
      problems.add(problems.rel(path), 'file', say.formerFactsFile(name, `${base}.${FACTS_LANG}.md`));
      continue;
    }
    const found = textFileName(name);
    if (!found || found.collection !== collection) {
      problems.add(problems.rel(path), 'file', say.unexpectedTextFile(base));
      continue;
    }
    const { lang, format } = found;
    if (texts.has(lang)) {
      problems.add(problems.rel(path), 'file', say.mdAndMdx(`${base}.${lang}`, lang));
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const read = problems.read(path, text);
    let parsed = read;
    let facts: Parsed | undefined;
    if (read) {
      const fields = splitFields(collection, read.data);
      if (lang === FACTS_LANG) {
        // A field a letter or two away from one the front matter lacks is that field misspelt.
        const absent = [...FACT_FIELDS[collection], ...TEXT_FIELDS[collection]].filter(
          (field) => !(field in fields.facts || field in fields.text),
        );
        for (const key of fields.neither)
          problems.add(read, key, say.neitherFactNorText(key, didYouMean(key, absent)), [key]);
        parsed = { ...read, data: fields.text };
        facts = { ...read, data: fields.facts };
      } else {
        for (const key of Object.keys(fields.facts))
          problems.add(read, key, say.factOutsideFrench(`${base}.${FACTS_LANG}.md`), [key]);
        // Other unknown fields are left to the schema, which names them.
        parsed = { ...read, data: { ...fields.text, ...pick(read.data, fields.neither) } };
      }
    }
    const tree = checkBody(problems, path, text, dirname(path), format);
    const value = parsed ? validate(problems, parsed, schema) : undefined;
    // A draft translation still holds the original while it is translated; the site shows the original meanwhile.
    const draft = (value as Partial<TextFrontMatter> | undefined)?.translation?.draft;
    if (parsed && tree && !draft) checkLanguage(problems, parsed, lang, tree);
    texts.set(lang, { parsed, tree, value, facts });
  }
  return texts;
}

/** The fields `keys` of a front matter. */
const pick = (data: unknown, keys: string[]) =>
  Object.fromEntries(keys.map((key) => [key, (data as Record<string, unknown>)[key]]));

/** Checks that the original text exists and that every other one says what it translates, and by whom. */
export function checkTranslations(
  problems: Problems,
  factsFile: string,
  original: Lang,
  texts: Texts<TextFrontMatter>,
  kind: 'case' | 'practice',
  known: Known,
): void {
  if (!texts.has(original)) problems.add(factsFile, 'originalLanguage', say.originalMissing(original, kind));
  for (const [lang, { value, parsed }] of texts) {
    if (!value || !parsed) continue;
    if (lang === original) {
      if (value.translation)
        problems.add(parsed, 'translation', say.originalWithTranslation(original), ['translation']);
      continue;
    }
    if (!value.translation) {
      problems.add(parsed, 'translation', say.translationMissing(original));
      continue;
    }
    if (!texts.has(value.translation.from))
      problems.add(parsed, 'translation.from', say.translatedFromMissing(value.translation.from, kind), [
        'translation',
        'from',
      ]);
    checkReferences(problems, parsed, 'texts', value, known, 'add');
  }
}

/** A case text needs the standard sections, and for a transfer a sentence on what was adapted. */
export function checkCaseTexts(
  problems: Problems,
  texts: Texts<TextFrontMatter & { adapted?: string | undefined }>,
  kind: string | undefined,
): void {
  for (const [lang, { value, parsed }] of texts) {
    if (!parsed) continue;
    const standard = new Set(Object.values(SECTION_HEADINGS[lang]));
    const others = headingLines(parsed).filter(({ heading }) => !standard.has(heading));
    for (const key of missingSections(parsed.body ?? '', lang)) {
      const wanted = SECTION_HEADINGS[lang][key];
      const near = others.find(({ heading }) => looksLike(heading, wanted));
      if (near)
        problems.list.push({
          file: parsed.file,
          line: near.line,
          field: 'body',
          message: say.headingNotStandard(near.heading, wanted),
        });
      else problems.add(parsed, 'body', say.sectionMissing(wanted, [...standard]));
    }
    if (value && kind === 'transfer' && !value.adapted) problems.add(parsed, 'adapted', say.adaptedMissing());
  }
}

/** The level-2 headings of a text's body, with their lines in the file. */
function headingLines(parsed: Parsed): { heading: string; line: number }[] {
  return (parsed.body ?? '')
    .split('\n')
    .flatMap((text, i) => headingsOf(text).map((heading) => ({ heading, line: (parsed.bodyLine ?? 1) + i })));
}

/** Letters only, lower case, without accents: `Résultats` and `resultats` look alike. */
const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toLowerCase();

/** Whether a heading is a slip of a standard one: the same letters but for accents, case or one or two typos. */
function looksLike(heading: string, wanted: string): boolean {
  const [a, b] = [folded(heading), folded(wanted)];
  return a === b || distance(a, b) <= Math.min(2, Math.floor(b.length / 4));
}

/** Levenshtein edit distance. */
function distance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length];
}
