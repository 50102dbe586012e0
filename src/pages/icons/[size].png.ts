/** The app icons (web manifest) and the publisher's logo (structured data), from the site's SVG icon. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { ICON_SIZES } from '../../lib/site/app';
import { renderIcon } from '../../lib/pictures/preview-render';

export const getStaticPaths = (() =>
  ICON_SIZES.map((size) => ({ params: { size: String(size) } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync('public/favicon.svg', 'utf8');
  return new Response(new Uint8Array(renderIcon(svg, Number(params.size))), {
    headers: { 'Content-Type': 'image/png' },
  });
};
