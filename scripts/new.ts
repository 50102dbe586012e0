/**
 * `npm run new`: starts a case study, a practice or a translation, asking
 * for what it needs (with @clack/prompts), or taking it from flags so that
 * scripts and tests can run it without a terminal:
 *
 *   npm run new -- case --kind diaspora --lang fr --title "…" [--slug …] --countries SN
 *     --residence FR,IT --themes education --scale local --start 2015 --authors slug
 *   npm run new -- case --kind transfer … --countries MZ --origin BR --channel triangular
 *   npm run new -- practice --lang fr --title "…" [--slug …] --category financing --themes education --authors slug
 *   npm run new -- translation --case <slug> | --practice <slug>  --to ar [--from fr] --translators slug
 *
 * What it asks for is filled in; the rest is written as commented fields and
 * TODO text (see src/lib/editors/scaffold.ts). It refuses a slug in use, writes into
 * the content folder (ATLAS_CONTENT_DIR or content/) and runs the check.
 */
import * as p from '@clack/prompts';
import countries from 'i18n-iso-countries';
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir, textIn } from '../src/lib/model/layout';
import {
  caseFiles,
  listProblem,
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

countries.registerLocale(enCountries);

const USAGE = `Usage: npm run new [-- case|practice|translation [flags]]
  case         --kind diaspora|transfer --lang fr|en|ar --title "…" [--slug …] --countries CC[,CC]
               diaspora: --residence CC[,CC]   transfer: --origin CC[,CC] --channel ${CHANNELS.join('|')}
               --themes id[,id] --scale ${SCALES.join('|')} --start YYYY[-MM[-DD]] --authors slug[,slug]
  practice     --lang fr|en|ar --title "…" [--slug …] --category ${PRACTICE_CATEGORIES.join('|')}
               --themes id[,id] --authors slug[,slug]
  translation  --case <slug> | --practice <slug>  --to fr|en|ar [--from fr|en|ar] --translators slug[,slug]
Without flags, and in a terminal, it asks for each value.`;

const { values: flags, positionals } = parseArgs({
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
    help: { type: 'boolean', short: 'h' },
  },
});

if (flags.help) {
  console.log(USAGE);
  process.exit(0);
}

const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
const root = contentDir();
const known = readKnown(root);
const today = new Date().toISOString().slice(0, 10);

/** Stops with a message (and the usage when a flag is at fault). */
function fail(message: string, usage = false): never {
  if (interactive) p.cancel(message);
  else console.error(`npm run new: ${message}${usage ? `\n\n${USAGE}` : ''}`);
  process.exit(1);
}

function answered<T>(value: T): Exclude<T, symbol> {
  if (p.isCancel(value)) fail('Cancelled: nothing was written.');
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
  if (!interactive) fail(`--${flag} is missing`, true);
  return answered(await ask());
}

const oneOf =
  <T extends string>(options: readonly T[]) =>
  (value: string) =>
    (options as readonly string[]).includes(value) ? undefined : `must be one of ${options.join(', ')}`;
const asIs = <T extends string>(value: string) => value as T;

const countryOptions = Object.entries(countries.getNames('en', { select: 'official' }))
  .map(([code, name]) => ({ value: code, label: `${name} (${code})` }))
  .sort((a, b) => a.label.localeCompare(b.label));

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
  const options =
    kind === 'country'
      ? countryOptions
      : [...(kind === 'theme' ? known.themes : known.people)].map(([value, label]) => ({
          value,
          label: `${label} (${value})`,
        }));
  if (kind === 'person' && options.length === 0 && (interactive || typeof flags[flag] !== 'string'))
    fail('there is no one in content/people/ yet: add content/people/<your-slug>.yaml with your name first');
  return get(
    flag,
    (value) => listProblem(kind, splitList(value), known),
    () => p.autocompleteMultiselect({ message, options, required: true, placeholder: 'Type to search' }),
    splitList,
  );
}

async function titleAndSlug(collection: 'cases' | 'practices') {
  const title = await get(
    'title',
    (v) => (v.trim() ? undefined : 'is empty'),
    () => p.text({ message: 'Title', validate: (v) => (v?.trim() ? undefined : 'Give a title') }),
    (v) => v,
  );
  const suggested = slugify(title);
  const slug =
    flags.slug === undefined && !interactive
      ? suggested
      : await get(
          'slug',
          (v) => slugProblem(v, collection, known),
          () =>
            p.text({
              message: 'Slug (the address of the page; never changed afterwards)',
              initialValue: suggested,
              validate: (v) => slugProblem(v ?? '', collection, known),
            }),
          (v) => v,
        );
  // Without --slug, the one derived from the title must be free too.
  const problem = slugProblem(slug, collection, known);
  if (problem) fail(`${problem} (give one with --slug)`);
  return { title: title.trim(), slug };
}

async function newCase(): Promise<NewFile[]> {
  const kind = await get(
    'kind',
    oneOf(['diaspora', 'transfer'] as const),
    () =>
      p.select({
        message: 'Kind of case',
        options: [
          { value: 'diaspora' as const, label: 'diaspora', hint: 'a project led by a diaspora' },
          { value: 'transfer' as const, label: 'transfer', hint: 'a South-South practice transfer' },
        ],
      }),
    asIs<'diaspora' | 'transfer'>,
  );
  const lang = await pickLang('Language you write it in');
  const { title, slug } = await titleAndSlug('cases');
  const where = await pickList(
    'countries',
    'country',
    kind === 'diaspora' ? 'Country of origin of the diaspora, where the project takes place' : 'Receiving countries',
  );
  const other = await pickList(
    kind === 'diaspora' ? 'residence' : 'origin',
    'country',
    kind === 'diaspora' ? 'Countries where the diaspora lives' : 'Country the practice comes from',
  );
  const channel =
    kind === 'transfer'
      ? await get(
          'channel',
          oneOf(CHANNELS),
          () => p.select({ message: 'Channel', options: CHANNELS.map((c) => ({ value: c, label: c })) }),
          asIs<(typeof CHANNELS)[number]>,
        )
      : undefined;
  const themes = await pickList('themes', 'theme', 'Themes');
  const scale = await get(
    'scale',
    oneOf(SCALES),
    () => p.select({ message: 'Scale', options: SCALES.map((s) => ({ value: s, label: s })) }),
    asIs<(typeof SCALES)[number]>,
  );
  const startProblem = (v: string) =>
    partialDate.safeParse(v).success ? undefined : 'must be a year (2015), a month (2015-06) or a day (2015-06-01)';
  const start = await get(
    'start',
    startProblem,
    () => p.text({ message: 'When it started (2015, 2015-06 or 2015-06-01)', validate: (v) => startProblem(v ?? '') }),
    (v) => v,
  );
  const authors = await pickList('authors', 'person', 'Authors');
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
  const lang = await pickLang('Language you write it in');
  const { title, slug } = await titleAndSlug('practices');
  const category = await get(
    'category',
    oneOf(PRACTICE_CATEGORIES),
    () => p.select({ message: 'Category', options: PRACTICE_CATEGORIES.map((c) => ({ value: c, label: c })) }),
    asIs<(typeof PRACTICE_CATEGORIES)[number]>,
  );
  const themes = await pickList('themes', 'theme', 'Themes');
  const authors = await pickList('authors', 'person', 'Authors');
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
    if (!interactive) fail('--case <slug> or --practice <slug> is missing', true);
    collection = answered(
      await p.select({
        message: 'Translate',
        options: [
          { value: 'cases' as const, label: 'a case study' },
          { value: 'practices' as const, label: 'a practice' },
        ],
      }),
    );
    const slugs = [...(collection === 'cases' ? known.cases : known.practices)].sort();
    slug = answered(
      await p.autocomplete({ message: 'Which one', options: slugs.map((s) => ({ value: s, label: s })) }),
    );
  }
  const from = flags.from as Lang | undefined;
  if (from && !(LANGS as readonly string[]).includes(from)) fail(`--from: must be one of ${LANGS.join(', ')}`);
  // In a terminal, only the languages the entry lacks are offered; a flag naming another is refused below.
  const existing = flags.to ? [] : LANGS.filter((l) => textIn(join(root, collection, slug), l));
  if (existing.length === LANGS.length) fail(`${collection}/${slug} is already in every language`);
  const to = await pickLang('Translate into', 'to', existing);
  const translators = await pickList('translators', 'person', 'Translators');
  const request = { collection, slug, from, to, translators, today };
  try {
    const source = translationSource(root, request);
    return [translationFile(request, source.text, source.from, source.format)];
  } catch (error) {
    fail((error as Error).message);
  }
}

const WHAT = ['case', 'practice', 'translation'] as const;
if (interactive) p.intro('Codev Atlas: new content');
const what =
  positionals[0] ??
  (interactive
    ? answered(
        await p.select({
          message: 'What do you want to start?',
          options: [
            { value: 'case', label: 'A case study' },
            { value: 'practice', label: 'A practice' },
            { value: 'translation', label: 'A translation of a case study or a practice' },
          ],
        }),
      )
    : fail('say what to create: case, practice or translation', true));
if (!(WHAT as readonly string[]).includes(what)) fail(`"${what}" is not one of ${WHAT.join(', ')}`, true);

const files = what === 'case' ? await newCase() : what === 'practice' ? await newPractice() : await newTranslation();
for (const file of files) {
  const path = join(root, file.path);
  if (existsSync(path)) fail(`${path} already exists: nothing was written`);
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
const { problems } = checkContent(root, resolve('.'));
const ours = problems.filter((problem) => shown.some((file) => problem.file.startsWith(dirname(file))));
const next =
  what === 'translation'
    ? 'Translate the text in place, then remove "draft: true" from its translation block.'
    : 'Replace each TODO with your text and fill in the facts; the entry stays a draft (not on the site) until you set status: published.';
const report = [
  `Wrote ${shown.join(' and ')}.`,
  ours.length ? `The check found problems:\n${ours.map(formatProblem).join('\n')}` : 'The check passes.',
  next,
  'Then run npm run check, and npm run dev to preview.',
].join('\n');
if (interactive) {
  p.note(report, 'Done');
  p.outro('See CONTRIBUTING.md for how to write, translate and propose it.');
} else console.log(report);
if (ours.length) process.exit(1);
