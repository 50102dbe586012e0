/**
 * Builds the Pagefind search index over the finished site through its Node
 * API, as Starlight does: one bundle per language (`pagefind/fr/`), each
 * indexed by its own run of Pagefind's indexer, which is stopped before the
 * next starts. The indexer holds every page it indexes in memory; one
 * language at a time holds a third of the site.
 * @see https://pagefind.app/docs/node-api/
 */
import type { AstroIntegration } from 'astro';
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as pagefind from 'pagefind';
import { LANGS } from '../schemas/common';
import { forPagefind } from '../lib/search/terms';
import { searchBundle } from '../lib/site/search-bundle';

/** Options of the search index step. */
export interface PagefindOptions {
  /**
   * Collect the rendering's garbage before indexing (`releaseRenderingMemory`);
   * on for large sites only (`isLargeSite` in src/lib/site/scale.ts).
   */
  collectGarbage?: boolean;
}

/**
 * How many word positions Pagefind puts in one index chunk, the file a
 * reader downloads for each new word (Pagefind's default is 20,000). At
 * 5,000, a later word cost 18.7 kB instead of 31.7 kB at the median on
 * the 1,000-case benchmark, and a first query 120 kB instead of 128 kB: the
 * metadata that lists the chunks grows by about 1 kB, and there are about
 * 2.5 times as many chunk files (docs/decisions/0002-compact-search-index.md).
 * Pagefind reads it from the undocumented `PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE`
 * variable, which may change in any release: `package.json` pins Pagefind to
 * an exact version, to be measured again before it is raised.
 */
export const INDEX_CHUNK_SIZE = 5_000;

/** The environment Pagefind's indexer runs in (here and in `npm run bench`'s run of its command line). */
export function pagefindEnv(env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv {
  return { ...env, PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE: String(INDEX_CHUNK_SIZE) };
}

export function pagefindIndex({ collectGarbage = false }: PagefindOptions = {}): AstroIntegration {
  return {
    name: 'codev-atlas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        if (collectGarbage) releaseRenderingMemory();
        // Pagefind's Node API starts its indexer with this process's environment.
        process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
        for (const lang of LANGS) {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          try {
            const added = await addPages(index, site, lang);
            const written = await index.writeFiles({ outputPath: `${site}${searchBundle(lang)}` });
            if (written.errors.length)
              throw new Error(`Pagefind could not write the ${lang} index: ${written.errors.join('; ')}`);
            logger.info(`indexed ${added.page_count} ${lang} pages`);
          } finally {
            await pagefind.close();
          }
        }
      },
    },
  };
}

/**
 * The HTML pages of `lang` given to the index as Pagefind must read them
 * (`forPagefind.page`: a hair space after an apostrophe inside a word, in the
 * text between tags), each at the address its file has, as `addDirectory`
 * would give it. The pages on disk are not changed.
 */
async function addPages(index: pagefind.PagefindIndex, site: string, lang: string): Promise<{ page_count: number }> {
  const files = readdirSync(join(site, lang), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .sort();
  for (const file of files) {
    const sourcePath = `${lang}/${file.split(sep).join('/')}`;
    const html = readFileSync(join(site, sourcePath), 'utf8');
    const content = html
      .split(/(<[^>]*>)/)
      .map((part, i) => (i % 2 === 0 ? forPagefind.page(part) : part))
      .join('');
    const { errors } = await index.addHTMLFile({ sourcePath, content });
    if (errors.length) throw new Error(`Pagefind could not index ${sourcePath}: ${errors.join('; ')}`);
  }
  return { page_count: files.length };
}

/**
 * Runs a full garbage collection before the indexer starts beside this
 * process. V8 collects the garbage left by page rendering only once the
 * process has been idle a while, so on a large site the indexer and that
 * garbage would otherwise hold memory at the same time (peak memory figures
 * in docs/benchmarks.md). Node offers no collection call without
 * `--expose-gc`, which a build cannot pass to itself; the flag is set at run
 * time, as Node documents.
 * @see https://nodejs.org/api/v8.html#v8setflagsfromstringflags
 */
function releaseRenderingMemory() {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}
