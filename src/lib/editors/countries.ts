/**
 * Countries by their name, for `npm run new`: an editor types « Maroc »,
 * "Morocco" or «المغرب» rather than looking up MA. Names come from
 * i18n-iso-countries (official names and their usual variants, in French,
 * English and Arabic); matching ignores case, accents and Arabic vowel
 * marks, and a unique beginning of a name is enough.
 */
import countries from 'i18n-iso-countries';
import arCountries from 'i18n-iso-countries/langs/ar.json' with { type: 'json' };
import enCountries from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import frCountries from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };

for (const locale of [enCountries, frCountries, arCountries]) countries.registerLocale(locale);

const NAME_LANGS = ['fr', 'en', 'ar'] as const;

/** A name reduced to what matching compares: lower case, no accents or vowel marks, one space between words. */
export function foldName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Every folded name of every country, with its code. */
const NAMES: { name: string; code: string }[] = NAME_LANGS.flatMap((lang) =>
  Object.entries(countries.getNames(lang, { select: 'all' })).flatMap(([code, names]) =>
    (Array.isArray(names) ? names : [names]).map((name) => ({ name: foldName(name), code })),
  ),
);

/** A country's name in French, English and Arabic, for lists an editor searches. */
export function countryLabel(code: string): string {
  return `${NAME_LANGS.map((lang) => countries.getName(code, lang)).join(' · ')} (${code})`;
}

/** Whether `code` is an ISO 3166-1 alpha-2 code as the content writes it: two capital letters of a country. */
export const isCountryCode = (code: string): boolean => /^[A-Z]{2}$/.test(code) && countries.isValid(code);

/** The country a value that is not a code stands for (`km`, `Comoros`), with its name, for the check's messages. */
export function meantCountry(value: unknown): { code: string; name: Record<'en' | 'fr', string> } | undefined {
  if (typeof value !== 'string') return undefined;
  const found = findCountry(value);
  if (!('code' in found)) return undefined;
  const name = (lang: 'en' | 'fr') => countries.getName(found.code, lang) ?? found.code;
  return { code: found.code, name: { en: name('en'), fr: name('fr') } };
}

/** Every country code with its three-language label, sorted by its English name. */
export function countryOptions(): { value: string; label: string }[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((code) => ({ value: code, label: countryLabel(code), sort: countries.getName(code, 'en') ?? code }))
    .sort((a, b) => a.sort.localeCompare(b.sort))
    .map(({ value, label }) => ({ value, label }));
}

/** Whether the words an editor typed match an option's label, the same way `findCountry` compares names. */
export function matchesCountry(search: string, label: string): boolean {
  const folded = foldName(search);
  return folded === '' || foldName(label).includes(folded);
}

/**
 * The country an editor means: an ISO code as it is (`MA`, or `ma`), else a
 * name in French, English or Arabic, whole or its unique beginning.
 * @returns the code, or the codes it could be (several when ambiguous, none when unknown).
 */
export function findCountry(query: string): { code: string } | { candidates: string[] } {
  const trimmed = query.trim();
  if (isCountryCode(trimmed.toUpperCase())) return { code: trimmed.toUpperCase() };
  const folded = foldName(trimmed);
  if (!folded) return { candidates: [] };
  const exact = new Set(NAMES.filter((n) => n.name === folded).map((n) => n.code));
  const found = exact.size ? exact : new Set(NAMES.filter((n) => n.name.startsWith(folded)).map((n) => n.code));
  return found.size === 1 ? { code: [...found][0] } : { candidates: [...found].sort() };
}

/**
 * Country codes for a list of names or codes separated by commas (names
 * have spaces), or what is wrong with it, in the editor's words.
 */
export function findCountries(
  list: string,
  say: { unknown: (names: string) => string; ambiguous: (name: string, matches: string) => string; atLeastOne: string },
): { codes: string[] } | { problem: string } {
  const names = list
    .split(/[,،;]/)
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0) return { problem: say.atLeastOne };
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const name of names) {
    const found = findCountry(name);
    if ('code' in found) codes.push(found.code);
    else if (found.candidates.length === 0) unknown.push(name);
    else return { problem: say.ambiguous(name, found.candidates.map(countryLabel).join(', ')) };
  }
  if (unknown.length) return { problem: say.unknown(unknown.join(', ')) };
  return { codes: [...new Set(codes)] };
}
