/**
 * The web manifest of each language: the atlas installs as an app named in
 * the reader's language, opening on its home page, right to left in Arabic.
 * @see https://www.w3.org/TR/appmanifest/
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dirOf, LANGS, t, type Lang } from '../../lib/i18n/i18n';
import { ICON_SIZES, iconPath } from '../../lib/site/app';
import { localePath, sitePath } from '../../lib/site/urls';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const manifest = {
    id: localePath(lang),
    name: t(lang, 'site.name'),
    short_name: t(lang, 'offline.app.short'),
    description: t(lang, 'site.description'),
    lang,
    dir: dirOf(lang),
    start_url: localePath(lang),
    scope: sitePath(''),
    display: 'standalone',
    background_color: '#fbfaf7',
    theme_color: '#0b5e55',
    icons: ICON_SIZES.map((size) => ({ src: iconPath(size), sizes: `${size}x${size}`, type: 'image/png' })),
  };
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
