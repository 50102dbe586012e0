/**
 * What `npm run new` writes: a case study, a practice, a translation of
 * either, an organisation or a person, as files that pass the check. Facts
 * the editor gave are filled in; every other field is present with a
 * comment that says what it holds (optional ones commented out, ready to
 * fill); text still to write says `TODO` with what to write, which the
 * check accepts in a draft and refuses once published. Guidance is in YAML
 * comments and in the TODOs, never in MDX-only syntax, so that a text can
 * be renamed from .mdx to .md without anything to convert.
 * The command line (prompts and flags) is `scripts/new.ts`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import type { z } from 'astro/zod';
import { ACTOR_ROLES, caseSchema, COMMITMENTS, type CHANNELS, type SCALES } from '../../schemas/case';
import { countryCode, LANGS, SLUG, type Lang } from '../../schemas/common';
import { ORGANIZATION_TYPES, organizationSchema } from '../../schemas/organization';
import { PERSON_TYPES, personSchema } from '../../schemas/person';
import { PRACTICE_CATEGORIES, practiceSchema } from '../../schemas/practice';
import { describeField } from '../model/fields';
import { EDITOR_COMPONENT_NAMES } from '../model/editor-components';
import { MESSAGES, type Messages } from './messages';
import { FACT_FIELDS } from '../../schemas/entry-fields';
import {
  entryFolder,
  FACTS_LANG,
  factsFile,
  FOLDER_COLLECTIONS,
  readFacts,
  readYaml,
  splitFrontMatter,
  textIn,
  THEMES_FILE,
  walk,
  type TextFormat,
} from '../model/layout';
import { SCAFFOLD_MARKER as TODO } from './scaffold-marker';
import { CASE_SECTIONS, SECTION_HEADINGS, type CaseSection } from '../model/sections';

/** A file to write, relative to the content folder. */
export interface NewFile {
  path: string;
  text: string;
}

/** What the editor says about a new case study. */
export interface NewCase {
  kind: 'diaspora' | 'transfer';
  slug: string;
  title: string;
  /** Language the case is written in first. */
  lang: Lang;
  /** Where it takes place: for a diaspora project, the diaspora's country of origin; for a transfer, the receiving countries. */
  countries: string[];
  /** Diaspora: countries where the diaspora lives. Transfer: countries the practice comes from. */
  otherCountries: string[];
  /** Transfer only: bilateral, triangular or multilateral. */
  channel?: (typeof CHANNELS)[number] | undefined;
  themes: string[];
  scale: (typeof SCALES)[number];
  /** When it started: a year, a month or a day. */
  start: string;
  authors: string[];
  /** Today, YYYY-MM-DD. */
  today: string;
}

/** What the editor says about a new practice. */
export interface NewPractice {
  slug: string;
  title: string;
  lang: Lang;
  category: (typeof PRACTICE_CATEGORIES)[number];
  themes: string[];
  authors: string[];
  today: string;
}

/** A translation to start: which entry, from and into which language, by whom. */
export interface NewTranslation {
  collection: 'cases' | 'practices';
  slug: string;
  /** Language to translate from; the original language when left out. */
  from?: Lang | undefined;
  to: Lang;
  translators: string[];
  today: string;
}

/** What already exists in the content folder, to refuse a slug in use and unknown references. */
export interface Known {
  cases: Set<string>;
  /** Former slugs of cases: never reused either. */
  formerSlugs: Set<string>;
  practices: Set<string>;
  themes: Map<string, string>;
  people: Map<string, string>;
  organizations: Set<string>;
  programmes: Set<string>;
}

/** Reads the slugs, themes, people, organisations and programmes of a content folder. */
export function readKnown(contentDir: string): Known {
  const yaml = (path: string): unknown => {
    try {
      return readYaml(readFileSync(path, 'utf8')).data;
    } catch {
      return undefined;
    }
  };
  const cases = walk(contentDir, 'cases');
  const formerSlugs = new Set<string>();
  for (const { path } of cases) {
    let facts: { formerSlugs?: unknown } | undefined;
    try {
      facts = readFacts(factsFile('cases', path));
    } catch {
      facts = undefined;
    }
    if (Array.isArray(facts?.formerSlugs)) facts.formerSlugs.forEach((s) => formerSlugs.add(String(s)));
  }
  const themes = new Map<string, string>();
  const themeList = yaml(join(contentDir, THEMES_FILE));
  if (Array.isArray(themeList))
    for (const theme of themeList as { id?: unknown; label?: { en?: unknown } }[])
      if (typeof theme?.id === 'string')
        themes.set(theme.id, typeof theme.label?.en === 'string' ? theme.label.en : theme.id);
  const people = new Map<string, string>();
  for (const { slug, path } of walk(contentDir, 'people')) {
    const person = yaml(path) as { name?: unknown } | undefined;
    people.set(slug, typeof person?.name === 'string' ? person.name : slug);
  }
  const slugs = (found: { slug: string }[]) => new Set(found.map((e) => e.slug));
  return {
    cases: slugs(cases),
    formerSlugs,
    practices: slugs(walk(contentDir, 'practices')),
    themes,
    people,
    organizations: slugs(walk(contentDir, 'organizations')),
    programmes: slugs(walk(contentDir, 'programmes')),
  };
}

/** The longest slug `slugify` suggests: an address stays readable and fits in a file name. */
export const SLUG_MAX = 60;

/**
 * Latin letters that Unicode does not split into a letter and an accent,
 * spelled out as their languages do (`œuvre` → `oeuvre`), so that a slug keeps them.
 */
const SPELLED_OUT: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  þ: 'th',
  ð: 'd',
  ı: 'i',
};

/**
 * Turns a title into a slug: `Écoles de Kayes (Mali)` → `ecoles-de-kayes-mali`.
 * A long title is cut at the last whole word that fits in SLUG_MAX characters,
 * so that no slug ends in half a word. A title without Latin letters or
 * digits (in Arabic) gives an empty string: the editor must choose the slug.
 */
export function slugify(title: string): string {
  const full = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[œæßøđłþðı]/g, (letter) => SPELLED_OUT[letter])
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (full.length <= SLUG_MAX) return full;
  const cut = full.slice(0, SLUG_MAX + 1);
  const lastHyphen = cut.lastIndexOf('-');
  // A first word longer than the limit is cut where it must be.
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : full.slice(0, SLUG_MAX);
}

/** Why a slug cannot be used for a new entry, organisation or person, or undefined when it can; in the tools' language (`say`). */
export function slugProblem(
  slug: string,
  collection: 'cases' | 'practices' | 'organizations' | 'people',
  known: Known,
  say: Messages['new'] = MESSAGES.en.new,
): string | undefined {
  if (!SLUG.test(slug)) return say.notASlug(slug);
  if (collection === 'organizations' && known.organizations.has(slug)) return say.slugTaken('organisation', slug);
  if (collection === 'people' && known.people.has(slug)) return say.slugTaken('person', slug);
  if (collection === 'cases' && known.cases.has(slug)) return say.slugTaken('case', slug);
  if (collection === 'cases' && known.formerSlugs.has(slug)) return say.formerSlug(slug);
  if (collection === 'practices' && known.practices.has(slug)) return say.slugTaken('practice', slug);
  return undefined;
}

/** Problems with a list of references (countries, themes, people), named for the editor in the tools' language (`say`). */
export function listProblem(
  kind: 'country' | 'theme' | 'person',
  values: string[],
  known: Known,
  say: Messages['new'] = MESSAGES.en.new,
): string | undefined {
  if (values.length === 0) return say.atLeastOne(kind);
  const bad = values.filter((v) =>
    kind === 'country' ? !countryCode.safeParse(v).success : !(kind === 'theme' ? known.themes : known.people).has(v),
  );
  if (bad.length === 0) return undefined;
  if (kind === 'country') return say.notCountryCodes(bad.join(', '));
  const options = [...(kind === 'theme' ? known.themes : known.people).keys()];
  return say.unknownInList(kind, bad, options.join(', '));
}

/** A YAML scalar, quoted when it needs to be. */
const scalar = (value: string | number) => stringify(value, { lineWidth: 0 }).trim();
/** A YAML flow list of slugs or codes. */
const list = (values: readonly string[]) => `[${values.join(', ')}]`;

const SECTION_GUIDE: Record<CaseSection, string> = {
  context: 'The situation before the project: place, people, needs, earlier attempts.',
  actors: 'Who did what and who paid what (the figures also go in the facts, under actors and financing).',
  done: 'What was done, in order, with dates.',
  results: 'What changed, with figures and the sources that give them.',
  lessons: 'What worked, what did not, and why.',
  replicate: 'Steps, conditions and costs for someone who wants to do the same elsewhere.',
};

/** A YAML comment line with what a field of `schema` means (its description in `src/schemas/`). */
const comment = (schema: z.ZodType) => (path: string) => `# ${describeField(schema, path)}`;

/** The editorial fields a case and a practice share, each under its description. */
function editorialFields(say: (path: string) => string, today: string, authors: string[], lang: Lang): string {
  return `${say('status')}
status: draft
${say('published')}
published: ${today}
${say('updated')}
updated: ${today}
${say('authors')}
authors: ${list(authors)}
${say('reviewers')}
reviewers: []
${say('reviewedOn')}
# reviewedOn: YYYY-MM-DD
${say('retiredReason')}
# retiredReason: { fr: …, en: …, ar: … }
${say('licence')}
licence: CC-BY-4.0
${say('doi')}
# doi: 10.5281/zenodo.1234
${say('originalLanguage')}
originalLanguage: ${lang}
${say('formerSlugs')}
formerSlugs: []
${say('corrections')}
corrections: []
# - { date: YYYY-MM-DD, wrong: { fr: …, en: … }, changed: { fr: …, en: … } }`;
}

/**
 * What a new text says about its format, as YAML comments in its front
 * matter: valid in a Markdown and an MDX text alike, so that renaming
 * `case.fr.mdx` to `case.fr.md` (a text without components) needs no other change,
 * and never shown on the page.
 */
const FORMAT_NOTE = `# Write in Markdown below the front matter. The components ${EDITOR_COMPONENT_NAMES.join(', ')}
# are available without import in an .mdx text (see CONTRIBUTING.md); a text that uses none can be
# renamed to .md as it is. JavaScript, import and export are refused. Lines starting with "# " here are comments.`;

/** The files of a new case study: prose with the standard sections in case.<lang>.mdx, facts in case.fr.mdx. */
export function caseFiles(c: NewCase): NewFile[] {
  const say = comment(caseSchema);
  const kindBlock =
    c.kind === 'diaspora'
      ? `${say('diaspora')}
diaspora:
  ${say('diaspora.origin')}
  origin: ${list(c.countries)}
  ${say('diaspora.originLocality')}
  # originLocality: { fr: … }
  ${say('diaspora.residence')}
  residence: ${list(c.otherCountries)}
  ${say('diaspora.organizations')}
  organizations: []`
      : `${say('transfer')}
transfer:
  ${say('transfer.origin')}
  origin: ${list(c.otherCountries)}
  ${say('transfer.originInstitution')}
  # originInstitution: slug
  ${say('transfer.receiving')}
  receiving: ${list(c.countries)}
  ${say('transfer.receivingInstitutions')}
  receivingInstitutions: []
  ${say('transfer.channel')}
  channel: ${c.channel ?? 'bilateral'}
  ${say('transfer.facilitator')}
  # facilitator: slug`;

  const yaml = `# Facts of the case study: what is the same in every language, written once, here in the French text.
# Lines starting with "# " are comments; to fill in an optional field, remove the "# " before it.
# Check with: npm run check. Field reference: public/schemas/case.schema.json.

# diaspora (a project led by a diaspora) or transfer (a South-South practice transfer).
kind: ${c.kind}
${say('ledBy')}
ledBy: ${c.kind === 'diaspora' ? 'diaspora-organisation' : 'public-body'}
${editorialFields(say, c.today, c.authors, c.lang)}

${say('places')} The name and coordinates are optional.
places:
${c.countries
  .map(
    (country) => `  - country: ${country}
    # name: name of the town or region, in Latin script
    # names: { ar: … }
    # lat: 0.0
    # lon: 0.0`,
  )
  .join('\n')}
${say('scale')}
scale: ${c.scale}
${say('openTo')}
# openTo:
#   description: { fr: …, en: …, ar: … }
#   countries: []
#   excluded: []
${say('period')} Start (2015, 2015-06 or 2015-06-01), then an end, or ongoing: true.
period:
  start: ${scalar(/^\d{4}$/.test(c.start) ? Number(c.start) : c.start)}
  # end: 2018
  # ongoing: true

${kindBlock}

${say('actors')} Roles: ${ACTOR_ROLES.join(', ')}, e.g.
#   - { organization: slug, role: lead }
actors: []
${say('programmes')}
programmes: []
${say('financing')}
# financing:
#   currency: EUR
#   total: 100000
#   contributions:
#     ${say('financing.contributions.*.type')}
#     - type: own-funds
#       # Who gives it (slug in content/organizations/), and through which programme.
#       source: slug
#       programme: slug
#       amount: 30000
#       # Percent of the total; bound says whether it is exact, a ceiling (max) or a floor (min).
#       share: 30
#       bound: exact
#       # For a top-up: percent added on top of another contribution.
#       topUpPercent: 30
#       # ${COMMITMENTS.join(' or ')}, while a source only announces it or it is only signed.
#       commitment: announced
#       label: { fr: …, en: …, ar: … }
${say('results')} Each names the key of the source that gives it.
# results:
#   - label: { fr: Écoles construites, en: Schools built }
#     value: 3
#     # exact (the default), approx, more-than, at-least, less-than, at-most, or range (with upper: 5)
#     qualifier: at-least
#     unit: { fr: écoles, en: schools }
#     year: 2018
#     source: first-source
#     # Leave out once done; ${COMMITMENTS.join(' or ')} for a target or a promise.
#     commitment: announced
results: []
${say('beneficiaries')}
# beneficiaries: { fr: …, en: …, ar: … }
${say('themes')}
themes: ${list(c.themes)}
${say('sdgs')}
sdgs: []
${say('practices')}
practices: []

${say('sources')} Every fact must come from one: the text cites it as [@key].
sources:
  - key: first-source
    title: ${scalar(`${TODO}: title of the document`)}
    # description: { fr: …, en: …, ar: … }   (instead of title, for a document without a known title)
    publisher: ${scalar(`${TODO}: who wrote or published it`)}
    # date: 2019
    # url: https://…
    # archived: https://web.archive.org/…
    # accessed: ${c.today}
    # lang: fr
    # note: { fr: Copie sur un site tiers., en: Copy on a third-party site., ar: … }

${say('media')}
# media:
#   - src: ./photo.jpg
#     alt: { fr: …, en: …, ar: … }
#     credit: …
media: []
`;

  // Each section's guidance is in its TODO, replaced with the text: nothing is left to convert or delete.
  const sections = CASE_SECTIONS.map(
    (key) => `## ${SECTION_HEADINGS[c.lang][key]}

${TODO}: ${SECTION_GUIDE[key]}`,
  ).join('\n\n');
  const text = `${FORMAT_NOTE}
# The six sections below are required, with these headings.
title: ${scalar(c.title)}
summary: ${scalar(`${TODO}: one paragraph (at least 40 characters) saying what was done, where, by whom and with what result; it is shown in lists, search results and citations.`)}
lessons:
  - ${scalar(`${TODO}: a key lesson, in one sentence.`)}
${c.kind === 'transfer' ? `adapted: ${scalar(`${TODO}: what the receiving side adapted, in a sentence or two.`)}\n` : ''}`;
  return withFacts(
    { collection: 'cases', slug: c.slug, lang: c.lang, authors: c.authors, today: c.today },
    text,
    yaml,
    `${sections}\n`,
  );
}

/**
 * The files of a new case or practice: its text in `lang` and its facts in
 * the French text's front matter, after the text fields (the order the web
 * editor writes too). An entry written in another language also gets its
 * French text, as a draft translation to write, which holds the facts.
 */
function withFacts(
  entry: { collection: 'cases' | 'practices'; slug: string; lang: Lang; authors: string[]; today: string },
  text: string,
  facts: string,
  body: string,
): NewFile[] {
  const folder = `${entry.collection}/${entry.slug}`;
  const base = FOLDER_COLLECTIONS[entry.collection].base;
  const file = (lang: Lang) => `${folder}/${base}.${lang}.mdx`;
  const original = `---\n${text}---\n\n${body}`;
  if (entry.lang === FACTS_LANG)
    return [{ path: file(FACTS_LANG), text: `---\n${text}\n${facts.trimEnd()}\n---\n\n${body}` }];
  const french = translationFile(
    { collection: entry.collection, slug: entry.slug, to: FACTS_LANG, translators: entry.authors, today: entry.today },
    original,
    entry.lang,
  );
  const parts = splitFrontMatter(french.text)!;
  return [
    { path: file(entry.lang), text: original },
    { path: french.path, text: `---\n${parts.frontMatter}\n\n${facts.trimEnd()}\n---\n${parts.body}` },
  ];
}

/** The files of a new practice: prose in practice.<lang>.mdx, facts in practice.fr.mdx. */
export function practiceFiles(p: NewPractice): NewFile[] {
  const say = comment(practiceSchema);
  const yaml = `# Facts of the practice: what is the same in every language, written once, here in the French text.
# The cases that evidence it are not listed here: each case names it in its own "practices".
# Lines starting with "# " are comments. Check with: npm run check
# Field reference: public/schemas/practice.schema.json

${editorialFields(say, p.today, p.authors, p.lang)}
${say('category')}
category: ${p.category}
${say('themes')}
themes: ${list(p.themes)}
${say('related')}
related: []
`;
  const text = `${FORMAT_NOTE}
title: ${scalar(p.title)}
summary: ${scalar(`${TODO}: one paragraph (at least 40 characters) saying what the practice is and what it achieves; it is shown in lists, search results and citations.`)}
enablingFactors:
  - ${scalar(`${TODO}: a condition that makes the practice work, ending with [@case-slug], the case it comes from.`)}
pitfalls:
  - ${scalar(`${TODO}: a mistake or risk to avoid, ending with [@case-slug].`)}
steps:
  - ${scalar(`${TODO}: first step to replicate it, ending with [@case-slug].`)}
  - ${scalar(`${TODO}: second step.`)}
`;
  return withFacts(
    { collection: 'practices', slug: p.slug, lang: p.lang, authors: p.authors, today: p.today },
    text,
    yaml,
    `${TODO}: explain the practice: how it works, where it comes from, what it costs.\n`,
  );
}

/** What the editor says about a new organisation. */
export interface NewOrganization {
  slug: string;
  name: string;
  type: (typeof ORGANIZATION_TYPES)[number];
  /** Country of its seat; absent for an international body. */
  country?: string | undefined;
  /** One or two sentences, in `lang`. */
  description: string;
  lang: Lang;
}

/** What the editor says about a new person or corporate author. */
export interface NewPerson {
  slug: string;
  name: string;
  type: (typeof PERSON_TYPES)[number];
}

/**
 * The file of a new organisation (`organizations/<slug>.yaml`). It has no
 * draft state, so the scaffold writes only what the editor gave, and the
 * optional fields as comments: nothing to replace before it can be used.
 */
export function organizationFile(o: NewOrganization): NewFile {
  const say = comment(organizationSchema);
  const others = LANGS.filter((l) => l !== o.lang);
  const yaml = `# The organisation "${o.name.replace(/"/g, "'")}", named by its slug "${o.slug}" in cases and programmes.
# Lines starting with "# " are comments; to fill in an optional field, remove the "# " before it.
# Field reference: public/schemas/organization.schema.json. Check with: npm run check:content

${say('name')}
name: ${scalar(o.name)}
${say('names')}
# names: { ${LANGS.map((l) => `${l}: …`).join(', ')} }
${say('acronym')}
# acronym: …
${say('type')}
type: ${o.type}
${say('country')}
${o.country ? `country: ${o.country}` : '# country: MA'}
${say('website')}
# website: https://…
${say('description')} Add the other languages (${others.join(', ')}) when you can.
description:
  ${o.lang}: ${scalar(o.description)}
`;
  return { path: `organizations/${o.slug}.yaml`, text: yaml };
}

/** The file of a new person or corporate author (`people/<slug>.yaml`), named by its slug in `authors`, `translators`, `reviewers`. */
export function personFile(person: NewPerson): NewFile {
  const say = comment(personSchema);
  const yaml = `# "${person.name.replace(/"/g, "'")}", credited as "${person.slug}" in authors, reviewers and translators.
# Lines starting with "# " are comments; to fill in an optional field, remove the "# " before it.
# Field reference: public/schemas/person.schema.json. Check with: npm run check:content

${say('name')}
name: ${scalar(person.name)}
${say('names')}
# names: { ar: … }
${say('type')}
type: ${person.type}
${say('orcid')}
# orcid: 0000-0002-1825-0097
${say('affiliation')}
# affiliation: …
`;
  return { path: `people/${person.slug}.yaml`, text: yaml };
}

/**
 * A translation to write, from the text it translates: the same front matter
 * and body (to translate in place), the standard section headings already in
 * the target language, and the translation block filled in with
 * `draft: true`, so that the site keeps showing the original until the
 * translator removes it.
 */
export function translationFile(t: NewTranslation, source: string, from: Lang, format: TextFormat = 'mdx'): NewFile {
  const parts = splitFrontMatter(source);
  if (!parts) throw new Error(`${t.collection}/${t.slug}/${from}.${format} has no front matter`);
  // Edited in place, so that the translator finds the original's layout and comments.
  const doc = parseDocument(parts.frontMatter);
  // The facts are written once, in the French text: a translation has text fields only.
  for (const key of FACT_FIELDS[t.collection]) doc.delete(key);
  const translation = doc.createNode({ from, date: t.today, translators: t.translators, draft: true }, { flow: true });
  doc.set('translation', translation);
  let body = parts.body;
  if (t.collection === 'cases')
    for (const key of CASE_SECTIONS)
      body = body.replace(
        new RegExp(`^##[ \\t]+${escapeRegExp(SECTION_HEADINGS[from][key])}[ \\t]*$`, 'm'),
        `## ${SECTION_HEADINGS[t.to][key]}`,
      );
  const advice = `Translation from ${FOLDER_COLLECTIONS[t.collection].base}.${from}.${format} in progress: translate the front matter and the text below in place, keeping the headings and the components. While "draft: true" is there the site shows the original; when the translation is done, remove "draft: true" and set the date.`;
  // A comment in the text's own syntax: MDX's {/* */}, Markdown's <!-- -->.
  const note = format === 'mdx' ? `{/* ${advice} */}` : `<!-- ${advice} -->`;
  return {
    path: `${t.collection}/${t.slug}/${FOLDER_COLLECTIONS[t.collection].base}.${t.to}.${format}`,
    text: `---\n${doc.toString({ lineWidth: 0 }).trimEnd()}\n---\n\n${note}\n\n${body.replace(/^\n+/, '')}`,
  };
}

/** The language a new translation is made from: the one asked for, else the original; the translation keeps its format. */
export function translationSource(
  contentDir: string,
  t: NewTranslation,
  say: Messages['new'] = MESSAGES.en.new,
): { from: Lang; text: string; format: TextFormat } {
  const dir = entryFolder(contentDir, t.collection, t.slug);
  const facts = readFacts(factsFile(t.collection, dir)) as { originalLanguage?: Lang } | undefined;
  if (!facts) throw new Error(say.noEntry(FOLDER_COLLECTIONS[t.collection].label, t.slug));
  const from = t.from ?? facts.originalLanguage ?? 'fr';
  if (!(LANGS as readonly string[]).includes(from)) throw new Error(say.notALang(from, LANGS.join(', ')));
  if (from === t.to) throw new Error(say.alreadyIn(t.to));
  const base = FOLDER_COLLECTIONS[t.collection].base;
  const source = textIn(t.collection, dir, from);
  if (!source) throw new Error(say.noSource(`${t.collection}/${t.slug}/${base}.${from}.md`));
  const existing = textIn(t.collection, dir, t.to);
  if (existing) throw new Error(say.translationExists(`${t.collection}/${t.slug}/${base}.${t.to}.${existing.format}`));
  return { from, text: readFileSync(source.path, 'utf8'), format: source.format };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
