/**
 * The items of each language's RSS feed: every published case and practice,
 * newest first, titled and summarised in the feed's language when translated
 * (else in the original, as the page shows it), and one item per correction,
 * since a correction is news to whoever read or cited the earlier text.
 * @see https://www.rssboard.org/rss-specification
 */
import type { RSSFeedItem } from '@astrojs/rss';
import type { Lang } from '../../schemas/common';
import { isListed, pickText, type Atlas } from './content';
import { atlasCorrections, CORRECTIONS_ID } from './corrections';
import { localize, t } from '../i18n/i18n';
import { localePath, paths } from '../site/urls';

/** The feed's items for `lang`, with absolute links (their guids). */
export function feedItems(atlas: Atlas, lang: Lang, site: URL | string): RSSFeedItem[] {
  const entries = [
    ...atlas.cases.filter(isListed).map((item) => ({ item, path: paths.case(item.slug), label: t(lang, 'nav.cases') })),
    ...atlas.practices
      .filter(isListed)
      .map((item) => ({ item, path: paths.practice(item.slug), label: t(lang, 'nav.practices') })),
  ];
  const published = entries
    .sort(
      (a, b) =>
        b.item.facts.published.localeCompare(a.item.facts.published) ||
        b.item.facts.updated.localeCompare(a.item.facts.updated) ||
        a.item.slug.localeCompare(b.item.slug),
    )
    .map(({ item, path, label }) => {
      const text = pickText<{ data: { title: string; summary: string } }>(item.texts, lang, item.facts.originalLanguage)
        .text.data;
      return {
        title: text.title,
        description: text.summary,
        link: new URL(localePath(lang, path), site).href,
        pubDate: new Date(`${item.facts.published}T00:00:00Z`),
        categories: [label, ...item.facts.themes.map((id) => atlas.themes.get(id)?.label[lang] ?? id)],
      };
    });
  const corrections = atlasCorrections(atlas, lang).map(({ correction, path, title }, i, all) => {
    // Two corrections of one page on one day still need their own guid.
    const rank = all.slice(0, i).filter((o) => o.path === path && o.correction.date === correction.date).length;
    const link = new URL(`${localePath(lang, path)}#${CORRECTIONS_ID}`, site).href;
    return {
      title: t(lang, 'feed.correction', { title }),
      description: [
        `${t(lang, 'corrections.wrong')}${t(lang, 'punct.colon')}${localize(correction.wrong, lang).text}`,
        `${t(lang, 'corrections.changed')}${t(lang, 'punct.colon')}${localize(correction.changed, lang).text}`,
      ].join('\n'),
      link,
      customData: `<guid isPermaLink="false">${link}-${correction.date}${rank ? `-${rank + 1}` : ''}</guid>`,
      pubDate: new Date(`${correction.date}T00:00:00Z`),
      categories: [t(lang, 'corrections.title')],
    };
  });
  return [...corrections, ...published].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime());
}

/** Path, under the site's base, of the feed in `lang`. */
export const feedPath = (lang: Lang) => `${lang}/feed.xml`;
