/**
 * Language helpers: UI strings, text direction, localized content fields,
 * country names, dates and numbers. Everything a page shows in words comes
 * from here or from the content.
 */
import countries from 'i18n-iso-countries';
import ar from '../../i18n/ar';
import en from '../../i18n/en';
import fr from '../../i18n/fr';
import { DEFAULT_LANG, LANGS, type Lang, type Localized } from '../../schemas/common';
import arCountries from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frCountries from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

countries.registerLocale(frCountries);
countries.registerLocale(enCountries);
countries.registerLocale(arCountries);

export { LANGS, DEFAULT_LANG, type Lang };
export type UIKey = keyof typeof fr;

const dictionaries: Record<Lang, Record<UIKey, string>> = { fr, en, ar };

/**
 * Intl objects are costly to create and pages format thousands of numbers,
 * dates and directions: each (kind, language, options) is made once, on first use.
 */
const made = new Map<string, unknown>();
function cached<T>(make: () => T, ...key: unknown[]): T {
  const id = JSON.stringify(key);
  let value = made.get(id) as T | undefined;
  if (value === undefined) made.set(id, (value = make()));
  return value;
}

export function isLang(value: string | undefined): value is Lang {
  return (LANGS as readonly string[]).includes(value ?? '');
}

export { dirOf } from './direction';

/** The UI string `key` in `lang`, with `{name}` placeholders filled from `values`. */
export function t(lang: Lang, key: UIKey, values: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    return typeof value === 'number' ? formatNumber(lang, value) : value;
  });
}

/** The raw templates of every UI string whose key starts with `prefix`, for a script that fills them in the browser. */
export function templatesOf(lang: Lang, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dictionaries[lang]).filter(([key]) => key.startsWith(prefix)));
}

/** Base keys of the strings that change with a count: `<key>.other`, and `<key>.one` etc. where the language has that form. */
export type PluralKey = UIKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * The UI string `key` for the count `n`, in the plural form that `lang` uses
 * for it (Intl.PluralRules: "1 case study", "2 case studies"), falling back to
 * the `other` form when the dictionary has no string for that form.
 */
export function tCount(lang: Lang, key: PluralKey, n: number, values: Record<string, string | number> = {}): string {
  const form = cached(() => new Intl.PluralRules(lang), 'plural', lang).select(n);
  const specific = `${key}.${form}`;
  return t(lang, (specific in dictionaries[lang] ? specific : `${key}.other`) as UIKey, { ...values, n });
}

/** Separator between items of an inline list (`, ` or the Arabic comma `، `). */
export function listSeparator(lang: Lang): string {
  return t(lang, 'list.separator');
}

/** Items joined into an inline list in the conventions of `lang`. */
export function joinList(lang: Lang, items: string[]): string {
  return items.join(listSeparator(lang));
}

/** A translator bound to one language, for use in templates. */
export function useTranslations(lang: Lang) {
  return (key: UIKey, values?: Record<string, string | number>) => t(lang, key, values);
}

/**
 * Picks the text of a localized field for `lang`, falling back to French,
 * then English, then Arabic. `lang` in the result says which was used, so
 * that the page can mark text in another language.
 */
export function localize(value: Localized, lang: Lang): { text: string; lang: Lang } {
  for (const candidate of [lang, DEFAULT_LANG, ...LANGS]) {
    const text = value[candidate];
    if (text) return { text, lang: candidate };
  }
  throw new Error('a localized field has no text in any language');
}

/** An organisation or programme: one name, or a name per language, and perhaps an acronym. */
export interface Named {
  name: string;
  names?: Localized | undefined;
  acronym?: string | undefined;
}

/**
 * The full name of an organisation or programme in `lang` when it has one
 * there, else its own name (FORIM's French name on an Arabic page, never its
 * English one). The language of its own name is known only when `names`
 * repeats it; otherwise `lang` is left out, so that the page does not mislabel it.
 */
export function nameOf(entity: Named, lang: Lang): { text: string; lang?: Lang | undefined } {
  const translated = entity.names?.[lang];
  if (translated) return { text: translated, lang };
  // Its own name's language is known when `names` gives the same text in one language.
  const own = LANGS.find((l) => entity.names?.[l] === entity.name);
  return own ? { text: entity.name, lang: own } : { text: entity.name };
}

/** A place of a case: its name in Latin script, and perhaps its name in other languages. */
export interface NamedPlace {
  name?: string | undefined;
  names?: Localized | undefined;
  country: string;
}

/**
 * What a page in `lang` calls a place: its name in `lang` where the content
 * gives one (تارودانت), else its own name in Latin script, whose language is
 * not known (`lang` left out: an Arabic page sets it apart), else its
 * country's name.
 */
export function placeName(place: NamedPlace, lang: Lang): { text: string; lang?: Lang | undefined } {
  const translated = place.names?.[lang];
  if (translated) return { text: translated, lang };
  return place.name ? { text: place.name } : { text: countryName(place.country, lang), lang };
}

/** "EU — " before the full name of an organisation or programme, or nothing when that name is its acronym. */
export function acronymPrefix(entity: Named, name: string): string {
  return entity.acronym && entity.acronym !== name ? `${entity.acronym} — ` : '';
}

/** How lists and facts name an organisation or programme: its acronym, else its name in `lang`. */
export function shortName(entity: Named, lang: Lang): string {
  return entity.acronym ?? nameOf(entity, lang).text;
}

/**
 * Country name in the page's language, as readers know it: the short names of
 * the Unicode CLDR (Intl.DisplayNames: "Tanzania", "Gambia", "China"), which
 * lists sort well by, rather than official long forms ("United Republic of
 * Tanzania"); i18n-iso-countries for a code the runtime does not name.
 */
export function countryName(code: string, lang: Lang): string {
  // Asked for thousands of times by a large site's lists and sorts: each name is looked up once.
  return cached(() => lookUpCountryName(code, lang), 'country', lang, code);
}

function lookUpCountryName(code: string, lang: Lang): string {
  const name = cached(() => new Intl.DisplayNames([locales[lang]], { type: 'region' }), 'region', lang).of(code);
  if (name && name !== code) return name;
  return countries.getName(code, lang, { select: 'official' }) ?? countries.getName(code, 'en') ?? code;
}

/**
 * The locale each page language formats with. Arabic pages use Western digits (`-u-nu-latn`), as
 * the texts do, with the point as decimal separator and the comma for thousands ("1.5 مليون",
 * "15,000 €"): without `nu-latn`, a runtime may write Arabic-Indic digits (١٥٬٠٠٠) and the Arabic
 * percent sign beside the texts' Western digits. Dates too: their Arabic months have the names of
 * Modern Standard Arabic (مايو، يوليو، أغسطس…) that the texts write. See "Arabic pages" in README.md.
 */
const locales: Record<Lang, string> = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-u-nu-latn' };

/** The Intl locale of a language, for scripts that format numbers in the page as the build does. */
export const intlLocale = (lang: Lang): string => locales[lang];

/** Country codes in the alphabetical order of their names in `lang`, as lists show them. */
export function byCountryName(codes: readonly string[], lang: Lang): string[] {
  const collator = cached(() => new Intl.Collator(locales[lang]), 'collator', lang);
  return [...codes].sort((a, b) => collator.compare(countryName(a, lang), countryName(b, lang)));
}

/** The names of countries in `lang`, in alphabetical order. */
export function countryNames(codes: readonly string[], lang: Lang): string[] {
  return byCountryName(codes, lang).map((code) => countryName(code, lang));
}

/** A number in the conventions of `lang` (Western digits in Arabic, as in the content). */
export function formatNumber(lang: Lang, value: number, options: Intl.NumberFormatOptions = {}): string {
  return cached(() => new Intl.NumberFormat(locales[lang], options), 'number', lang, options).format(value);
}

/** An amount of money, e.g. `15 000 €`. */
export function formatMoney(lang: Lang, value: number, currency: string): string {
  return formatNumber(lang, value, { style: 'currency', currency, maximumFractionDigits: 0 });
}

/** A date written `2017`, `2017-01` or `2017-01-15`, shown as precisely as it is known. */
export function formatDate(lang: Lang, value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (!month) return String(year);
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = {
    year: 'numeric',
    month: 'long',
    ...(day ? { day: 'numeric' } : {}),
    timeZone: 'UTC',
  };
  return cached(() => new Intl.DateTimeFormat(locales[lang], options), 'date', lang, options).format(date);
}

/** Name of a language in the language of the page (`anglais`, `English`). */
export function languageName(code: string, lang: Lang): string {
  return cached(() => new Intl.DisplayNames([locales[lang]], { type: 'language' }), 'language', lang).of(code) ?? code;
}

/**
 * A period as precisely as known: "2017–2019", "since 2003 (ongoing)", or
 * "from 2010" when the sources say neither when it ended nor that it goes on.
 */
export function formatPeriod(
  lang: Lang,
  period: { start: string; end?: string | undefined; ongoing: boolean },
): string {
  const start = formatDate(lang, period.start);
  if (period.ongoing) return t(lang, 'case.periodOngoing', { start });
  if (!period.end) return t(lang, 'case.periodFrom', { start });
  if (period.end === period.start) return start;
  return t(lang, 'date.until', { start, end: formatDate(lang, period.end) });
}
