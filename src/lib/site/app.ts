/**
 * The pictures that stand for the atlas outside its pages: the link preview
 * of each page (drawn at build time, src/pages/previews/) and the app icons
 * (from the site's SVG icon, src/pages/icons/[size].png.ts), which also serve
 * as the publisher's logo in the pages' structured data.
 */
import type { Lang } from '../../schemas/common';
import { entryPreviews } from './scale';
import { sitePath } from './urls';

/** The sections whose entries have their own preview. */
export type PreviewSection = 'cases' | 'practices' | 'programmes';

/** Path of a preview under the base: an entry's, or the atlas's when no entry is given or entries have none. */
export function previewPath(lang: Lang, entry?: { section: PreviewSection; slug: string }): string {
  return sitePath(
    entry && entryPreviews() ? `previews/${lang}/${entry.section}/${entry.slug}.png` : `previews/${lang}/atlas.png`,
  );
}

/** Sizes of the app icons in pixels: the two every platform asks a web app for. */
export const ICON_SIZES = [192, 512] as const;

/** Path of the app icon of `size` pixels under the base. */
export const iconPath = (size: (typeof ICON_SIZES)[number]) => sitePath(`icons/${size}.png`);

/** Path of the web manifest of a language (the app's name and start page in that language). */
export const manifestPath = (lang: Lang) => sitePath(`${lang}/manifest.webmanifest`);

/** Path segments (without the language) of the offline notice and of the list of kept pages. */
export const offlinePaths = { notice: 'offline', kept: 'offline/kept' };
