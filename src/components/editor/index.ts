/**
 * The components editors may use in MDX, handed to every text as
 * `<Content components={editorComponents} />` so that no `import` is ever
 * needed (nor allowed) in `content/`. The names must be exactly those the
 * check accepts (`src/lib/model/editor-components.ts`): `satisfies` keeps both in step.
 */
import type { EditorComponentName } from '../../lib/model/editor-components';
import Aside from './Aside.astro';
import Figure from './Figure.astro';
import KeyFigure from './KeyFigure.astro';
import Quote from './Quote.astro';

export const editorComponents = { Figure, Quote, KeyFigure, Aside } satisfies Record<EditorComponentName, unknown>;
