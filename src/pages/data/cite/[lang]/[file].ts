/** The atlas's own citation files, in each language: `/data/cite/<lang>/codev-atlas.{bib,ris,csl.json}`. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_FILE, datasetWork } from '../../../../lib/cite/citable';
import { CITATION_FILES, type CitationFormat } from '../../../../lib/cite/cite';
import { getAtlas } from '../../../../lib/atlas/content';
import { LANGS, type Lang } from '../../../../lib/i18n/i18n';

export const getStaticPaths = (() =>
  LANGS.flatMap((lang) =>
    (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => ({
      params: { lang, file: `${DATASET_FILE}.${CITATION_FILES[format].ext}` },
      props: { format },
    })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const file = CITATION_FILES[(props as { format: CitationFormat }).format];
  const work = datasetWork(await getAtlas(), params.lang as Lang, site!);
  return new Response(file.write(work), { headers: { 'Content-Type': file.type } });
};
