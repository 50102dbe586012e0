/**
 * The link preview of a page (the picture a messaging app or a social network
 * shows beside a shared link), as SVG: the atlas's name, the kind of entry,
 * its title, a line of facts (countries, themes) and, for a case, its locator
 * map. Text is laid out here, line by line, with a measure given by the
 * renderer (src/lib/pictures/preview-render.ts), because SVG has no line
 * wrapping; shaping and right-to-left order are left to the renderer, which
 * applies the Unicode bidirectional algorithm within each line.
 * @see https://ogp.me/#structured (og:image, 1200 × 630 recommended by the networks)
 */
import { isolatedLtr, isolatedNumbers } from '../i18n/bidi';

/** Size of a preview, the ratio (1.91:1) Facebook, LinkedIn, X and WhatsApp crop to. */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

/** Width of a text in pixels at a font size and weight, as the renderer will draw it. */
export type Measure = (text: string, size: number, weight: 400 | 700) => number;

/** What a preview shows, in the page's language. */
export interface PreviewModel {
  dir: 'ltr' | 'rtl';
  siteName: string;
  /** The site's host, written at the foot (`codev-atlas.org`). */
  host: string;
  /** The kind of entry (`South-South practice transfer`), above the title. */
  kicker: string;
  title: string;
  /** Facts under the title: countries, themes. */
  facts?: string | undefined;
  /** The locator map (a case): its world and its layer, two SVG documents of the same frame. */
  map?: { world: string; layer: string; width: number; height: number } | undefined;
}

const COLOURS = { paper: '#fbfaf7', ink: '#1c2430', muted: '#4a5565', brand: '#0b5e55', accent: '#b45309' };
const MARGIN = 60;
const TITLE = { size: 50, line: 62, lines: 4 };
const FACTS = { size: 28, line: 38, lines: 2 };
const MAP_WIDTH = 420;

/** Right-to-left mark (UAX #9). */
const RLM = '\u200f';

const escapeXml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/**
 * `text` cut into at most `maxLines` lines that `fits` accepts, breaking
 * between words; the last line kept ends with an ellipsis when words are
 * left over. A single word wider than the line is kept whole (the renderer
 * clips it), since cutting inside an Arabic word would break its shaping.
 */
export function wrapLines(text: string, maxLines: number, fits: (line: string) => boolean): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let next = 0;
  while (next < words.length) {
    const candidate = line ? `${line} ${words[next]}` : words[next];
    if (!line || fits(candidate)) {
      line = candidate;
      next++;
      continue;
    }
    lines.push(line);
    line = '';
    if (lines.length === maxLines) break;
  }
  if (line) lines.push(line);
  if (next < words.length) {
    const ellipsis = (line: string) => `${line.replace(/[\s,:;،؛–—-]+$/, '')}…`;
    let last = lines.pop()!;
    while (last.includes(' ') && !fits(ellipsis(last))) last = last.slice(0, last.lastIndexOf(' '));
    lines.push(ellipsis(last));
  }
  return lines;
}

/**
 * A line as the renderer should order it: in a right-to-left preview, opened
 * by a right-to-left mark (resvg takes a line's direction from its first
 * strong character and ignores embeddings, so a title that starts with a
 * Latin name would otherwise be laid out left to right), with its dash-joined
 * numbers isolated left to right, as the pages do with `<span dir="ltr">`
 * (see src/lib/i18n/bidi.ts).
 */
export function bidiLine(line: string, dir: 'ltr' | 'rtl'): string {
  if (dir === 'ltr') return line;
  const parts = isolatedNumbers(line, 'ar').map((p) => (typeof p === 'string' ? p : isolatedLtr(p.ltr)));
  return `${RLM}${parts.join('')}`;
}

/** Data URL of an SVG document, for an `<image>` inside the preview. */
const svgDataUrl = (svg: string) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

/** The preview as an SVG document of PREVIEW_WIDTH × PREVIEW_HEIGHT. */
export function previewSvg(model: PreviewModel, measure: Measure): string {
  const rtl = model.dir === 'rtl';
  const textWidth = PREVIEW_WIDTH - 2 * MARGIN - (model.map ? MAP_WIDTH + 40 : 0);
  // Text starts at the left margin, or ends at the right one in Arabic.
  const x = rtl ? PREVIEW_WIDTH - MARGIN : MARGIN;
  const anchor = rtl ? ' text-anchor="end"' : '';
  const text = (content: string, y: number, size: number, weight: 400 | 700, fill: string) =>
    `<text x="${x}" y="${y}" font-size="${size}" font-weight="${weight}" fill="${fill}"${anchor}>${escapeXml(bidiLine(content, model.dir))}</text>`;
  const fits = (size: number, weight: 400 | 700) => (line: string) => measure(line, size, weight) <= textWidth;

  const title = wrapLines(model.title, TITLE.lines, fits(TITLE.size, 700));
  const facts = model.facts ? wrapLines(model.facts, FACTS.lines, fits(FACTS.size, 400)) : [];
  let y = 200;
  const parts = [
    `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="${COLOURS.paper}"/>`,
    `<rect y="${PREVIEW_HEIGHT - 16}" width="${PREVIEW_WIDTH}" height="16" fill="${COLOURS.brand}"/>`,
    text(model.siteName, 84, 32, 700, COLOURS.brand),
    text(model.kicker, 150, 28, 700, COLOURS.accent),
  ];
  for (const line of title) {
    y += line === title[0] ? 16 : TITLE.line;
    parts.push(text(line, y, TITLE.size, 700, COLOURS.ink));
  }
  y += 24;
  for (const line of facts) {
    y += FACTS.line;
    parts.push(text(line, y, FACTS.size, 400, COLOURS.muted));
  }
  parts.push(text(model.host, PREVIEW_HEIGHT - 48, 24, 400, COLOURS.muted));
  if (model.map) {
    const height = Math.round((model.map.height * MAP_WIDTH) / model.map.width);
    const mapX = rtl ? MARGIN : PREVIEW_WIDTH - MARGIN - MAP_WIDTH;
    const mapY = Math.round((PREVIEW_HEIGHT - height) / 2);
    parts.push(
      `<rect x="${mapX - 1}" y="${mapY - 1}" width="${MAP_WIDTH + 2}" height="${height + 2}" rx="6" fill="#fff" stroke="#d9d5cc"/>`,
      ...[model.map.world, model.map.layer].map(
        (svg) => `<image x="${mapX}" y="${mapY}" width="${MAP_WIDTH}" height="${height}" href="${svgDataUrl(svg)}"/>`,
      ),
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}" font-family="${rtl ? 'Noto Sans Arabic, Noto Sans' : 'Noto Sans, Noto Sans Arabic'}">${parts.join('')}</svg>`;
}
