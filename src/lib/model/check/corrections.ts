/**
 * Corrections are read by the readers of every language the entry is written
 * in: each one must say what was wrong and what changed in each of them. A
 * translation still in draft is not shown yet, so it is not counted: its
 * translator adds the corrections' text before removing `draft: true`.
 */
import type { Lang } from '../../../schemas/common';
import type { Correction } from '../../../schemas/editorial';
import type { Parsed, Problems } from './read';
import type { TextFrontMatter, Texts } from './texts';
import { say } from './wording';

/** Refuses a correction whose text is missing in a language the entry has a finished text in. */
export function checkCorrections(
  problems: Problems,
  parsed: Parsed,
  corrections: readonly Correction[],
  texts: Texts<TextFrontMatter>,
): void {
  const written = [...texts]
    .filter(([, text]) => !text.value?.translation?.draft)
    .map(([lang]): Lang => lang)
    .sort();
  corrections.forEach((correction, i) => {
    for (const field of ['wrong', 'changed'] as const)
      for (const lang of written)
        if (!correction[field][lang])
          problems.add(parsed, `corrections.${i}.${field}`, say.correctionMissingLanguage(lang, written), [
            'corrections',
            i,
            field,
          ]);
  });
}
