/**
 * `/data/tables/<name>.csv` and `/data/tables/<name>.bom.csv`: one table for
 * analysis as CSV, the second with a byte-order mark for spreadsheets (see
 * `src/lib/atlas/tables.ts`).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas } from '../../../lib/atlas/content';
import { TABLE_NAMES, tableCsv, tableRows, type TableName } from '../../../lib/atlas/tables';

export const getStaticPaths = (() =>
  TABLE_NAMES.flatMap((name) => [{ params: { name } }, { params: { name: `${name}.bom` } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const bom = params.name!.endsWith('.bom');
  const name = params.name!.replace(/\.bom$/, '') as TableName;
  return new Response(tableCsv(name, tableRows(await getAtlas(), site!)[name], { bom }), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
};
