/**
 * Every correction of the atlas, from the `corrections` of its
 * cases and practices: the errata page lists them and the feed announces
 * each one, since a reader who cited the earlier text needs to know.
 */
import type { Correction } from '../../schemas/editorial';
import { hasPage, pickText, type Atlas } from './content';
import type { Lang } from '../../schemas/common';
import { paths } from '../site/urls';

/** One correction with the entry it corrects, as a page shows it. */
export interface AtlasCorrection {
  correction: Correction;
  section: 'cases' | 'practices';
  slug: string;
  /** The page's path without the language (`cases/<slug>`). */
  path: string;
  /** The entry's title in `lang`, or in the language its page falls back to. */
  title: string;
  titleLang: Lang;
}

/** The anchor of the corrections block on a case or practice page. */
export const CORRECTIONS_ID = 'corrections';

/** The corrections of every entry that has a page (a withdrawn one too), newest first (then by page, then in the entry's order). */
export function atlasCorrections(atlas: Atlas, lang: Lang): AtlasCorrection[] {
  const entries = [
    ...atlas.cases.filter(hasPage).map((item) => ({ item, section: 'cases' as const, path: paths.case(item.slug) })),
    ...atlas.practices
      .filter(hasPage)
      .map((item) => ({ item, section: 'practices' as const, path: paths.practice(item.slug) })),
  ];
  return entries
    .flatMap(({ item, section, path }) => {
      const picked = pickText<{ data: { title: string } }>(item.texts, lang, item.facts.originalLanguage);
      return item.facts.corrections.map((correction) => ({
        correction,
        section,
        slug: item.slug,
        path,
        title: picked.text.data.title,
        titleLang: picked.lang,
      }));
    })
    .sort((a, b) => b.correction.date.localeCompare(a.correction.date) || a.path.localeCompare(b.path));
}
