/**
 * The editors' tools speak French or English: the language chosen from the
 * flag or the system's locale, countries found by their name in any of the
 * atlas's languages, and dictionaries that give every message in both.
 */
import { describe, expect, it } from 'vitest';
import { findCountries, findCountry, matchesCountry } from '../../src/lib/editors/countries';
import { MESSAGES, toolLang } from '../../src/lib/editors/messages';

/** Every key path of a dictionary, nested objects included. */
const keys = (value: object, prefix = ''): string[] =>
  Object.entries(value).flatMap(([key, v]) =>
    typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${key}.`) : [`${prefix}${key}`],
  );

describe('the language of the tools', () => {
  it('follows the flag, else LC_ALL, LC_MESSAGES, then LANG, and English otherwise', () => {
    expect(toolLang('fr', { LANG: 'en_US.UTF-8' })).toBe('fr');
    expect(toolLang('en', { LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(toolLang(undefined, { LANG: 'fr_FR.UTF-8' })).toBe('fr');
    expect(toolLang(undefined, { LC_ALL: 'en_GB.UTF-8', LANG: 'fr_FR.UTF-8' })).toBe('en');
    expect(toolLang(undefined, { LC_ALL: '', LC_MESSAGES: 'fr_BE', LANG: 'en_US' })).toBe('fr');
    expect(toolLang(undefined, { LANG: 'C.UTF-8' })).toBe('en');
    expect(toolLang(undefined, {})).toBe('en');
  });

  it('refuses a flag naming a language it does not speak', () => {
    expect(() => toolLang('ar', {})).toThrow('--ui: "ar" must be one of fr, en');
  });

  it('has every message in French and in English', () => {
    expect(keys(MESSAGES.fr).sort()).toEqual(keys(MESSAGES.en).sort());
    expect(MESSAGES.fr.check.problems(2)).toBe('2 problèmes trouvés.');
    expect(MESSAGES.en.check.problems(1)).toBe('1 problem found.');
  });
});

describe('countries by name', () => {
  it('finds a country by its French, English or Arabic name, ignoring case and accents', () => {
    for (const name of ['Maroc', 'morocco', 'المغرب', 'MA', 'ma']) expect(findCountry(name)).toEqual({ code: 'MA' });
    expect(findCountry('cote d’ivoire')).toEqual({ code: 'CI' });
    expect(findCountry('SÉNÉGAL')).toEqual({ code: 'SN' });
    expect(findCountry('Etats-Unis')).toEqual({ code: 'US' });
    // Arabic with vowel marks, and a unique beginning of a name.
    expect(findCountry('مَالِي')).toEqual({ code: 'ML' });
    expect(findCountry('Burkina')).toEqual({ code: 'BF' });
  });

  it('names the candidates of an ambiguous name and the names it does not know', () => {
    expect(findCountry('Congo')).toEqual({ candidates: ['CD', 'CG'] });
    expect(findCountry('Narnia')).toEqual({ candidates: [] });
    const say = MESSAGES.en.countries;
    expect(findCountries('France, Espagne، مالي', say)).toEqual({ codes: ['FR', 'ES', 'ML'] });
    expect(findCountries('France, Narnia, Atlantis', say)).toEqual({ problem: say.unknown('Narnia, Atlantis') });
    const congo = findCountries('Congo', say);
    expect('problem' in congo && congo.problem).toContain('(CD), République du Congo');
    expect(findCountries(' , ', say)).toEqual({ problem: say.atLeastOne });
  });

  it('lets a search in the terminal match a label whatever the accents', () => {
    expect(matchesCountry('etats', 'États-Unis · United States · الولايات المتحدة (US)')).toBe(true);
    expect(matchesCountry('maroc', 'France · France · فرنسا (FR)')).toBe(false);
  });
});
