/**
 * Validation of the whole content folder, run before every build, by
 * `npm run check` and by the tests. It reads the files itself (rather than
 * through Astro's loaders) so that it can report every problem at once, each
 * as `file:line: field: problem — how to fix`, and check what a single-entry
 * schema cannot: references between entries, duplicate slugs, translations
 * and the standard sections of each text. Each concern has its own module:
 * reading (`read.ts`), schemas (`schema.ts`), references (`references.ts`),
 * texts (`texts.ts`), MDX safety (`mdx.ts`), leftover TODOs (`todo.ts`),
 * invisible characters and impossible dates (`characters.ts`), the language
 * of each text (`language.ts`), sources cited in the texts (`citations.ts`),
 * the sources of programmes' facts (`programmes.ts`)
 * and messages (`messages.ts`, their words in English and French in `wording.ts`).
 */
import type { z } from 'astro/zod';
import { caseSchema, type CaseFacts } from '../../../schemas/case';
import type { Lang } from '../../../schemas/common';
import { organizationSchema } from '../../../schemas/organization';
import { personSchema } from '../../../schemas/person';
import { practiceSchema, type PracticeFacts } from '../../../schemas/practice';
import { programmeSchema } from '../../../schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../../schemas/text';
import { FACTS_LANG, factsFile, FOLDER_COLLECTIONS, type FileCollection, type FolderCollection } from '../layout';
import type { Problem } from './messages';
import { Problems, type Parsed } from './read';
import { checkCaseCitations, checkPracticeCitations } from './citations';
import { checkFactLanguages } from './fact-languages';
import { checkProgrammeSources } from './programmes';
import { checkReferences, type Known } from './references';
import { validate, type Collected } from './schema';
import { checkCaseTexts, checkTranslations, readTexts, type TextFrontMatter, type Texts } from './texts';
import { readThemes } from './themes';
import { unwritten } from './todo';
import { inLanguage, say } from './wording';
import type { ToolLang } from '../../editors/messages';

export { ContentError, formatProblem, type Problem } from './messages';
export type { TextFrontMatter } from './texts';

/** A valid case or practice, as the editors' report sees it. */
export interface EntryState<F> {
  slug: string;
  /** Its folder, relative to the root. */
  folder: string;
  /** The file that holds its facts (its French text), relative to the root. */
  factsFile: string;
  facts: F;
  /** Its valid texts by language. */
  texts: Partial<Record<Lang, { file: string; value: TextFrontMatter }>>;
  /** How many times the scaffold's TODO is still in its files. */
  todo: number;
}

/** Everything the validator learnt, for callers that want more than problems. */
export interface CheckResult {
  problems: Problem[];
  /** The valid cases and practices, sorted by slug. */
  entries: { cases: EntryState<CaseFacts>[]; practices: EntryState<PracticeFacts>[] };
  counts: Record<FolderCollection | FileCollection | 'themes', number>;
}

type Facts = { status?: string; kind?: string; originalLanguage?: Lang } | undefined;

/** What a check can be asked besides the folder. */
export interface CheckOptions {
  /**
   * The language of the problems: the tools pass theirs (`--ui`, else the
   * system's, see `toolLang`); English when not given, as in CI and tests.
   */
  lang?: ToolLang | undefined;
}

/**
 * Validates a content folder. `root` is the folder paths are reported
 * relative to (the project root).
 */
export function checkContent(contentDir: string, root = process.cwd(), options: CheckOptions = {}): CheckResult {
  return inLanguage(options.lang ?? 'en', () => checkFolder(contentDir, root));
}

/** `checkContent` in the language already chosen. */
function checkFolder(contentDir: string, root: string): CheckResult {
  const problems = new Problems(root);

  const collect = <T>(collection: FileCollection, schema: z.ZodType<T>): Collected<T> => {
    const map: Collected<T> = new Map();
    for (const { slug, path } of problems.entries(contentDir, collection)) {
      const parsed = problems.read(path);
      const value = parsed ? validate(problems, parsed, schema) : undefined;
      map.set(slug, value && parsed ? { value, parsed } : undefined);
    }
    return map;
  };
  const organizations = collect('organizations', organizationSchema);
  const programmes = collect('programmes', programmeSchema);
  const people = collect('people', personSchema);
  const themes = readThemes(problems, contentDir);
  const practices = new Map<string, { facts: PracticeFacts; parsed: Parsed }>();
  const cases = new Map<string, { facts: CaseFacts; parsed: Parsed }>();
  const known: Known = { cases, practices, organizations, programmes, people, themes };

  /**
   * Reads a case or practice folder: its texts, the facts in the front matter
   * of its French text, and the checks that need nothing else.
   */
  const readFolder = <F extends Facts & { originalLanguage: Lang }, T extends TextFrontMatter>(
    collection: FolderCollection,
    path: string,
    schemas: { facts: z.ZodType<F>; text: z.ZodType<T> },
  ) => {
    const { label, base } = FOLDER_COLLECTIONS[collection];
    const texts = readTexts(problems, collection, path, schemas.text);
    const french = texts.get(FACTS_LANG);
    if (!french)
      problems.add(
        problems.rel(factsFile(collection, path)),
        'file',
        say.factsMissing(label, `${base}.${FACTS_LANG}.md`),
      );
    const parsed = french?.facts;
    const facts = parsed ? validate(problems, parsed, schemas.facts) : undefined;
    // Texts are checked even when the facts are not valid, so that every problem shows at once.
    const raw = (parsed?.data ?? {}) as NonNullable<Facts>;
    const todo = unwritten(problems, facts?.status ?? raw.status, parsed, texts, label);
    return { parsed, facts, texts, todo, raw };
  };
  const state = <F>(
    slug: string,
    path: string,
    facts: { value: F; parsed: Parsed },
    texts: Texts<TextFrontMatter>,
    todo: number,
  ) => ({
    slug,
    folder: problems.rel(path),
    factsFile: facts.parsed.file,
    facts: facts.value,
    texts: Object.fromEntries(
      [...texts].flatMap(([lang, { value, parsed }]) =>
        value && parsed ? [[lang, { file: parsed.file, value }]] : [],
      ),
    ),
    todo,
  });

  const practiceStates: EntryState<PracticeFacts>[] = [];
  const practiceTexts = new Map<string, { texts: Texts<TextFrontMatter>; draft: boolean }>();
  for (const { slug, path } of problems.entries(contentDir, 'practices')) {
    const { parsed, facts, texts, todo } = readFolder('practices', path, {
      facts: practiceSchema,
      text: practiceTextSchema,
    });
    if (!facts || !parsed) continue;
    practices.set(slug, { facts, parsed });
    practiceStates.push(state(slug, path, { value: facts, parsed }, texts, todo));
    checkTranslations(problems, parsed.file, facts.originalLanguage, texts, 'practice', known);
    checkFactLanguages(problems, parsed, texts);
    practiceTexts.set(slug, { texts, draft: facts.status === 'draft' });
  }

  const caseStates: EntryState<CaseFacts>[] = [];
  const formerSlugs = new Map<string, string>();
  const caseFolders = problems.entries(contentDir, 'cases');
  for (const { slug, path } of caseFolders) {
    const { parsed, facts, texts, todo, raw } = readFolder('cases', path, { facts: caseSchema, text: caseTextSchema });
    const original = facts?.originalLanguage ?? raw.originalLanguage ?? 'fr';
    if (parsed) checkTranslations(problems, parsed.file, original, texts, 'case', known);
    checkCaseTexts(problems, texts, facts?.kind ?? raw.kind);
    if (!facts || !parsed) continue;
    cases.set(slug, { facts, parsed });
    checkFactLanguages(problems, parsed, texts);
    caseStates.push(state(slug, path, { value: facts, parsed }, texts, todo));
    for (const former of facts.formerSlugs) {
      const owner = formerSlugs.get(former);
      if (owner) problems.add(parsed, 'formerSlugs', say.formerSlugTaken(former, owner), ['formerSlugs']);
      formerSlugs.set(former, slug);
    }
    checkCaseCitations(problems, parsed, facts, texts);
  }
  for (const [former, owner] of formerSlugs)
    if (cases.has(former)) problems.add(cases.get(owner)!.parsed.file, 'formerSlugs', say.formerSlugInUse(former));

  // A practice cites the cases that list it, known once every case is read.
  const caseSlugs = { valid: new Set(cases.keys()), found: new Set(caseFolders.map((e) => e.slug)) };
  for (const [slug, { texts, draft }] of practiceTexts) {
    const evidence = new Set(
      [...cases].filter(([, c]) => c.facts.practices.includes(slug)).map(([caseSlug]) => caseSlug),
    );
    checkPracticeCitations(problems, slug, texts, evidence, caseSlugs, draft);
  }

  // References last, once every collection is known.
  for (const { facts, parsed } of cases.values()) checkReferences(problems, parsed, 'cases', facts, known);
  for (const { facts, parsed } of practices.values()) checkReferences(problems, parsed, 'practices', facts, known);
  for (const entry of programmes.values())
    if (entry) {
      checkReferences(problems, entry.parsed, 'programmes', entry.value, known);
      checkProgrammeSources(problems, entry.parsed, entry.value);
    }

  problems.list.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems: problems.list,
    entries: { cases: caseStates, practices: practiceStates },
    counts: {
      cases: cases.size,
      practices: practices.size,
      organizations: organizations.size,
      programmes: programmes.size,
      people: people.size,
      themes: themes.size,
    },
  };
}
