/** Page metadata helpers. */
import type { Lang } from '../../schemas/common';

/** Search engines and browser tabs cut titles near 70 characters. */
export const MAX_TITLE = 70;

/** Length of a text once escaped in HTML (`'` becomes `&#39;`), as validators count it. */
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const htmlLength = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]).length;

/**
 * The `<title>` of a page: "Title — Site" when it fits, else the title
 * alone, else the title cut after a whole word with an ellipsis. The full
 * title stays in the page's heading and in the citation metadata.
 */
export function documentTitle(title: string, siteName: string): string {
  if (title === siteName) return siteName;
  const full = `${title} — ${siteName}`;
  if (htmlLength(full) <= MAX_TITLE) return full;
  if (htmlLength(title) <= MAX_TITLE) return title;
  const words = title.split(/\s+/);
  while (words.length > 1 && htmlLength(`${words.join(' ')}…`) > MAX_TITLE) words.pop();
  return `${words.join(' ').replace(/[\s,:;–—-]+$/, '')}…`;
}

/** OpenGraph locales (`language_TERRITORY`) of the site's languages. */
export const OG_LOCALES: Record<Lang, string> = { fr: 'fr_FR', en: 'en_GB', ar: 'ar_AR' };

/** A preview picture of a page: its absolute address, alternative text and size in pixels. */
export interface PreviewImage {
  url: string;
  alt: string;
  width: number;
  height: number;
}

/** A `<meta>` tag of the social networks: `property` for OpenGraph, `name` for X (Twitter). */
export interface SocialTag {
  name?: string;
  property?: string;
  content: string;
}

/**
 * The tags that make a shared link show as a card (Facebook, WhatsApp,
 * LinkedIn, Signal, X): the picture with its alternative text and size, and
 * X's large-picture card. A case or practice page writes its own OpenGraph
 * article tags (src/lib/cite/citation-meta.ts), so `article` leaves out the
 * title, type and address here; every other page gets them as a `website`.
 * @see https://ogp.me/#structured
 * @see https://developer.x.com/en/docs/x-for-websites/cards/overview/markup
 */
export function socialTags(page: {
  title: string;
  description: string;
  url: string;
  siteName: string;
  lang: Lang;
  image: PreviewImage;
  article: boolean;
}): SocialTag[] {
  const { image } = page;
  return [
    ...(page.article
      ? []
      : [
          { property: 'og:type', content: 'website' },
          { property: 'og:title', content: page.title },
          { property: 'og:description', content: page.description },
          { property: 'og:url', content: page.url },
          { property: 'og:site_name', content: page.siteName },
          { property: 'og:locale', content: OG_LOCALES[page.lang] },
        ]),
    { property: 'og:image', content: image.url },
    { property: 'og:image:alt', content: image.alt },
    { property: 'og:image:width', content: String(image.width) },
    { property: 'og:image:height', content: String(image.height) },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:title', content: page.title },
    { name: 'twitter:description', content: page.description },
    { name: 'twitter:image', content: image.url },
    { name: 'twitter:image:alt', content: image.alt },
  ];
}
