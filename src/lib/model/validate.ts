/**
 * Validation of the whole content folder, run before every build, by
 * `npm run check` and by the tests. It reads the files itself (rather than
 * through Astro's loaders) so that it can report every problem at once, each
 * as `file:line: field: problem — how to fix`, and check what a single-entry
 * schema cannot: references between entries, duplicate slugs, translations
 * and the standard sections of each text. It also keeps the MDX of the texts
 * to prose (`safe-mdx.ts`: no code can run in the build) and refuses, once an
 * entry is public, the TODOs that `npm run new` left to write.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { load as loadYaml, YAMLException } from 'js-yaml';
import { LineCounter, parseDocument, isMap, isSeq, type Document } from 'yaml';
import type { z } from 'astro/zod';
import { caseSchema, type CaseFacts } from '../../schemas/case';
import { LANGS, type Lang } from '../../schemas/common';
import { organizationSchema } from '../../schemas/organization';
import { personSchema } from '../../schemas/person';
import { practiceSchema, type PracticeFacts } from '../../schemas/practice';
import { programmeSchema } from '../../schemas/programme';
import { caseTextSchema, practiceTextSchema } from '../../schemas/text';
import { themeSchema } from '../../schemas/theme';
import { TEXT_FILE, type TextFormat } from './paths';
import { bodyTexts, checkMdx, isImageFile, type MdxNode } from './safe-mdx';
import { SCAFFOLD_MARKER } from '../editors/scaffold-marker';
import { missingSections, SECTION_HEADINGS } from './sections';

/** One problem found in the content. */
export interface Problem {
  /** Path of the file, relative to the project root. */
  file: string;
  /** Line in the file, when known (1-based). */
  line?: number;
  /** Dotted path of the field (`financing.contributions.0.share`), or `file`. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
}

/** Formats a problem the way editors read it: `file:line: field: problem`. */
export function formatProblem(p: Problem): string {
  return `${p.file}${p.line ? `:${p.line}` : ''}: ${p.field}: ${p.message}`;
}

interface Parsed {
  file: string;
  data: unknown;
  /** The YAML text, parsed again with positions only when a problem needs its line. */
  yaml: string;
  positions?: { doc: Document; counter: LineCounter };
  /** Lines before the YAML starts (1 for the `---` of MDX front matter). */
  offset: number;
  body?: string;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

class Checker {
  problems: Problem[] = [];
  private root: string;
  constructor(root: string) {
    this.root = root;
  }

  rel(path: string): string {
    return relative(this.root, path) || path;
  }

  add(parsed: Parsed | string, field: string, message: string, path: (string | number)[] = []) {
    if (typeof parsed === 'string') {
      this.problems.push({ file: parsed, field, message });
      return;
    }
    this.problems.push({ file: parsed.file, line: lineOf(parsed, path), field, message });
  }

  /** Reads a YAML file or the front matter of an MDX file. */
  read(path: string): Parsed | undefined {
    const file = this.rel(path);
    const text = readFileSync(path, 'utf8');
    let yamlText = text;
    let offset = 0;
    let body: string | undefined;
    if (path.endsWith('.mdx') || path.endsWith('.md')) {
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
      if (!match) {
        this.add(
          file,
          'front matter',
          'is missing: start the file with a block between two `---` lines (title, summary, …)',
        );
        return undefined;
      }
      yamlText = match[1]!;
      body = match[2]!;
      offset = 1;
    }
    // The data is read as Astro reads it (js-yaml, which is also several times faster); the
    // `yaml` library, which keeps positions, explains a syntax error and locates fields.
    try {
      return { file, data: loadYaml(yamlText) ?? null, yaml: yamlText, offset, body };
    } catch (thrown) {
      // The first syntax error is the real one; those after it follow from it.
      const error = withPositions(yamlText).doc.errors[0];
      const fallback = thrown instanceof YAMLException ? thrown : undefined;
      const line = error?.linePos?.[0]?.line ?? (fallback ? fallback.mark.line + 1 : undefined);
      const reason = error
        ? error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')
        : (fallback?.reason ?? String(thrown));
      this.problems.push({
        file,
        line: line ? line + offset : undefined,
        field: 'YAML',
        message: `${reason} — check the indentation (spaces, not tabs), and put in quotes any text that contains ": "`,
      });
      return undefined;
    }
  }

  /** Validates data against a schema, recording every issue. */
  validate<T>(parsed: Parsed, schema: z.ZodType<T>, prefix: (string | number)[] = []): T | undefined {
    // A message a schema sets for itself (such as `localized`'s) wins over this error map.
    const result = schema.safeParse(prefix.length ? getIn(parsed.data, prefix) : parsed.data, {
      reportInput: true,
      error: describeIssue,
    });
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      this.add(parsed, path.length ? path.join('.') : 'file', issue.message, path);
    }
    return undefined;
  }

  /** Names of the entries of a folder, checking that each is a slug and unique. */
  entries(dir: string, kind: 'dir' | 'file'): { slug: string; path: string }[] {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return [];
    }
    const seen = new Map<string, string>();
    const out: { slug: string; path: string }[] = [];
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const isDir = statSync(path).isDirectory();
      if (kind === 'dir' && !isDir) continue;
      if (kind === 'file' && (isDir || !/\.ya?ml$/.test(name))) continue;
      const slug = kind === 'dir' ? name : name.replace(/\.ya?ml$/, '');
      if (!SLUG.test(slug)) {
        this.add(
          this.rel(path),
          'slug',
          `"${slug}" is not a valid slug: rename it with lower-case letters, digits and hyphens only`,
        );
        continue;
      }
      const twin = seen.get(slug);
      if (twin) {
        this.add(
          this.rel(path),
          'slug',
          `duplicate slug "${slug}" (also ${this.rel(twin)}): every entry needs its own slug; rename or merge one of them`,
        );
        continue;
      }
      seen.set(slug, path);
      out.push({ slug, path });
    }
    return out;
  }
}

function withPositions(yaml: string): { doc: Document; counter: LineCounter } {
  const counter = new LineCounter();
  return { doc: parseDocument(yaml, { lineCounter: counter, prettyErrors: true }), counter };
}

/** Locates the line of a field in a parsed file, falling back to its parent. */
function lineOf(parsed: Parsed, path: (string | number)[]): number | undefined {
  const { doc, counter } = (parsed.positions ??= withPositions(parsed.yaml));
  for (let n = path.length; n >= 0; n--) {
    const node = doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    const keyNode = n > 0 ? findKey(doc, path.slice(0, n)) : undefined;
    const start = keyNode?.range?.[0] ?? node?.range?.[0];
    if (start !== undefined && (n > 0 || path.length === 0)) return counter.linePos(start).line + parsed.offset;
  }
  return undefined;
}

function findKey(doc: Document, path: (string | number)[]): { range?: [number, number, number] } | undefined {
  const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
  const last = path[path.length - 1];
  if (isMap(parent)) {
    const pair = parent.items.find((item) => (item.key as { value?: unknown })?.value === last);
    return pair?.key as { range?: [number, number, number] } | undefined;
  }
  if (isSeq(parent) && typeof last === 'number') return parent.items[last] as { range?: [number, number, number] };
  return undefined;
}

const MARKER = new RegExp(`\\b${SCAFFOLD_MARKER}\\b`);

/** Every string in parsed YAML, with its path. */
function stringsIn(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; value: string }[] {
  if (typeof data === 'string') return [{ path, value: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => stringsIn(item, [...path, i]));
  if (data && typeof data === 'object' && !(data instanceof Date))
    return Object.entries(data).flatMap(([key, value]) => stringsIn(value, [...path, key]));
  return [];
}

function getIn(data: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | undefined)?.[key], data);
}

/** Turns a zod issue into a sentence an editor can act on. */
function describeIssue(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the schema, or remove ${issue.keys.length > 1 ? 'them' : 'it'}`;
    case 'invalid_type': {
      if (issue.input === undefined || issue.input === null) return 'is required but missing: add it';
      const received = Array.isArray(issue.input)
        ? 'a list'
        : issue.input instanceof Date
          ? 'a date'
          : typeof issue.input === 'object'
            ? 'a set of "key: value" pairs'
            : `a ${typeof issue.input}`;
      if (issue.expected === 'string' && issue.input instanceof Date)
        return 'should be text but YAML read a date: put it in quotes ("2019-03-01")';
      if (issue.expected === 'string' && typeof issue.input === 'object')
        return `should be text but YAML read ${received}: a text containing ": " or starting with a special character must be put in quotes`;
      if (issue.expected === 'object') return `should be a set of "key: value" pairs but is ${received}`;
      return `should be ${issue.expected === 'array' ? 'a list' : `a ${issue.expected}`} but is ${received}`;
    }
    default:
      return undefined;
  }
}

/** A valid case or practice, as the editors' report sees it. */
export interface EntryState<F> {
  slug: string;
  /** Its folder, relative to the root. */
  folder: string;
  facts: F;
  /** Its valid texts by language. */
  texts: Partial<Record<Lang, { file: string; value: TextFrontMatter }>>;
  /** How many times the scaffold's TODO is still in its files. */
  todo: number;
}

/** What every text's front matter has. */
export interface TextFrontMatter {
  title: string;
  translation?: { from: Lang; date: string; translators: string[]; draft: boolean } | undefined;
}

/** Everything the validator learnt, for callers that want more than problems. */
export interface CheckResult {
  problems: Problem[];
  /** The valid cases and practices, sorted by slug. */
  entries: { cases: EntryState<CaseFacts>[]; practices: EntryState<PracticeFacts>[] };
  counts: {
    cases: number;
    practices: number;
    organizations: number;
    programmes: number;
    people: number;
    themes: number;
  };
}

/**
 * Validates a content folder. `root` is the folder paths are reported
 * relative to (the project root).
 */
export function checkContent(contentDir: string, root = process.cwd()): CheckResult {
  const c = new Checker(root);

  /** Validated entries of a folder; `map.has` is true for every file found, valid or not, so that one bad file does not also report every reference to it. */
  const collect = <T>(folder: string, schema: z.ZodType<T>) => {
    const map = new Map<string, { value: T; parsed: Parsed } | undefined>();
    for (const { slug, path } of c.entries(join(contentDir, folder), 'file')) {
      const parsed = c.read(path);
      const value = parsed ? c.validate(parsed, schema) : undefined;
      map.set(slug, value && parsed ? { value, parsed } : undefined);
    }
    return map;
  };
  const organizations = collect('organizations', organizationSchema);
  const programmes = collect('programmes', programmeSchema);
  const people = collect('people', personSchema);

  const themes = new Set<string>();
  const themesPath = join(contentDir, 'themes.yaml');
  let themesParsed: Parsed | undefined;
  try {
    statSync(themesPath);
    themesParsed = c.read(themesPath);
  } catch {
    c.add(c.rel(themesPath), 'file', 'is missing: create content/themes.yaml with the list of themes');
  }
  if (themesParsed) {
    if (!Array.isArray(themesParsed.data))
      c.add(themesParsed, 'file', 'must be a list of themes (each starting with "- id:")');
    else
      themesParsed.data.forEach((_, i) => {
        const theme = c.validate(themesParsed, themeSchema, [i]);
        if (!theme) return;
        if (themes.has(theme.id))
          c.add(themesParsed, `${i}.id`, `duplicate theme id "${theme.id}": give each theme its own id`, [i, 'id']);
        themes.add(theme.id);
      });
  }

  const readTexts = <T>(dir: string, schema: z.ZodType<T>) => {
    // Every text file found, with its value when it is valid.
    const texts = new Map<Lang, { value?: T; parsed?: Parsed; tree?: MdxNode }>();
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (name.startsWith('.') || name === 'case.yaml' || name === 'practice.yaml' || isImageFile(name)) continue;
      const text = TEXT_FILE.exec(name);
      if (!text || !(LANGS as readonly string[]).includes(text[1])) {
        c.add(
          c.rel(path),
          'file',
          `unexpected file: a text must be named fr.md, en.md or ar.md (or .mdx when it uses an editor component)`,
        );
        continue;
      }
      const [, lang, format] = text as unknown as [string, Lang, TextFormat];
      if (texts.has(lang)) {
        c.add(
          c.rel(path),
          'file',
          `${lang}.md and ${lang}.mdx both hold the ${lang} text: keep one of them (.mdx only if it uses an editor component)`,
        );
        continue;
      }
      const parsed = c.read(path);
      // The body is checked even when the front matter is not valid, so that every problem shows at once.
      const { problems, tree } = checkMdx(readFileSync(path, 'utf8'), dirname(path), format);
      for (const problem of problems)
        c.problems.push({ file: c.rel(path), line: problem.line, field: 'body', message: problem.message });
      texts.set(lang, { parsed, tree, value: parsed ? c.validate(parsed, schema) : undefined });
    }
    return texts;
  };

  /**
   * Refuses, once an entry is public, the text the scaffold (`npm run new`)
   * left for the editor to write, so that a draft cannot go out half written.
   */
  const unwritten = (
    status: string | undefined,
    facts: Parsed | undefined,
    texts: Map<Lang, { value?: TextBase; parsed?: Parsed; tree?: MdxNode }>,
    kindLabel: string,
  ): number => {
    const message = `still holds "${SCAFFOLD_MARKER}", text left to write — write it, or set status: draft until the ${kindLabel} is ready`;
    const refuse = status !== undefined && status !== 'draft';
    let count = 0;
    if (facts)
      for (const { path, value } of stringsIn(facts.data))
        if (MARKER.test(value)) {
          count++;
          if (refuse) c.add(facts, path.join('.'), message, path);
        }
    for (const { value, parsed, tree } of texts.values()) {
      const draft = value?.translation?.draft ?? false;
      const found = [
        ...(parsed ? stringsIn(parsed.data).map(({ path, value: text }) => ({ path, text, line: undefined })) : []),
        ...(tree ? bodyTexts(tree).map(({ value: text, line }) => ({ path: undefined, text, line })) : []),
      ].filter(({ text }) => MARKER.test(text));
      count += found.length;
      if (!refuse || draft || !parsed) continue;
      for (const { path, line } of found)
        if (path) c.add(parsed, path.join('.'), message, path);
        else c.problems.push({ file: parsed.file, line, field: 'body', message });
    }
    return count;
  };

  type TextBase = { translation?: { from: Lang; translators: string[]; draft: boolean } | undefined };
  const checkTexts = <T extends TextBase>(
    factsFile: string,
    original: Lang,
    texts: Map<Lang, { value?: T; parsed?: Parsed }>,
    kindLabel: string,
  ) => {
    if (!texts.has(original))
      c.add(
        factsFile,
        'originalLanguage',
        `is "${original}" but ${original}.md is missing: write the ${kindLabel} text in ${original}.md (or ${original}.mdx) or correct originalLanguage`,
      );
    for (const [lang, { value, parsed }] of texts) {
      if (!value || !parsed) continue;
      if (lang === original) {
        if (value.translation)
          c.add(
            parsed,
            'translation',
            `is set, but this file is the original (${original}): remove the translation block`,
            ['translation'],
          );
        continue;
      }
      if (!value.translation) {
        c.add(
          parsed,
          'translation',
          `is missing: this file translates the original (${original}); add "translation: { from: ${original}, date: YYYY-MM-DD, translators: [slug] }"`,
        );
        continue;
      }
      if (!texts.has(value.translation.from))
        c.add(
          parsed,
          'translation.from',
          `names "${value.translation.from}" but there is no ${value.translation.from}.md or ${value.translation.from}.mdx: name the language this text was translated from`,
          ['translation', 'from'],
        );
      value.translation.translators.forEach((slug, i) => {
        if (!people.has(slug))
          c.add(
            parsed,
            `translation.translators.${i}`,
            `unknown person "${slug}": add content/people/${slug}.yaml or use an existing slug`,
            ['translation', 'translators', i],
          );
      });
    }
  };

  const refCheck = (
    parsed: Parsed,
    path: (string | number)[],
    slug: string | undefined,
    known: { has(s: string): boolean },
    what: string,
    folder: string,
  ) => {
    if (slug === undefined || known.has(slug)) return;
    c.add(
      parsed,
      path.join('.'),
      `unknown ${what} "${slug}": create ${folder.replace('<slug>', slug)} or use an existing slug`,
      path,
    );
  };

  const state = <F>(
    slug: string,
    path: string,
    facts: F,
    texts: Map<Lang, { value?: TextFrontMatter; parsed?: Parsed }>,
    todo: number,
  ): EntryState<F> => ({
    slug,
    folder: c.rel(path),
    facts,
    texts: Object.fromEntries(
      [...texts].flatMap(([lang, { value, parsed }]) =>
        value && parsed ? [[lang, { file: parsed.file, value }]] : [],
      ),
    ),
    todo,
  });
  const caseStates: EntryState<CaseFacts>[] = [];
  const practiceStates: EntryState<PracticeFacts>[] = [];

  // Practices first: cases refer to them.
  const practices = new Map<string, { facts: PracticeFacts; parsed: Parsed; langs: Lang[] }>();
  for (const { slug, path } of c.entries(join(contentDir, 'practices'), 'dir')) {
    const factsPath = join(path, 'practice.yaml');
    let parsed: Parsed | undefined;
    try {
      statSync(factsPath);
      parsed = c.read(factsPath);
    } catch {
      c.add(c.rel(factsPath), 'file', 'is missing: every practice folder needs a practice.yaml with its facts');
    }
    const facts = parsed ? c.validate(parsed, practiceSchema) : undefined;
    const texts = readTexts(path, practiceTextSchema);
    const todo = unwritten(
      facts?.status ?? (parsed?.data as { status?: string } | undefined)?.status,
      parsed,
      texts,
      'practice',
    );
    if (facts && parsed) {
      practices.set(slug, { facts, parsed, langs: [...texts.keys()] });
      practiceStates.push(state(slug, path, facts, texts, todo));
      checkTexts(parsed.file, facts.originalLanguage, texts, 'practice');
    }
  }
  const formerSlugs = new Map<string, string>();
  const cases = new Map<string, CaseFacts>();
  for (const { slug, path } of c.entries(join(contentDir, 'cases'), 'dir')) {
    const factsPath = join(path, 'case.yaml');
    let parsed: Parsed | undefined;
    try {
      statSync(factsPath);
      parsed = c.read(factsPath);
    } catch {
      c.add(c.rel(factsPath), 'file', 'is missing: every case folder needs a case.yaml with its facts');
    }
    const facts = parsed ? c.validate(parsed, caseSchema) : undefined;
    const texts = readTexts(path, caseTextSchema);
    // Texts are checked even when the facts are not valid, so that every problem shows at once.
    const raw = (parsed?.data ?? {}) as { originalLanguage?: Lang; kind?: string; status?: string };
    const todo = unwritten(facts?.status ?? raw.status, parsed, texts, 'case');
    if (parsed) checkTexts(parsed.file, facts?.originalLanguage ?? raw.originalLanguage ?? 'fr', texts, 'case');
    for (const [lang, { value, parsed: textParsed }] of texts) {
      if (!textParsed) continue;
      for (const key of missingSections(textParsed.body ?? '', lang))
        c.add(
          textParsed,
          'body',
          `the section "## ${SECTION_HEADINGS[lang][key]}" is missing: add it (the standard sections are ${Object.values(
            SECTION_HEADINGS[lang],
          )
            .map((h) => `"${h}"`)
            .join(', ')})`,
        );
      if (value && (facts?.kind ?? raw.kind) === 'transfer' && !value.adapted)
        c.add(
          textParsed,
          'adapted',
          'is missing: for a transfer, say in a sentence or two what the receiving side adapted',
        );
    }
    if (!facts || !parsed) continue;
    cases.set(slug, facts);
    caseStates.push(state(slug, path, facts, texts, todo));
    for (const former of facts.formerSlugs) {
      const owner = formerSlugs.get(former);
      if (owner)
        c.add(
          parsed,
          'formerSlugs',
          `"${former}" is already a former slug of ${owner}: a slug can lead to one case only`,
          ['formerSlugs'],
        );
      formerSlugs.set(former, slug);
    }
    const org = (p: (string | number)[], s: string | undefined) =>
      refCheck(parsed, p, s, organizations, 'organisation', 'content/organizations/<slug>.yaml');
    facts.authors.forEach((s, i) =>
      refCheck(parsed, ['authors', i], s, people, 'person', 'content/people/<slug>.yaml'),
    );
    facts.reviewers.forEach((s, i) =>
      refCheck(parsed, ['reviewers', i], s, people, 'person', 'content/people/<slug>.yaml'),
    );
    facts.actors.forEach((a, i) => org(['actors', i, 'organization'], a.organization));
    facts.programmes.forEach((s, i) =>
      refCheck(parsed, ['programmes', i], s, programmes, 'programme', 'content/programmes/<slug>.yaml'),
    );
    facts.themes.forEach((s, i) =>
      refCheck(parsed, ['themes', i], s, themes, 'theme', 'an entry "- id: <slug>" in content/themes.yaml'),
    );
    facts.practices.forEach((s, i) =>
      refCheck(parsed, ['practices', i], s, practices, 'practice', 'content/practices/<slug>/'),
    );
    facts.financing?.contributions.forEach((contribution, i) => {
      org(['financing', 'contributions', i, 'source'], contribution.source);
      refCheck(
        parsed,
        ['financing', 'contributions', i, 'programme'],
        contribution.programme,
        programmes,
        'programme',
        'content/programmes/<slug>.yaml',
      );
    });
    facts.results.forEach((r, i) => {
      if (r.source !== undefined && r.source > facts.sources.length)
        c.add(
          parsed,
          `results.${i}.source`,
          `is ${r.source} but the case has ${facts.sources.length} sources: give the number (1-based) of one of the case's sources`,
          ['results', i, 'source'],
        );
    });
    if (facts.kind === 'diaspora')
      facts.diaspora.organizations.forEach((s, i) => org(['diaspora', 'organizations', i], s));
    else {
      org(['transfer', 'originInstitution'], facts.transfer.originInstitution);
      org(['transfer', 'facilitator'], facts.transfer.facilitator);
      facts.transfer.receivingInstitutions.forEach((s, i) => org(['transfer', 'receivingInstitutions', i], s));
    }
  }
  for (const [former, owner] of formerSlugs)
    if (cases.has(former))
      c.add(
        `content/cases/${owner}/case.yaml`,
        'formerSlugs',
        `"${former}" is the slug of another case: a slug is never reused`,
      );

  for (const { facts, parsed } of practices.values()) {
    facts.authors.forEach((s, i) =>
      refCheck(parsed, ['authors', i], s, people, 'person', 'content/people/<slug>.yaml'),
    );
    facts.reviewers.forEach((s, i) =>
      refCheck(parsed, ['reviewers', i], s, people, 'person', 'content/people/<slug>.yaml'),
    );
    facts.themes.forEach((s, i) =>
      refCheck(parsed, ['themes', i], s, themes, 'theme', 'an entry "- id: <slug>" in content/themes.yaml'),
    );
    facts.related.forEach((s, i) =>
      refCheck(parsed, ['related', i], s, practices, 'practice', 'content/practices/<slug>/'),
    );
  }
  for (const entry of programmes.values()) {
    if (!entry) continue;
    const { value: p, parsed } = entry;
    refCheck(parsed, ['operator'], p.operator, organizations, 'organisation', 'content/organizations/<slug>.yaml');
    p.funders.forEach((s, i) =>
      refCheck(parsed, ['funders', i], s, organizations, 'organisation', 'content/organizations/<slug>.yaml'),
    );
  }

  c.problems.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return {
    problems: c.problems,
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

/** Thrown by the build when the content has problems; lists them all. */
export class ContentError extends Error {
  problems: Problem[];
  constructor(problems: Problem[]) {
    super(
      `The content has ${problems.length} problem${problems.length === 1 ? '' : 's'}; fix ${problems.length === 1 ? 'it' : 'them'} and build again:\n` +
        problems.map(formatProblem).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
  }
}
