/**
 * The site's origin as a CSS custom property, `--site-origin` (a string,
 * `"https://codev-atlas.github.io"`), added to the end of the site's
 * stylesheet (src/styles/global.css) as Vite reads it. The print stylesheet
 * writes it before the address of every link within the site, so that a
 * printed page gives addresses a reader can type. In the stylesheet because
 * the Content-Security-Policy refuses inline styles, and in that one rather
 * than a stylesheet of its own, which every page would wait for as a second
 * request; from the configuration's `site` so that a fork prints its own
 * address.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';

/** The stylesheet the rule is added to, as Vite names it (an absolute path, without a query). */
const STYLESHEET = /\/src\/styles\/global\.css$/;

/** The rule: one custom property on the root element, the origin as a CSS string. */
export function siteOriginCss(site: string): string {
  return `:root{--site-origin:${JSON.stringify(new URL(site).origin)}}\n`;
}

/** The integration that adds the rule of the configuration's `site` to the site's stylesheet. */
export function siteOrigin(): AstroIntegration {
  return {
    name: 'codev-atlas:site-origin',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        const css = siteOriginCss(config.site ?? 'http://localhost/');
        const plugin: Plugin = {
          name: 'codev-atlas:site-origin',
          // Before Tailwind's plugin, which compiles the stylesheet with what is added here.
          enforce: 'pre',
          transform: (code, id) => (STYLESHEET.test(id.split('?')[0]) ? `${code}\n${css}` : undefined),
        };
        updateConfig({ vite: { plugins: [plugin] } });
      },
    },
  };
}
