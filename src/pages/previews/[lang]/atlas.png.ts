/** The link preview of the atlas, in every language, for the pages that have none of their own. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { sitePreview } from '../../../lib/atlas/previews';
import { LANGS, type Lang } from '../../../lib/i18n/i18n';
import { previewSvg } from '../../../lib/pictures/preview';
import { measureText, renderPng } from '../../../lib/pictures/preview-render';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const png = await renderPng(previewSvg(sitePreview(params.lang as Lang), measureText));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
