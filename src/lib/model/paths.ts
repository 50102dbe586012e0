/**
 * Where the content lives. The published site is built from `content/`;
 * benchmarks and tests point `ATLAS_CONTENT_DIR` at generated content in a
 * temporary folder, so that synthetic cases never reach the published site.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Lang } from '../../schemas/common';

export function contentDir(): string {
  return resolve(process.env.ATLAS_CONTENT_DIR || 'content');
}

/**
 * A text of a case or practice: `<lang>.md`, plain Markdown (the usual
 * form, and the cheapest to build: Astro renders it while syncing content),
 * or `<lang>.mdx` when it uses an editor component (each MDX text becomes a
 * module of the build, which costs time and memory on large sites).
 */
export const TEXT_FILE = /^([a-z]{2})\.(mdx?)$/;
export type TextFormat = 'md' | 'mdx';

/** The text of an entry's folder in `lang`, as `fr.md` or `fr.mdx`, when there is one. */
export function textIn(dir: string, lang: Lang): { path: string; format: TextFormat } | undefined {
  for (const format of ['md', 'mdx'] as const) {
    const path = join(dir, `${lang}.${format}`);
    if (existsSync(path)) return { path, format };
  }
  return undefined;
}
