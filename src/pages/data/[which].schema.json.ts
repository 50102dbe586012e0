/** `/data/cases.schema.json` and `/data/practices.schema.json`: JSON Schemas of the exports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonSchemaOf } from '../../lib/atlas/export';

export const getStaticPaths = (() =>
  (['cases', 'practices'] as const).map((which) => ({ params: { which } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(JSON.stringify(jsonSchemaOf(params.which as 'cases' | 'practices', site!), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/schema+json' },
  });
