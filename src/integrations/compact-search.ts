/**
 * Writes the compact search index (src/lib/search/compact-index.ts) from the
 * finished pages, the same text Pagefind indexes: the element marked
 * `data-pagefind-body`, without what is marked `data-pagefind-ignore`. Each
 * page is a document with four fields weighted apart (title, summary, key
 * lessons, the rest of the text); a term's score in a document is BM25 over
 * the weighted counts, worked out here so that the browser only adds.
 *
 * Memory grows with the vocabulary, not with the pages, in two passes over
 * each language: the first reads every page once, writes its result card
 * and the counts of its terms to a scratch file, and counts in how many
 * documents each term is; the second reads the scratch file back, scores
 * each term in each document and keeps, per term, only its best documents.
 * @see https://en.wikipedia.org/wiki/Okapi_BM25
 */
import type { AstroIntegration } from 'astro';
import {
  createReadStream,
  createWriteStream,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { once } from 'node:events';
import { join, relative, sep } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parse, type HTMLElement } from 'node-html-parser';
import { LANGS } from '../schemas/common';
import {
  bucketOf,
  compactIndexFolder,
  FIRST_RESULTS,
  type Bucket,
  type Card,
  type IndexHead,
} from '../lib/search/compact-index';
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';
import { analyser, type Stemmer, type TermLang } from '../lib/search/terms';

/** The same stemmers as the browser loads (`loadStemmer`), imported here once: the build's module loader is closed by the time the index is written. */
const STEMMERS: Record<TermLang, Stemmer> = { fr: french, en: english, ar: arabic };

/** How much a word counts in each field of a page, against once in its text. */
export const FIELD_WEIGHTS = { title: 8, summary: 3, lessons: 2, body: 1 } as const;

/**
 * How much a match counts by section of the site: the case studies and
 * practices readers search for come before the pages that describe a
 * programme or an organisation in the same words.
 */
export const SECTION_WEIGHTS: Readonly<Record<string, number>> = { cases: 1.6, practices: 1.4, programmes: 1.1 };

/** The most documents a term lists (with its count): enough for the results a reader pages through before filters. */
export const TERM_CAP = 50;

/** The size a bucket aims at, uncompressed; about a third of it once gzipped. */
const BUCKET_BYTES = 3_500;

/**
 * BM25's term-frequency saturation, at its usual value, and its length
 * normalisation, lower than usual: short pages (an organisation, a programme)
 * would otherwise outrank the case studies that readers search for.
 */
const K1 = 1.2;
const B = 0.3;

/** Longest summary a card carries (the search results show it as the text of the result). */
const SUMMARY_CHARS = 240;

/** The compact search index, written after the pages of every language. */
export function compactSearchIndex(): AstroIntegration {
  let base = '/';
  return {
    name: 'codev-atlas:compact-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        for (const lang of LANGS) {
          const head = await writeCompactIndex(site, lang, base);
          logger.info(`compact index: ${head.documents} ${lang} pages in ${head.buckets} buckets`);
        }
      },
    },
  };
}

/** A page's text by field, and its card. */
export interface PageText {
  card: Card;
  fields: Record<keyof typeof FIELD_WEIGHTS, string>;
}

/**
 * Reads what search knows of a built page, or `undefined` for a page that
 * is not searched (no `data-pagefind-body`). The title is the page's first
 * heading, as Pagefind takes it; the summary, kind, countries and type are
 * the values the page gives Pagefind as metadata.
 */
export function readPage(html: string, url: string): PageText | undefined {
  // Only the searched element is parsed, not the head and navigation before it.
  const marked = html.indexOf('data-pagefind-body');
  if (marked < 0) return undefined;
  const at = html.lastIndexOf('<', marked);
  const root = parse(html.slice(at), {
    blockTextElements: { script: false, style: false, noscript: false, template: false },
  });
  const body = root.querySelector('[data-pagefind-body]');
  if (!body) return undefined;
  const meta = (name: string) => text(body.querySelector(`[data-pagefind-meta="${name}"]`));
  const textBox = body.querySelector('[data-pagefind-meta^="textLang"]');
  const card: Card = { url, title: text(body.querySelector('h1')) || url };
  const type = meta('type');
  const kind = meta('kind');
  const countries = meta('countries');
  const summary = meta('summary');
  if (type) card.type = type;
  if (kind) card.kind = kind;
  if (countries) card.countries = countries;
  if (summary)
    card.summary = summary.length > SUMMARY_CHARS ? `${summary.slice(0, SUMMARY_CHARS - 1).trimEnd()}…` : summary;
  const pageLang = /<html[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const textLang = textBox?.getAttribute('lang');
  if (textBox && textLang && textLang !== pageLang) {
    card.textLang = textLang;
    card.textDir = textBox.getAttribute('dir') ?? 'ltr';
  }
  for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
  const title = body.querySelector('h1');
  const summaryBox = body.querySelector('[data-pagefind-meta="summary"]');
  const lessons = body.querySelector('section[aria-labelledby="lessons-title"]');
  const fields = { title: text(title), summary: text(summaryBox), lessons: text(lessons), body: '' };
  for (const part of [title, summaryBox, lessons]) part?.remove();
  fields.body = text(body);
  return { card, fields };
}

/** An element's text with a space between blocks, so that words of two paragraphs stay apart. */
function text(element: HTMLElement | null): string {
  return element ? element.structuredText.replace(/\s+/g, ' ').trim() : '';
}

/** A document's address after `<base><lang>/`, and its title, as a bucket carries them. */
function titleOf(card: Card, base: string, lang: string): [string, string] {
  return [card.url.slice(`${base}${lang}/`.length), card.title];
}

/** The HTML files under `dir`, in a stable order. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * Writes the compact index of one language's pages (`<site>/<lang>/**`) to
 * `<site>/search-index/<lang>/`, and returns its head. `base` is the site's base
 * path, which the cards' addresses start with.
 */
export async function writeCompactIndex(site: string, lang: TermLang, base = '/'): Promise<IndexHead> {
  const out = join(site, compactIndexFolder(lang));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 't'), { recursive: true });
  mkdirSync(join(out, 'c'), { recursive: true });
  const scratch = join(out, 'scratch.ndjson');
  const terms = analyser(lang, STEMMERS[lang]);

  // Pass 1: cards, term counts per document (to the scratch file), documents per term.
  const documentsWith = new Map<string, number>();
  const writer = createWriteStream(scratch);
  let documents = 0;
  let totalLength = 0;
  let titleBytes = 0;
  for (const file of htmlFiles(join(site, lang))) {
    const path = join(site, lang, file);
    const url = `${base}${relative(site, path).split(sep).join('/')}`.replace(/index\.html$/, '');
    const page = readPage(readFileSync(path, 'utf8'), url);
    if (!page) continue;
    const id = documents++;
    writeFileSync(join(out, 'c', `${id}.json`), JSON.stringify(page.card));
    titleBytes += JSON.stringify(titleOf(page.card, base, lang)).length;
    const counts: Record<string, number> = {};
    let length = 0;
    for (const field of Object.keys(FIELD_WEIGHTS) as (keyof typeof FIELD_WEIGHTS)[]) {
      const words = terms(page.fields[field]);
      length += words.length;
      for (const w of words) counts[w] = (counts[w] ?? 0) + FIELD_WEIGHTS[field];
    }
    totalLength += length;
    for (const w of Object.keys(counts)) documentsWith.set(w, (documentsWith.get(w) ?? 0) + 1);
    const section = url.slice(`${base}${lang}/`.length).split('/')[0];
    const weight = SECTION_WEIGHTS[section] ?? 1;
    if (!writer.write(`${JSON.stringify([id, length, weight, counts])}\n`)) await once(writer, 'drain');
  }
  writer.end();
  await once(writer, 'finish');

  // Pass 2: scores, keeping each term's best documents.
  const average = totalLength / Math.max(documents, 1);
  const best = new Map<string, number[]>();
  const keep = (list: number[]) => {
    const pairs: [number, number][] = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1]]);
    pairs.sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    return pairs.slice(0, TERM_CAP).flat();
  };
  const lines = createInterface({ input: createReadStream(scratch), crlfDelay: Infinity });
  for await (const line of lines) {
    const [id, length, weight, counts] = JSON.parse(line) as [number, number, number, Record<string, number>];
    const norm = K1 * (1 - B + (B * length) / average);
    for (const [w, tf] of Object.entries(counts)) {
      const df = documentsWith.get(w)!;
      const idf = Math.log(1 + (documents - df + 0.5) / (df + 0.5));
      const score = Math.max(1, Math.round((100 * weight * idf * tf * (K1 + 1)) / (tf + norm)));
      let list = best.get(w);
      if (!list) best.set(w, (list = []));
      list.push(id, score);
      if (list.length > 4 * TERM_CAP) best.set(w, keep(list));
    }
  }
  rmSync(scratch);

  // Buckets: about BUCKET_BYTES each, the terms spread by hash.
  const titleSize = titleBytes / Math.max(documents, 1) + 8;
  let size = 0;
  for (const [w, list] of best)
    size +=
      w.length + 12 + Math.min(list.length, 2 * TERM_CAP) * 3 + Math.min(list.length / 2, FIRST_RESULTS) * titleSize;
  const buckets = Math.max(1, Math.ceil(size / BUCKET_BYTES));
  const byBucket: string[][] = Array.from({ length: buckets }, () => []);
  for (const w of [...best.keys()].sort()) byBucket[bucketOf(w, buckets)].push(w);
  for (let n = 0; n < buckets; n++) {
    const bucket: Bucket = { terms: {}, titles: {} };
    for (const w of byBucket[n]) {
      const list = keep(best.get(w)!);
      bucket.terms[w] = [documentsWith.get(w)!, ...list];
      for (let i = 0; i < Math.min(list.length, 2 * FIRST_RESULTS); i += 2) {
        const id = list[i];
        bucket.titles[id] ??= titleOf(
          JSON.parse(readFileSync(join(out, 'c', `${id}.json`), 'utf8')) as Card,
          base,
          lang,
        );
      }
    }
    writeFileSync(join(out, 't', `${n}.json`), JSON.stringify(bucket));
  }
  const head: IndexHead = { buckets, documents, cap: TERM_CAP };
  writeFileSync(join(out, 'index.json'), JSON.stringify(head));
  return head;
}
