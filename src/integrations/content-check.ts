/**
 * Stops `astro build` and `astro dev` before anything is rendered when the
 * content has problems, listing every one of them with its file, line and
 * field (the same messages as `npm run check`).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../lib/model/layout';
import { checkContent, ContentError } from '../lib/model/check';

export function contentCheck(): AstroIntegration {
  return {
    name: 'codev-atlas:content-check',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const { problems } = checkContent(contentDir(), fileURLToPath(config.root));
        if (problems.length > 0) throw new ContentError(problems);
      },
    },
  };
}
