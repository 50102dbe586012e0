/** `/data/cases.csv`: one row per published case study, columns documented on the data page. */
import type { APIRoute } from 'astro';
import { getAtlas } from '../../lib/atlas/content';
import { casesCsv, casesFile } from '../../lib/atlas/export';

export const GET: APIRoute = async ({ site }) =>
  new Response(casesCsv(casesFile(await getAtlas(), site!).cases), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' },
  });
