/**
 * The words of the site's compact search index, made the same way from a
 * page's text at build time and from a visitor's query in the browser: the
 * text is cut into words, each word is normalised (case, accents, the
 * spellings of Arabic letters, Arabic-Indic digits) and reduced to its stem
 * by the Snowball stemmer of its language, so that "électrifier" finds
 * "électrification", "electrification" finds both, and "الشمسيه" finds
 * "الشمسية". Build and browser import this one module; a test runs it in
 * Chromium and in Node on word lists of each language and compares.
 * @see https://snowballstem.org/algorithms/
 */
import { stemmer as arabic } from '@orama/stemmers/arabic';
import { stemmer as english } from '@orama/stemmers/english';
import { stemmer as french } from '@orama/stemmers/french';

/** The languages whose pages have a compact index. */
export type TermLang = 'fr' | 'en' | 'ar';

/** A Snowball stemmer: a word, in small letters, to its stem. */
export type Stemmer = (word: string) => string;

/**
 * The stemmer of a page language. The three come with the search code (about
 * 6 kB compressed together, loaded when search is first used): split into a
 * file each, they would need Vite's module-preload helper, which the header's
 * search opener would then load on every page, within its 2 kB budget.
 */
export function loadStemmer(lang: TermLang): Promise<Stemmer> {
  return Promise.resolve({ fr: french, en: english, ar: arabic }[lang]);
}

/** The words of a text as index terms, for pages in `lang` (see `terms`). */
export type Analyser = (text: string) => string[];

/**
 * The analyser of a language: `terms` with its stemmer (`loadStemmer` in the
 * browser). Each word form is made into its term once: a text repeats its
 * words, and the forms of a site grow with its vocabulary, not its pages.
 */
export function analyser(lang: TermLang, stem: Stemmer): Analyser {
  const known = new Map<string, string>();
  const termOf = (word: string) => {
    let out = known.get(word);
    if (out === undefined) known.set(word, (out = term(word, lang, stem)));
    return out;
  };
  return (text) => words(text, termOf);
}

/** Words longer than this are cut: no real word is, and a pasted URL or hash should not fill the index. */
const MAX_WORD = 40;

const ARABIC_LETTER = /[\u0600-\u06FF]/;
const ARABIC_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;
/** Arabic short vowels, shadda, sukun, the dagger alef and the tatweel (kashida): never part of a word's spelling. */
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;

/** Western digits for Arabic-Indic and Eastern Arabic-Indic ones (٢٠١٩ and ۲۰۱۹ as 2019). */
function westernDigits(text: string): string {
  return text.replace(ARABIC_DIGITS, (d) => String(d.charCodeAt(0) & 0xf));
}

/** A Latin-script word without case or accents (œ as oe, ß as ss). */
function foldLatin(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/ß/g, 'ss');
}

/**
 * An Arabic word spelt one way: no diacritics or tatweel, one alef for
 * أ إ آ ٱ, hamza carriers as their letter (ؤ و, ئ ي), a final ى as ي, and a
 * final ه read as the taa marbuta it often stands for, so that the stemmer
 * removes it as it removes ة. Runs before the stemmer, which expects a taa
 * marbuta where a word has one.
 */
function normaliseArabic(word: string): string {
  return word
    .replace(ARABIC_MARKS, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ى$/, 'ي')
    .replace(/ه$/, 'ة');
}

/**
 * The index term of one word of a page in language `lang`, or of a query
 * made on it, with `stem` the stemmer of that language. On Arabic pages,
 * Arabic-script words are stemmed and Latin-script words (names, an
 * untranslated text) only folded; on French and English pages, the other
 * way round. The page's language decides, not the text's, so that an
 * untranslated text is indexed as the query that looks for it is read.
 */
export function term(word: string, lang: TermLang, stem: Stemmer): string {
  const w = westernDigits(word).slice(0, MAX_WORD);
  if (ARABIC_LETTER.test(w)) {
    const normal = normaliseArabic(w);
    return (lang === 'ar' ? stem(normal) : normal).replace(/ة/g, 'ه').replace(/ى/g, 'ي');
  }
  const folded = foldLatin(w);
  if (lang === 'ar' || /^\d+$/.test(folded)) return folded;
  return foldLatin(stem(folded));
}

/**
 * The words of a text, in order: runs of letters and digits (an apostrophe
 * or a hyphen splits: "l'eau" gives "l" and "eau", "co-développement" gives
 * "co" and "developpement"), each made into its index term. Words of one
 * letter (French "l", Arabic "و") are left out.
 */
export function terms(text: string, lang: TermLang, stem: Stemmer): string[] {
  return words(text, (word) => term(word, lang, stem));
}

function words(text: string, termOf: (word: string) => string): string[] {
  const out: string[] = [];
  for (const [word] of text.normalize('NFC').matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (word.length < 2 && !/\d/.test(word)) continue;
    const t = termOf(word);
    if (t) out.push(t);
  }
  return out;
}

/** An apostrophe between two letters: "l’eau", "aujourd'hui", "don’t". */
const APOSTROPHE_IN_WORD = /(?<=\p{L})(['’])(?=\p{L})/gu;

/** A hair space (U+200A): white space to an indexer, next to nothing on screen. */
export const HAIR_SPACE = '\u200A';

/**
 * Text as Pagefind must read it for its answers to agree with the compact
 * index's, which splits a word at an apostrophe (see `terms`). Pagefind drops
 * the apostrophe and joins the rest, so that "eau" did not find "l’eau"
 * (indexed as "leau"), and opening the search filters, which Pagefind
 * answers, lost results. The pages it indexes get a hair space after such an
 * apostrophe (its excerpts and titles show the text: the results take the
 * hair spaces out, `withoutHairSpaces`), its queries a space, and a query
 * leaves out the words of one letter this leaves ("l’eau" asks for "eau"), as
 * the compact index does: Pagefind would ask for every word.
 */
export const forPagefind = {
  page: (text: string): string => text.replace(APOSTROPHE_IN_WORD, `$1${HAIR_SPACE}`),
  query: (text: string): string =>
    text
      .replace(APOSTROPHE_IN_WORD, '$1 ')
      .split(/\s+/)
      .filter((word) => !/^\p{L}\p{M}*['’]?$/u.test(word))
      .join(' '),
};

/** Text of Pagefind's results as the page shows it, without the hair spaces `forPagefind.page` put in. */
export const withoutHairSpaces = (text: string): string => text.replaceAll(HAIR_SPACE, '');

/** The language of the compact index a page language uses (the site's three). */
export function isTermLang(lang: string): lang is TermLang {
  return lang === 'fr' || lang === 'en' || lang === 'ar';
}
