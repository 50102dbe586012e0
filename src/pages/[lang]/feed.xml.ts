/** `/<lang>/feed.xml`: the RSS feed of published case studies and practices in one language. */
import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../lib/atlas/content';
import { feedItems, feedPath } from '../../lib/atlas/feed';
import { LANGS, t, type Lang } from '../../lib/i18n/i18n';
import { localePath, sitePath } from '../../lib/site/urls';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const lang = params.lang as Lang;
  const self = new URL(sitePath(feedPath(lang)), site).href;
  return rss({
    title: t(lang, 'feed.title', { site: t(lang, 'site.name') }),
    description: t(lang, 'feed.description'),
    site: new URL(localePath(lang), site).href,
    items: feedItems(await getAtlas(), lang, site!),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${lang}</language><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
  });
};
