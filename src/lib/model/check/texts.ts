/**
 * The texts of a case or practice folder (`<lang>.md` or `<lang>.mdx`): file
 * names, front matter, MDX safety of the body, the translation block, and for
 * cases the standard sections and, for a transfer, what was adapted.
 */
import type { z } from 'astro/zod';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Lang } from '../../../schemas/common';
import { FOLDER_COLLECTIONS, filesIn, textFileName } from '../layout';
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
  parsed?: Parsed | undefined;
  tree?: MdxNode | undefined;
}
export type Texts<T> = Map<Lang, TextFound<T>>;

const FACT_FILES = new Set<string>(Object.values(FOLDER_COLLECTIONS).map((c) => c.facts));

/** Reads every text of an entry's folder; the body is checked even when the front matter is not valid. */
export function readTexts<T>(problems: Problems, dir: string, schema: z.ZodType<T>): Texts<T> {
  const texts: Texts<T> = new Map();
  for (const name of filesIn(dir)) {
    const path = join(dir, name);
    if (FACT_FILES.has(name) || isImageFile(name)) continue;
    const found = textFileName(name);
    if (!found) {
      problems.add(problems.rel(path), 'file', say.unexpectedTextFile());
      continue;
    }
    const { lang, format } = found;
    if (texts.has(lang)) {
      problems.add(problems.rel(path), 'file', say.mdAndMdx(lang));
      continue;
    }
    const text = readFileSync(path, 'utf8');
    const parsed = problems.read(path, text);
    const tree = checkBody(problems, path, text, dirname(path), format);
    const value = parsed ? validate(problems, parsed, schema) : undefined;
    // A draft translation still holds the original while it is translated; the site shows the original meanwhile.
    const draft = (value as Partial<TextFrontMatter> | undefined)?.translation?.draft;
    if (parsed && tree && !draft) checkLanguage(problems, parsed, lang, tree);
    texts.set(lang, { parsed, tree, value });
  }
  return texts;
}

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
      problems.add(parsed, 'translation.from', say.translatedFromMissing(value.translation.from), [
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
