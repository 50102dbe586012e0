/**
 * Whether a text is written in its file's language: a translation left in
 * the original language (French laid out right to left as `case.ar.md`) is
 * refused. The rule is deliberately coarse, so that it never refuses a real
 * text: the script decides Arabic against French and English, and for those
 * two the share of their most common small words decides, only when the text
 * is long enough and one language clearly wins.
 */
import type { Lang } from '../../../schemas/common';
import { bodyTexts, type MdxNode } from '../safe-mdx';
import { SCAFFOLD_MARKER } from '../../editors/scaffold-marker';
import type { Parsed, Problems } from './read';
import { say } from './wording';

/** Small words frequent in one language and rare in the other. */
const COMMON_WORDS: Record<'fr' | 'en', Set<string>> = {
  fr: new Set(
    'le la les des du et est une dans qui que sur pour par aux avec sont ont cette ces il elle nous leur été'.split(
      ' ',
    ),
  ),
  en: new Set('the and of to is was with that from are were this which have has their they been for by'.split(' ')),
};

/** Fewer letters than this and the text is too short to judge. */
const MIN_LETTERS = 80;
/** Fewer common words than this and French against English is not judged. */
const MIN_COMMON = 12;

/** The language a text's words show, when they show one clearly. */
export function detectLanguage(text: string): Lang | undefined {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return undefined;
  const arabic = text.match(/\p{Script=Arabic}/gu)?.length ?? 0;
  const latin = text.match(/\p{Script=Latin}/gu)?.length ?? 0;
  if (arabic > letters * 0.6) return 'ar';
  if (latin < letters * 0.6) return undefined;
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const fr = words.filter((w) => COMMON_WORDS.fr.has(w)).length;
  const en = words.filter((w) => COMMON_WORDS.en.has(w)).length;
  if (fr + en < MIN_COMMON) return undefined;
  if (fr > en * 3) return 'fr';
  if (en > fr * 3) return 'en';
  return undefined;
}

/** Refuses a text whose body is clearly in another language than its file's. */
export function checkLanguage(problems: Problems, parsed: Parsed, lang: Lang, tree: MdxNode): void {
  // Lines the scaffold left to write hold its guidance, in the editor's language, not the text's.
  const texts = bodyTexts(tree).filter((t) => !t.value.includes(SCAFFOLD_MARKER));
  const found = detectLanguage(texts.map((t) => t.value).join(' '));
  if (!found || found === lang) return;
  const name = parsed.file.split('/').pop() ?? parsed.file;
  problems.list.push({
    file: parsed.file,
    line: texts.find((t) => t.line !== undefined)?.line,
    field: 'body',
    message: say.wrongLanguage(found, lang, name, name.replace(/\.[a-z]{2}\.(mdx?)$/, `.${found}.$1`)),
  });
}
