/** Page metadata helpers. */

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
