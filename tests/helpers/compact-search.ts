/**
 * The compact search index of a built site, queried in Node with the same
 * module as the browser, reading its files from disk instead of fetching them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { compactIndexFolder, searchCompact, type Card, type IndexHead } from '../../src/lib/search/compact-index';
import { analyser, type TermLang } from '../../src/lib/search/terms';
import { DIST } from './dist';

const STEMMERS = { fr: french, en: english, ar: arabic };

/** A search of the `lang` pages of the site in `dir`: the addresses of the results, best first, and whether they are all. */
export function compactSearch(lang: TermLang, dir = DIST) {
  const folder = join(dir, compactIndexFolder(lang));
  const load = (path: string) => Promise.resolve(JSON.parse(readFileSync(join(folder, path), 'utf8')) as unknown);
  const head = JSON.parse(readFileSync(join(folder, 'index.json'), 'utf8')) as IndexHead;
  const analyse = analyser(lang, STEMMERS[lang]);
  return async (query: string) => {
    const found = await searchCompact(query, analyse, head, load);
    const urls = await Promise.all(found.ids.map(async (id) => ((await load(`c/${id}.json`)) as Card).url));
    return { urls, complete: found.complete, total: found.total };
  };
}
