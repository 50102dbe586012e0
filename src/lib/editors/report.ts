/**
 * The editors' report (`npm run report`): for every case study and
 * practice, what is left to do — fields left empty, missing translations,
 * translations older than their original's last update (also flagged on
 * the translated page), translations in progress, drafts and unreviewed
 * entries, sources without an archived copy — as Markdown that reads the
 * same in a terminal, a file, a pull request or a CI summary.
 */
import type { CaseFacts } from '../../schemas/case';
import { LANGS, type Lang, type Status } from '../../schemas/common';
import type { PracticeFacts } from '../../schemas/practice';
import { isOutdated } from '../model/translation-status';
import type { CheckResult, EntryState } from '../model/check';

const code = (text: string) => `\`${text}\``;

/** What is left to do on one entry. */
export interface EntryReport {
  slug: string;
  title: string;
  status: Status;
  /** Optional fields that are empty or absent, as Markdown (`results`, `sources.date` (items 2, 3)). */
  emptyFields: string[];
  /** Languages without a text. */
  missingTranslations: Lang[];
  /** Translations made before the original's last update. */
  outdatedTranslations: { lang: Lang; date: string; updated: string }[];
  /** Translations still marked `draft: true`. */
  draftTranslations: Lang[];
  /** Numbers (1-based, as on the page) of the sources online but without an archived copy. */
  sourcesWithoutArchive: number[];
  /** TODOs the scaffold left. */
  todo: number;
}

/** Fields of a case that the sources usually allow to fill in, and are empty. */
function emptyCaseFields(f: CaseFacts): string[] {
  const empty: string[] = [];
  const check = (path: string, isEmpty: boolean) => isEmpty && empty.push(code(path));
  /** A field of list items, with the 1-based numbers of the items that lack it. */
  const inItems = <T>(path: string, items: T[], lacks: (item: T) => boolean) => {
    const missing = items.flatMap((item, i) => (lacks(item) ? [i + 1] : []));
    if (missing.length)
      empty.push(
        `${code(path)} (${missing.length === items.length ? 'all' : `${missing.length === 1 ? 'item' : 'items'} ${missing.join(', ')}`})`,
      );
  };
  check('actors', f.actors.length === 0);
  check('programmes', f.programmes.length === 0);
  check('financing', !f.financing);
  check('financing.total', Boolean(f.financing) && f.financing?.total === undefined);
  check('results', f.results.length === 0);
  check('beneficiaries', !f.beneficiaries);
  check('sdgs', f.sdgs.length === 0);
  check('practices', f.practices.length === 0);
  check('period.end', !f.period.end && !f.period.ongoing);
  inItems('places.name', f.places, (place) => !place.name);
  inItems('places.lat/lon', f.places, (place) => place.lat === undefined || place.lon === undefined);
  if (f.kind === 'diaspora') {
    check('diaspora.originLocality', !f.diaspora.originLocality);
    check('diaspora.organizations', f.diaspora.organizations.length === 0);
  } else {
    check('transfer.originInstitution', !f.transfer.originInstitution);
    check('transfer.receivingInstitutions', f.transfer.receivingInstitutions.length === 0);
    check('transfer.facilitator', f.transfer.channel !== 'bilateral' && !f.transfer.facilitator);
  }
  inItems('sources.date', f.sources, (source) => !source.date);
  return empty;
}

function emptyPracticeFields(f: PracticeFacts): string[] {
  return f.related.length === 0 ? [code('related')] : [];
}

function entryReport<F extends CaseFacts | PracticeFacts>(
  entry: EntryState<F>,
  emptyFields: (facts: F) => string[],
): EntryReport {
  const f = entry.facts;
  const original = entry.texts[f.originalLanguage] ?? Object.values(entry.texts)[0];
  const texts = Object.entries(entry.texts) as [Lang, NonNullable<(typeof entry.texts)[Lang]>][];
  const sources = 'sources' in f ? f.sources : [];
  return {
    slug: entry.slug,
    title: original?.value.title ?? entry.slug,
    status: f.status,
    emptyFields: emptyFields(f),
    missingTranslations: LANGS.filter((lang) => !entry.texts[lang]),
    outdatedTranslations: texts
      .filter(
        ([, t]) => t.value.translation && !t.value.translation.draft && isOutdated(t.value.translation, f.updated),
      )
      .map(([lang, t]) => ({ lang, date: t.value.translation!.date, updated: f.updated })),
    draftTranslations: texts.filter(([, t]) => t.value.translation?.draft).map(([lang]) => lang),
    sourcesWithoutArchive: sources.flatMap((s, i) => (s.url && !s.archived ? [i + 1] : [])),
    todo: entry.todo,
  };
}

/** The report's findings, entry by entry. */
export function editorialFindings(result: CheckResult): { cases: EntryReport[]; practices: EntryReport[] } {
  return {
    cases: result.entries.cases.map((e) => entryReport(e, emptyCaseFields)),
    practices: result.entries.practices.map((e) => entryReport(e, emptyPracticeFields)),
  };
}

const STATUS: Record<Status, string> = {
  draft: 'draft, not published',
  published: 'published, not yet peer-reviewed',
  reviewed: 'reviewed',
  retired: 'retired',
};

function entrySection(r: EntryReport, folder: string): string {
  const lines: string[] = [];
  if (r.todo > 0) lines.push(`- Text left to write: ${r.todo} TODO`);
  if (r.missingTranslations.length) lines.push(`- Missing translations: ${r.missingTranslations.join(', ')}`);
  for (const o of r.outdatedTranslations)
    lines.push(`- Outdated translation: ${o.lang} (translated ${o.date}, original updated ${o.updated})`);
  if (r.draftTranslations.length) lines.push(`- Translations in progress: ${r.draftTranslations.join(', ')}`);
  if (r.emptyFields.length) lines.push(`- Empty fields: ${r.emptyFields.join(', ')}`);
  if (r.sourcesWithoutArchive.length)
    lines.push(`- Sources without an archived copy: ${r.sourcesWithoutArchive.join(', ')}`);
  return `### ${r.title}\n\n${code(`${folder}/${r.slug}`)}: ${STATUS[r.status]}\n\n${
    lines.length ? lines.join('\n') : '- Nothing left to do.'
  }\n`;
}

/** The whole report as Markdown. `date` is the day it is made (YYYY-MM-DD). */
export function editorialReport(result: CheckResult, date: string): string {
  const { cases, practices } = editorialFindings(result);
  const all = [...cases, ...practices];
  const count = (predicate: (r: EntryReport) => boolean) => all.filter(predicate).length;
  const summary = [
    ['Drafts (not published)', count((r) => r.status === 'draft')],
    ['Published, not yet peer-reviewed', count((r) => r.status === 'published')],
    ['With missing translations', count((r) => r.missingTranslations.length > 0)],
    ['With outdated translations', count((r) => r.outdatedTranslations.length > 0)],
    ['With translations in progress', count((r) => r.draftTranslations.length > 0)],
    ['With empty fields', count((r) => r.emptyFields.length > 0)],
    ['With sources lacking an archived copy', count((r) => r.sourcesWithoutArchive.length > 0)],
  ] as const;
  const problems = result.problems.length
    ? `\n> **The check finds ${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}**: run \`npm run check\` to see ${result.problems.length === 1 ? 'it' : 'them'}. Entries with invalid facts are left out of this report.\n`
    : '';
  return `# Editors' report, ${date}

${cases.length} case studies and ${practices.length} practices.
${problems}
| | entries |
| --- | ---: |
${summary.map(([label, n]) => `| ${label} | ${n} |`).join('\n')}

## Case studies

${cases.map((r) => entrySection(r, 'cases')).join('\n')}
## Practices

${practices.map((r) => entrySection(r, 'practices')).join('\n')}`;
}
