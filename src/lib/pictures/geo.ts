/**
 * Geography of the pictures, computed at build time: Natural Earth country
 * shapes from `world-atlas` (110 m, simplified), an Equal Earth projection,
 * country centroids and the curves of the flows. Content names countries by
 * ISO 3166-1 alpha-2 code; world-atlas by ISO numeric code, mapped here with
 * `i18n-iso-countries`. Output is SVG path data with integer coordinates, so
 * that a whole world map stays a few tens of kilobytes.
 * @see https://www.naturalearthdata.com/
 * @see https://equal-earth.com/
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoPath, type GeoProjection } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import world110 from 'world-atlas/countries-110m.json' with { type: 'json' };
import world50 from 'world-atlas/countries-50m.json' with { type: 'json' };

type Shape = Feature<Polygon | MultiPolygon, { name: string }>;
type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/** ISO numeric code of Antarctica, left off the maps: it would take a fifth of the height for no case. */
const ANTARCTICA = '010';

/**
 * Share of the 110 m vertices that the drawn maps keep (the most significant
 * by Visvalingam's effective area). Lower is smaller and coarser.
 */
const KEEP = 0.7;

/** Below this projected area (in square units of a map 1000 wide) a country is also marked with a dot, or it could not be seen. */
const DOT_AREA = 40;

const joinNumbers = (numbers: number[]) => numbers.map((n, i) => (i > 0 && n >= 0 ? ' ' : '') + n).join('');

/**
 * Rewrites d3's path data (`M1,2L3,4…Z`) with relative moves (`M1,2l2 2…z`),
 * dropping points that rounding made repeat and closed parts that it
 * flattened: about half the bytes, and a third less once compressed.
 */
export function compactPath(d: string): string {
  let out = '';
  for (const part of d.split('M').filter(Boolean)) {
    const closed = part.endsWith('Z');
    const points = part
      .replace(/Z$/, '')
      .split('L')
      .map((p) => p.split(',').map(Number) as [number, number]);
    const kept = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
    const last = kept.at(-1)!;
    if (closed && kept.length > 1 && last[0] === kept[0][0] && last[1] === kept[0][1]) kept.pop();
    if (closed && kept.length < 3) continue;
    const steps = kept.slice(1).flatMap((p, i) => [p[0] - kept[i][0], p[1] - kept[i][1]]);
    out += `M${kept[0][0]},${kept[0][1]}${steps.length ? `l${joinNumbers(steps)}` : ''}${closed ? 'z' : ''}`;
  }
  return out;
}

const shapesOf = (topology: World): Shape[] =>
  (feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>)
    .features;

/** The alpha-2 code of a world-atlas feature, or undefined (Kosovo, Northern Cyprus, Somaliland have none). */
const codeOf = (shape: Shape): string | undefined =>
  shape.id === undefined ? undefined : countries.numericToAlpha2(String(shape.id));

let cache:
  | {
      /** Simplified shapes to draw, Antarctica left out. */
      drawn: Shape[];
      /** Drawn shapes by alpha-2 code. */
      byCode: Map<string, Shape>;
      /** Centroids ([longitude, latitude]) by alpha-2 code, from the full-detail shapes. */
      centroids: Map<string, [number, number]>;
    }
  | undefined;

/** The largest polygon of a shape: France without French Guiana, the United States without Alaska. */
function mainland(shape: Shape): Feature<Polygon> {
  const polygons = shape.geometry.type === 'Polygon' ? [shape.geometry.coordinates] : shape.geometry.coordinates;
  const parts = polygons.map((coordinates): Feature<Polygon> => ({
    type: 'Feature',
    properties: {},
    geometry: { type: 'Polygon', coordinates },
  }));
  return parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
}

function load() {
  if (cache) return cache;
  const topology = world110 as unknown as World;
  const weighted = presimplify(topology);
  const simplified = simplify<World['objects']>(weighted, quantile(weighted, KEEP));
  const drawn = shapesOf(simplified).filter((s) => s.id !== ANTARCTICA);
  const byCode = new Map<string, Shape>();
  for (const s of drawn) {
    const code = codeOf(s);
    if (code) byCode.set(code, s);
  }
  const centroids = new Map<string, [number, number]>();
  // Countries too small for the 110 m scale (Comoros, Cabo Verde…) get their centroid from the 50 m shapes.
  for (const shape of [...shapesOf(world50 as unknown as World), ...shapesOf(topology)]) {
    const code = codeOf(shape);
    if (code) centroids.set(code, geoCentroid(mainland(shape)));
  }
  cache = { drawn, byCode, centroids };
  return cache;
}

/** A projection of the world (without Antarctica) `width` units wide, with the height it needs. */
export interface WorldFrame {
  width: number;
  height: number;
  projection: GeoProjection;
  /** Path generator with integer coordinates. */
  path: GeoPath;
}

const frames = new Map<number, WorldFrame>();

/** The Equal Earth frame of a map `width` units wide; the same for every picture of that width. */
export function worldFrame(width: number): WorldFrame {
  const known = frames.get(width);
  if (known) return known;
  const { drawn } = load();
  const all: FeatureCollection = { type: 'FeatureCollection', features: drawn };
  const projection = geoEqualEarth().fitWidth(width, all);
  const path = geoPath(projection).digits(0);
  const [[, y0], [, y1]] = path.bounds(all);
  projection.translate([projection.translate()[0], projection.translate()[1] - y0]);
  const frame = { width, height: Math.ceil(y1 - y0), projection, path };
  frames.set(width, frame);
  return frame;
}

/** Whether the atlas can place `code` on a map (Natural Earth knows the country). */
export function isMappable(code: string): boolean {
  return load().centroids.has(code);
}

/** Centroid of a country's main landmass, [longitude, latitude], or undefined if Natural Earth lacks it. */
export function countryCentroid(code: string): [number, number] | undefined {
  return load().centroids.get(code);
}

/** A country as drawn in a frame: its shape (empty when too small for the scale) and, when small, a dot. */
export interface DrawnCountry {
  code: string;
  /** SVG path data of the shape; empty when the country has no shape at this scale. */
  d: string;
  /** Where to draw a dot so that a small country can be seen and pointed at. */
  dot?: [number, number];
}

/** Shape and, for small countries, a dot of each country in `codes` that Natural Earth knows. */
export function drawCountries(frame: WorldFrame, codes: readonly string[]): DrawnCountry[] {
  const { byCode } = load();
  const scale = 1000 / frame.width;
  return codes.filter(isMappable).map((code) => {
    const shape = byCode.get(code);
    const d = shape ? compactPath(frame.path(shape) ?? '') : '';
    const small = !shape || frame.path.area(shape) * scale * scale < DOT_AREA;
    return small ? { code, d, dot: project(frame, countryCentroid(code)!) } : { code, d };
  });
}

/** One path of every country but `except`: the grey land under the shaded countries. */
export function landPath(frame: WorldFrame, except: readonly string[] = []): string {
  const skip = new Set(except);
  const { drawn } = load();
  return compactPath(
    frame.path({ type: 'FeatureCollection', features: drawn.filter((s) => !skip.has(codeOf(s) ?? '')) }) ?? '',
  );
}

function project(frame: WorldFrame, lonLat: [number, number]): [number, number] {
  const [x, y] = frame.projection(lonLat)!;
  return [Math.round(x), Math.round(y)];
}

/**
 * A curved arrow from one country's centroid to another's, as SVG path data:
 * a quadratic curve bent to the left of its direction, so that the flows A→B
 * and B→A do not lie on top of each other.
 */
export function flowPath(frame: WorldFrame, from: string, to: string): string | undefined {
  const a = countryCentroid(from);
  const b = countryCentroid(to);
  if (!a || !b) return undefined;
  const [x0, y0] = project(frame, a);
  const [x1, y1] = project(frame, b);
  const [dx, dy] = [x1 - x0, y1 - y0];
  const bend = 0.2;
  const cx = Math.round((x0 + x1) / 2 + dy * bend);
  const cy = Math.round((y0 + y1) / 2 - dx * bend);
  return `M${x0},${y0}Q${cx},${cy} ${x1},${y1}`;
}
