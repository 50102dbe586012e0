/** `/data/codebook.json`: every field of every content file and every column of every table (see `src/lib/atlas/codebook.ts`). */
import type { APIRoute } from 'astro';
import { codebook } from '../../lib/atlas/codebook';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(codebook(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
