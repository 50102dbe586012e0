/**
 * Writes the compact search index of one language of a built site, as the
 * build does after its pages: `tsx scripts/lib/compact-index.ts <site> <lang>`.
 * The benchmark runs it on its own to measure the indexer's memory beside
 * Pagefind's.
 */
import { writeCompactIndex } from '../../src/integrations/compact-search';
import { isTermLang } from '../../src/lib/search/terms';

const [site, lang] = process.argv.slice(2);
if (!site || !lang || !isTermLang(lang)) {
  console.error('usage: tsx scripts/lib/compact-index.ts <built site folder> <fr|en|ar>');
  process.exit(2);
}
const head = await writeCompactIndex(site, lang);
console.log(`${head.documents} ${lang} pages in ${head.buckets} buckets`);
