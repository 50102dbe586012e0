/**
 * The links at the end of a case or practice page that let a reader improve
 * it without git: edit its text, edit its facts (written once, in the front
 * matter of the French text), and, on a page shown in the original language
 * because the entry lacks this one, start the translation. Each opens the
 * repository's web editor, where saving proposes a pull request that the
 * content check annotates and an editor reviews.
 */
import { readFileSync } from 'node:fs';
import { isMap, isSeq, parseDocument } from 'yaml';
import { translationFile } from '../editors/scaffold';
import { entryFolder, factsFile, splitFrontMatter, textIn, type TextFormat } from '../model/layout';
import type { Lang } from '../../schemas/common';
import { editUrl, newFileUrl } from './site';

/** What a translation link needs to know about the page. */
export interface TranslationStart {
  collection: 'cases' | 'practices';
  slug: string;
  /** Language of the text the page shows. */
  from: Lang;
  /** Language of the page, which the entry lacks. */
  to: Lang;
  /** The shown text's file, as written (front matter and body). */
  source: string;
  format: TextFormat;
  /** Date the starter gives the translation: the entry's last update, the version it translates. */
  date: string;
}

/**
 * The file a "Translate this page" link pre-fills: what `npm run new`
 * writes for a translation (the original's front matter to translate, the
 * translation block with `draft: true`, the standard headings already in the
 * target language) but with the original's fields left empty and only its
 * headings for body, so that the link stays short; the translator writes under each
 * heading, reading the original on the page.
 */
export function translationStarter(t: TranslationStart): { path: string; text: string } {
  const parts = splitFrontMatter(t.source);
  const headings = (parts?.body ?? '').split(/\r?\n/).filter((line) => /^#{1,6}[ \t]/.test(line));
  // The original's fields, left empty: the translator reads their text on the page, and the link
  // stays short enough for the page's byte budget (a text percent-encoded in a URL barely compresses).
  const fields = parseDocument(parts?.frontMatter ?? '');
  const pairs = isMap(fields.contents)
    ? fields.contents.items.map((pair) => [pair.key, isSeq(pair.value)] as const)
    : [];
  for (const [key, isList] of pairs) fields.set(key, isList ? [''] : '');
  const reduced = `---\n${fields.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${headings.join('\n\n')}\n`;
  const file = translationFile(
    { collection: t.collection, slug: t.slug, to: t.to, translators: [], today: t.date },
    reduced,
    t.from,
    t.format,
  );
  // The scaffold's advice comment is left out too: the guides say what `draft: true` does.
  return { ...file, text: file.text.replace(/\n\n(?:<!--[^]*?-->|\{\/\*[^]*?\*\/\})\n/, '\n') };
}

/** The three links of a page: its text, its facts and, when the entry lacks the page's language, its translation. */
export interface ContributeLinks {
  text: string;
  facts: string;
  translate?: string;
}

/**
 * The links for a page in `lang` that shows the text in `textLang`. A
 * translation already started (a draft, so the page still shows the
 * original) is opened for editing rather than started again.
 */
export function contributeLinks(
  contentDir: string,
  page: { collection: 'cases' | 'practices'; slug: string; lang: Lang; textLang: Lang; textFile: string; date: string },
): ContributeLinks {
  const dir = entryFolder(contentDir, page.collection, page.slug);
  // The content folder is content/ at the repository's root, as textFile() in lib/atlas assumes too.
  const inRepository = (path: string) => `content/${page.collection}/${page.slug}/${path.split(/[\\/]/).pop()}`;
  const links: ContributeLinks = {
    text: editUrl(page.textFile),
    facts: editUrl(inRepository(factsFile(page.collection, dir))),
  };
  if (page.lang === page.textLang) return links;
  const draft = textIn(page.collection, dir, page.lang);
  if (draft) return { ...links, translate: editUrl(inRepository(draft.path)) };
  const source = textIn(page.collection, dir, page.textLang);
  if (!source) return links;
  const starter = translationStarter({
    collection: page.collection,
    slug: page.slug,
    from: page.textLang,
    to: page.lang,
    source: readFileSync(source.path, 'utf8'),
    format: source.format,
    date: page.date,
  });
  return { ...links, translate: newFileUrl(`content/${starter.path}`, starter.text) };
}
