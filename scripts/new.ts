/**
 * `npm run new`: starts a case study, a practice, a translation, an
 * organisation or a person, asking
 * for what it needs (with @clack/prompts), or taking it from flags so that
 * scripts and tests can run it without a terminal:
 *
 *   npm run new -- case --kind diaspora --lang fr --title "…" [--slug …] --countries SN
 *     --residence FR,IT --themes education --scale local --start 2015 --authors slug
 *   npm run new -- case --kind transfer … --countries MZ --origin BR --channel triangular
 *   npm run new -- practice --lang fr --title "…" [--slug …] --category financing --themes education --authors slug
 *   npm run new -- translation --case <slug> | --practice <slug>  --to ar [--from fr] --translators slug
 *   npm run new -- organisation --name "…" [--slug …] --type ngo [--country Maroc] --description "…" --lang fr
 *   npm run new -- person --name "…" [--slug …] [--type person|organization]
 *
 * Countries are given by code or by name in French, English or Arabic. Its
 * prompts and messages are in French or English (`--ui fr|en`, else the
 * system's language; `--lang` is the language of the text). What it asks for is filled in; the rest is written as commented fields and
 * TODO text (see src/lib/editors/scaffold.ts). It refuses a slug in use, writes into
 * the content folder (ATLAS_CONTENT_DIR or content/) and runs the check.
 */
import * as p from '@clack/prompts';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { contentDir, textIn } from '../src/lib/model/layout';
import {
  caseFiles,
  listProblem,
  organizationFile,
  personFile,
  practiceFiles,
  readKnown,
  slugify,
  slugProblem,
  translationFile,
  translationSource,
  type NewCase,
  type NewFile,
  type NewPractice,
} from '../src/lib/editors/scaffold';
import { checkContent, formatProblem } from '../src/lib/model/check';
import { LANGS, partialDate, type Lang } from '../src/schemas/common';
import { PRACTICE_CATEGORIES } from '../src/schemas/practice';
import { CHANNELS, SCALES } from '../src/schemas/case';
import { ORGANIZATION_TYPES } from '../src/schemas/organization';
import { PERSON_TYPES } from '../src/schemas/person';
import { countryOptions, findCountries, matchesCountry } from '../src/lib/editors/countries';
import { MESSAGES, type Messages, type ToolLang } from '../src/lib/editors/messages';
import { toolArgs } from './lib/tool-args';

/** The command's usage, its explanations in the tools' language (the flags are the same in both). */
const usage = (lang: ToolLang) => {
  const say = MESSAGES[lang].usage;
  return `${say.heading} npm run new [-- case|practice|translation|organisation|person [flags]]
  case         --kind diaspora|transfer --lang fr|en|ar --title "…" [--slug …] --countries CC[,CC]
               diaspora: --residence CC[,CC]   transfer: --origin CC[,CC] --channel ${CHANNELS.join('|')}
               --themes id[,id] --scale ${SCALES.join('|')} --start YYYY[-MM[-DD]] --authors slug[,slug]
  practice     --lang fr|en|ar --title "…" [--slug …] --category ${PRACTICE_CATEGORIES.join('|')}
               --themes id[,id] --authors slug[,slug]
  translation  --case <slug> | --practice <slug>  --to fr|en|ar [--from fr|en|ar] --translators slug[,slug]
  organisation --name "…" [--slug …] --type ${ORGANIZATION_TYPES.join('|')}
               [--country CC|name] --description "…" --lang fr|en|ar
  person       --name "…" [--slug …] [--type ${PERSON_TYPES.join('|')}]
${say.countries}
--ui fr|en: ${say.ui}
${say.prompts}`;
};

const {
  values: flags,
  positionals,
  lang,
} = toolArgs(
  'npm run new',
  {
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      lang: { type: 'string' },
      title: { type: 'string' },
      slug: { type: 'string' },
      countries: { type: 'string' },
      residence: { type: 'string' },
      origin: { type: 'string' },
      channel: { type: 'string' },
      themes: { type: 'string' },
      scale: { type: 'string' },
      start: { type: 'string' },
      authors: { type: 'string' },
      category: { type: 'string' },
      case: { type: 'string' },
      practice: { type: 'string' },
      to: { type: 'string' },
      from: { type: 'string' },
      translators: { type: 'string' },
      name: { type: 'string' },
      type: { type: 'string' },
      country: { type: 'string' },
      description: { type: 'string' },
      ui: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  },
  usage,
);

if (flags.help) {
  console.log(usage(lang));
  process.exit(0);
}
const { new: say, countries: sayCountries }: Messages = MESSAGES[lang];

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const root = contentDir();
const known = readKnown(root);
const today = new Date().toISOString().slice(0, 10);

/** Stops with a message (and the usage when a flag is at fault). */
function fail(message: string, withUsage = false): never {
  if (interactive) p.cancel(message);
  else console.error(`npm run new: ${message}${withUsage ? `\n\n${usage(lang)}` : ''}`);
  process.exit(1);
}

function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) fail(say.cancelled);
  return value as Exclude<T, symbol>;
}

const splitList = (value: string) =>
  value
    .split(/[\s,]+/)
    .map((v) => v.trim())
    .filter(Boolean);

/** A value from its flag (checked), or asked for in a terminal. */
async function get<T>(
  flag: keyof typeof flags,
  check: (value: string) => string | undefined,
  ask: () => Promise<NoInfer<T> | symbol>,
  convert: (value: string) => T,
): Promise<T> {
  const given = flags[flag];
  if (typeof given === 'string') {
    const problem = check(given);
    if (problem) fail(`--${flag}: ${problem}`);
    return convert(given);
  }
  if (!interactive) fail(say.missing(flag), true);
  return answered(await ask());
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: string) =>
    (options as readonly string[]).includes(value) ? undefined : say.mustBeOneOf(options.join(', '));
const asIs = <T extends string>(value: string) => value as T;

const countryChoices = countryOptions();

/** Country codes from a flag's names or codes, or the problem to show. */
function countriesFrom(value: string): string[] | string {
  const found = findCountries(value, sayCountries);
  return 'codes' in found ? found.codes : found.problem;
}

async function pickLang(message: string, flag: 'lang' | 'to' = 'lang', exclude: Lang[] = []): Promise<Lang> {
  const options = LANGS.filter((l) => !exclude.includes(l));
  return get(
    flag,
    oneOf(options),
    () => p.select({ message, options: options.map((l) => ({ value: l, label: l })) }),
    asIs<Lang>,
  );
}

async function pickList(
  flag: keyof typeof flags,
  kind: 'country' | 'theme' | 'person',
  message: string,
): Promise<string[]> {
  if (kind === 'country')
    return get(
      flag,
      (value) => {
        const found = countriesFrom(value);
        return typeof found === 'string' ? found : undefined;
      },
      () =>
        p.autocompleteMultiselect({
          message,
          options: countryChoices,
          required: true,
          placeholder: say.search,
          filter: (search, option) => matchesCountry(search, option.label ?? option.value),
        }),
      (value) => countriesFrom(value) as string[],
    );
  const options = [...(kind === 'theme' ? known.themes : known.people)].map(([value, label]) => ({
    value,
    label: `${label} (${value})`,
  }));
  if (kind === 'person' && options.length === 0 && (interactive || typeof flags[flag] !== 'string')) fail(say.noPeople);
  return get(
    flag,
    (value) => listProblem(kind, splitList(value), known, say),
    () => p.autocompleteMultiselect({ message, options, required: true, placeholder: say.search }),
    splitList,
  );
}

/**
 * The slug of a new file: the one given, else the one the title suggests
 * (cut at a word), asked for in a terminal; a title without Latin letters
 * (in Arabic) suggests none, so the editor is asked for one.
 */
async function slugFor(title: string, collection: 'cases' | 'practices' | 'organizations' | 'people') {
  const suggested = slugify(title);
  if (flags.slug === undefined && !interactive && !suggested) fail(say.noSlug, true);
  const slug =
    flags.slug === undefined && !interactive
      ? suggested
      : await get(
          'slug',
          (v) => slugProblem(v, collection, known, say),
          () =>
            p.text({
              message: say.slug,
              initialValue: suggested,
              validate: (v) => slugProblem(v ?? '', collection, known, say),
            }),
          (v) => v,
        );
  // Without --slug, the one derived from the title must be free too.
  const problem = slugProblem(slug, collection, known, say);
  if (problem) fail(say.slugFlag(problem));
  return slug;
}

async function titleAndSlug(collection: 'cases' | 'practices') {
  const title = await get(
    'title',
    (v) => (v.trim() ? undefined : say.isEmpty),
    () => p.text({ message: say.title, validate: (v) => (v?.trim() ? undefined : say.giveTitle) }),
    (v) => v,
  );
  return { title: title.trim(), slug: await slugFor(title, collection) };
}

async function newCase(): Promise<NewFile[]> {
  const kind = await get(
    'kind',
    oneOf(['diaspora', 'transfer'] as const),
    () =>
      p.select({
        message: say.kind,
        options: [
          { value: 'diaspora' as const, label: 'diaspora', hint: say.kindDiaspora },
          { value: 'transfer' as const, label: 'transfer', hint: say.kindTransfer },
        ],
      }),
    asIs<'diaspora' | 'transfer'>,
  );
  const lang = await pickLang(say.textLang);
  const { title, slug } = await titleAndSlug('cases');
  const where = await pickList('countries', 'country', kind === 'diaspora' ? say.whereDiaspora : say.whereTransfer);
  const other = await pickList(
    kind === 'diaspora' ? 'residence' : 'origin',
    'country',
    kind === 'diaspora' ? say.residence : say.origin,
  );
  const channel =
    kind === 'transfer'
      ? await get(
          'channel',
          oneOf(CHANNELS),
          () => p.select({ message: say.channel, options: CHANNELS.map((c) => ({ value: c, label: c })) }),
          asIs<(typeof CHANNELS)[number]>,
        )
      : undefined;
  const themes = await pickList('themes', 'theme', say.themes);
  const scale = await get(
    'scale',
    oneOf(SCALES),
    () => p.select({ message: say.scale, options: SCALES.map((s) => ({ value: s, label: s })) }),
    asIs<(typeof SCALES)[number]>,
  );
  const startProblem = (v: string) => (partialDate.safeParse(v).success ? undefined : say.startProblem);
  const start = await get(
    'start',
    startProblem,
    () => p.text({ message: say.start, validate: (v) => startProblem(v ?? '') }),
    (v) => v,
  );
  const authors = await pickList('authors', 'person', say.authors);
  const input: NewCase = {
    kind,
    slug,
    title,
    lang,
    countries: where,
    otherCountries: other,
    channel,
    themes,
    scale,
    start,
    authors,
    today,
  };
  return caseFiles(input);
}

async function newPractice(): Promise<NewFile[]> {
  const lang = await pickLang(say.textLang);
  const { title, slug } = await titleAndSlug('practices');
  const category = await get(
    'category',
    oneOf(PRACTICE_CATEGORIES),
    () => p.select({ message: say.category, options: PRACTICE_CATEGORIES.map((c) => ({ value: c, label: c })) }),
    asIs<(typeof PRACTICE_CATEGORIES)[number]>,
  );
  const themes = await pickList('themes', 'theme', say.themes);
  const authors = await pickList('authors', 'person', say.authors);
  const input: NewPractice = { slug, title, lang, category, themes, authors, today };
  return practiceFiles(input);
}

async function newTranslation(): Promise<NewFile[]> {
  let collection: 'cases' | 'practices';
  let slug: string;
  if (flags.case || flags.practice) {
    collection = flags.case ? 'cases' : 'practices';
    slug = (flags.case ?? flags.practice)!;
  } else {
    if (!interactive) fail(say.missingEntry, true);
    collection = answered(
      await p.select({
        message: say.translate,
        options: [
          { value: 'cases' as const, label: say.translateCase },
          { value: 'practices' as const, label: say.translatePractice },
        ],
      }),
    );
    const slugs = [...(collection === 'cases' ? known.cases : known.practices)].sort();
    slug = answered(
      await p.autocomplete({ message: say.whichOne, options: slugs.map((s) => ({ value: s, label: s })) }),
    );
  }
  const from = flags.from as Lang | undefined;
  if (from && !(LANGS as readonly string[]).includes(from)) fail(`--from: ${say.mustBeOneOf(LANGS.join(', '))}`);
  // In a terminal, only the languages the entry lacks are offered; a flag naming another is refused below.
  const existing = flags.to ? [] : LANGS.filter((l) => textIn(collection, join(root, collection, slug), l));
  if (existing.length === LANGS.length) fail(say.inEveryLanguage(`${collection}/${slug}`));
  const to = await pickLang(say.into, 'to', existing);
  const translators = await pickList('translators', 'person', say.translators);
  const request = { collection, slug, from, to, translators, today };
  try {
    const source = translationSource(root, request, say);
    return [translationFile(request, source.text, source.from, source.format)];
  } catch (error) {
    fail((error as Error).message);
  }
}

/** A name, from its flag or asked for. */
async function name(message: string): Promise<string> {
  const given = await get(
    'name',
    (v) => (v.trim() ? undefined : say.isEmpty),
    () => p.text({ message, validate: (v) => (v?.trim() ? undefined : say.giveName) }),
    (v) => v,
  );
  return given.trim();
}

async function newOrganization(): Promise<NewFile[]> {
  const title = await name(say.organizationName);
  const slug = await slugFor(title, 'organizations');
  const type = await get(
    'type',
    oneOf(ORGANIZATION_TYPES),
    () => p.select({ message: say.organizationType, options: ORGANIZATION_TYPES.map((t) => ({ value: t, label: t })) }),
    asIs<(typeof ORGANIZATION_TYPES)[number]>,
  );
  // Optional: an international body has no country; in a terminal, an empty answer means none.
  let country: string | undefined;
  if (typeof flags.country === 'string' || interactive) {
    const countryProblem = (v: string) => {
      if (!v.trim()) return undefined;
      const found = countriesFrom(v);
      if (typeof found === 'string') return found;
      return found.length > 1 ? sayCountries.ambiguous(v, found.join(', ')) : undefined;
    };
    const answer = await get(
      'country',
      countryProblem,
      () => p.text({ message: say.country, validate: (v) => countryProblem(v ?? '') }),
      (v) => v,
    );
    country = answer.trim() ? (countriesFrom(answer) as string[])[0] : undefined;
  }
  const lang = await pickLang(say.descriptionLang);
  const description = await get(
    'description',
    (v) => (v.trim() ? undefined : say.isEmpty),
    () => p.text({ message: say.description, validate: (v) => (v?.trim() ? undefined : say.isEmpty) }),
    (v) => v.trim(),
  );
  return [organizationFile({ slug, name: title, type, country, description, lang })];
}

async function newPerson(): Promise<NewFile[]> {
  const title = await name(say.personName);
  const slug = await slugFor(title, 'people');
  const type =
    flags.type === undefined && !interactive
      ? 'person'
      : await get(
          'type',
          oneOf(PERSON_TYPES),
          () =>
            p.select({
              message: say.personType,
              options: [
                { value: 'person' as const, label: 'person', hint: say.personTypePerson },
                { value: 'organization' as const, label: 'organization', hint: say.personTypeOrganization },
              ],
            }),
          asIs<(typeof PERSON_TYPES)[number]>,
        );
  return [personFile({ slug, name: title, type })];
}

/** What can be started; `organization` is accepted as well as `organisation`. */
const WHAT = ['case', 'practice', 'translation', 'organisation', 'person'] as const;
if (interactive) p.intro(say.intro);
const asked =
  positionals[0] ??
  (interactive
    ? answered(
        await p.select({
          message: say.what,
          options: [
            { value: 'case', label: say.whatCase },
            { value: 'practice', label: say.whatPractice },
            { value: 'translation', label: say.whatTranslation },
            { value: 'organisation', label: say.whatOrganization },
            { value: 'person', label: say.whatPerson },
          ],
        }),
      )
    : fail(say.sayWhat(WHAT.join(', ')), true));
const what = asked === 'organization' ? 'organisation' : asked;
if (!(WHAT as readonly string[]).includes(what)) fail(say.notOneOf(what, WHAT.join(', ')), true);

const makers: Record<(typeof WHAT)[number], () => Promise<NewFile[]>> = {
  case: newCase,
  practice: newPractice,
  translation: newTranslation,
  organisation: newOrganization,
  person: newPerson,
};
const files = await makers[what as (typeof WHAT)[number]]();
for (const file of files) {
  const path = join(root, file.path);
  if (existsSync(path)) fail(say.exists(path));
}
for (const file of files) {
  const path = join(root, file.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, file.text);
}

const shown = files.map((f) => {
  const path = relative(resolve('.'), join(root, f.path));
  return path.startsWith('..') ? join(root, f.path) : path;
});
const { problems } = checkContent(root, resolve('.'), { lang });
// A case or practice is a folder; an organisation or person is one file.
const oneFile = what === 'organisation' || what === 'person';
const ours = problems.filter((problem) =>
  shown.some((file) => (oneFile ? problem.file === file : problem.file.startsWith(dirname(file)))),
);
const next =
  what === 'translation'
    ? say.nextTranslation
    : what === 'case' || what === 'practice'
      ? say.nextEntry
      : say.nextReference;
const report = [
  say.wrote(shown.join(say.and)),
  ours.length ? say.checkFound(ours.map(formatProblem).join('\n')) : say.checkPasses,
  next,
  say.then,
].join('\n');
if (interactive) {
  p.note(report, say.done);
  p.outro(say.outro);
} else console.log(report);
if (ours.length) process.exit(1);
