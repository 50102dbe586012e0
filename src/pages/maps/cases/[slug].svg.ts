/**
 * The locator layer of each case (its countries and flows), drawn over
 * `/maps/world.svg` on the case page. An image file rather than inline SVG,
 * so that it weighs nothing in the case page's HTML budget.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAtlas, type AtlasCase } from '../../../lib/atlas/content';
import { locatorSvg } from '../../../lib/pictures/maps';

export const getStaticPaths = (async () => {
  const atlas = await getAtlas();
  return atlas.cases.map((item) => ({ params: { slug: item.slug }, props: { item } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: AtlasCase }> = ({ props }) =>
  new Response(locatorSvg(props.item), { headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
