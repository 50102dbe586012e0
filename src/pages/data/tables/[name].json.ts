/** `/data/tables/<name>.json`: one table for analysis as a JSON array of rows (see `src/lib/atlas/tables.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../lib/atlas/content';
import { TABLE_NAMES, tableJson, tableRows, type TableName } from '../../../lib/atlas/tables';

export const getStaticPaths = (() => TABLE_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.name as TableName;
  return new Response(tableJson(name, tableRows(await getAtlas(), site!)[name]), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
