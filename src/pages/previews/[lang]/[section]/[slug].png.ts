/**
 * The link preview of every case, practice and programme in every language
 * (og:image and twitter:image of its page), drawn at build time; none when
 * `ATLAS_ENTRY_PREVIEWS=0` (src/lib/site/scale.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../../lib/atlas/content';
import { entryPreview } from '../../../../lib/atlas/previews';
import type { PreviewSection } from '../../../../lib/site/app';
import { entryPreviews } from '../../../../lib/site/scale';
import type { Lang } from '../../../../lib/i18n/i18n';
import { LANGS } from '../../../../lib/i18n/i18n';
import { previewSvg } from '../../../../lib/pictures/preview';
import { measureText, renderPng } from '../../../../lib/pictures/preview-render';

export const getStaticPaths = (async () => {
  if (!entryPreviews()) return [];
  const atlas = await getAtlas();
  const entries: { section: PreviewSection; slug: string }[] = [
    ...atlas.cases.map((c) => ({ section: 'cases' as const, slug: c.slug })),
    ...atlas.practices.map((p) => ({ section: 'practices' as const, slug: p.slug })),
    ...atlas.programmeSlugs.map((slug) => ({ section: 'programmes' as const, slug })),
  ];
  return LANGS.flatMap((lang) => entries.map((e) => ({ params: { lang, ...e } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const atlas = await getAtlas();
  const model = entryPreview(atlas, params.lang as Lang, params.section as PreviewSection, params.slug!);
  const png = await renderPng(previewSvg(model, measureText));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
