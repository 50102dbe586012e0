/** `/data/tables/<name>.schema.json`: the Frictionless Table Schema of a table's CSV (see `src/lib/atlas/tables.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABLE_NAMES, tableSchema, type TableName } from '../../../lib/atlas/tables';

export const getStaticPaths = (() => TABLE_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) =>
  new Response(`${JSON.stringify(tableSchema(params.name as TableName, site!), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
