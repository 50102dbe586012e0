/**
 * Link previews and app icons drawn to PNG at build time, with the fonts the
 * site ships in its dependencies (Noto Sans and Noto Sans Arabic, OFL), never
 * the machine's. resvg shapes the text (Arabic joining, with rustybuzz) and
 * orders it (the Unicode bidirectional algorithm); fontkit, which shapes the
 * same way, measures it for line breaking. Rendering runs off the main thread
 * (resvg's `renderAsync`), so that Astro's concurrent page rendering draws
 * several previews at once, and each PNG is kept in a cache named after its
 * SVG, so that a build draws only the previews whose content changed.
 * @see https://github.com/thx/resvg-js
 * @see https://github.com/foliojs/fontkit
 */
import { Resvg, renderAsync, type ResvgRenderOptions } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Measure } from './preview';

const require = createRequire(import.meta.url);

/** The font files, by weight: Latin first, Arabic second (the fallback order of each preview). */
const FONT_FILES = {
  400: [
    '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
    '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
  ],
  700: [
    '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
    '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  ],
} as const;

const fontPaths = () => [...FONT_FILES[400], ...FONT_FILES[700]].map((f) => require.resolve(f));

let fonts: Record<400 | 700, fontkit.Font[]> | undefined;

/** The fonts, read once per build. */
function loadFonts(): Record<400 | 700, fontkit.Font[]> {
  fonts ??= {
    400: FONT_FILES[400].map((f) => fontkit.openSync(require.resolve(f)) as fontkit.Font),
    700: FONT_FILES[700].map((f) => fontkit.openSync(require.resolve(f)) as fontkit.Font),
  };
  return fonts;
}

/** Bidirectional formatting characters: they order the text and have no width. */
const FORMATTING = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Width of a run of text without spaces, at 1 pixel per em: characters each
 * set in the first font that has them, shaped (so Arabic letters take their
 * joined forms). Kept per word, since line breaking measures the same words
 * again and again.
 */
const wordWidths = new Map<string, number>();
function wordWidth(word: string, weight: 400 | 700): number {
  const key = `${weight} ${word}`;
  const known = wordWidths.get(key);
  if (known !== undefined) return known;
  const faces = loadFonts()[weight];
  let width = 0;
  let run = '';
  let face: fontkit.Font | undefined;
  const flush = () => {
    if (run && face) width += face.layout(run).advanceWidth / face.unitsPerEm;
    run = '';
  };
  for (const char of word) {
    const cp = char.codePointAt(0)!;
    // Punctuation stays in the run it falls in.
    const own = /\p{P}/u.test(char) && face ? face : (faces.find((f) => f.hasGlyphForCodePoint(cp)) ?? faces[0]);
    if (own !== face) {
      flush();
      face = own;
    }
    run += char;
  }
  flush();
  wordWidths.set(key, width);
  return width;
}

/**
 * Width of a text as resvg draws it: its words (joining never crosses a
 * space) and the spaces between them.
 */
export const measureText: Measure = (text, size, weight) => {
  const words = text.replace(FORMATTING, '').split(' ');
  return (
    size * (words.reduce((sum, word) => sum + wordWidth(word, weight), 0) + (words.length - 1) * wordWidth(' ', weight))
  );
};

const renderOptions = (): ResvgRenderOptions => ({
  font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'Noto Sans' },
  shapeRendering: 2,
  textRendering: 1,
});

/** The cache folder (in node_modules, as Astro's and Vite's caches are): kept between builds, never published. */
const CACHE_DIR = join('node_modules', '.cache', 'atlas-previews');

/** What changes every picture: the renderer's version and the fonts it reads. */
const rendererKey = (() => {
  let key: string | undefined;
  return () => {
    key ??= createHash('sha256')
      .update(String((require('@resvg/resvg-js/package.json') as { version: string }).version))
      .update(fontPaths().join('\n'))
      .digest('hex');
    return key;
  };
})();

/**
 * `svg` drawn as a PNG of its own size, from the cache when the same SVG
 * was drawn before with the same renderer and fonts.
 */
export async function renderPng(svg: string): Promise<Buffer> {
  const name = createHash('sha256').update(rendererKey()).update(svg).digest('hex');
  const file = join(CACHE_DIR, `${name}.png`);
  try {
    return readFileSync(file);
  } catch {
    // Not drawn yet.
  }
  const png = (await renderAsync(svg, renderOptions())).asPng();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Written under another name first, so that a build stopped halfway never leaves half a file to be read back.
  const partial = `${file}.${process.pid}.part`;
  writeFileSync(partial, png);
  renameSync(partial, file);
  return png;
}

/** `svg` drawn at `width` pixels wide (app icons from the site's SVG icon), synchronously: a handful per build. */
export function renderIcon(svg: string, width: number): Buffer {
  return new Resvg(svg, { ...renderOptions(), fitTo: { mode: 'width', value: width } }).render().asPng();
}
