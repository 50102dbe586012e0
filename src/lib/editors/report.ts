/**
 * The editors' report (`npm run report`): for every case study and
 * practice, what is left to do — text left to write, translations older
 * than their original's last change (also flagged on the translated page),
 * translations in progress or missing, sources without an archived copy,
 * fields left empty — each with its file and line and, where there is one,
 * the command that does it; entries ordered by what blocks publication
 * first, and those the check cannot read named. Markdown, in French or
 * English, that reads the same in a terminal, a file, a pull request or a
 * CI summary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CaseFacts } from '../../schemas/case';
import { LANGS, type Lang, type Status } from '../../schemas/common';
import type { PracticeFacts } from '../../schemas/practice';
import { textIn, type FolderCollection } from '../model/layout';
import { isOutdated, lastChange } from '../model/translation-status';
import type { CheckResult, EntryState } from '../model/check';
import { SCAFFOLD_MARKER } from './scaffold-marker';
import { MESSAGES, type Messages } from './messages';

const code = (text: string) => `\`${text}\``;

/** An optional field: the items that lack it (1-based), or all of them when `items` is absent. */
export interface EmptyField {
  path: string;
  items?: number[] | 'all';
}

/** What is left to do on one entry. */
export interface EntryReport {
  slug: string;
  title: string;
  status: Status;
  /** Its folder, relative to the project root (`content/cases/<slug>`). */
  folder: string;
  /** The file of its facts (its French text), relative to the project root. */
  factsFile: string;
  /** Optional fields that are empty or absent. */
  emptyFields: EmptyField[];
  /** Optional fields that do not apply to this entry (an end date when it is ongoing), so none is asked for. */
  notApplicable: string[];
  /** Languages without a text. */
  missingTranslations: Lang[];
  /** Translations made before the original's last change (`updated`, or its last commit when later). */
  outdatedTranslations: { lang: Lang; date: string; updated: string; file: string }[];
  /** Translations still marked `draft: true`. */
  draftTranslations: Lang[];
  /** Numbers (1-based, as on the page) of the sources online but without an archived copy. */
  sourcesWithoutArchive: number[];
  /** TODOs the scaffold left. */
  todo: number;
  /** Where the TODOs are: each file (relative to the project root) with its first TODO's line. */
  todoAt: { file: string; line: number }[];
  /** Its texts' files by language, relative to the project root. */
  texts: Partial<Record<Lang, string>>;
}

/** How the report reads the files and their history. */
export interface ReportOptions {
  /** The folder the check's paths are relative to (the project root); files are read from it. */
  root?: string;
  /** The day a file last changed in the repository's history, if known (see `committedOn`). */
  committedOn?: (file: string) => string | undefined;
  /** The report's language: English unless given. */
  messages?: Messages;
}

/** Fields of a case that the sources usually allow to fill in: those that are empty, and those that do not apply. */
function caseFields(f: CaseFacts): { empty: EmptyField[]; notApplicable: string[] } {
  const empty: EmptyField[] = [];
  const notApplicable: string[] = [];
  const check = (path: string, isEmpty: boolean) => isEmpty && empty.push({ path });
  const na = (path: string, applies: boolean) => !applies && notApplicable.push(path);
  const inItems = <T>(path: string, items: T[], lacks: (item: T) => boolean) => {
    const missing = items.flatMap((item, i) => (lacks(item) ? [i + 1] : []));
    if (missing.length) empty.push({ path, items: missing.length === items.length ? 'all' : missing });
  };
  check('actors', f.actors.length === 0);
  check('programmes', f.programmes.length === 0);
  check('financing', !f.financing);
  na('financing.total', Boolean(f.financing));
  check('financing.total', Boolean(f.financing) && f.financing?.total === undefined);
  check('results', f.results.length === 0);
  check('beneficiaries', !f.beneficiaries);
  check('sdgs', f.sdgs.length === 0);
  check('practices', f.practices.length === 0);
  na('period.end', !f.period.ongoing);
  check('period.end', !f.period.end && !f.period.ongoing);
  inItems('places.name', f.places, (place) => !place.name);
  inItems('places.lat/lon', f.places, (place) => place.lat === undefined || place.lon === undefined);
  if (f.kind === 'diaspora') {
    check('diaspora.originLocality', !f.diaspora.originLocality);
    check('diaspora.organizations', f.diaspora.organizations.length === 0);
  } else {
    check('transfer.originInstitution', !f.transfer.originInstitution);
    check('transfer.receivingInstitutions', f.transfer.receivingInstitutions.length === 0);
    na('transfer.facilitator', f.transfer.channel !== 'bilateral');
    check('transfer.facilitator', f.transfer.channel !== 'bilateral' && !f.transfer.facilitator);
  }
  inItems('sources.date', f.sources, (source) => !source.date);
  return { empty, notApplicable };
}

function practiceFields(f: PracticeFacts): { empty: EmptyField[]; notApplicable: string[] } {
  return { empty: f.related.length === 0 ? [{ path: 'related' }] : [], notApplicable: [] };
}

/** Reads a file, or '' when it cannot (the check has said why). */
function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}

const MARKER = new RegExp(`\\b${SCAFFOLD_MARKER}\\b`);

/** The 1-based line of the first line matching, or undefined. */
function lineOf(text: string, pattern: RegExp): number | undefined {
  const index = text.split('\n').findIndex((line) => pattern.test(line));
  return index < 0 ? undefined : index + 1;
}

/** The line where a field is written, or written as a comment ready to fill in (`# reviewedOn:`). */
function fieldLine(text: string, path: string): number | undefined {
  const key = path.split(/[./]/)[path.includes('/') ? 0 : path.split('.').length - 1];
  return lineOf(text, new RegExp(`^\\s*(#\\s*)?(- )?${key.replace(/[^a-zA-Z]/g, '')}:`));
}

function entryReport<F extends CaseFacts | PracticeFacts>(
  collection: FolderCollection,
  entry: EntryState<F>,
  fields: (facts: F) => { empty: EmptyField[]; notApplicable: string[] },
  options: Required<Pick<ReportOptions, 'root' | 'committedOn'>>,
): EntryReport {
  const f = entry.facts;
  const originalText = entry.texts[f.originalLanguage];
  const original = originalText ?? Object.values(entry.texts)[0];
  const texts = Object.entries(entry.texts) as [Lang, NonNullable<(typeof entry.texts)[Lang]>][];
  const sources = 'sources' in f ? f.sources : [];
  const { factsFile } = entry;
  // The original text's last commit, when the history knows it: an edit that did not touch `updated`.
  const changedOn = originalText ? options.committedOn(join(options.root, originalText.file)) : undefined;
  const todoAt = entry.todo
    ? [...new Set([factsFile, ...texts.map(([, t]) => t.file)])].flatMap((file) => {
        const line = lineOf(read(join(options.root, file)), MARKER);
        return line ? [{ file, line }] : [];
      })
    : [];
  const { empty, notApplicable } = fields(f);
  return {
    slug: entry.slug,
    title: original?.value.title ?? entry.slug,
    status: f.status,
    folder: entry.folder,
    factsFile,
    emptyFields: empty,
    notApplicable,
    // A text the check refused is there to mend (the check says how), not missing.
    missingTranslations: LANGS.filter(
      (lang) => !entry.texts[lang] && !textIn(collection, join(options.root, entry.folder), lang),
    ),
    outdatedTranslations: texts
      .filter(
        ([, t]) =>
          t.value.translation && !t.value.translation.draft && isOutdated(t.value.translation, f.updated, changedOn),
      )
      .map(([lang, t]) => ({
        lang,
        date: t.value.translation!.date,
        updated: lastChange(f.updated, changedOn),
        file: t.file,
      })),
    draftTranslations: texts.filter(([, t]) => t.value.translation?.draft).map(([lang]) => lang),
    sourcesWithoutArchive: sources.flatMap((s, i) => (s.url && !s.archived ? [i + 1] : [])),
    todo: entry.todo,
    todoAt,
    texts: Object.fromEntries(texts.map(([lang, t]) => [lang, t.file])),
  };
}

/** The report's findings, entry by entry, in the order of the check (by slug). */
export function editorialFindings(
  result: CheckResult,
  options: ReportOptions = {},
): { cases: EntryReport[]; practices: EntryReport[] } {
  const resolved = { root: options.root ?? process.cwd(), committedOn: options.committedOn ?? (() => undefined) };
  return {
    cases: result.entries.cases.map((e) => entryReport('cases', e, caseFields, resolved)),
    practices: result.entries.practices.map((e) => entryReport('practices', e, practiceFields, resolved)),
  };
}

/**
 * How much an entry's most pressing item stands in the way of publishing
 * it, lower first: text left to write, then a translation that says
 * something else than its original, one in progress, one missing, sources
 * that may disappear, and last optional fields.
 */
export function urgency(r: EntryReport): number {
  if (r.todo > 0) return 0;
  if (r.outdatedTranslations.length) return 1;
  if (r.draftTranslations.length) return 2;
  if (r.missingTranslations.length) return 3;
  if (r.sourcesWithoutArchive.length) return 4;
  if (r.emptyFields.length) return 5;
  return 6;
}

/** Entries ordered by what blocks publication first, then by slug. */
export function byUrgency(reports: EntryReport[]): EntryReport[] {
  return [...reports].sort((a, b) => urgency(a) - urgency(b) || a.slug.localeCompare(b.slug));
}

/** The report's lines for one entry, most pressing first, each with where to act and how. */
function entrySection(
  r: EntryReport,
  collection: 'cases' | 'practices',
  say: Messages['report'],
  root: string,
): string {
  const facts = read(join(root, r.factsFile));
  const at = (file: string, line?: number) => code(`${file}${line ? `:${line}` : ''}`);
  const fix = (command: string) => ` — ${say.fix}${say.colon}${code(command)}`;
  const entryFlag = collection === 'cases' ? '--case' : '--practice';
  const lines: string[] = [];
  if (r.todo > 0) lines.push(`- ${say.todo(r.todo)}${say.colon}${r.todoAt.map((t) => at(t.file, t.line)).join(', ')}`);
  for (const o of r.outdatedTranslations) {
    const line = lineOf(read(join(root, o.file)), /^translation:/);
    lines.push(`- ${say.outdated(o.lang, o.date, o.updated)}${say.colon}${at(o.file, line)}`);
  }
  for (const lang of r.draftTranslations) {
    const file = r.texts[lang]!;
    lines.push(`- ${say.inProgress(lang)}${say.colon}${at(file, lineOf(read(join(root, file)), /draft:\s*true/))}`);
  }
  for (const lang of r.missingTranslations)
    lines.push(
      `- ${say.missing(lang)}${fix(`npm run new -- translation ${entryFlag} ${r.slug} --to ${lang} --translators ${say.you}`)}`,
    );
  if (r.sourcesWithoutArchive.length)
    lines.push(
      `- ${say.archive(r.sourcesWithoutArchive.join(', '))}${say.colon}${at(r.factsFile, lineOf(facts, /^sources:/))}`,
    );
  if (r.emptyFields.length) {
    const fields = r.emptyFields.map((e) => {
      const items = e.items === undefined ? '' : ` (${e.items === 'all' ? say.all : say.items(e.items)})`;
      const line = fieldLine(facts, e.path);
      return `${code(e.path)}${items}${line ? ` ${say.line(line)}` : ''}`;
    });
    lines.push(`- ${say.empty} ${code(r.factsFile)}${say.colon}${fields.join(', ')}`);
  }
  if (lines.length === 0) lines.push(`- ${say.nothing}`);
  if (r.notApplicable.length) lines.push(`- ${say.notApplicable}${say.colon}${r.notApplicable.map(code).join(', ')}`);
  return `### ${r.title}\n\n${code(r.folder)}${say.colon}${say.status[r.status]}\n\n${lines.join('\n')}\n`;
}

/** The entries (folders) the check found problems in and left out of the report, with their first problem's place. */
function leftOut(result: CheckResult): { folder: string; at: string }[] {
  const kept = new Set([...result.entries.cases, ...result.entries.practices].map((e) => e.folder));
  const found = new Map<string, string>();
  for (const problem of result.problems) {
    const match = /^(.*?(?:cases|practices)\/[^/]+)\//.exec(problem.file);
    if (match && !kept.has(match[1]) && !found.has(match[1]))
      found.set(match[1], `${problem.file}${problem.line ? `:${problem.line}` : ''}`);
  }
  return [...found].map(([folder, at]) => ({ folder, at })).sort((a, b) => a.folder.localeCompare(b.folder));
}

/** The whole report as Markdown. `date` is the day it is made (YYYY-MM-DD). */
export function editorialReport(result: CheckResult, date: string, options: ReportOptions = {}): string {
  const say = (options.messages ?? MESSAGES.en).report;
  const root = options.root ?? process.cwd();
  const { cases, practices } = editorialFindings(result, options);
  const all = [...cases, ...practices];
  const count = (predicate: (r: EntryReport) => boolean) => all.filter(predicate).length;
  const summary = [
    [say.summary.todo, count((r) => r.todo > 0)],
    [say.summary.draft, count((r) => r.status === 'draft')],
    [say.summary.published, count((r) => r.status === 'published')],
    [say.summary.outdated, count((r) => r.outdatedTranslations.length > 0)],
    [say.summary.inProgress, count((r) => r.draftTranslations.length > 0)],
    [say.summary.missing, count((r) => r.missingTranslations.length > 0)],
    [say.summary.archive, count((r) => r.sourcesWithoutArchive.length > 0)],
    [say.summary.empty, count((r) => r.emptyFields.length > 0)],
  ] as const;
  const omitted = leftOut(result);
  const problems = result.problems.length
    ? `\n> ${say.problems(result.problems.length)}${
        omitted.length
          ? ` ${say.leftOut}\n${omitted.map((o) => `> - ${code(o.folder)} (${code(o.at)})`).join('\n')}`
          : ''
      }\n`
    : '';
  // How many entries of each collection have a published text in each language.
  const hasText = (r: EntryReport, lang: Lang) => Boolean(r.texts[lang]) && !r.draftTranslations.includes(lang);
  const byLanguage = [
    [say.cases, cases],
    [say.practices, practices],
  ] as const;
  const sections = (reports: EntryReport[], collection: 'cases' | 'practices') =>
    byUrgency(reports)
      .map((r) => entrySection(r, collection, say, root))
      .join('\n');
  return `# ${say.title(date)}

${say.counts(cases.length, practices.length)}
${problems}
| | ${say.entries} |
| --- | ---: |
${summary.map(([label, n]) => `| ${label} | ${n} |`).join('\n')}

| ${say.byLanguage} | ${LANGS.join(' | ')} |
| --- | ${LANGS.map(() => '---:').join(' | ')} |
${byLanguage
  .map(
    ([label, reports]) =>
      `| ${label} | ${LANGS.map((lang) => say.ofAll(reports.filter((r) => hasText(r, lang)).length, reports.length)).join(' | ')} |`,
  )
  .join('\n')}

## ${say.cases}

${sections(cases, 'cases')}
## ${say.practices}

${sections(practices, 'practices')}`;
}
