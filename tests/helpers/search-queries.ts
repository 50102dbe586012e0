/**
 * Queries a reader phrases as a need rather than as a title, in each
 * language, with and without accents (and, in Arabic, with the common
 * spellings of taa marbuta and hamza), with the entry each must find among
 * its first three results. Both search engines answer them: the compact
 * index (tests/build/compact-search.test.ts) and Pagefind
 * (tests/browser/search-tiers.test.ts).
 */
export const NEED_QUERIES: readonly { lang: 'fr' | 'en' | 'ar'; q: string; finds: string }[] = [
  { lang: 'fr', q: 'électrification des villages', finds: 'cases/migrations-developpement-maroc/' },
  { lang: 'fr', q: 'electrification des villages', finds: 'cases/migrations-developpement-maroc/' },
  { lang: 'fr', q: 'alphabétisation des adultes', finds: 'cases/yo-si-puedo/' },
  { lang: 'fr', q: 'alphabetisation', finds: 'cases/yo-si-puedo/' },
  { lang: 'fr', q: 'obligations de la diaspora', finds: 'cases/ethiopia-diaspora-bonds/' },
  { lang: 'fr', q: 'transferts monétaires conditionnels', finds: 'cases/cct-bolsa-familia-oportunidades/' },
  { lang: 'fr', q: 'energie solaire', finds: 'cases/barefoot-solar-mamas/' },
  { lang: 'fr', q: 'former des femmes à l’énergie solaire', finds: 'cases/barefoot-solar-mamas/' },
  { lang: 'fr', q: 'coton', finds: 'cases/cotton4-brazil-c4/' },
  { lang: 'en', q: 'cotton farming', finds: 'cases/cotton4-brazil-c4/' },
  { lang: 'en', q: 'cash transfers', finds: 'cases/cct-bolsa-familia-oportunidades/' },
  { lang: 'en', q: 'solar energy training for women', finds: 'cases/barefoot-solar-mamas/' },
  { lang: 'en', q: 'diaspora bonds', finds: 'cases/ethiopia-diaspora-bonds/' },
  { lang: 'en', q: 'rural electrification', finds: 'cases/onee-rural-electrification-africa/' },
  { lang: 'en', q: 'literacy campaign', finds: 'cases/yo-si-puedo/' },
  { lang: 'ar', q: 'الطاقة الشمسية', finds: 'cases/barefoot-solar-mamas/' },
  { lang: 'ar', q: 'الطاقه الشمسيه', finds: 'cases/barefoot-solar-mamas/' },
  { lang: 'ar', q: 'تحويل الأموال', finds: 'cases/somali-diaspora-development/' },
  { lang: 'ar', q: 'تحويل الاموال', finds: 'cases/somali-diaspora-development/' },
  { lang: 'ar', q: 'محو الأمية', finds: 'cases/yo-si-puedo/' },
  { lang: 'ar', q: 'القطن', finds: 'cases/cotton4-brazil-c4/' },
];
