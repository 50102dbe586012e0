/**
 * The facts' texts (what was wrong and what changed in a correction, who
 * benefits, a result's label, a source's note…) are read by the readers of
 * every language the entry is written in: each must be given in each of
 * them, or a reader meets it in another language, unannounced. A
 * translation still in draft is not shown yet, so it is not counted: its
 * translator adds the facts' text before removing `draft: true`. Names
 * (`places[].names`, a diaspora's `originLocality`) are given only in the
 * languages that write them otherwise, and are left out.
 */
import { LANGS, type Lang } from '../../../schemas/common';
import type { Parsed, Problems } from './read';
import type { TextFrontMatter, Texts } from './texts';
import { say } from './wording';

type Path = (string | number)[];

/** The fields that hold a name per language rather than a text. */
const NAME_FIELDS = new Set<string | number | undefined>(['names', 'originLocality']);

/** Whether `value` is a text per language (`{ fr: …, en: … }`). */
const isLocalized = (value: object): value is Partial<Record<Lang, unknown>> =>
  Object.keys(value).length > 0 && Object.keys(value).every((key) => (LANGS as readonly string[]).includes(key));

/** Every text per language in `value`, with its path, names left out. */
function localizedIn(value: unknown, path: Path = []): { path: Path; text: Partial<Record<Lang, unknown>> }[] {
  if (Array.isArray(value)) return value.flatMap((item, i) => localizedIn(item, [...path, i]));
  if (value === null || typeof value !== 'object') return [];
  if (isLocalized(value)) return NAME_FIELDS.has(path.at(-1)) ? [] : [{ path, text: value }];
  return Object.entries(value).flatMap(([key, item]) => localizedIn(item, [...path, key]));
}

/** Refuses a text of the facts that is missing in a language the entry has a finished text in. */
export function checkFactLanguages(problems: Problems, parsed: Parsed, texts: Texts<TextFrontMatter>): void {
  const written = [...texts]
    .filter(([, text]) => !text.value?.translation?.draft)
    .map(([lang]): Lang => lang)
    .sort();
  for (const { path, text } of localizedIn(parsed.data))
    for (const lang of written)
      if (!text[lang]) problems.add(parsed, path.join('.'), say.textMissingLanguage(lang, written), path);
}
