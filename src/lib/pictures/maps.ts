/**
 * The maps as data: the world map of the atlas (countries shaded by number of
 * cases, arrows for the flows) and the locator map of one case, which is
 * written as two SVG files, a world shared by every case and a transparent
 * layer of the case's countries and flows drawn over it. Geometry comes from
 * `geo.ts`, numbers from `stats.ts`, colours from `palette.ts`.
 */
import { drawCountries, flowPath, landPath, worldFrame, type DrawnCountry } from './geo';
import { classOf, countClasses, MAP_COLOURS, TRANSFER_DASH, type CountClass } from './palette';
import { caseFlows, type CountedCase, type Flow, type Tally } from '../atlas/stats';
import { sitePath } from '../site/urls';

/** Width of the world map in SVG units: about its width on a desktop screen, so that 1 unit ≈ 1 pixel. */
export const WORLD_WIDTH = 1000;
/** Width of the locator map in SVG units (shown at about 350 pixels). */
export const LOCATOR_WIDTH = 480;

/** Addresses of a case's locator map: the shared world, and the layer of the case drawn over it. */
export function locatorFiles(slug: string): { world: string; layer: string } {
  return { world: sitePath('maps/world.svg'), layer: sitePath(`maps/cases/${slug}.svg`) };
}

/** A shaded country of the world map. */
export interface MapCountry extends DrawnCountry {
  count: number;
  colour: string;
}

/** A flow of the world map, with its curve. */
export interface MapFlow extends Flow {
  d: string;
}

/** Everything the world map draws. */
export interface WorldMapModel {
  width: number;
  height: number;
  /** One path of every country without a case. */
  land: string;
  /** Countries with at least one case, most cases first. */
  countries: MapCountry[];
  /** Flows with their curves, transfers first so that diaspora links are drawn on top. */
  flows: MapFlow[];
  /** Classes of the colour scale, for the legend. */
  classes: CountClass[];
}

/** The world map of `counts` (cases per country) and `flows`. */
export function worldMap(counts: readonly Tally[], flows: readonly Flow[], width = WORLD_WIDTH): WorldMapModel {
  const frame = worldFrame(width);
  const classes = countClasses(Math.max(0, ...counts.map((c) => c.count)));
  const countOf = new Map(counts.map((c) => [c.key, c.count]));
  const countries = drawCountries(
    frame,
    counts.map((c) => c.key),
  ).map((c) => {
    const count = countOf.get(c.code)!;
    return { ...c, count, colour: classOf(classes, count)!.colour };
  });
  const drawnFlows = flows
    .map((f) => ({ ...f, d: flowPath(frame, f.from, f.to) }))
    .filter((f): f is MapFlow => f.d !== undefined)
    .sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'transfer' ? -1 : 1));
  return {
    width: frame.width,
    height: frame.height,
    land: landPath(
      frame,
      countries.filter((c) => c.d).map((c) => c.code),
    ),
    countries,
    flows: drawnFlows,
    classes,
  };
}

/** Stroke of a flow of either kind: colour and, for transfers, a dash. */
export function flowStroke(kind: Flow['kind']): { stroke: string; dash?: string } {
  return kind === 'diaspora' ? { stroke: MAP_COLOURS.diaspora } : { stroke: MAP_COLOURS.transfer, dash: TRANSFER_DASH };
}

/** Arrowheads of the two kinds of flow, as SVG `<marker>` elements with ids `${prefix}-diaspora` and `${prefix}-transfer`. */
export function arrowMarkers(prefix: string): string {
  return (['diaspora', 'transfer'] as const)
    .map(
      (kind) =>
        `<marker id="${prefix}-${kind}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1L10,5L0,9z" fill="${flowStroke(kind).stroke}"/></marker>`,
    )
    .join('');
}

const svgOpen = (width: number, height: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">`;

/** The two locator worlds, drawn once each: every case's link preview in each language is drawn on the same one. */
const locatorBases = new Map<boolean, string>();

/**
 * The world under every locator map: grey countries with white borders, or
 * without them (`borders: false`) where the map is drawn to PNG, in the link
 * previews, whose file the borders' anti-aliased pixels would nearly double.
 */
export function locatorBaseSvg({ borders = true } = {}): string {
  const known = locatorBases.get(borders);
  if (known !== undefined) return known;
  const frame = worldFrame(LOCATOR_WIDTH);
  const stroke = borders ? ` stroke="${MAP_COLOURS.border}" stroke-width="0.5"` : '';
  const svg = `${svgOpen(frame.width, frame.height)}<path d="${landPath(frame)}" fill="${MAP_COLOURS.land}"${stroke}/></svg>`;
  locatorBases.set(borders, svg);
  return svg;
}

/**
 * The layer of one case over the locator world: its countries shaded (small
 * ones with a dot) and its flows as arrows. Transparent elsewhere, and in the
 * same frame as `locatorBaseSvg`, so that the two images superpose exactly.
 */
export function locatorSvg(item: CountedCase): string {
  const frame = worldFrame(LOCATOR_WIDTH);
  const fill = MAP_COLOURS.locator;
  const countries = drawCountries(frame, item.countries)
    .map(
      (c) =>
        (c.d ? `<path d="${c.d}"/>` : '') +
        (c.dot ? `<circle cx="${c.dot[0]}" cy="${c.dot[1]}" r="3.5" stroke="${MAP_COLOURS.border}"/>` : ''),
    )
    .join('');
  const flows = caseFlows(item.facts)
    .map((f) => ({ ...f, d: flowPath(frame, f.from, f.to) }))
    .filter((f) => f.d)
    .map((f) => {
      const { stroke, dash } = flowStroke(f.kind);
      return `<path d="${f.d}" stroke="${stroke}"${dash ? ` stroke-dasharray="${dash}"` : ''} marker-end="url(#a-${f.kind})"/>`;
    })
    .join('');
  return (
    svgOpen(frame.width, frame.height) +
    `<defs>${arrowMarkers('a')}</defs>` +
    `<g fill="${fill}" stroke="${MAP_COLOURS.shadedBorder}" stroke-width="0.5">${countries}</g>` +
    `<g fill="none" stroke-width="1.5">${flows}</g></svg>`
  );
}
