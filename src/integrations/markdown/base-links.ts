/**
 * Prefixes the site's base path to links and images that editors write from
 * the site's root (`[a practice](/fr/practices/x/)`), so that the same MDX
 * works at a domain root and under a sub-path (a GitHub Pages project site).
 * Astro does not rewrite links inside Markdown; this hast plugin for the
 * build's Markdown processor (satteri) does, for MDX and Markdown alike.
 */

interface Ctx {
  setProperty(node: unknown, name: string, value: string): void;
}
interface Element {
  tagName: string;
  properties?: Record<string, unknown>;
}

/** `/fr/cases/x/` under base `/codev-atlas/` → `/codev-atlas/fr/cases/x/`; other links unchanged. */
export function withBase(url: string, base: string): string {
  const prefix = base.replace(/\/+$/, '');
  if (!prefix || !url.startsWith('/') || url.startsWith('//') || url === prefix || url.startsWith(`${prefix}/`))
    return url;
  return `${prefix}${url}`;
}

export function baseLinksPlugin(base: string) {
  return {
    name: 'codev-atlas:base-links',
    element: {
      filter: ['a', 'img'],
      visit(node: unknown, ctx: Ctx) {
        const element = node as Element;
        const key = element.tagName === 'a' ? 'href' : 'src';
        const value = element.properties?.[key];
        if (typeof value !== 'string') return;
        const rewritten = withBase(value, base);
        if (rewritten !== value) ctx.setProperty(node, key, rewritten);
      },
    },
  };
}
