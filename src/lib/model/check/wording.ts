/**
 * The words of every problem the content check reports, in English and in
 * French side by side: a check adds its message here, in both languages at
 * once (`both` makes TypeScript refuse a message in one language only;
 * tests/unit/check-wording.test.ts checks the catalogue, and
 * tests/unit/validate.test.ts that every invalid fixture is reported in
 * French). The checks and the schemas write `say.key(…)`, which speaks the
 * language of the check under way (`inLanguage`): the tools' language
 * (`--ui`, else the system's), English outside of a check and in CI.
 * zod's own words, for the rare issues no message here covers, come from
 * zod's locales (see `describeIssue`); the YAML and MDX parsers' own
 * descriptions of a syntax error stay in English, inside a French sentence.
 *
 * Each message follows the field it is about (`file:line: field: problem —
 * fix`): it starts with what is wrong, then says what to do. Field names,
 * file names and what the editor types (YAML snippets, `[@key]`) stay as
 * they are in both languages; French quotes an editor's own values in « ».
 */
import type { ToolLang } from '../../editors/messages';
import type { Collection } from '../layout';

/** The words of one message in each language, taking the same arguments. */
type Wording<A extends unknown[]> = { en: (...args: A) => string; fr: (...args: NoInfer<A>) => string };

/** One message in both languages: the French takes the arguments the English declares. */
const both = <A extends unknown[]>(wording: Wording<A>): Wording<A> => wording;

/** A list as a sentence reads it: `a, b and c`, `a, b et c`. */
const andList = (items: readonly string[], and: string) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)!}` : (items[0] ?? '');

/** Names of the content languages, as French words (`le texte arabe`, `en arabe`). */
const FRENCH_LANGUAGE: Record<string, string> = { fr: 'français', en: 'anglais', ar: 'arabe' };
const ENGLISH_LANGUAGE: Record<string, string> = { fr: 'French', en: 'English', ar: 'Arabic' };

/** What an unknown reference names, with its French gender for `inconnu`/`inconnue`. */
const ENTRY_NOUN: Record<Collection, { en: string; fr: string; feminine: boolean }> = {
  cases: { en: 'case', fr: 'cas', feminine: false },
  practices: { en: 'practice', fr: 'pratique', feminine: true },
  organizations: { en: 'organisation', fr: 'organisation', feminine: true },
  programmes: { en: 'programme', fr: 'programme', feminine: false },
  people: { en: 'person', fr: 'personne', feminine: true },
  themes: { en: 'theme', fr: 'thème', feminine: false },
};

/** A case or a practice, as the messages about its folder and texts name it. */
type EntryKind = 'case' | 'practice';
const FRENCH_ENTRY: Record<EntryKind, { of: string; ready: string }> = {
  case: { of: 'du cas', ready: 'le cas soit prêt' },
  practice: { of: 'de la pratique', ready: 'la pratique soit prête' },
};

/** zod's names of the types a YAML value can have, and how each message names them. */
const TYPE_NAMES: Record<string, { en: string; fr: string }> = {
  string: { en: 'text', fr: 'un texte' },
  number: { en: 'a number', fr: 'un nombre' },
  bigint: { en: 'a bigint', fr: 'un nombre' },
  boolean: { en: 'a boolean', fr: 'un booléen (true ou false)' },
  array: { en: 'a list', fr: 'une liste' },
  date: { en: 'a date', fr: 'une date' },
  object: { en: 'a set of "key: value" pairs', fr: 'un ensemble de paires « clé: valeur »' },
};
const typeName = (type: string, lang: ToolLang) =>
  TYPE_NAMES[type]?.[lang] ?? (lang === 'en' ? `a ${type}` : `un ${type}`);

/** An invisible character found in a text: its code point, its Unicode name and where it is. */
export interface InvisibleFound {
  code: string;
  name: string;
  at: number;
}

/** Where an invisible character is: a character of a YAML value, or a column of a line of a body. */
type InvisibleAt = 'character' | 'column';

/** The problems of the content check, each in English and in French. */
export const PROBLEMS = {
  // The check itself (src/integrations/content-check.ts, for the preview)
  checkFailed: both({
    en: (reason: string) => `the check could not finish (${reason})`,
    fr: (reason) => `la vérification n’a pas pu aller jusqu’au bout (${reason})`,
  }),

  // Reading files (read.ts)
  emptyFile: both({
    en: () => 'is empty — write its content (see CONTRIBUTING.md), or delete the file',
    fr: () => 'est vide — écrivez son contenu (voir CONTRIBUTING.md), ou supprimez le fichier',
  }),
  byteOrderMark: both({
    en: () =>
      'starts with an invisible byte-order mark (U+FEFF), which hides the front matter — save the file as "UTF-8" rather than "UTF-8 with BOM", or delete the invisible first character',
    fr: () =>
      'commence par une marque d’ordre des octets invisible (U+FEFF), qui cache l’en-tête — enregistrez le fichier en « UTF-8 » plutôt qu’en « UTF-8 avec BOM », ou supprimez ce premier caractère invisible',
  }),
  frontMatterMissing: both({
    en: () => 'is missing: start the file with a block between two `---` lines (title, summary, …)',
    fr: () => 'manque : commencez le fichier par un bloc entre deux lignes `---` (title, summary, …)',
  }),
  yamlSyntax: both({
    en: (parserMessage: string) =>
      `${parserMessage} — check the indentation (spaces, not tabs), and put in quotes any text that contains ": "`,
    fr: (parserMessage) =>
      `le YAML ne se lit pas (${parserMessage}) — vérifiez l’indentation (des espaces, pas de tabulations), et mettez entre guillemets tout texte qui contient ": "`,
  }),
  invalidSlug: both({
    en: (slug: string) => `"${slug}" is not a valid slug: rename it with lower-case letters, digits and hyphens only`,
    fr: (slug) =>
      `« ${slug} » n’est pas un slug valide : renommez-le avec uniquement des lettres minuscules, des chiffres et des tirets`,
  }),
  duplicateSlug: both({
    en: (slug: string, twin: string) =>
      `duplicate slug "${slug}" (also ${twin}): every entry needs its own slug; rename or merge one of them`,
    fr: (slug, twin) =>
      `slug « ${slug} » en double (aussi ${twin}) : chaque entrée a besoin de son propre slug ; renommez l’une des deux, ou fusionnez-les`,
  }),

  // Characters and dates (characters.ts, schemas/common.ts)
  invisibleCharacters: both({
    en: (found: InvisibleFound[], where: InvisibleAt) => {
      const many = found.length > 1;
      const what = andList(
        found.map(({ code, name, at }) => `${code} ${name} at ${where} ${at}`),
        'and',
      );
      const them = many ? 'them' : 'it';
      return `contains the invisible ${many ? 'characters' : 'character'} ${what}, which ${many ? 'change' : 'changes'} what readers see — delete ${them} (retype the text around ${them} if your editor does not show ${them})`;
    },
    fr: (found, where) => {
      const many = found.length > 1;
      const what = andList(
        found.map(
          ({ code, name, at }) => `${code} ${name} ${where === 'column' ? 'à la colonne' : 'au caractère'} ${at}`,
        ),
        'et',
      );
      return many
        ? `contient les caractères invisibles ${what}, qui changent ce que voient les lecteurs — supprimez-les (retapez le texte autour s’ils n’apparaissent pas dans votre éditeur)`
        : `contient le caractère invisible ${what}, qui change ce que voient les lecteurs — supprimez-le (retapez le texte autour s’il n’apparaît pas dans votre éditeur)`;
    },
  }),
  noSuchMonth: both({
    en: (text: string, month: string) =>
      `is ${text}, which is not a date: there is no month ${month} — write the date as YYYY-MM-DD, with a month from 01 to 12`,
    fr: (text, month) =>
      `est ${text}, qui n’est pas une date : il n’y a pas de mois ${month} — écrivez la date sous la forme AAAA-MM-JJ, avec un mois de 01 à 12`,
  }),
  noSuchDay: both({
    en: (text: string, year: number, month: number, days: number) =>
      `is ${text}, a day that does not exist (${monthName('en', year, month)} ${year} has ${days} days) — correct the day, written YYYY-MM-DD`,
    fr: (text, year, month, days) =>
      `est ${text}, un jour qui n’existe pas (${monthName('fr', year, month)} ${year} a ${days} jours) — corrigez le jour, écrit AAAA-MM-JJ`,
  }),

  // Schemas: zod's issues (messages.ts) and the schemas' own rules (src/schemas/)
  unknownFields: both({
    en: (keys: string[]) =>
      `unknown field${keys.length > 1 ? 's' : ''} ${keys.map((k) => `"${k}"`).join(', ')}: check the spelling against the schema, or remove ${keys.length > 1 ? 'them' : 'it'}`,
    fr: (keys) =>
      keys.length > 1
        ? `champs inconnus ${keys.map((k) => `« ${k} »`).join(', ')} : vérifiez leur orthographe d’après le schéma, ou supprimez-les`
        : `champ inconnu « ${keys[0]} » : vérifiez son orthographe d’après le schéma, ou supprimez-le`,
  }),
  commaInOneLineText: both({
    en: (cut: string, key: string, field: string) =>
      `has a comma inside { … }, which ends the text at "${cut}" and reads "${key}" as an unknown field — put the text in quotes: ${field}: "${cut},${key}"`,
    fr: (cut, key, field) =>
      `a une virgule dans { … }, qui termine le texte à « ${cut} » et fait lire « ${key} » comme un champ inconnu — mettez le texte entre guillemets : ${field}: "${cut},${key}"`,
  }),
  misspelledField: both({
    en: (key: string, meant: string) =>
      `unknown field "${key}" — did you mean "${meant}", which is required and missing? Rename the field`,
    fr: (key, meant) =>
      `champ inconnu « ${key} » — vouliez-vous dire « ${meant} », qui est obligatoire et manque ? Renommez le champ`,
  }),
  required: both({
    en: () => 'is required but missing: add it',
    fr: () => 'est obligatoire mais manque : ajoutez-le',
  }),
  textButDate: both({
    en: () => 'should be text but YAML read a date: put it in quotes ("2019-03-01")',
    fr: () => 'devrait être un texte mais le YAML y lit une date : mettez-la entre guillemets ("2019-03-01")',
  }),
  textButStructure: both({
    en: (received: string) =>
      `should be text but YAML read ${typeName(received, 'en')}: a text containing ": " or starting with a special character must be put in quotes`,
    fr: (received) =>
      `devrait être un texte mais le YAML y lit ${typeName(received, 'fr')} : un texte qui contient ": " ou qui commence par un caractère spécial doit être mis entre guillemets`,
  }),
  wrongType: both({
    en: (expected: string, received: string) =>
      `should be ${typeName(expected, 'en')} but is ${typeName(received, 'en')}`,
    fr: (expected, received) => `devrait être ${typeName(expected, 'fr')} mais est ${typeName(received, 'fr')}`,
  }),
  notOneOf: both({
    en: (value: string, values: readonly string[], meant?: string) =>
      `is "${value}", which is not one of ${values.join(', ')} — ${meant ? `did you mean "${meant}"?` : 'write one of them'}`,
    fr: (value, values, meant?) =>
      `vaut « ${value} », qui n’est pas l’une des valeurs ${values.join(', ')} — ${meant ? `vouliez-vous dire « ${meant} » ?` : 'écrivez l’une d’elles'}`,
  }),
  numberButText: both({
    en: (value: string, number?: string) =>
      `should be a number but is text ("${value}") — ${number ? `write the number alone: ${number}` : 'write the number alone, with a point for decimals and no thousands separator (1623, 2.5)'}`,
    fr: (value, number?) =>
      `devrait être un nombre mais est un texte (« ${value} ») — ${number ? `écrivez le nombre seul : ${number}` : 'écrivez le nombre seul, avec un point pour les décimales et sans séparateur de milliers (1623, 2.5)'}`,
  }),
  oneOf: both({
    en: (values: readonly string[]) => `must be one of ${values.join(', ')}`,
    fr: (values) => `doit être l’une des valeurs ${values.join(', ')}`,
  }),
  slugFormat: both({
    en: () => 'must be a slug: lower-case letters, digits and hyphens, e.g. "forim-pra-osim"',
    fr: () => 'doit être un slug : lettres minuscules, chiffres et tirets, par exemple « forim-pra-osim »',
  }),
  dateFormat: both({
    en: () => 'must be a date written YYYY-MM-DD, e.g. 2019-03-01',
    fr: () => 'doit être une date écrite AAAA-MM-JJ, par exemple 2019-03-01',
  }),
  dateZeros: both({
    en: () => 'must be a date written YYYY-MM-DD, e.g. 2019-03-01 — add the missing zeros',
    fr: () => 'doit être une date écrite AAAA-MM-JJ, par exemple 2019-03-01 — ajoutez les zéros manquants',
  }),
  dayFirstDate: both({
    en: (text: string, iso: string, year: number, month: number, day: number) =>
      `is "${text}", but dates are written year first — for ${day} ${monthName('en', year, month)} ${year}, write ${iso}`,
    fr: (text, iso, year, month, day) =>
      `vaut « ${text} », mais les dates s’écrivent l’année d’abord — pour le ${day} ${monthName('fr', year, month)} ${year}, écrivez ${iso}`,
  }),
  partialDate: both({
    en: () => 'must be a year (2017), a month (2017-01) or a day (2017-01-15)',
    fr: () => 'doit être une année (2017), un mois (2017-01) ou un jour (2017-01-15)',
  }),
  webAddress: both({
    en: () => 'must be a web address starting with https:// or http://',
    fr: () => 'doit être une adresse web commençant par https:// ou http://',
  }),
  webAddressScheme: both({
    en: () =>
      'must be a web address starting with https:// or http:// (other schemes such as javascript: or data: are refused)',
    fr: () =>
      'doit être une adresse web commençant par https:// ou http:// (les autres schémas, comme javascript: ou data:, sont refusés)',
  }),
  webAddressSpace: both({
    en: () =>
      'has a space in the web address, which breaks the link — replace each space with %20, or copy the address again from the browser',
    fr: () =>
      'a un espace dans l’adresse web, ce qui casse le lien — remplacez chaque espace par %20, ou copiez de nouveau l’adresse depuis le navigateur',
  }),
  countryCodeType: both({
    en: () => 'must be an ISO 3166-1 alpha-2 country code such as "MA"',
    fr: () => 'doit être un code de pays ISO 3166-1 alpha-2, comme « MA »',
  }),
  countryCode: both({
    en: (meant?: { code: string; name: Record<ToolLang, string> }) =>
      `is not an ISO 3166-1 alpha-2 country code: ${meant ? `write "${meant.code}" (${meant.name.en})` : 'use two capital letters such as "FR" or "MA"'}`,
    fr: (meant?) =>
      `n’est pas un code de pays ISO 3166-1 alpha-2 : ${meant ? `écrivez « ${meant.code} » (${meant.name.fr})` : 'utilisez deux lettres majuscules, comme « FR » ou « MA »'}`,
  }),
  textPerLanguage: both({
    en: () =>
      'should give the text per language, one per line below the field (fr: …, en: …, ar: …), or on one line as { fr: …, en: …, ar: … }',
    fr: () =>
      'devrait donner le texte langue par langue, une par ligne sous le champ (fr: …, en: …, ar: …), ou sur une seule ligne : { fr: …, en: …, ar: … }',
  }),
  textInNoLanguage: both({
    en: () => 'needs the text in at least one language (fr, en or ar)',
    fr: () => 'a besoin du texte dans au moins une langue (fr, en ou ar)',
  }),
  sourceKeyFormat: both({
    en: () => 'must be a short key: lower-case letters, digits and hyphens, e.g. "forim-2024-call"',
    fr: () => 'doit être une clé courte : lettres minuscules, chiffres et tirets, par exemple « forim-2024-call »',
  }),
  languageCode: both({
    en: () => 'must be a language code such as "fr" or "en"',
    fr: () => 'doit être un code de langue, comme « fr » ou « en »',
  }),
  sourceWithoutTitle: both({
    en: () =>
      "is missing: give the document's own title, or, when it has none or it is not known, a description ({ fr: …, en: …, ar: … }) — never an invented title",
    fr: () =>
      'manque : donnez le titre du document lui-même ou, s’il n’en a pas ou qu’on ne le connaît pas, une description ({ fr: …, en: …, ar: … }) — jamais un titre inventé',
  }),
  sourceTitleAndDescription: both({
    en: () =>
      'is given beside a title: a source has either its own title or, when it has none, a description — remove one',
    fr: () =>
      'est donnée à côté d’un titre : une source a soit son propre titre, soit, quand elle n’en a pas, une description — retirez l’un des deux',
  }),
  sdgNumber: both({
    en: () => 'SDGs are numbered 1 to 17',
    fr: () => 'les ODD sont numérotés de 1 à 17',
  }),
  endBeforeStart: both({
    en: (start: string) => `is before the start (${start}): the end date must come after the start date`,
    fr: (start) => `est avant le début (${start}) : la date de fin doit venir après la date de début`,
  }),
  ongoingWithEnd: both({
    en: () => 'cannot be true when an end date is given',
    fr: () => 'ne peut pas être true quand une date de fin est donnée',
  }),
  currencyCode: both({
    en: () => 'must be an ISO 4217 currency code such as "EUR"',
    fr: () => 'doit être un code de devise ISO 4217, comme « EUR »',
  }),
  caseSourceKey: both({
    en: () => 'must be the key of one of the case\'s sources, e.g. "forim-2024-call"',
    fr: () => 'doit être la clé de l’une des sources du cas, par exemple « forim-2024-call »',
  }),
  shareRange: both({
    en: () => 'must be between 0 and 100',
    fr: () => 'doit être compris entre 0 et 100',
  }),
  sharesOver100: both({
    en: (sum: number) =>
      `shares add up to ${sum} %, more than 100 %: correct the shares so that they total at most 100`,
    fr: (sum) =>
      `les parts font ${sum} % au total, plus de 100 % : corrigez-les pour que leur total ne dépasse pas 100`,
  }),
  rangeWithoutUpper: both({
    en: () => 'is missing: a range needs its upper end (value is the lower end)',
    fr: () => 'manque : une fourchette a besoin de sa borne supérieure (value en est la borne inférieure)',
  }),
  upperWithoutRange: both({
    en: () => 'is given but qualifier is not range: write qualifier: range, or remove upper',
    fr: () => 'est donné mais qualifier n’est pas range : écrivez qualifier: range, ou retirez upper',
  }),
  upperNotAbove: both({
    en: (value: number) => `is not above value (${value}): a range goes from value up to upper`,
    fr: (value) => `n’est pas supérieur à value (${value}) : une fourchette va de value jusqu’à upper`,
  }),
  unitWithCurrency: both({
    en: () => 'is given beside currency: an amount of money has its currency and no unit — remove unit',
    fr: () => 'est donné à côté de currency : un montant d’argent a sa devise et pas d’unité — retirez unit',
  }),
  needsPlace: both({
    en: () => 'needs at least one place',
    fr: () => 'a besoin d’au moins un lieu',
  }),
  needsTheme: both({
    en: () => 'needs at least one theme from content/themes.yaml',
    fr: () => 'a besoin d’au moins un thème de content/themes.yaml',
  }),
  needsSource: both({
    en: () => 'needs at least one source: every fact must come from a document',
    fr: () => 'a besoin d’au moins une source : chaque fait doit venir d’un document',
  }),
  duplicateSourceKey: both({
    en: (key: string) => `"${key}" is the key of an earlier source: give each source its own key`,
    fr: (key) => `« ${key} » est la clé d’une source précédente : donnez à chaque source sa propre clé`,
  }),
  factSourceMissing: both({
    en: () => 'is missing: give the key of the source that states this fact (one of sources[].key)',
    fr: () => 'manque : donnez la clé de la source qui établit ce fait (l’une des sources[].key)',
  }),
  factSourceFormat: both({
    en: () => 'must be the key of one of the programme\'s sources, e.g. "forim-2024-call"',
    fr: () => 'doit être la clé de l’une des sources du programme, par exemple « forim-2024-call »',
  }),
  factSourceUnknown: both({
    en: (key: string, keys: readonly string[]) =>
      `is "${key}", which is not the key of any of the programme's sources — give one of: ${keys.join(', ') || '(none yet: add the source to sources first)'}`,
    fr: (key, keys) =>
      `vaut « ${key} », qui n’est la clé d’aucune source du programme — donnez l’une de : ${keys.join(', ') || '(aucune encore : ajoutez d’abord la source à sources)'}`,
  }),
  sourceBacksNoFact: both({
    en: (key: string) =>
      `"${key}" backs no fact of the sheet — name it as the source: of the facts it states, or remove it from sources`,
    fr: (key) =>
      `« ${key} » n’appuie aucun fait de la fiche — indiquez-la comme source: des faits qu’elle établit, ou retirez-la de sources`,
  }),
  amountsWithoutCurrency: both({
    en: (given: readonly string[]) =>
      `is missing: ${given.join(', ')} ${given.length > 1 ? 'are amounts' : 'is an amount'} — give the currency they are in, e.g. currency: EUR`,
    fr: (given) =>
      `manque : ${given.join(', ')} ${given.length > 1 ? 'sont des montants' : 'est un montant'} — donnez leur monnaie, par exemple currency: EUR`,
  }),
  percentAtMost100: both({
    en: () => 'is a percentage: at most 100',
    fr: () => 'est un pourcentage : 100 au plus',
  }),
  ledByMissing: both({
    en: (values: readonly string[]) =>
      `is missing: say who leads the case, one of ${values.join(', ')} (a case about a diaspora can be led by a public body)`,
    fr: (values) =>
      `manque : dites qui porte le cas, l’une des valeurs ${values.join(', ')} (un cas sur une diaspora peut être porté par un organisme public)`,
  }),
  caseKind: both({
    en: () =>
      'kind must be "diaspora" (a diaspora\'s part in development) or "transfer" (South-South practice transfer)',
    fr: () =>
      'kind doit être « diaspora » (la part d’une diaspora dans le développement) ou « transfer » (transfert de pratique Sud-Sud)',
  }),
  needsAuthor: both({
    en: () => 'needs at least one author (a slug in content/people/)',
    fr: () => 'a besoin d’au moins une autrice ou un auteur (un slug de content/people/)',
  }),
  doiFormat: both({
    en: () => 'must be a DOI such as "10.5281/zenodo.1234"',
    fr: () => 'doit être un DOI, comme « 10.5281/zenodo.1234 »',
  }),
  reviewedWithoutReviewers: both({
    en: () => 'is empty but status is reviewed: name the reviewers (slugs in content/people/) or set status: published',
    fr: () =>
      'est vide mais status est reviewed : nommez les relectrices et relecteurs (des slugs de content/people/) ou mettez status: published',
  }),
  reviewedWithoutDate: both({
    en: () => 'is missing but status is reviewed: give the review date (YYYY-MM-DD)',
    fr: () => 'manque mais status est reviewed : donnez la date de la relecture (AAAA-MM-JJ)',
  }),
  reviewerIsAuthor: both({
    en: (reviewer: string) =>
      `"${reviewer}" is also an author: a review is done by someone who did not write the text; name another reviewer`,
    fr: (reviewer) =>
      `« ${reviewer} » figure aussi parmi les auteurs : une relecture est faite par quelqu’un qui n’a pas écrit le texte ; nommez une autre personne`,
  }),
  correctionBeforePublished: both({
    en: (published: string) =>
      `is before published (${published}): a correction is dated the day it was made, after publication`,
    fr: (published) =>
      `est avant published (${published}) : une correction est datée du jour où elle a été faite, après la publication`,
  }),
  retiredWithoutReason: both({
    en: () => 'is missing but status is retired: say why it was retired',
    fr: () => 'manque mais status est retired : dites pourquoi l’entrée a été retirée',
  }),
  updatedBeforePublished: both({
    en: (published: string) =>
      `is before published (${published}): the update date must not come before the publication date`,
    fr: (published) =>
      `est avant published (${published}) : la date de mise à jour ne peut pas précéder la date de publication`,
  }),
  needsTranslator: both({
    en: () => 'needs at least one translator (a slug in content/people/)',
    fr: () => 'a besoin d’au moins une traductrice ou un traducteur (un slug de content/people/)',
  }),
  emptyTitle: both({
    en: () => 'is empty: give a title',
    fr: () => 'est vide : donnez un titre',
  }),
  shortSummary: both({
    en: () => 'is too short: write one paragraph of at least 40 characters',
    fr: () => 'est trop court : écrivez un paragraphe d’au moins 40 caractères',
  }),
  needsLesson: both({
    en: () => 'needs at least one key lesson',
    fr: () => 'a besoin d’au moins une leçon clé',
  }),
  needsEnablingFactor: both({
    en: () => 'needs at least one enabling factor',
    fr: () => 'a besoin d’au moins une condition de réussite',
  }),
  needsPitfall: both({
    en: () => 'needs at least one pitfall',
    fr: () => 'a besoin d’au moins un écueil',
  }),
  needsSteps: both({
    en: () => 'needs at least two steps to replicate',
    fr: () => 'a besoin d’au moins deux étapes pour reproduire la pratique',
  }),
  orcidFormat: both({
    en: () => 'must be an ORCID iD such as 0000-0002-1825-0097',
    fr: () => 'doit être un identifiant ORCID, comme 0000-0002-1825-0097',
  }),

  // Entries and their texts (index.ts, texts.ts, themes.ts, todo.ts, references.ts, language.ts, fact-languages.ts)
  factsMissing: both({
    en: (kind: EntryKind, file: string) =>
      `is missing: every ${kind} folder needs a ${file} with its facts and its French text in the front matter, and the French text below it`,
    fr: (kind, file) =>
      `manque : le dossier de chaque ${kind === 'case' ? 'cas' : 'pratique'} a besoin d’un ${file}, avec ses faits et son texte français dans l’en-tête, puis le texte français en dessous`,
  }),
  formerFactsFile: both({
    en: (name: string, french: string) =>
      `${name} is no longer read: move its fields, as they are, to the end of the front matter of ${french} (before its closing ---), then delete ${name}`,
    fr: (name, french) =>
      `${name} n’est plus lu : déplacez ses champs, tels quels, à la fin de l’en-tête de ${french} (avant son --- de fermeture), puis supprimez ${name}`,
  }),
  neitherFactNorText: both({
    en: (key: string, meant?: string) =>
      `"${key}" is neither a fact nor a field of the text: ${meant ? `did you mean "${meant}"? Rename it` : 'check its spelling against the schema, or remove it'}`,
    fr: (key, meant?) =>
      `« ${key} » n’est ni un fait ni un champ du texte : ${meant ? `vouliez-vous dire « ${meant} » ? Renommez-le` : 'vérifiez son orthographe d’après le schéma, ou supprimez-le'}`,
  }),
  factOutsideFrench: both({
    en: (french: string) =>
      `is a fact, and facts are written once, in ${french}: move it there (or remove it if it is there already)`,
    fr: (french) =>
      `est un fait, et les faits s’écrivent une fois, dans ${french} : déplacez-le là (ou supprimez-le s’il y est déjà)`,
  }),
  formerSlugTaken: both({
    en: (former: string, owner: string) =>
      `"${former}" is already a former slug of ${owner}: a slug can lead to one case only`,
    fr: (former, owner) => `« ${former} » est déjà un ancien slug de ${owner} : un slug ne peut mener qu’à un seul cas`,
  }),
  formerSlugInUse: both({
    en: (former: string) => `"${former}" is the slug of another case: a slug is never reused`,
    fr: (former) => `« ${former} » est le slug d’un autre cas : un slug n’est jamais réutilisé`,
  }),
  unexpectedTextFile: both({
    en: (base: string) =>
      `unexpected file: a text must be named ${base}.fr.md, ${base}.en.md or ${base}.ar.md (or .mdx when it uses an editor component)`,
    fr: (base) =>
      `fichier inattendu : un texte doit s’appeler ${base}.fr.md, ${base}.en.md ou ${base}.ar.md (ou .mdx quand il utilise un composant pour les éditeurs)`,
  }),
  mdAndMdx: both({
    en: (name: string, lang: string) =>
      `${name}.md and ${name}.mdx both hold the ${lang} text: keep one of them (.mdx only if it uses an editor component)`,
    fr: (name, lang) =>
      `${name}.md et ${name}.mdx contiennent tous deux le texte dans la langue ${lang} : gardez-en un seul (.mdx seulement s’il utilise un composant pour les éditeurs)`,
  }),
  originalMissing: both({
    en: (original: string, kind: EntryKind) =>
      `is "${original}" but ${kind}.${original}.md is missing: write the ${kind} text in ${kind}.${original}.md (or ${kind}.${original}.mdx) or correct originalLanguage`,
    fr: (original, kind) =>
      `est « ${original} » mais ${kind}.${original}.md manque : écrivez le texte ${FRENCH_ENTRY[kind].of} dans ${kind}.${original}.md (ou ${kind}.${original}.mdx), ou corrigez originalLanguage`,
  }),
  originalWithTranslation: both({
    en: (original: string) => `is set, but this file is the original (${original}): remove the translation block`,
    fr: (original) => `est présent, mais ce fichier est l’original (${original}) : retirez le bloc translation`,
  }),
  translationMissing: both({
    en: (original: string) =>
      `is missing: this file translates the original (${original}); add "translation: { from: ${original}, date: YYYY-MM-DD, translators: [slug] }"`,
    fr: (original) =>
      `manque : ce fichier traduit l’original (${original}) ; ajoutez « translation: { from: ${original}, date: YYYY-MM-DD, translators: [slug] } »`,
  }),
  translatedFromMissing: both({
    en: (from: string, kind: EntryKind) =>
      `names "${from}" but there is no ${kind}.${from}.md or ${kind}.${from}.mdx: name the language this text was translated from`,
    fr: (from, kind) =>
      `indique « ${from} » mais il n’y a ni ${kind}.${from}.md ni ${kind}.${from}.mdx : indiquez la langue depuis laquelle ce texte a été traduit`,
  }),
  headingNotStandard: both({
    en: (heading: string, wanted: string) =>
      `the heading "## ${heading}" is not the standard "## ${wanted}" — write it exactly "## ${wanted}"`,
    fr: (heading, wanted) =>
      `le titre « ## ${heading} » n’est pas le titre standard « ## ${wanted} » — écrivez-le exactement « ## ${wanted} »`,
  }),
  sectionMissing: both({
    en: (wanted: string, standard: string[]) =>
      `the section "## ${wanted}" is missing: add it (the standard sections are ${standard.map((h) => `"${h}"`).join(', ')})`,
    fr: (wanted, standard) =>
      `la section « ## ${wanted} » manque : ajoutez-la (les sections standard sont ${standard.map((h) => `« ${h} »`).join(', ')})`,
  }),
  adaptedMissing: both({
    en: () => 'is missing: for a transfer, say in a sentence or two what the receiving side adapted',
    fr: () => 'manque : pour un transfert, dites en une phrase ou deux ce que les receveurs ont adapté',
  }),
  themesMissing: both({
    en: (file: string) => `is missing: create content/${file} with the list of themes`,
    fr: (file) => `manque : créez content/${file} avec la liste des thèmes`,
  }),
  themesNotList: both({
    en: () => 'must be a list of themes (each starting with "- id:")',
    fr: () => 'doit être une liste de thèmes (chacun commençant par « - id: »)',
  }),
  duplicateThemeId: both({
    en: (id: string) => `duplicate theme id "${id}": give each theme its own id`,
    fr: (id) => `id de thème « ${id} » en double : donnez à chaque thème son propre id`,
  }),
  textLeftToWrite: both({
    en: (marker: string, kind: EntryKind) =>
      `still holds "${marker}", text left to write — write it, or set status: draft until the ${kind} is ready`,
    fr: (marker, kind) =>
      `contient encore « ${marker} », du texte à écrire — écrivez-le, ou mettez status: draft jusqu’à ce que ${FRENCH_ENTRY[kind].ready}`,
  }),
  unknownReference: both({
    en: (to: Collection, slug: string, place: string, verb: 'create' | 'add', meant?: string) =>
      `unknown ${ENTRY_NOUN[to].en} "${slug}": ${meant ? `did you mean "${meant}"? If not, ` : ''}${verb} ${to === 'themes' ? `an entry "- id: ${slug}" in ${place}` : place} or use an existing slug`,
    fr: (to, slug, place, verb, meant?) =>
      `${ENTRY_NOUN[to].fr} ${ENTRY_NOUN[to].feminine ? 'inconnue' : 'inconnu'} « ${slug} » : ${meant ? `vouliez-vous dire « ${meant} » ? Sinon, ` : ''}${verb === 'create' ? 'créez' : 'ajoutez'} ${to === 'themes' ? `une entrée « - id: ${slug} » dans ${place}` : place} ou utilisez un slug existant`,
  }),
  wrongLanguage: both({
    en: (found: string, lang: string, file: string, moveTo: string) =>
      `is written in ${ENGLISH_LANGUAGE[found]}, but ${file} holds the ${ENGLISH_LANGUAGE[lang]} text — translate it into ${ENGLISH_LANGUAGE[lang]}, or move it to ${moveTo} if that text is missing`,
    fr: (found, lang, file, moveTo) =>
      `est écrit en ${FRENCH_LANGUAGE[found]}, mais ${file} contient le texte ${FRENCH_LANGUAGE[lang]} — traduisez-le en ${FRENCH_LANGUAGE[lang]}, ou déplacez-le dans ${moveTo} si ce texte manque`,
  }),
  textMissingLanguage: both({
    en: (lang: string, written: string[]) =>
      `has no ${lang} text, but the entry is written in ${written.join(', ')}: add "${lang}: …", a translation of the text in the other languages, so that its readers in every language read it in theirs`,
    fr: (lang, written) =>
      `n’a pas de texte dans la langue ${lang}, alors que l’entrée est écrite dans les langues ${written.join(', ')} : ajoutez « ${lang}: … », une traduction du texte des autres langues, pour que chaque lecteur le lise dans la sienne`,
  }),

  // Sources cited in the texts (citations.ts)
  qualifierInLabel: both({
    en: (word: string) =>
      `carries the qualifier "${word}" in its text — remove it from the label and set qualifier (approx, more-than, at-least, less-than, at-most, or range with upper)`,
    fr: (word) =>
      `porte le qualificatif « ${word} » dans son texte — retirez-le du libellé et renseignez qualifier (approx, more-than, at-least, less-than, at-most, ou range avec upper)`,
  }),
  resultSourceUnknown: both({
    en: (source: string, keys: string[]) =>
      `is "${source}", which is not the key of any of the case's sources — give one of: ${keys.join(', ')}`,
    fr: (source, keys) =>
      `est « ${source} », qui n’est la clé d’aucune des sources du cas — donnez l’une de celles-ci : ${keys.join(', ')}`,
  }),
  citationNotAKey: both({
    en: (key: string) =>
      `cites "[@${key}]", which is not a key — write [@key] or [@key-a; @key-b], with keys from sources`,
    fr: (key) =>
      `cite « [@${key}] », qui n’est pas une clé — écrivez [@clé] ou [@clé-a; @clé-b], avec des clés de sources`,
  }),
  citesUnknownSource: both({
    en: (key: string, keys: string[]) =>
      `cites [@${key}], which is not among the case's sources — correct the key (one of ${citationList(keys, 'none yet: add the source to sources first')}) or add a source with key: ${key} to the sources of case.fr.md`,
    fr: (key, keys) =>
      `cite [@${key}], qui ne fait pas partie des sources du cas — corrigez la clé (l’une de ${citationList(keys, 'aucune pour l’instant : ajoutez d’abord la source à sources')}) ou ajoutez aux sources de case.fr.md une source avec key: ${key}`,
  }),
  figureWithoutCitation: both({
    en: (keys: string[]) =>
      `states a figure, a date or an amount without citing its source — add [@key] after the claim (keys: ${keys.join(', ')})`,
    fr: (keys) =>
      `donne un chiffre, une date ou un montant sans citer sa source — ajoutez [@clé] après l’affirmation (clés : ${keys.join(', ')})`,
  }),
  citationInTitle: both({
    en: (field: 'title' | 'summary') =>
      `holds a citation, but the ${field} is shown without the sources (in lists, search results and link previews) — remove it: the page's text cites the sources`,
    fr: (field) =>
      `contient une citation, mais ${field === 'title' ? 'le titre' : 'le résumé'} s’affiche sans les sources (dans les listes, les résultats de recherche et les aperçus de liens) — retirez-la : le texte de la page cite les sources`,
  }),
  sourceNotCited: both({
    en: (key: string, name: string) =>
      `cites no sentence to the source [@${key}] (${name}) listed in the sources of case.fr.md — add [@${key}] after the claims it supports, or remove it from sources if nothing on the page relies on it`,
    fr: (key, name) =>
      `ne rattache aucune phrase à la source [@${key}] (${name}) listée dans les sources de case.fr.md — ajoutez [@${key}] après les affirmations qu’elle appuie, ou retirez-la de sources si rien sur la page ne s’appuie sur elle`,
  }),
  itemWithoutCase: both({
    en: (evidence: string[]) =>
      `names no case it comes from — add [@case-slug] after it, citing the cases it is drawn from (${citationList(evidence, 'no case lists this practice yet')})`,
    fr: (evidence) =>
      `ne nomme aucun des cas dont il vient — ajoutez [@slug-du-cas] après lui, en citant les cas dont il est tiré (${citationList(evidence, 'aucun cas ne liste encore cette pratique')})`,
  }),
  citesCaseNotEvidence: both({
    en: (key: string, practice: string, evidence: string[]) =>
      `cites [@${key}]: the case ${key} does not list ${practice} in its practices — cite a case that evidences the practice (${citationList(evidence, 'no case lists it yet')}), or add ${practice} to the practices of ${key} if it really supports it`,
    fr: (key, practice, evidence) =>
      `cite [@${key}] : le cas ${key} ne liste pas ${practice} dans ses practices — citez un cas qui atteste la pratique (${citationList(evidence, 'aucun cas ne la liste encore')}), ou ajoutez ${practice} aux practices de ${key} s’il l’appuie vraiment`,
  }),
  citesNoSuchCase: both({
    en: (key: string, evidence: string[]) =>
      `cites [@${key}]: there is no case ${key} — cite a case that evidences the practice: ${citationList(evidence, 'no case lists it yet')}`,
    fr: (key, evidence) =>
      `cite [@${key}] : il n’y a pas de cas ${key} — citez un cas qui atteste la pratique : ${citationList(evidence, 'aucun cas ne la liste encore')}`,
  }),

  // The body of a text (safe-mdx.ts)
  mdxImport: both({
    en: (components: readonly string[]) =>
      `an "import" line would run code during the build and is not allowed in content — delete it: the components ${andList(components, 'and')} need no import`,
    fr: (components) =>
      `une ligne « import » exécuterait du code pendant la construction et n’est pas permise dans le contenu — supprimez-la : les composants ${andList(components, 'et')} n’ont pas besoin d’import`,
  }),
  mdxExport: both({
    en: () =>
      'an "export" line would run code during the build and is not allowed in content — delete it: facts go in the YAML file and the front matter',
    fr: () =>
      'une ligne « export » exécuterait du code pendant la construction et n’est pas permise dans le contenu — supprimez-la : les faits vont dans le fichier YAML et dans l’en-tête',
  }),
  mdxExpression: both({
    en: (expression: string) =>
      `"{${expression}}" is a JavaScript expression and is not allowed in content — remove the braces, write \\{ to show a brace, or {/* … */} for a comment`,
    fr: (expression) =>
      `« {${expression}} » est une expression JavaScript et n’est pas permise dans le contenu — retirez les accolades, écrivez \\{ pour afficher une accolade, ou {/* … */} pour un commentaire`,
  }),
  rawHtml: both({
    en: (html: string, components: readonly string[]) =>
      `raw HTML ("${html}") is not allowed in content, in .md or .mdx — delete it and write the same in Markdown; for a figure, a quote or a key figure, use one of the editor components ${andList(components, 'and')} in place of the HTML (they need the file renamed to .mdx)`,
    fr: (html, components) =>
      `le HTML brut (« ${html} ») n’est pas permis dans le contenu, ni en .md ni en .mdx — supprimez-le et écrivez la même chose en Markdown ; pour une figure, une citation ou un chiffre clé, utilisez à la place du HTML l’un des composants pour les éditeurs ${andList(components, 'et')} (il faut alors renommer le fichier en .mdx)`,
  }),
  linkWithoutScheme: both({
    en: (url: string) =>
      `the link "${url}" has no https: in front, so it leaves the atlas for whatever site it names — write the address in full: https:${url}`,
    fr: (url) =>
      `le lien « ${url} » n’a pas de https: devant : il mène hors de l’atlas, vers le site qu’il nomme, quel qu’il soit — écrivez l’adresse en entier : https:${url}`,
  }),
  linkRefused: both({
    en: (url: string) =>
      `the link "${url}" is refused: a link must start with https://, http:// or mailto:, or lead to a page of the atlas (/fr/cases/…) — correct the address`,
    fr: (url) =>
      `le lien « ${url} » est refusé : un lien doit commencer par https://, http:// ou mailto:, ou mener à une page de l’atlas (/fr/cases/…) — corrigez l’adresse`,
  }),
  linkWithSpace: both({
    en: (link: string) =>
      `the link "${link}" has a space in its address, so it is printed as brackets, not as a link — replace each space in the address with %20`,
    fr: (link) =>
      `le lien « ${link} » a un espace dans son adresse : il s’affiche entre crochets au lieu d’être un lien — remplacez chaque espace de l’adresse par %20`,
  }),
  commentInMarkdown: both({
    en: (comment: string) =>
      `the comment "${comment}" is printed as text in a .md file — delete it, or write it as an HTML comment <!-- … -->`,
    fr: (comment) =>
      `le commentaire « ${comment} » s’affiche comme du texte dans un fichier .md — supprimez-le, ou écrivez-le comme un commentaire HTML <!-- … -->`,
  }),
  imageNotHere: both({
    en: (url: string) =>
      `the image "${url}" must be a file next to this text (the site loads nothing from other sites) — save it in this folder and write ./name.jpg`,
    fr: (url) =>
      `l’image « ${url} » doit être un fichier à côté de ce texte (le site ne charge rien depuis d’autres sites) — enregistrez-la dans ce dossier et écrivez ./nom.jpg`,
  }),
  imageNotPicture: both({
    en: (url: string, extensions: readonly string[]) =>
      `the image "${url}" is not a picture file the site accepts — save it as ${extensions.join(', ')}`,
    fr: (url, extensions) =>
      `l’image « ${url} » n’est pas un fichier d’image que le site accepte — enregistrez-la en ${extensions.join(', ')}`,
  }),
  imageMissing: both({
    en: (url: string) =>
      `the image "${url}" is not in this folder — add the file next to this text or correct its name`,
    fr: (url) =>
      `l’image « ${url} » n’est pas dans ce dossier — ajoutez le fichier à côté de ce texte ou corrigez son nom`,
  }),
  componentNotAllowed: both({
    en: (name: string, components: readonly string[], meant?: string) =>
      `<${name}> is not allowed in content: only the editor components ${andList(components, 'and')} are — ${meant ? `did you mean <${meant}>?${meant.toLowerCase() === name.toLowerCase() ? ' Names are written with their capitals' : ''}` : 'write it in Markdown or use one of them (see CONTRIBUTING.md)'}`,
    fr: (name, components, meant?) =>
      `<${name}> n’est pas permis dans le contenu : seuls les composants pour les éditeurs ${andList(components, 'et')} le sont — ${meant ? `vouliez-vous dire <${meant}> ?${meant.toLowerCase() === name.toLowerCase() ? ' Les noms s’écrivent avec leurs majuscules' : ''}` : 'écrivez-le en Markdown ou utilisez l’un d’eux (voir CONTRIBUTING.md)'}`,
  }),
  mdxUnclosed: both({
    en: (name: string) =>
      `<${name}> is opened but never closed — add </${name}> on its own line where its content ends`,
    fr: (name) =>
      `<${name}> est ouvert mais jamais fermé — ajoutez </${name}> sur sa propre ligne là où son contenu se termine`,
  }),
  attributesExpression: both({
    en: (name: string) =>
      `<${name}> has a JavaScript expression among its attributes — remove it and write each attribute as name="text"`,
    fr: (name) =>
      `<${name}> a une expression JavaScript parmi ses attributs — retirez-la et écrivez chaque attribut sous la forme nom="texte"`,
  }),
  unknownAttribute: both({
    en: (name: string, key: string, attributes: { name: string; required: boolean }[]) =>
      `<${name}> has no attribute "${key}" — its attributes are ${attributes.map((a) => (a.required ? `${a.name} (required)` : a.name)).join(', ')}`,
    fr: (name, key, attributes) =>
      `<${name}> n’a pas d’attribut « ${key} » — ses attributs sont ${attributes.map((a) => (a.required ? `${a.name} (obligatoire)` : a.name)).join(', ')}`,
  }),
  attributeExpression: both({
    en: (name: string, key: string) =>
      `<${name}> attribute "${key}" is a JavaScript expression — write it as text in quotes: ${key}="…"`,
    fr: (name, key) =>
      `l’attribut « ${key} » de <${name}> est une expression JavaScript — écrivez-le comme un texte entre guillemets : ${key}="…"`,
  }),
  attributeWithoutValue: both({
    en: (name: string, key: string) => `<${name}> attribute "${key}" has no value — write it as ${key}="…"`,
    fr: (name, key) => `l’attribut « ${key} » de <${name}> n’a pas de valeur — écrivez-le ${key}="…"`,
  }),
  attributeEmpty: both({
    en: (name: string, key: string) => `<${name}> attribute "${key}" is empty — write the text between the quotes`,
    fr: (name, key) => `l’attribut « ${key} » de <${name}> est vide — écrivez le texte entre les guillemets`,
  }),
  attributeNotWebAddress: both({
    en: (name: string, key: string) =>
      `<${name}> attribute "${key}" must be a web address starting with https:// or http:// — correct it`,
    fr: (name, key) =>
      `l’attribut « ${key} » de <${name}> doit être une adresse web commençant par https:// ou http:// — corrigez-la`,
  }),
  attributeRequired: both({
    en: (name: string, key: string, example: string) =>
      `<${name}> needs the attribute ${key}="…" — for example ${example}`,
    fr: (name, key, example) => `<${name}> a besoin de l’attribut ${key}="…" — par exemple ${example}`,
  }),
  componentTakesNoContent: both({
    en: (name: string, example: string) => `<${name}> takes no content between tags — write it on its own: ${example}`,
    fr: (name, example) => `<${name}> ne prend pas de contenu entre ses balises — écrivez-le seul : ${example}`,
  }),
  mdxSyntax: both({
    en: (reason: string, commentNote: string | undefined) =>
      `MDX cannot read this line (${reason}) — ${commentNote ?? 'to show "<" or "{" as text write \\< or \\{; a link is written [text](https://…) and a comment {/* … */}'}`,
    fr: (reason, commentNote) =>
      `MDX ne peut pas lire cette ligne (${reason}) — ${commentNote ? 'pour un commentaire en MDX, écrivez {/* texte */}' : 'pour afficher « < » ou « { » comme du texte, écrivez \\< ou \\{ ; un lien s’écrit [texte](https://…) et un commentaire {/* … */}'}`,
  }),
};

/** The name of a month in a language (`February`, `février`). */
function monthName(lang: ToolLang, year: number, month: number): string {
  return new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(Date.UTC(year, month - 1, 1));
}

/** Citation keys as an editor writes them (`[@a], [@b]`), or what to do when there are none. */
function citationList(keys: readonly string[], none: string): string {
  return keys.map((k) => `[@${k}]`).join(', ') || `(${none})`;
}

/** Every message of the check, in the language of the check under way. */
export type Say = { [K in keyof typeof PROBLEMS]: (typeof PROBLEMS)[K]['en'] };

let current: ToolLang = 'en';

/** The messages in the language of the check under way (English outside of one). */
export const say = Object.fromEntries(
  Object.entries(PROBLEMS).map(([key, wording]) => [
    key,
    (...args: never[]) => (wording[current] as (...a: never[]) => string)(...args),
  ]),
) as Say;

/** The language the check speaks now. */
export function problemLang(): ToolLang {
  return current;
}

/**
 * Runs `check` with every message in `lang`, then goes back to the language
 * before. The check is synchronous, so no other check can run in between.
 */
export function inLanguage<T>(lang: ToolLang, check: () => T): T {
  const before = current;
  current = lang;
  try {
    return check();
  } finally {
    current = before;
  }
}
