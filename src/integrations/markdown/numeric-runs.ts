/**
 * Isolates left to right the numbers joined by dashes ("(2017–2019)", an
 * ISBN) in the texts of right-to-left languages, which the bidirectional
 * algorithm would otherwise show reversed (see `src/lib/i18n/bidi.ts`): each
 * becomes `<span dir="ltr">`, kept on one line (a range broken at its dash
 * on a narrow screen reads as two numbers), the markup the page components give the same
 * runs in titles, summaries and lessons. A hast plugin for Astro's Markdown
 * processor (satteri), for Markdown and MDX alike; the language is the text's
 * file name (`case.ar.md`, `practice.ar.mdx`). In French, the space before an
 * amount's sign becomes non-breaking (`120 000 €`, `unbreakableAmounts`).
 */
import type { Text } from 'hast';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastContent, HastVisitorContext } from 'satteri';
import { isolatedNumbers, unbreakableAmounts } from '../../lib/i18n/bidi';
import type { Lang } from '../../lib/i18n/i18n';
import { textFileName } from '../../lib/model/layout';

/** Where the language of the document being rendered is kept between the hook and the visitors. */
const LANG = 'codev-atlas:text-lang';

export function numericRunsPlugin() {
  return {
    name: 'codev-atlas:numeric-runs',
    before(_root: unknown, ctx: HastVisitorContext) {
      if (ctx.fileURL) ctx.data[LANG] = textFileName(basename(fileURLToPath(ctx.fileURL)))?.lang;
    },
    text(node: Readonly<Text>, ctx: HastVisitorContext) {
      const lang = ctx.data[LANG] as Lang | undefined;
      if (!lang) return;
      const kept = unbreakableAmounts(node.value, lang);
      const parts = isolatedNumbers(kept, lang);
      if (parts.length === 1 && kept === node.value) return;
      ctx.replaceNode(
        node,
        parts.map((part): HastContent =>
          typeof part === 'string'
            ? { type: 'text', value: part }
            : {
                type: 'element',
                tagName: 'span',
                properties: { dir: 'ltr', className: ['whitespace-nowrap'] },
                children: [{ type: 'text', value: part.ltr }],
              },
        ),
      );
    },
  };
}
