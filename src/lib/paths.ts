/**
 * Where the content lives. The published site is built from `content/`;
 * benchmarks and tests point `ATLAS_CONTENT_DIR` at generated content in a
 * temporary folder, so that synthetic cases never reach the published site.
 */
import { resolve } from 'node:path';

export function contentDir(): string {
  return resolve(process.env.ATLAS_CONTENT_DIR || 'content');
}
