/**
 * Citation downloads of every case and practice page, in every language:
 * `/data/cite/<lang>/<cases|practices>/<slug>.{bib,ris,csl.json}`.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { citableItems, workOf, type CitableItem } from '../../../../../lib/cite/citable';
import { CITATION_FILES, type CitationFormat } from '../../../../../lib/cite/cite';
import { getAtlas } from '../../../../../lib/atlas/content';
import { LANGS, type Lang } from '../../../../../lib/i18n/i18n';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return LANGS.flatMap((lang) =>
    citableItems(atlas).flatMap((entry) =>
      (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => ({
        params: { lang, section: entry.section, file: `${entry.item.slug}.${CITATION_FILES[format].ext}` },
        props: { entry, format },
      })),
    ),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { entry, format } = props as { entry: CitableItem; format: CitationFormat };
  const work = workOf(await getAtlas(), entry, params.lang as Lang, site!);
  const file = CITATION_FILES[format];
  return new Response(file.write(work), { headers: { 'Content-Type': file.type } });
};
