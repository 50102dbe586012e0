/**
 * What the link preview of each page shows (src/lib/pictures/preview.ts
 * draws it), and where it is published: one picture per case, practice and
 * programme in each language, and one for the atlas that every other page
 * shares.
 */
import { countryNames, dirOf, joinList, nameOf, acronymPrefix, t, type Lang } from '../i18n/i18n';
import { locatorBaseSvg, locatorSvg, LOCATOR_WIDTH } from '../pictures/maps';
import { worldFrame } from '../pictures/geo';
import type { PreviewModel } from '../pictures/preview';
import { SITE_URL } from '../site/site';
import { pickText, type Atlas } from './content';

import type { PreviewSection } from '../site/app';

const frame = (siteName: string, lang: Lang) => ({
  dir: dirOf(lang),
  siteName,
  host: new URL(SITE_URL).host,
});

/** The preview of the atlas itself, for pages without one of their own. */
export function sitePreview(lang: Lang): PreviewModel {
  return {
    ...frame(t(lang, 'site.name'), lang),
    kicker: t(lang, 'preview.atlas'),
    title: t(lang, 'site.tagline'),
  };
}

/** The preview of an entry, with the title, kind and countries or themes it shows (and the text for its alt). */
export function entryPreview(atlas: Atlas, lang: Lang, section: PreviewSection, slug: string): PreviewModel {
  const siteName = t(lang, 'site.name');
  if (section === 'cases') {
    const item = atlas.caseBySlug.get(slug)!;
    const { height } = worldFrame(LOCATOR_WIDTH);
    return {
      ...frame(siteName, lang),
      kicker: t(lang, `kind.${item.facts.kind}`),
      title: pickText(item.texts, lang, item.facts.originalLanguage).text.data.title,
      facts: joinList(lang, countryNames(item.countries, lang)),
      map: { world: locatorBaseSvg({ borders: false }), layer: locatorSvg(item), width: LOCATOR_WIDTH, height },
    };
  }
  if (section === 'practices') {
    const item = atlas.practiceBySlug.get(slug)!;
    return {
      ...frame(siteName, lang),
      kicker: t(lang, `category.${item.facts.category}`),
      title: pickText(item.texts, lang, item.facts.originalLanguage).text.data.title,
      facts: joinList(
        lang,
        item.facts.themes.map((id) => atlas.themes.get(id)!.label[lang]),
      ),
    };
  }
  const programme = atlas.programmes.get(slug)!;
  const name = nameOf(programme, lang).text;
  return {
    ...frame(siteName, lang),
    kicker: t(lang, 'preview.programme'),
    title: `${acronymPrefix(programme, name)}${name}`,
    facts: programme.countries.length ? joinList(lang, countryNames(programme.countries, lang)) : undefined,
  };
}
