/** `/data/practices.json`: every published practice (see `src/lib/export.ts`). */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/content';
import { practicesFile } from '../../lib/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(practicesFile(await getAtlas(), site!), null, 2) + '\n', {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
