/** The world drawn under every case's locator map, one file cached across case pages. */
import type { APIRoute } from 'astro';
import { locatorBaseSvg } from '../../lib/pictures/maps';

export const GET: APIRoute = () =>
  new Response(locatorBaseSvg(), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
