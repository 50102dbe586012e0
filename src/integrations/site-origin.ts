/**
 * The site's origin as a CSS custom property, `--site-origin` (a string,
 * `"https://codev-atlas.github.io"`), in a stylesheet module that the page
 * layout imports: `virtual:atlas/site-origin.css`. The print stylesheet
 * writes it before the address of every link within the site, so that a
 * printed page gives addresses a reader can type. A stylesheet because the
 * Content-Security-Policy refuses inline styles; from the configuration's
 * `site` so that a fork prints its own address.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The module's name, as pages import it. */
export const SITE_ORIGIN_MODULE = 'virtual:atlas/site-origin.css';
/** Its resolved id: a path ending in `.css`, so that Vite handles it as a stylesheet. */
const RESOLVED = '/@atlas/site-origin.css';

/** The stylesheet: one custom property on the root element, the origin as a CSS string. */
export function siteOriginCss(site: string): string {
  return `:root{--site-origin:${JSON.stringify(new URL(site).origin)}}\n`;
}

/** The integration that serves `virtual:atlas/site-origin.css` from the configuration's `site`. */
export function siteOrigin(): AstroIntegration {
  return {
    name: 'codev-atlas:site-origin',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const css = siteOriginCss(config.site ?? 'http://localhost/');
        const plugin: Plugin = {
          name: 'codev-atlas:site-origin',
          resolveId: (id) => (id === SITE_ORIGIN_MODULE ? RESOLVED : undefined),
          load: (id) => (id === RESOLVED ? css : undefined),
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
      'astro:config:done': ({ injectTypes }) => {
        injectTypes({ filename: 'site-origin.d.ts', content: `declare module '${SITE_ORIGIN_MODULE}';\n` });
      },
    },
  };
}
