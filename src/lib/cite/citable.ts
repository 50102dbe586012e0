/**
 * The atlas's entries as citable works: the text a page shows in a
 * language, with the entry's credits and dates. Shared by the pages (meta
 * tags, "Cite this") and the citation downloads so that they always agree.
 */
import type { Lang } from '../../schemas/common';
import {
  CITATION_FILES,
  citableEntry,
  citationFile,
  citedAuthors,
  type CitableWork,
  type CitationFormat,
} from './cite';
import { formatCitationInThread } from './citeproc-thread';
import { isListed, pickText, textFile, type Atlas, type AtlasCase, type AtlasPractice } from '../atlas/content';
import { versionOf } from '../atlas/versions';
import { namedAt, repositoryTop } from '../model/history';
import { contentDir, formerTextName } from '../model/layout';
import { relative, resolve } from 'node:path';
import { datasetStart, datasetVersion } from '../atlas/export';
import type { PlaceRef } from './citation-meta';
import { placeName, t } from '../i18n/i18n';
import { localePath, paths, sitePath } from '../site/urls';

/** A case or a practice, with the folder of its pages. */
export type CitableItem = { section: 'cases'; item: AtlasCase } | { section: 'practices'; item: AtlasPractice };

/** The page of `entry` in `lang` as a citable work. */
export function workOf(atlas: Atlas, entry: CitableItem, lang: Lang, site: URL | string): CitableWork {
  const { item, section } = entry;
  const picked = pickText<{ data: { title: string; summary: string }; filePath?: string }>(
    item.texts,
    lang,
    item.facts.originalLanguage,
  );
  const file = textFile(section, item.slug, picked.lang, picked.text);
  const top = repositoryTop(contentDir());
  return citableEntry({
    section,
    slug: item.slug,
    lang,
    text: picked.text.data,
    textLang: picked.lang,
    facts: item.facts,
    people: atlas.people,
    site,
    version: versionOf(item.history, file, (hash) =>
      !top || namedAt(top, relative(top, resolve(file)), hash) ? file : formerTextName(file),
    ),
  });
}

/** Every page that can be cited: each case and practice with a page, in every language. */
export function citableItems(atlas: Atlas): CitableItem[] {
  return [
    ...atlas.cases.map((item) => ({ section: 'cases' as const, item })),
    ...atlas.practices.map((item) => ({ section: 'practices' as const, item })),
  ];
}

/** The places a case is about, named in `lang` (a place without a name is its whole country). */
export function placesOf(item: AtlasCase, lang: Lang): PlaceRef[] {
  return item.facts.places.map((p) => ({
    name: placeName(p, lang).text,
    country: p.country,
    lat: p.lat,
    lon: p.lon,
  }));
}

/** The APA and Chicago citations of a page in `lang`, for the Cite block (formatted in the citation thread). */
export async function pageCitations(work: CitableWork, lang: Lang) {
  const [apa, chicago] = await Promise.all([
    formatCitationInThread(work, 'apa', lang),
    formatCitationInThread(work, 'chicago', lang),
  ]);
  return { apa, chicago };
}

/** The citation files of a page in `lang`: links, labels and the names they are saved under. */
export function citationDownloads(lang: Lang, section: 'cases' | 'practices', slug: string) {
  return (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => ({
    href: sitePath(citationFile(lang, section, slug, format)),
    label: CITATION_FILES[format].label,
    filename: `codev-atlas-${slug}-${lang}.${CITATION_FILES[format].ext}`,
  }));
}

/** Base name of the dataset's citation files (`data/cite/<lang>/codev-atlas.bib`). */
export const DATASET_FILE = 'codev-atlas';

/**
 * The atlas as a citable dataset, in the version of its latest update,
 * credited to every author of a published entry (in order of appearance).
 */
export function datasetWork(atlas: Atlas, lang: Lang, site: URL | string): CitableWork {
  const source = { cases: atlas.cases, practices: atlas.practices };
  const authors = [...new Set([...atlas.cases, ...atlas.practices].filter(isListed).flatMap((e) => e.facts.authors))];
  return {
    key: `${DATASET_FILE}-${lang}`,
    type: 'dataset',
    title: t(lang, 'site.name'),
    summary: t(lang, 'site.description'),
    authors: citedAuthors(authors, atlas.people, lang),
    published: datasetStart(source),
    updated: datasetVersion(source),
    url: new URL(localePath(lang, paths.data()), site).href,
    siteName: t(lang, 'site.name'),
    lang,
    licence: 'CC-BY-4.0',
  };
}

/** The dataset's citation files in `lang`. */
export function datasetDownloads(lang: Lang) {
  return (Object.keys(CITATION_FILES) as CitationFormat[]).map((format) => ({
    href: sitePath(`data/cite/${lang}/${DATASET_FILE}.${CITATION_FILES[format].ext}`),
    label: CITATION_FILES[format].label,
    filename: `${DATASET_FILE}-${lang}.${CITATION_FILES[format].ext}`,
  }));
}
